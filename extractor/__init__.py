"""Numeric-claim extraction from news: who said what number about what, citing whom, and when."""

from .errors import ExtractorError, GoldError, InputError, ModelError
from .nlp import DEFAULT_MODEL, build_nlp
from .pipeline import Extractor, extract
from .schema import About, Claim, DateRef, Quantity, Speaker, Via

__all__ = [
    "DEFAULT_MODEL",
    "About",
    "Claim",
    "DateRef",
    "Extractor",
    "ExtractorError",
    "GoldError",
    "InputError",
    "ModelError",
    "Quantity",
    "Speaker",
    "Via",
    "build_nlp",
    "extract",
]
