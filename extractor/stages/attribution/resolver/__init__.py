"""The mention resolver: which named entity a pronoun ("he", "she", "they", "it") or a
definite description ("the firm") refers to, learned on GUM coreference.

- ``anaphora.py``: anaphors, their candidate antecedents (what the rules already hold:
  the article's names, the speakers so far) and the pair features
- ``model.py``: the weights (JSON in ``models/``) and the choice, "none of them" included
- ``gum.py``: the GUM CoNLL reader (mentions and their entities)
- ``train.py``: examples from GUM, a seeded LogisticRegression, held-out scores

``speakers.SpeakerResolver`` asks it where the rules resolved pronouns and descriptions;
when it has no candidate or picks "none of them", the rule's answer stands.
"""

from .anaphora import Anaphor, Antecedent, NameRecord, Sentences, find_antecedents
from .model import MentionResolver, RecentCompatible, load_mention_resolver

__all__ = [
    "Anaphor",
    "Antecedent",
    "MentionResolver",
    "NameRecord",
    "RecentCompatible",
    "Sentences",
    "find_antecedents",
    "load_mention_resolver",
]
