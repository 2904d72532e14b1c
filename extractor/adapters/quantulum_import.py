"""quantulum3's parser, imported without its scikit-learn probe: ``load_parser()``.

At import, ``quantulum3.classifier`` tries ``import joblib`` and scikit-learn to decide
whether to switch on its classifier. scikit-learn is installed here (the check-worthiness
model and ``extract train`` use it), so that probe alone cost about 1.6 s of CPU on the
way to one article's first quantity, more than importing spaCy (issue #13), for a
classifier the adapter switches off before every parse anyway (``USE_CLF = False``:
PERF-NOTES, ``tests/test_quantulum_classifier.py``). While quantulum3 is imported here,
``joblib`` is marked absent (``sys.modules[name] = None`` makes ``import joblib`` raise
``ImportError``, as documented for ``sys.modules``), and the mark is removed after it.
If joblib is already imported, nothing is marked (the probe then costs nothing).
"""

from __future__ import annotations

import sys
import warnings
from functools import lru_cache
from types import ModuleType

from .quantulum_disambiguate import install_disambiguation
from .quantulum_scan import install_scans

_PROBED = "joblib"  # quantulum3.classifier imports it first, then scikit-learn


def load_parser() -> ModuleType:
    """``quantulum3.parser``, imported (once) without loading scikit-learn, its rule for
    ambiguous units replaced by the same rule, faster (``quantulum_disambiguate``), its
    two scans of a text made to skip what cannot match (``quantulum_scan``), and its
    language modules looked up once."""
    if "quantulum3.parser" not in sys.modules:
        _import_without_probe()
    install_disambiguation()
    install_scans()
    _remember_language_modules()
    return sys.modules["quantulum3.parser"]


@lru_cache(maxsize=1)
def _remember_language_modules() -> None:
    """quantulum3 finds its per-language modules (``language.get("parser", "en_US")``)
    through ``importlib.import_module`` and a regular expression on the language name, some
    20 times a parse: 7% of its time (issue #13). The answer is the same module each time."""
    from quantulum3 import language

    language.get = lru_cache(maxsize=64)(language.get)


def _import_without_probe() -> None:
    blocked = _PROBED not in sys.modules
    if blocked:
        sys.modules[_PROBED] = None  # type: ignore[assignment]
    try:
        with warnings.catch_warnings():
            # It warns that the classifier's dependencies are missing: never used here.
            warnings.simplefilter("ignore")
            from quantulum3 import parser  # noqa: F401
    finally:
        if blocked and sys.modules.get(_PROBED, 0) is None:
            del sys.modules[_PROBED]
