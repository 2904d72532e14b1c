"""Linear models stored as JSON: the speaker ranker and the mention resolver share this.

A model is named feature weights and an intercept; scoring is a dot product over the
features a candidate has, so running it needs neither scikit-learn nor code execution at
load time (STYLE habit 17: JSON, not pickle). Each model keeps its own ``FORMAT`` tag and
extra fields; this module writes, reads and checks the common part.
"""

from __future__ import annotations

import json
from importlib import resources as package_data
from pathlib import Path
from typing import Any

from ...errors import InputError, ModelError

MODEL_PACKAGE = "extractor.models"


def linear_score(weights: dict[str, float], intercept: float, features: dict[str, float]) -> float:
    """The intercept plus each feature's value times its weight (unknown features: 0)."""
    get = weights.get
    return intercept + sum(value * get(name, 0.0) for name, value in features.items())


def weights_json(
    form: str, *, meta: dict[str, Any], intercept: float, weights: dict[str, float], **extra: Any
) -> str:
    """The model as JSON, names sorted and zero weights left out, so one training run
    writes one file; ``extra`` holds the model's own fields."""
    payload = {
        "format": form,
        "version": 1,
        "meta": meta,
        "intercept": round(intercept, 8),
        "weights": {name: round(w, 8) for name, w in sorted(weights.items()) if w},
        **extra,
    }
    return json.dumps(payload, indent=1, sort_keys=True) + "\n"


def read_weights(text: str, form: str, what: str) -> dict[str, Any]:
    """The JSON written by ``weights_json`` for format ``form``, its weights as floats;
    anything else is a ModelError naming ``what`` ("speaker ranker weights")."""
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as err:
        raise ModelError(f"{what} are not JSON ({err})") from err
    if not isinstance(payload, dict) or payload.get("format") != form:
        raise ModelError(f"{what}: expected format {form!r}")
    weights = payload.get("weights")
    if not isinstance(weights, dict) or not weights:
        raise ModelError(f"{what}: no weights")
    payload["weights"] = {str(k): float(v) for k, v in weights.items()}
    payload["intercept"] = float(payload.get("intercept", 0.0))
    payload["meta"] = dict(payload.get("meta", {}))
    return payload


def packaged_text(file_name: str) -> str:
    """The text of a model file shipped in ``models/``; a missing one is a ModelError."""
    try:
        return package_data.files(MODEL_PACKAGE).joinpath(file_name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, IsADirectoryError) as err:
        raise ModelError(f"{file_name} is missing from models/ ({err})") from err


def config_from_file(config_class: type, path: Path) -> Any:
    """A training config dataclass from JSON (lists become tuples); a file that cannot
    be read, or unknown keys, are an InputError."""
    try:
        payload = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"cannot read training config {path} ({err})") from err
    if not isinstance(payload, dict):
        raise InputError(f"training config {path}: expected a JSON object of settings")
    unknown = set(payload) - set(config_class.__dataclass_fields__)
    if unknown:
        raise InputError(f"training config {path}: unknown keys {sorted(unknown)}")
    return config_class(
        **{
            key: tuple(value) if isinstance(value, list) else value
            for key, value in payload.items()
        }
    )
