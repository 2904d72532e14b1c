"""Tables GENERATED from the unit and currency lexicons (``models/lexicons/units.v2.tsv``,
``currencies.v2.tsv``, built by ``tools/generate_unit_tables.py``): every surface, with
and without a space where it may be written both ways, in a short synthetic sentence,
read by the quantities stage; and negative tables (addresses, index names, model
numbers) where no number may come out. The whole table is parsed once (``nlp.pipe``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from extractor.lexicons import CURRENCIES_TABLE, UNITS_TABLE, read_lexicon_lines
from extractor.stages.quantities import find_quantities
from extractor.text.units import normalise_unit

_SYMBOL_FORMS = frozenset({"symbol", "area", "volume", "rate", "temperature", "curated"})


def _unit_cases() -> list[tuple[str, str]]:
    """(sentence, expected unit) for every unit surface: symbols glued and spaced, words
    spaced ("12 kilometres"), glued-only surfaces ("12pc") glued."""
    cases = []
    for row in read_lexicon_lines(UNITS_TABLE):
        surface, unit, form = row[0], row[1], row[2]
        glued_only = row[3:4] == ["glued"]
        glued_too = form in _SYMBOL_FORMS and " " not in surface
        seps = [""] if glued_only else ([" ", ""] if glued_too else [" "])
        if surface[:1] in "°º" and not glued_only:
            seps = ["", " "]
        cases += [(f"It measured 12{sep}{surface} in all.", unit) for sep in seps]
    return cases


def _currency_cases() -> list[tuple[str, str]]:
    """(sentence, ISO code) for every currency prefix, glued and (unless glued-only) spaced."""
    cases = []
    for row in read_lexicon_lines(CURRENCIES_TABLE):
        prefix, code = row[0], row[1]
        seps = [""] if row[3:4] == ["glued"] or prefix.endswith(" ") else ["", " "]
        cases += [(f"It cost {prefix}{sep}12 in all.", code) for sep in seps]
    return cases


UNIT_CASES = _unit_cases()
CURRENCY_CASES = _currency_cases()
# Labels that are no quantity: addresses, index names, model and route numbers.
NEGATIVE_CASES = [
    ("She lives at 221 Baker Street in London.", 221),
    ("The office is at 10 Downing Street now.", 10),
    ("They moved to 1600 Pennsylvania Avenue in January.", 1600),
    ("The S&P 500 rose on Friday.", 500),
    ("The FTSE 100 fell on Friday.", 100),
    ("The Nikkei 225 closed higher.", 225),
    ("Germany's DAX 40 slipped.", 40),
    ("The Russell 2000 gained.", 2000),
    ("Nasdaq 100 futures were up 17 points.", 100),
    ("The Stoxx 600 index slipped 2%.", 600),
    ("A Boeing 737 landed safely.", 737),
    ("The Airbus A320 was grounded.", 320),
    ("He bought an iPhone 15 yesterday.", 15),
    ("The PlayStation 5 sold out.", 5),
    ("They drove along Route 66 for days.", 66),
    ("Traffic slowed on Interstate 95 today.", 95),
]


@pytest.fixture(scope="module")
def read(nlp, resources):
    """Every table sentence read once: sentence -> [(value, unit)]."""
    sentences = sorted({text for text, _ in UNIT_CASES + CURRENCY_CASES + NEGATIVE_CASES})
    found = {}
    for doc in nlp.pipe(sentences, batch_size=256):
        refs = find_quantities(doc, resources=resources)
        found[doc.text] = [(ref.value, ref.unit) for ref in refs]
    return found


@pytest.mark.parametrize(("text", "unit"), UNIT_CASES, ids=[t for t, _ in UNIT_CASES])
def test_every_unit_surface_is_read(read, text, unit):
    assert (12, normalise_unit(unit)) in read[text]


@pytest.mark.parametrize(("text", "code"), CURRENCY_CASES, ids=[t for t, _ in CURRENCY_CASES])
def test_every_currency_prefix_is_read(read, text, code):
    assert (12, code) in read[text]


@pytest.mark.parametrize(("text", "label"), NEGATIVE_CASES)
def test_labels_are_no_quantities(read, text, label):
    assert all(value != label for value, _ in read[text])


def test_committed_tables_are_what_the_generator_writes(tmp_path):
    """The tables are data generated from their sources, never edited by hand."""
    pytest.importorskip("babel")
    root = Path(__file__).parent.parent
    spec = importlib.util.spec_from_file_location(
        "generate_unit_tables", root / "tools" / "generate_unit_tables.py"
    )
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    generator.main(tmp_path)
    for name in (UNITS_TABLE, CURRENCIES_TABLE):
        committed = (root / "models" / "lexicons" / name).read_text(encoding="utf-8")
        assert (tmp_path / name).read_text(encoding="utf-8") == committed, name
