"""Dates: find date expressions, give them TimeML values relative to the article's date,
and the role each plays in a claim.

``find``: candidates, spans and coordinations; ``timeml``, ``rules``, ``periods``: a
phrase to its TimeML value; ``context``: what the sentence says (tense, reporting
period); ``calendar``: date arithmetic and holidays; ``roles``: stated, reference, event.
"""

from .find import find_dates
from .roles import claim_dates
from .timeml import normalise_date

__all__ = ["claim_dates", "find_dates", "normalise_date"]
