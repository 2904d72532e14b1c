"""Queue conflicts (issue #10): the same measured thing at the same time, other numbers."""

from __future__ import annotations

import pytest

from extractor.queue.conflicts import (
    claims_conflict,
    is_change,
    periods_overlap,
    quantities_conflict,
    same_measure,
    same_time,
    tolerance,
)
from extractor.queue.dedup import Numbers
from extractor.schema import DateRef

from .queue_support import make_claim


def point(value: float, bound: str = "exact") -> Numbers:
    return Numbers(value, None, None, bound)


@pytest.mark.parametrize(
    ("value", "bound", "expected"),
    [
        (5937, "exact", 0.5),  # 4 significant digits: half a unit
        (6000, "exact", 500),  # "6,000" may be 5,937 rounded
        (100000, "exact", 10000),  # a round number: at most 10%
        (100000, "approx", 10000),  # "about": 10%
        (5937, "approx", 593.7),
        (16, "exact", 0.5),
        (0, "exact", 0.0),
    ],
)
def test_tolerance_follows_the_stated_precision(value, bound, expected):
    assert tolerance(value, bound) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (point(5937), point(100000, "approx"), True),
        (point(5937), point(5900, "approx"), False),  # within rounding
        (point(98000), point(100000, "approx"), False),  # "about 100,000" vs 98,000 agree
        (point(85000), point(100000, "approx"), True),
        (point(5937), point(6000), False),  # 6,000 is 5,937 rounded
        (point(5937), point(6100), True),
        (point(60), point(50, "lower"), False),  # "more than 50" vs 60 agree
        (point(40), point(50, "lower"), True),
        (point(120000), point(100000, "lower"), False),
        (point(5937), point(100000, "lower"), True),
        (point(20e6), Numbers(None, 15e6, 30e6, "range"), False),  # the range holds it
        (point(40e6), Numbers(None, 15e6, 30e6, "range"), True),
        (point(16), point(18), True),  # shares: 16% and 18% both precise
        (point(20), point(18), False),  # "20%" may be 18% rounded
        (point(49, "upper"), point(60, "lower"), True),
        (Numbers(None, None, None, "range"), point(5), False),  # nothing to compare
    ],
)
def test_quantities_conflict(a, b, conflict):
    assert quantities_conflict(a, b) is conflict
    assert quantities_conflict(b, a) is conflict


def located(sentence: str, text: str, value: float, **options):
    """A claim whose quantity offsets point at ``text`` in ``sentence``."""
    return make_claim(
        "d", value, start=sentence.index(text), text=text, sentence=sentence, **options
    )


@pytest.mark.parametrize(
    ("sentence", "text", "change"),
    [
        ("Unemployment rose by 3 percent, he said.", "3 percent", True),
        ("Shares were up 4 percent on Monday.", "4 percent", True),
        ("He promised a 3 percent increase.", "3 percent", True),
        ("She said 10,000 more troops will go.", "10,000", True),
        ("Unemployment rose to 5 percent, he said.", "5 percent", False),
        ("He said 5,937 Russian soldiers were killed.", "5,937", False),
    ],
)
def test_is_change(sentence, text, change):
    assert is_change(located(sentence, text, 3)) is change


def test_same_measure_needs_the_same_qualifiers_a_common_property_and_the_same_kind():
    base = make_claim("a", 5937, prop="killed")
    assert same_measure(base, make_claim("b", 100000, prop="killed or injured"))
    assert not same_measure(base, make_claim("b", 100000, prop="deployed"))
    assert not same_measure(base, make_claim("b", 100000, prop=None))
    assert not same_measure(base, make_claim("b", qualifiers=("Russian", "Ukrainian")))
    assert not same_measure(base, make_claim("b", qualifiers=("Ukrainian",)))
    assert not same_measure(make_claim("a", qualifiers=()), make_claim("b", qualifiers=()))
    # "its troops" said by Russia are Russian troops.
    assert same_measure(base, make_claim("b", qualifiers=("its",), speaker="Russia"))
    level = located("Milley said 100,000 Russian soldiers were killed.", "100,000", 1e5)
    change = located("Milley said killed Russian soldiers rose by 900.", "900", 900)
    assert not same_measure(level, change)


def dated(claim, *values: str):
    """The claim with reference dates (the time the number is about)."""
    refs = [DateRef(start_char=0, end_char=1, text="x", value=v, role="reference") for v in values]
    return claim.model_copy(update={"dates": refs})


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        ("2022-09", "2022-09-15", True),
        ("2022-09", "2022-10", False),
        ("2016", "2016-03-01", True),
        ("2015", "2016", False),
        ("XXXX-09", "2022-09", True),
        ("XXXX-09", "2022-10", False),
        ("2022-W45", "2022-11-10", True),  # weeks are compared on the year only
    ],
)
def test_periods_overlap(a, b, overlap):
    assert periods_overlap(a, b) is overlap


def test_same_time():
    november = make_claim("a", published="2022-11-10")
    assert same_time(november, make_claim("b", published="2022-10-20"))
    assert not same_time(november, make_claim("b", published="2022-06-01"))  # 31-day window
    assert not same_time(dated(november, "2022-09"), dated(november, "2022-10"))
    assert same_time(dated(november, "2022-11"), make_claim("b", published="2022-11-02"))
    # A number stated for September is not about the day an undated one was printed.
    assert not same_time(dated(november, "2022-09"), make_claim("b", published="2022-11-02"))
    # "Right now" (PRESENT_REF) is the day printed: 38 days apart is not the same moment.
    april = make_claim("a", published="2016-04-26")
    assert not same_time(dated(april, "PRESENT_REF"), make_claim("b", published="2016-06-03"))
    assert same_time(dated(april, "PRESENT_REF"), make_claim("b", published="2016-04-20"))
    assert same_time(dated(april, "PAST_REF"), make_claim("b", published="2016-04-20"))


def test_claims_conflict():
    russia = make_claim("a", 5937, qualifiers=("its",), speaker="Russia", kind="place")
    milley = make_claim("b", 100000, bound="approx", prop="killed or injured")
    assert claims_conflict(russia, milley)
    assert not claims_conflict(russia, make_claim("b", 6000, bound="approx"))  # agree
    assert not claims_conflict(russia, make_claim("b", 100000, speaker=None))  # unattributed
    assert not claims_conflict(russia, make_claim("b", 100000, unit="percent"))
    assert not claims_conflict(dated(russia, "2022-09"), dated(milley, "2022-11"))
