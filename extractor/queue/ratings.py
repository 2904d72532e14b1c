"""The rating scale of a checked claim: ClaimReview's ``reviewRating``, a value 1-5 and the
name a reader sees (``alternateName``). The desk offers these five; ``queue mark --rating``
takes any name, and a name on the scale (or a number 1-5) gets its value in exports."""

from __future__ import annotations

WORST_RATING = 1
BEST_RATING = 5
RATING_SCALE = {1: "False", 2: "Misleading", 3: "Half true", 4: "Mostly true", 5: "Accurate"}
_VALUE_OF_NAME = {name.casefold(): value for value, name in RATING_SCALE.items()}


def scale_value(rating: str | None) -> int | None:
    """The 1-5 value of a rating text: a name on the scale (any case) or a whole number on
    it; None for any other name."""
    if rating is None:
        return None
    text = rating.strip()
    if text.isdecimal() and WORST_RATING <= int(text) <= BEST_RATING:
        return int(text)
    return _VALUE_OF_NAME.get(text.casefold())
