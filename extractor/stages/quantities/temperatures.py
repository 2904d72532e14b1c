"""A bare "degrees" in a sentence about the weather is a temperature whose scale the text
does not state ("it was 40 degrees outside", "temperatures reached 100 degrees").
quantulum3 reads every bare "degree" as an angle, and has no unit for a temperature
without a scale; guessing Celsius or Fahrenheit would state what the text does not (as a
date keeps only the year the text gives: CLAIM-SPEC, dates). The unit is then
``TEMPERATURE_DEGREE``, named after quantulum3's "degree angle", "degree Celsius"."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ...resources import Resources
from .refs import QuantityRef

TEMPERATURE_DEGREE = "degree temperature"
_ANGLE_DEGREE = "degree angle"


def as_temperature(doc: Doc, ref: QuantityRef, resources: Resources) -> QuantityRef:
    """``ref`` in ``TEMPERATURE_DEGREE`` when it is a bare "degrees" in a sentence with a
    temperature word ("outside", "temperatures", "highs") and no angle word ("angle",
    "banked", "slope"), from ``models/lexicons/degree_senses.v1.tsv``."""
    if ref.unit != _ANGLE_DEGREE or "arc" in doc[ref.start : ref.end].text.lower():
        return ref  # "30 degrees of arc" is an angle whatever the sentence says
    senses = resources.degree_senses
    found = {
        senses.get(token.lower_) or senses.get(token.lemma_.lower()) for token in doc[ref.root].sent
    }
    if "temperature" in found and "angle" not in found:
        return replace(ref, unit=TEMPERATURE_DEGREE)
    return ref
