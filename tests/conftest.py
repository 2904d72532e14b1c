"""Shared fixtures: the spaCy pipeline and the extractor are loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import Extractor, build_nlp
from extractor.resources import load_resources

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED_ID = "000_555bf5a5852e493d"
SEED_ARTICLE = FIXTURES / "articles" / f"{SEED_ID}.txt"
SEED_GOLD = FIXTURES / "gold" / f"{SEED_ID}.json"
SEED_PUBLISHED = "2022-11-10"


@pytest.fixture(scope="session")
def nlp():
    return build_nlp()


@pytest.fixture(scope="session")
def resources():
    return load_resources()


@pytest.fixture(scope="session")
def extractor(nlp, resources):
    return Extractor(nlp=nlp, resources=resources)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_ARTICLE.read_bytes().decode("utf-8")
