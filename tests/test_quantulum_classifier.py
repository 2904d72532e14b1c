"""quantulum3's optional classifier stays off whatever is installed (PERF-NOTES): with
scikit-learn present it unpickles a model saved by another scikit-learn version and fails,
and the adapter lost the quantity ("5 pounds", "22 days" in the Wikinews fixtures)."""

from __future__ import annotations

import pytest

from extractor.adapters.quantulum import parse_text
from extractor.resources import load_resources


def test_classifier_is_switched_off_before_the_first_parse():
    from quantulum3 import classifier

    parse_text("It weighs 10 pounds.", resources=load_resources())
    assert classifier.USE_CLF is False


@pytest.mark.parametrize(
    ("text", "value"),
    [("He paid 5 pounds for it.", 5.0), ("It weighs 10 pounds.", 10.0), ("It took 22 days.", 22.0)],
)
def test_ambiguous_units_are_still_read(text, value):
    assert [hit.value for hit in parse_text(text, resources=load_resources())] == [value]
