"""Articles of a chunk parsed together (``batch.grouped``): the same claims as one at a
time, and still one time limit and one error line per article."""

from __future__ import annotations

import time

import pytest

from extractor import Extractor
from extractor.batch import grouped
from extractor.batch.grouped import GROUP_TEXT_CHARS, run_grouped
from extractor.batch.worker import ArticleTimeout, article_outcome
from extractor.inputs.records import ArticleRecord

TEXTS = (
    "Officials said that 1,200 people were evacuated on Monday.\n\n"
    "“We moved about 40 families overnight,” Mayor Jane Doe told reporters.",
    "The company cut 3,000 jobs, or 12% of its staff, the union said on Tuesday.",
    "Nothing here has a number.\n\nThe weather was mild and the streets were quiet.",
    "Prices rose 4.5% in March from a year earlier, after a 3.9% rise in February, "
    "the statistics office said. Food cost 7 percent more.",
    "“Another 250 homes lost power,” said Ann Lee, a spokeswoman. She expects 2 more storms.",
)


def _records(texts=TEXTS) -> list[ArticleRecord]:
    return [
        ArticleRecord(id=f"a{i}", origin=f"test:{i}", text=text, published="2022-11-10")
        for i, text in enumerate(texts)
    ]


@pytest.fixture(scope="module")
def alone(extractor):
    """Each test article's outcome when it is run alone, as before grouping."""
    return [article_outcome(record, extractor, None) for record in _records()]


def _tokens(article) -> list[tuple]:
    return [
        (t.idx, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, str(t.morph))
        for doc in article.segments
        for t in doc
    ]


def test_articles_parsed_together_get_the_docs_they_get_alone(extractor):
    drafts = [extractor.split(text, published="2022-11-10") for text in TEXTS]
    together = extractor.parse(drafts, batch_size=3)  # batches that straddle articles
    for text, article in zip(TEXTS, together, strict=True):
        assert _tokens(article) == _tokens(extractor.read(text, published="2022-11-10"))


def test_a_group_gives_each_article_the_claims_it_gets_alone(extractor, alone):
    assert any(lines for lines, _ in alone)
    assert list(run_grouped(_records(), extractor, 300.0)) == alone


def test_an_article_that_fails_to_split_is_its_own_error(extractor, alone):
    class FailsOnOne(Extractor):
        def split(self, text, **kwargs):
            if "company" in text:
                raise ValueError("bad text")
            return super().split(text, **kwargs)

    failing = FailsOnOne(
        nlp=extractor.nlp, sentencizer=extractor.sentencizer, resources=extractor.resources
    )
    outcomes = list(run_grouped(_records(), failing, 300.0))
    assert outcomes[1] == ([], "extraction failed: ValueError: bad text")
    assert outcomes[:1] + outcomes[2:] == alone[:1] + alone[2:]


def test_a_failed_shared_parse_parses_each_article_alone(extractor, alone):
    class SharedParseFails(Extractor):
        def parse(self, drafts, **kwargs):
            if len(drafts) > 1:
                raise ArticleTimeout("timed out after 300 s")
            return super().parse(drafts, **kwargs)

    failing = SharedParseFails(
        nlp=extractor.nlp, sentencizer=extractor.sentencizer, resources=extractor.resources
    )
    assert list(run_grouped(_records(), failing, 300.0)) == alone


def test_an_article_over_its_limit_in_a_group_is_its_own_error(extractor, alone):
    class SlowOnOne(Extractor):
        def claims(self, article):
            if "statistics office" in article.text:
                deadline = time.monotonic() + 5
                while time.monotonic() < deadline:  # Python code, so the alarm can land
                    sum(range(1000))
            return super().claims(article)

    slow = SlowOnOne(
        nlp=extractor.nlp, sentencizer=extractor.sentencizer, resources=extractor.resources
    )
    started = time.monotonic()
    outcomes = list(run_grouped(_records(), slow, 1.0))
    assert time.monotonic() - started < 4
    assert outcomes[3] == ([], "timed out after 1 s")
    assert outcomes[:3] + outcomes[4:] == alone[:3] + alone[4:]


@pytest.mark.parametrize(
    "records, expected",
    [
        (  # small plain texts share a group
            [ArticleRecord(id=str(i), origin="t", text="x" * 10) for i in range(4)],
            [["0", "1", "2", "3"]],
        ),
        (  # a long text, a page to parse and a record with an error go alone
            [
                ArticleRecord(id="0", origin="t", text="x"),
                ArticleRecord(id="long", origin="t", text="x" * (GROUP_TEXT_CHARS + 1)),
                ArticleRecord(id="1", origin="t", text="x"),
                ArticleRecord(id="page", origin="t", html="<p>x</p>"),
                ArticleRecord(id="bad", origin="t", error="unreadable"),
                ArticleRecord(id="2", origin="t", text="x"),
                ArticleRecord(id="3", origin="t", text="x"),
            ],
            [["0"], ["long"], ["1"], ["page"], ["bad"], ["2", "3"]],
        ),
        (  # a group holds at most GROUP_TEXT_CHARS of text
            [
                ArticleRecord(id=str(i), origin="t", text="x" * (GROUP_TEXT_CHARS // 2))
                for i in range(3)
            ],
            [["0", "1"], ["2"]],
        ),
    ],
)
def test_groups_are_consecutive_short_plain_texts(records, expected):
    groups = list(grouped._groups(records))
    assert [[record.id for record in group] for group in groups] == expected
