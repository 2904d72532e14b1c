"""The learned part of attribution: the rules propose candidate speakers for a number,
a linear ranker trained on PolNeAR chooses one.

- ``candidates.py``: the candidates of one number (the rules' choice, the sentence's
  other cues, the quote's speaker, a transcript label, neighbouring sentences' cues,
  subjects of the clauses holding it, owners of the nouns it hangs from, "no speaker")
- ``features.py``: what the ranker reads of a candidate
- ``model.py``: the weights (JSON in ``models/``) and the scoring
- ``train.py``: training on PolNeAR train, tuning on dev (scikit-learn, seeded)
"""

from .candidates import Candidate, find_candidates
from .model import SpeakerRanker, load_speaker_ranker

__all__ = ["Candidate", "SpeakerRanker", "find_candidates", "load_speaker_ranker"]
