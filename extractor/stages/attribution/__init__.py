"""Attribution: who said a number (speaker), the words that say so (cue), through whom
(via), and whether it is quoted (quote type).

- ``quotes.py``: quotes and transcript labels, read from the text before parsing
- ``syntax.py``: generic helpers over a dependency parse
- ``cues.py``: the cues of a sentence, and of every sentence in article order
- ``proposals.py``: owned plans and forecasts, the numbers they speak for
- ``described.py``: numbers that belong to their speaker's own phrase ("Three officials said")
- ``speakers.py``: who a speaker mention refers to (names, pronouns, roles, metonyms)
- ``via.py``: whom the words reach us through
- ``carried.py``: whose words a quote is; block quotes carried over sentences
- ``attribute.py``: the attribution of one number, the stage's entry point
"""

from .attribute import Attributions, find_attributions
from .cue_types import Attribution
from .quotes import QuoteRegion, TranscriptLabel, find_quote_regions, find_transcript_labels

__all__ = [
    "Attribution",
    "Attributions",
    "QuoteRegion",
    "TranscriptLabel",
    "find_attributions",
    "find_quote_regions",
    "find_transcript_labels",
]
