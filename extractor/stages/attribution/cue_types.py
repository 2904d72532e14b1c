"""What a cue makes: an ``Attribution`` (speaker, cue, via, quote type), the cues of a
sentence, and the ``CueContext`` the cue rules read (``cues.py``, ``colons.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Span, Token

from ...article.offsets import start_char, text_span
from ...resources import Resources
from ...schema import Span as TextSpan
from ...schema import Speaker, Via
from .quotes import TranscriptLabel
from .speakers import History, SpeakerResolver


@dataclass(frozen=True)
class Attribution:
    """Who a number is attributed to, by which cue, through whom, and the quote type
    ("direct", "indirect" or "none")."""

    speaker: Speaker | None
    cue: TextSpan | None
    via: Via | None
    quote: str
    # The stretch the cue speaks for, when it speaks only for its own object ("called it
    # a $5 billion mistake"); None: the whole sentence, as the attribution rules decide.
    scope: TextSpan | None = None

    def speaks_for(self, position: int) -> bool:
        """Whether the cue may speak for a number at ``position``."""
        scope = self.scope
        return scope is None or scope.start_char <= position < scope.end_char


NO_ATTRIBUTION = Attribution(None, None, None, "none")


class Cue(NamedTuple):
    """A cue word and the attribution it makes."""

    token: Token
    attribution: Attribution


class SentenceCues(NamedTuple):
    """A parsed sentence and its cues, in token order."""

    sent: Span
    cues: list[Cue]


@dataclass(frozen=True)
class CueContext:
    """What the cue rules read besides the sentence: the lexicons, the article's names,
    its transcript labels, and the speakers found before (for pronouns)."""

    resources: Resources
    resolver: SpeakerResolver
    labels: tuple[TranscriptLabel, ...] = ()
    history: History = ()

    def speaker(self, mention: Span, *, refers_to: Span | None = None) -> Speaker | None:
        """The speaker of a mention; ``refers_to`` is the phrase it stands for (a relative
        pronoun's antecedent), resolved in its place."""
        resolved = self.resolver.resolve(
            refers_to if refers_to is not None else mention,
            position=start_char(mention),
            history=self.history,
        )
        if resolved is None:
            return None
        return Speaker(name=resolved.name, mention=text_span(mention), kind=resolved.kind)
