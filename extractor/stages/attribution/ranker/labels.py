"""Labelled candidates of one PolNeAR article: the link between the pipeline's numbers
and the gold attributions, for training and scoring the ranker."""

from __future__ import annotations

from ....bench.polnear import GoldAttribution, overlaps, speaker_is_source
from ..attribute import find_attributions
from .train import NumberExample


def document_examples(extractor, name: str, text: str, gold: list[GoldAttribution]):
    """Every number the quantity stage finds in an article, with its labelled candidates."""
    from ...quantities import find_quantities

    article = extractor.read(text, doc_id=name)
    attributions = find_attributions(article, resources=extractor.resources, ranker=None)
    examples = []
    for doc in article.segments:
        for ref in find_quantities(doc, resources=extractor.resources):
            candidates = attributions.candidates(doc[ref.root])
            containing = [g for g in gold if g.contains(ref.start_char, ref.end_char)]
            inner = min(containing, key=lambda g: g.length) if containing else None
            speaker_right, cue_right = [], []
            for candidate in candidates:
                attribution = candidate.attribution
                speaker_right.append(
                    inner is not None
                    and inner.source is not None
                    and speaker_is_source(text, attribution.speaker, inner.source)
                )
                cue_right.append(
                    inner is not None
                    and inner.cue is not None
                    and attribution.cue is not None
                    and overlaps((attribution.cue.start_char, attribution.cue.end_char), inner.cue)
                )
            examples.append(
                NumberExample(
                    features=[candidate.features for candidate in candidates],
                    speaker_right=speaker_right,
                    cue_right=cue_right,
                    speaker_scored=inner is not None and inner.source is not None,
                    cue_scored=inner is not None and inner.cue is not None,
                    in_content=inner is not None,
                )
            )
    return examples
