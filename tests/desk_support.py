"""Shared by the desk tests: a queue with real offsets, signed-in clients, a fake extractor."""

from __future__ import annotations

import re
import shutil
import warnings
from pathlib import Path

import pytest

from extractor.desk import DeskConfig, create_app
from extractor.desk.accounts import add_user, create_token
from extractor.queue import ItemFilter, open_queue
from extractor.schema import About, Claim, Quantity, Span, Speaker, Via

with warnings.catch_warnings():
    # Starlette 1.x prefers httpx2 for its TestClient; httpx (the brief's choice) still works.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PASSWORD = "correct horse battery"
ARTICLE_BASE = 400  # the sentence starts this far into its article: offsets are article-relative
XSS_SENTENCE = (
    'He said <script>alert("x")</script> "><img src=x onerror=alert(1)> 12 soldiers died.'
)


def _span(sentence: str, text: str, base: int) -> Span:
    start = sentence.index(text)
    return Span(start_char=base + start, end_char=base + start + len(text), text=text)


def desk_claim(
    doc_id: str,
    sentence: str,
    quantity: str,
    value: float,
    *,
    speaker: str | None = "Mark Milley",
    mention: str | None = None,
    kind: str = "person",
    cue: str | None = None,
    via: str | None = None,
    unit: str | None = None,
    entity: str = "soldiers",
    qualifiers: tuple[str, ...] = ("Russian",),
    prop: str | None = "killed",
    published: str = "2022-11-10",
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Claim:
    """A record whose spans all point at the right place in ``sentence`` (at ARTICLE_BASE)."""
    base = ARTICLE_BASE
    q = _span(sentence, quantity, base)
    return Claim(
        doc_id=doc_id,
        sentence=Span(start_char=base, end_char=base + len(sentence), text=sentence),
        quantity=Quantity(**q.model_dump(), value=value, unit=unit),
        about=About(
            text=f"{' '.join(qualifiers)} {entity}",
            entity=entity,
            qualifiers=list(qualifiers),
            property=prop,
        ),
        speaker=(
            Speaker(name=speaker, kind=kind, mention=_span(sentence, mention or speaker, base))
            if speaker
            else None
        ),
        cue=_span(sentence, cue, base) if cue else None,
        via=Via(**_span(sentence, via, base).model_dump(), name=via) if via else None,
        quote="indirect",
        published=published,
        url=url or f"https://news.example/{doc_id}",
        title=title or f"Article {doc_id}",
        source=source or f"outlet-{doc_id}",
    )


MILLEY = "Gen. Mark Milley said about 100,000 Russian soldiers were killed, citing US intelligence."
SHOIGU = "Sergei Shoigu told RIA that 5,937 Russian soldiers were killed."
DEFICIT = "The Treasury said the deficit reached $1.4 trillion in 2021."
# (doc_id, sentence, quantity, value, options): Milley's 100,000 (two outlets), Shoigu's
# 5,937 (conflicts with it), money, and an article made of XSS attempts.
SAMPLES: tuple[tuple[str, str, str, float, dict], ...] = (
    (
        "reuters-1",
        MILLEY,
        "100,000",
        100000,
        {"mention": "Mark Milley", "cue": "said", "via": "US intelligence", "source": "Reuters"},
    ),
    (
        "ap-1",
        MILLEY,
        "100,000",
        100000,
        {"mention": "Mark Milley", "cue": "said", "source": "AP", "published": "2022-11-11"},
    ),
    (
        "ria-1",
        SHOIGU,
        "5,937",
        5937,
        {
            "speaker": "Sergei Shoigu",
            "cue": "told",
            "via": "RIA",
            "source": "RIA",
            "published": "2022-10-21",  # within 31 days of Milley's: the same moment
        },
    ),
    (
        "budget-1",
        DEFICIT,
        "$1.4 trillion",
        1.4e12,
        {
            "speaker": "Treasury",
            "kind": "organization",
            "cue": "said",
            "unit": "USD",
            "entity": "deficit",
            "qualifiers": (),
            "prop": None,
            "published": "2021-10-08",
            "source": "FT",
        },
    ),
    (
        "evil-1",
        XSS_SENTENCE,
        "12",
        12,
        {
            "speaker": None,
            "qualifiers": ("Ukrainian",),
            "url": "javascript:alert(document.cookie)",
            "title": '"><script>alert(2)</script>',
            "source": "<b>evil</b>",
            "published": "2022-11-01",
        },
    ),
)


def sample_claims() -> list[Claim]:
    """The SAMPLES as claim records."""
    return [desk_claim(doc_id, *rest, **options) for doc_id, *rest, options in SAMPLES]


def build_queue(location: str) -> str:
    """A queue at ``location`` with the sample claims and users alice and bob."""
    with open_queue(location, create=True) as queue:
        queue.add_claims(sample_claims())
        add_user(queue, "alice", PASSWORD)
        add_user(queue, "bob", PASSWORD)
    return location


def api_token(location: str, user: str) -> str:
    with open_queue(location) as queue:
        return create_token(queue, user, "tests")


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token in the page"
    return found.group(1)


def version_of(html: str) -> int:
    found = re.search(r'name="version" value="(\d+)"', html)
    assert found, "no version in the page"
    return int(found.group(1))


def make_app(location: str, **options):  # type: ignore[no-untyped-def]
    return create_app(DeskConfig(location=location, **options))


def client(app) -> TestClient:  # type: ignore[no-untyped-def]
    return TestClient(app)


def signed_in(app, user: str = "alice") -> TestClient:  # type: ignore[no-untyped-def]
    """A browser-like client signed in as ``user``."""
    browser = TestClient(app)
    page = browser.get("/login")
    response = browser.post(
        "/login",
        data={"name": user, "password": PASSWORD, "csrf_token": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return browser


class FakeExtractor:
    """Stands in for spaCy: one claim per number-like word, so API tests run in milliseconds."""

    loads = 0

    def __init__(self) -> None:
        FakeExtractor.loads += 1

    def __call__(self, text: str, *, published=None, doc_id=None) -> list[Claim]:  # type: ignore[no-untyped-def]
        claims = []
        for match in re.finditer(r"\d[\d,]*", text):
            quantity = match.group()
            claims.append(
                Claim(
                    doc_id=doc_id,
                    sentence=Span(start_char=0, end_char=len(text), text=text),
                    quantity=Quantity(
                        start_char=match.start(),
                        end_char=match.end(),
                        text=quantity,
                        value=float(quantity.replace(",", "")),
                    ),
                    about=About(text="people", entity="people"),
                    published=str(published) if published else None,
                )
            )
        return claims


def queue_file(tmp_path: Path) -> str:
    return build_queue(str(tmp_path / "claims.db"))


# -- fixtures (imported by the desk's test modules) -----------------------------------------


@pytest.fixture(scope="module", name="template_queue")
def template_queue_fixture(tmp_path_factory) -> str:
    """Built once (argon2 hashing is slow on purpose), copied for each test."""
    return queue_file(tmp_path_factory.mktemp("desk-template"))


@pytest.fixture(name="location")
def location_fixture(tmp_path, template_queue) -> str:
    copy = tmp_path / "claims.db"
    shutil.copyfile(template_queue, copy)
    return str(copy)


@pytest.fixture(name="app")
def app_fixture(location):
    return make_app(location, extractor_factory=FakeExtractor)


@pytest.fixture(name="alice")
def alice_fixture(app):
    return signed_in(app, "alice")


@pytest.fixture(name="token")
def token_fixture(location) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_token(location, 'alice')}"}


def item_id(location: str, doc_id: str) -> int:
    with open_queue(location) as queue:
        for item in queue.list_items(ItemFilter(limit=None)):
            if any(a.doc_id == doc_id for a in queue.get_item(item.id).appearances):
                return item.id
    raise AssertionError(doc_id)
