"""The rating scale: which rating texts have a 1-5 value in ClaimReview exports."""

from __future__ import annotations

import pytest

from extractor.queue.ratings import RATING_SCALE, scale_value


@pytest.mark.parametrize(
    ("rating", "value"),
    [
        ("False", 1),
        ("mostly TRUE", 4),
        (" Accurate ", 5),
        ("3", 3),
        ("0", None),
        ("6", None),
        ("4.5", None),
        ("Exaggerated", None),
        ("", None),
        (None, None),
    ],
)
def test_scale_value(rating, value):
    assert scale_value(rating) == value


def test_every_name_on_the_scale_has_its_own_value():
    assert {scale_value(name) for name in RATING_SCALE.values()} == set(RATING_SCALE)
