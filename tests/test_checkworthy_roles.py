"""Who asks in an article (``extractor/checkworthy/roles.py``): read from its records alone.
Synthetic records only; no benchmark text."""

from __future__ import annotations

import pytest

from extractor.checkworthy.roles import (
    AskerSettings,
    askers_by_article,
    find_askers,
    is_asked,
    label_speaker,
    names_an_asker,
    without_askers,
)
from extractor.checkworthy.train import load_config
from extractor.schema import Claim, Span

from .queue_support import make_claim

CONFIG = load_config(name="checkworthy.roles.config.json")
SETTINGS = AskerSettings.from_config(CONFIG, min_share=0.35)


def _said(doc: str, speaker: str | None, sentence: str, *, at: int, cue: str | None = ":"):
    """A record of ``sentence`` (at offset ``at``) whose speaker a label or a word names."""
    claim = make_claim(doc, 12, text="12", sentence=sentence, speaker=speaker)
    span = Span(start_char=at, end_char=at + len(sentence), text=sentence)
    update: dict = {"sentence": span}
    if cue is not None and speaker is not None:
        update["cue"] = Span(start_char=at, end_char=at + len(cue), text=cue)
    return Claim.model_validate({**claim.model_dump(), **update})


ASKING = [
    "Senator, you said 12 plants would close.",
    "Your plan costs 12 billion dollars, how will you pay?",
    "You voted 12 times against it.",
    "Governor, your state lost 12 percent of its jobs.",
]
STATING = [
    "We created 12 million jobs.",
    "Taxes rose 12 percent last year.",
    "My plan cuts 12 billion dollars of waste.",
    "The deficit grew by 12 percent.",
    "You know, 12 plants closed in my state.",  # a filler, not an address
]


def _debate(doc: str = "debate") -> list[Claim]:
    claims, at = [], 0
    for speaker, sentences in (("Jane Roe", ASKING), ("John Doe", STATING), ("Ann Poe", STATING)):
        for sentence in sentences:
            claims.append(_said(doc, speaker, sentence, at=at))
            at += 100
    return claims


def test_the_speaker_who_mostly_addresses_the_listener_asks():
    assert find_askers(_debate(), settings=SETTINGS) == {"Jane Roe"}


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (ASKING[:1], frozenset()),  # one sentence: 1 / (1 + 2) below the share
        (ASKING[:2], {"Jane Roe"}),  # 2 / (2 + 2)
        (STATING[-1:] * 3, frozenset()),  # "you know" is a filler
    ],
)
def test_a_few_sentences_do_not_make_an_asker_alone(sentences, expected):
    claims = [_said("a", "Jane Roe", s, at=i * 100) for i, s in enumerate(sentences)]
    claims += [_said("a", "John Doe", s, at=1000 + i * 100) for i, s in enumerate(STATING)]
    assert find_askers(claims, settings=SETTINGS) == expected


def test_one_voice_or_every_voice_asking_is_no_role():
    speech = [_said("a", "Jane Roe", s, at=i * 100) for i, s in enumerate(ASKING)]
    assert find_askers(speech, settings=SETTINGS) == frozenset()
    both = speech + [_said("a", "John Doe", s, at=1000 + i * 100) for i, s in enumerate(ASKING)]
    assert find_askers(both, settings=SETTINGS) == frozenset()


def test_news_speakers_named_by_a_word_are_not_read():
    # "you" in quotes reported with "said": no label, no role (an ordinary news article).
    claims = [_said("a", "Jane Roe", s, at=i * 100, cue="said") for i, s in enumerate(ASKING)]
    claims += [_said("a", "John Doe", s, at=1000 + i * 100) for i, s in enumerate(STATING)]
    assert find_askers(claims, settings=SETTINGS) == frozenset()
    assert label_speaker(claims[0]) is None and label_speaker(claims[-1]) == "John Doe"


def test_askers_are_found_per_article_and_their_claims_score_zero():
    claims = _debate("one") + _debate("two")[4:]  # article two has no asker's records
    askers = askers_by_article(claims, settings=SETTINGS)
    assert askers == {"one": {"Jane Roe"}, "two": frozenset()}
    scores = without_askers(claims, [0.5] * len(claims), askers)
    assert scores == [0.0 if is_asked(c, askers) else 0.5 for c in claims]
    assert scores[:4] == [0.0] * 4 and set(scores[4:]) == {0.5}


def test_settings_need_the_second_person_words():
    with pytest.raises(ValueError, match="second_person"):
        AskerSettings.from_config({"fillers": ["know"]}, min_share=0.35)


def test_the_nested_check_chooses_c_and_the_rule_inside_the_training_debates(capsys):
    from extractor.checkworthy.roles_check import nested_rule

    from .checkworthy_support import three_debates

    nested_rule(three_debates(), load_config(name=CONFIG["base_config"]), CONFIG)
    printed = capsys.readouterr().out.splitlines()
    # no labelled speaker in these debates: no asker, so the rule changes nothing
    assert [line.split(":")[0] for line in printed[:3]] == ["one", "two", "three"]
    assert all("asker share None" in line for line in printed[:3])
    nested = printed[3].split(": ", 1)[1]
    assert all(line.endswith(nested) for line in printed[4:])


def test_a_figure_put_in_an_askers_paragraph_is_theirs_whoever_first_said_it():
    # "ROE: Senator, you said 12 plants would close": the record names Doe (the cue
    # "said"), but the paragraph is the asker's question.
    claims = _debate("one")
    question = _said(
        "one", "John Doe", "ROE: Senator Doe, you said 12 plants would close.", at=5000, cue="said"
    )
    answer = _said("one", "John Doe", "DOE: 12 plants closed.", at=5100, cue="said")
    askers = askers_by_article([*claims, question, answer], settings=SETTINGS)
    assert askers == {"one": {"Jane Roe"}}
    assert is_asked(question, askers) and not is_asked(answer, askers)
    assert not is_asked(question, {"two": frozenset({"Jane Roe"})})  # another article's


@pytest.mark.parametrize(
    ("label", "expected"),
    [(["ROE"], True), (["Jane", "Roe"], True), (["Roe."], True), (["Doe"], False), ([], False)],
)
def test_a_label_names_an_asker_when_all_its_words_are_in_the_name(label, expected):
    assert names_an_asker(label, {"Jane Roe"}) is expected


def test_settings_go_into_a_model_file_and_back():
    assert AskerSettings.from_json(SETTINGS.to_json()) == SETTINGS
    assert SETTINGS.to_json()["min_share"] == 0.35
