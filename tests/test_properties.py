"""Properties of the whole pipeline on any text: it never raises, every span slices the input,
output is deterministic and ordered.

Runtime: each example runs the full spaCy pipeline (~10-50 ms on short text), so every
property is capped at 80 examples with no per-example deadline (the first call after the
session fixture warms caches and would trip Hypothesis' 200 ms default). Each call also
runs under a wall-clock limit, so a pipeline that loops forever fails the test instead of
hanging the suite.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extractor.batch.worker import time_limit
from extractor.batch.writers import claims_to_json
from extractor.schema import Claim, Span

CALL_SECONDS = 5  # an article this short parses in milliseconds; 5 s means a loop
PROPERTY_SETTINGS = settings(
    max_examples=80,
    deadline=None,
    # The extractor is session-scoped (loaded once), which is safe to share across examples.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# '“5”': a number that is its sentence's ROOT made about._entity_token loop forever
# (`token.head is not token` is always true: spaCy makes a new Token per access). Kept as
# an explicit example in every property below.
ROOT_NUMBER = "“5”"

# -- strategies ---------------------------------------------------------------------------

# Any Unicode text that can be an article: no surrogates (they cannot be UTF-8 decoded input).
any_text = st.text(st.characters(codec="utf-8"), max_size=300)

_numbers = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.integers(min_value=0, max_value=10**12).map(lambda n: f"{n:,}"),
    st.floats(allow_nan=False, allow_infinity=False, width=32).map(lambda x: f"{x:g}"),
    st.sampled_from(
        [
            "1.5",
            "0.5",
            "3.2bn",
            "$3.2bn",
            "5%",
            "40 per cent",
            "10-20",
            "1/2",
            "1e309",
            "٣",
            "½",
            "forty",
            "a dozen",
            "half",
            "three million",
            "100,000",
            "1,000,000,000,000,000,000",
            "0",
            "-0",
            "2022",
            "19:30",
            "No. 10",
            "COVID-19",
            "G7",
            "737",
            "2nd",
            "1960s",
        ]
    ),
)
_words = st.sampled_from(
    [
        "said",
        "says",
        "told",
        "according to",
        "estimated",
        "million",
        "billion",
        "bn",
        "%",
        "$",
        "£",
        "€",
        "about",
        "around",
        "more than",
        "up to",
        "nearly",
        "between",
        "and",
        "to",
        "or",
        "of",
        "the",
        "soldiers",
        "people",
        "percent",
        "km",
        "BBC",
        "Mr",
        "Smith",
        "Mark Milley",
        "he",
        "she",
        "they",
        "Moscow",
        "in September",
        "on Monday",
        "last year",
        "earlier this week",
        "Read more:",
        "Advertisement",
        "“",
        "”",
        '"',
        "'",
        "‘",
        "’",
        ":",
        ".",
        ",",
        "(",
        ")",
        "-",
        "—",
        "?",
        "!",
    ]
)
_separators = st.sampled_from([" ", " ", " ", "", "\n", "\n\n", ", ", ". ", "\t", "\u00a0", "\r\n"])
newsy_text = st.lists(
    st.tuples(st.one_of(_numbers, _words, _words, st.text(max_size=4)), _separators),
    max_size=40,
).map(lambda parts: "".join(token + sep for token, sep in parts))
published_dates = st.one_of(
    st.none(), st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31))
)

# -- helpers ------------------------------------------------------------------------------


def run(extractor, text: str, published: datetime.date | None = None) -> list[Claim]:
    with time_limit(CALL_SECONDS):
        return extractor(text, published=published, doc_id="prop")


def spans_of(claim: Claim) -> Iterator[tuple[str, Span]]:
    """Every character span in a record, named by its field."""
    yield "sentence", claim.sentence
    yield "quantity", claim.quantity
    if claim.speaker is not None:
        yield "speaker.mention", claim.speaker.mention
    if claim.cue is not None:
        yield "cue", claim.cue
    if claim.via is not None:
        yield "via", claim.via
    for i, date in enumerate(claim.dates):
        yield f"dates[{i}]", date


def assert_spans_slice(text: str, claims: list[Claim]) -> None:
    for claim in claims:
        for field, span in spans_of(claim):
            assert 0 <= span.start_char <= span.end_char <= len(text), (field, span)
            assert span.text == text[span.start_char : span.end_char], (field, span)
        # The number sits inside its sentence.
        assert claim.sentence.start_char <= claim.quantity.start_char
        assert claim.quantity.end_char <= claim.sentence.end_char


# -- properties ---------------------------------------------------------------------------


@PROPERTY_SETTINGS
@given(text=any_text)
@example(text="")
@example(text="\x00\ufeff\u2028\u2029\U0010ffff")
@example(text=ROOT_NUMBER)
def test_any_text_never_raises_and_spans_slice_it(extractor, text: str):
    claims = run(extractor, text)
    assert all(isinstance(claim, Claim) for claim in claims)
    assert_spans_slice(text, claims)


@PROPERTY_SETTINGS
@given(text=newsy_text, published=published_dates)
@example(
    text="Around 100,000 Russian and 100,000 Ukrainian soldiers were killed, he said.",
    published=None,
)
@example(
    text="“Between 5 and 6 million,” she said. “About 40%”", published=datetime.date(2022, 11, 10)
)
@example(text=ROOT_NUMBER, published=None)
def test_newsy_text_never_raises_and_spans_slice_it(extractor, text: str, published):
    claims = run(extractor, text, published)
    assert_spans_slice(text, claims)
    expected = published.isoformat() if published else None
    assert all(claim.published == expected and claim.doc_id == "prop" for claim in claims)


@PROPERTY_SETTINGS
@given(text=newsy_text)
@example(text=ROOT_NUMBER)
def test_same_input_gives_byte_identical_json(extractor, text: str):
    first = claims_to_json(run(extractor, text), fmt="jsonl")
    second = claims_to_json(run(extractor, text), fmt="jsonl")
    assert first == second


@PROPERTY_SETTINGS
@given(text=newsy_text)
@example(text="Prices rose 5% in May and 7% in June, while 3 million people said so.")
@example(text=ROOT_NUMBER)
def test_claims_are_sorted_by_quantity_offset(extractor, text: str):
    starts = [claim.quantity.start_char for claim in run(extractor, text)]
    assert starts == sorted(starts)


def test_the_seed_article_satisfies_every_property(extractor, seed_text: str):
    """The properties on a real article, with its publication date."""
    claims = run(extractor, seed_text, datetime.date(2022, 11, 10))
    assert len(claims) == 6
    assert_spans_slice(seed_text, claims)
    starts = [claim.quantity.start_char for claim in claims]
    assert starts == sorted(starts)
    assert claims_to_json(claims, fmt="json") == claims_to_json(
        run(extractor, seed_text, datetime.date(2022, 11, 10)), fmt="json"
    )
