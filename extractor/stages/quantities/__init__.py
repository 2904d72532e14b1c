"""The quantities stage: numbers asserted about the world, with value, range, bound and unit."""

from .find import find_quantities
from .refs import QuantityRef
from .unit_scans import expect_article, prepare_long_run

__all__ = ["QuantityRef", "expect_article", "find_quantities", "prepare_long_run"]
