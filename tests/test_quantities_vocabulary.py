"""The one unit vocabulary (extractor/text/units.py): stage output, scorer and bench."""

from __future__ import annotations

import pytest

from extractor.bench.newsquant import _unit_name
from extractor.scoring.fields import FIELDS
from extractor.text.units import normalise_unit


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        (None, None),
        ("", None),
        ("per cent", "percent"),
        ("percentage", "percent"),
        ("degree celsius", "degree Celsius"),
        ("kilometer per hour", "kilometre per hour"),
        ("square meter", "square metre"),
        ("USD per barrel", "USD per barrel"),
        ("dollar per share", "USD per share"),
        ("year of age", "year of age"),
        ("MYR", "MYR"),
    ],
)
def test_normalise_unit(unit, expected):
    assert normalise_unit(unit) == expected


def test_scorer_compares_units_in_the_vocabulary():
    assert FIELDS["unit"].matches("per cent", "percent")
    assert FIELDS["unit"].matches(["meter"], "metre")
    assert not FIELDS["unit"].matches("percent", "percentage point")


def test_newsquant_mapping_goes_through_the_vocabulary():
    assert _unit_name("per cent") == _unit_name("percent") == "percentage"
    assert _unit_name("degree celsius") == "celsius"
