"""NewsQuant adapter: scoring on a tiny synthetic sample in NewsQuant's format, and a clean
skip when the data is absent. No dataset content is copied here."""

from __future__ import annotations

import json

import pytest

from extractor.bench import newsquant, run_benchmark

SAMPLE = [
    {
        "text": "The company hired about 300 workers and paid them $2.5 million.",
        "quantities": [
            {
                "value": "300.0",
                "change": "~",
                "unit": "workers",
                "normalized_unit": "worker",
                "referred_concepts": "company",
            },
            {
                "value": "2500000.0",
                "change": "=",
                "unit": "$",
                "normalized_unit": "dollar",
                "referred_concepts": "company",
            },
        ],
    },
    {
        "text": "Prices ranged from $10 to $20 last week.",
        "quantities": [
            {
                "value": "10.0-20.0",
                "change": "=",
                "unit": "$",
                "normalized_unit": "dollar",
                "referred_concepts": "Prices",
            },
        ],
    },
    {"text": "Nothing numeric is said here.", "quantities": []},
]


def _rows(result):
    return {(row.system, row.measure): row for row in result.rows}


def test_adapter_scores_a_synthetic_sample(tmp_path, extractor, monkeypatch):
    monkeypatch.delenv(newsquant.CQE_ENV, raising=False)
    (tmp_path / newsquant.DATA_DIR).mkdir()
    (tmp_path / newsquant.DATA_DIR / newsquant.GOLD_FILE).write_text(
        json.dumps(SAMPLE), encoding="utf-8"
    )
    result = run_benchmark("newsquant", root=tmp_path, extractor=extractor, detail=True)
    assert result.skipped is None and result.documents == 3
    rows = _rows(result)
    assert rows[("extractor", "value")].f1 == pytest.approx(1.0)
    assert rows[("extractor", "value+unit")].f1 == pytest.approx(1.0)
    assert rows[("extractor", "value+bound (no trends)")].f1 == pytest.approx(1.0)
    # quantulum3 alone averages the range: a midpoint never matches (strict ranges).
    assert rows[("quantulum3", "value")].recall < 1.0
    assert any("CQE" in note for note in result.notes)
    # Concepts twice: words of about.text, and words of entity + qualifiers + property
    # (issue #10); only our records have the second.
    for measure in ("value+concept e+q+p partial", "value+concept e+q+p complete"):
        assert ("extractor", measure) in rows and ("quantulum3", measure) not in rows
    partial = rows[("extractor", "value+concept e+q+p partial")]
    assert partial.f1 >= rows[("extractor", "value+concept e+q+p complete")].f1
    assert partial.f1 > 0  # "the company hired 300 workers": qualifiers hold "company"


def test_fields_words_are_entity_qualifiers_and_property():
    class About:
        text = "workers, company"
        entity = "workers"
        qualifiers = ["company"]
        property = "hired"

    class Quantity:
        value, low, high, unit, bound, text = 300.0, None, None, None, "approx", "about 300"

    class Claim:
        about, quantity = About(), Quantity()

    predicted = newsquant._predicted(Claim())
    assert predicted.fields == frozenset({"workers", "company", "hired"})
    assert predicted.concepts == frozenset({"workers", "company"})


def test_gold_ranges_and_changes_are_decoded():
    gold = newsquant._gold_quantity(
        {
            "value": "36040.0-34935.0",
            "change": "down",
            "unit": "$",
            "normalized_unit": "dollar",
            "referred_concepts": "Bitcoin",
        }
    )
    assert (gold.low, gold.high, gold.bound, gold.unit) == (34935.0, 36040.0, "down", "dollar")
    negative = newsquant._gold_quantity(
        {
            "value": "-1.4",
            "change": ">",
            "unit": "-",
            "normalized_unit": "-",
            "referred_concepts": "-",
        }
    )
    assert (negative.value, negative.bound) == (-1.4, "lower")


def test_skips_cleanly_without_data(tmp_path, extractor):
    result = run_benchmark("newsquant", root=tmp_path, extractor=extractor)
    assert result.skipped and "newsquant" in result.skipped and not result.rows


@pytest.mark.parametrize(
    "entity, text, gold_unit, matches",
    [
        ("shipping containers", "1,200", "container", True),  # the entity's head
        ("workers", "300", "worker", True),
        ("factory workers", "300", "factory", False),  # a modifier is not the head
        (None, "40 basis points", "basis point", True),  # the noun inside the quantity
        (None, "300", "worker", False),
    ],
)
def test_a_count_matches_a_gold_unit_by_the_head_of_its_entity(entity, text, gold_unit, matches):
    def side(unit, entity, text):
        return newsquant.Quantity(300.0, None, None, unit, "exact", entity, frozenset(), text)

    gold = side(gold_unit, None, "")
    assert newsquant._unit_matches(gold, side("-", entity, text)) is matches


def test_generic_gold_units_are_a_plain_count():
    """ "sales of 5835 units": NewsQuant's bare "unit" counts items, as our unitless count."""
    assert newsquant._unit_name("unit") == "-"
    gold = newsquant.Quantity(5835.0, None, None, "-", "exact", None, frozenset(), "")
    ours = newsquant.Quantity(5835.0, None, None, "-", "exact", "sales", frozenset(), "5835")
    assert newsquant._unit_matches(gold, ours)
    assert not newsquant._unit_matches(
        gold, newsquant.Quantity(5835.0, None, None, "dollar", "exact", None, frozenset(), "$5835")
    )
