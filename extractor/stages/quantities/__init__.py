"""The quantities stage: numbers asserted about the world, with value, range, bound and unit."""

from .find import find_quantities
from .refs import QuantityRef

__all__ = ["QuantityRef", "find_quantities"]
