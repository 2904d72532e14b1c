"""Per-field comparison of a matched pair: how each field is read, normalised and compared."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, NamedTuple

from ..adapters.inflect import inflect
from ..schema import Claim
from ..text.names import normalise_name
from ..text.units import normalise_unit
from .gold import GoldClaim, GoldQuantity

# "relative error under 0.5%": CLAIM-SPEC.md, Scoring.
VALUE_TOLERANCE = 0.005

_INFLECT = inflect.engine()


# --- normalisation --------------------------------------------------------------------------


def _exact_key(text: str) -> str:
    """Compare as written (closed vocabularies: bound, quote)."""
    return text


def _text_key(text: str) -> str:
    """Case-fold and collapse whitespace."""
    return " ".join(text.casefold().split())


@lru_cache(maxsize=4096)
def _lemma_key(text: str) -> str:
    """Case-fold, strip and singularise ("Soldiers" -> "soldier")."""
    key = _text_key(text)
    # inflect rejects "" and returns False for a word that is already singular.
    return (key and _INFLECT.singular_noun(key)) or key


def _unit_key(text: str) -> str:
    """A unit in the one vocabulary (``extractor.text.units``), case-folded."""
    return _text_key(normalise_unit(text) or "")


def _name_key(text: str) -> str:
    """Normalise a name: case, possessive, punctuation, spaces and a leading "the"."""
    return normalise_name(text)


# --- comparison -----------------------------------------------------------------------------


def _any_alternative(key: Callable[[str], str]) -> Callable[[Any, str | None], bool]:
    """Build a comparison: the prediction equals any gold alternative under ``key``."""

    def matches(gold: Any, predicted: str | None) -> bool:
        options = gold if isinstance(gold, list) else [gold]
        wanted = None if predicted is None else key(predicted)
        return any((None if option is None else key(option)) == wanted for option in options)

    return matches


def _close(gold: float | None, predicted: float | None) -> bool:
    """Both absent, or relative error under VALUE_TOLERANCE (exactly zero for a gold zero)."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if gold == 0:
        return predicted == 0
    return abs(predicted - gold) / abs(gold) < VALUE_TOLERANCE


def _numbers(quantity: GoldQuantity | Claim) -> dict[str, float | None]:
    """The value, low and high of a quantity."""
    return {"value": quantity.value, "low": quantity.low, "high": quantity.high}


def _numbers_match(gold: dict[str, float | None], predicted: dict[str, float | None]) -> bool:
    """Value, low and high all agree, so a range scored as its midpoint is wrong."""
    return all(_close(gold[name], predicted[name]) for name in ("value", "low", "high"))


def _same_qualifiers(gold: list[str], predicted: list[str]) -> bool:
    """Set equality after case-folding."""
    return {q.casefold() for q in gold} == {q.casefold() for q in predicted}


def _dates_found(gold: list[str | None], predicted: list[str | None]) -> bool:
    """Every gold date value is among the predicted ones."""
    return set(gold) <= set(predicted)


# --- the fields -----------------------------------------------------------------------------


class Field(NamedTuple):
    """How to read one field from a gold and a predicted claim, and when they agree."""

    gold: Callable[[GoldClaim], Any]
    predicted: Callable[[Claim], Any]
    matches: Callable[[Any, Any], bool]
    applies: Callable[[GoldClaim], bool] = lambda gold: True


FIELDS: dict[str, Field] = {
    "value": Field(lambda g: _numbers(g.quantity), lambda p: _numbers(p.quantity), _numbers_match),
    "bound": Field(
        lambda g: g.quantity.bound, lambda p: p.quantity.bound, _any_alternative(_exact_key)
    ),
    "unit": Field(
        lambda g: g.quantity.unit, lambda p: p.quantity.unit, _any_alternative(_unit_key)
    ),
    "entity": Field(
        lambda g: g.about.entity, lambda p: p.about.entity, _any_alternative(_lemma_key)
    ),
    "speaker": Field(
        lambda g: g.speaker.name if g.speaker else None,
        lambda p: p.speaker.name if p.speaker else None,
        _any_alternative(_name_key),
    ),
    "via": Field(
        lambda g: g.via.name if g.via else None,
        lambda p: p.via.name if p.via else None,
        _any_alternative(_name_key),
    ),
    "quote": Field(lambda g: g.quote, lambda p: p.quote, _any_alternative(_exact_key)),
    "qualifiers": Field(
        lambda g: g.about.qualifiers, lambda p: p.about.qualifiers, _same_qualifiers
    ),
    "property": Field(
        lambda g: g.about.property, lambda p: p.about.property, _any_alternative(_text_key)
    ),
    # Scored per claim, only where the gold has dates: otherwise there is nothing to find.
    "dates": Field(
        lambda g: [date.value for date in g.dates],
        lambda p: [date.value for date in p.dates],
        _dates_found,
        applies=lambda g: bool(g.dates),
    ),
}
