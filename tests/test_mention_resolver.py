"""The mention resolver (issue #11): GUM reading, anaphors, candidates, features, the JSON
model, its use for speakers, and training on tiny synthetic GUM documents."""

from __future__ import annotations

import json

import pytest

from extractor.errors import ModelError
from extractor.stages.attribution.resolved import Resolved, Seen
from extractor.stages.attribution.resolver.anaphora import (
    Anaphor,
    NameRecord,
    Sentences,
    find_antecedents,
    grammatical_role,
    most_recent_compatible,
    name_gender,
    pronoun_class,
)
from extractor.stages.attribution.resolver.gum import innermost_entities, parse_conll
from extractor.stages.attribution.resolver.model import (
    MentionResolver,
    candidate_features,
    load_mention_resolver,
)

CONLL = """# begin document GUM_news_tiny
0\tMary\t(person-1-Mary_Smith
1\tSmith\tperson-1-Mary_Smith)
2\tvisited\t_
3\tthe\t(place-2
4\tbank\t_
5\tof\t_
6\tOhio\t(place-3-Ohio)place-2)
7\t.\t_
8\tShe\t(person-1)
9\tleft\t_
# end document
"""


def test_gum_conll_brackets_become_mentions_with_their_entities():
    document = parse_conll("tiny", CONLL)
    assert document.tokens[:2] == ("Mary", "Smith")
    spans = {(m.start, m.end, m.entity, m.kind) for m in document.mentions}
    assert spans == {
        (0, 2, 1, "person"),
        (3, 7, 2, "place"),
        (6, 7, 3, "place"),
        (8, 9, 1, "person"),
    }
    # "Ohio" is inside the place-2 mention too: its innermost entity is Ohio's own.
    assert innermost_entities(document)[6] == 3
    assert innermost_entities(document)[4] == 2
    assert innermost_entities(document)[7] is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [("He", "he"), ("his", "he"), ("her", "she"), ("Their", "they"), ("its", "it"), ("I", None)],
)
def test_pronoun_classes(word, expected):
    assert pronoun_class(word) == expected


@pytest.mark.parametrize(
    ("dep", "role"), [("nsubj", "subj"), ("nsubjpass", "subj"), ("dobj", "obj"), ("poss", "poss")]
)
def test_grammatical_roles(dep, role):
    assert grammatical_role(dep) == role


def record(name, kind, positions, subjects=(), titles=()):
    return NameRecord(name, kind, tuple(positions), tuple(subjects), frozenset(titles))


NAMES = {"mary": "female", "john": "male"}


def test_gender_comes_from_an_honorific_then_the_first_name():
    assert name_gender(record("Mary Smith", "person", [0]), NAMES) == "female"
    assert name_gender(record("John Brown", "person", [0]), NAMES) == "male"
    assert name_gender(record("Smith", "person", [0], titles=["mrs."]), NAMES) == "female"
    assert name_gender(record("Okafor", "person", [0]), NAMES) == "unknown"


def test_candidates_are_the_names_before_the_anaphor_most_recent_first():
    names = [
        record("Mary Smith", "person", [0, 50], subjects=[0]),
        record("John Brown", "person", [30]),
        record("Acme", "organization", [90]),  # after the anaphor: not a candidate
    ]
    history = (
        Seen(31, Resolved("John Brown", "person")),
        Seen(10, Resolved("the minister", "person")),  # kept as written: names nobody
    )
    candidates = find_antecedents(names, history, position=80, first_names=NAMES)
    assert [c.resolved.name for c in candidates] == ["Mary Smith", "John Brown"]
    assert candidates[0].positions == (0, 50) and not candidates[0].subject
    assert candidates[0].gender == "female"
    assert candidates[1].positions == (30, 31)
    assert candidates[1].speaker_rank == 1 and candidates[0].speaker_rank is None


def test_candidates_can_be_limited_to_compatible_or_unknown_kinds():
    names = [
        record("Russian", "group", [50]),
        record("Okafor", "unknown", [40]),
        record("Mark Milley", "person", [10]),
    ]
    candidates = find_antecedents(
        names, (), position=80, first_names=NAMES, kinds=frozenset({"person"})
    )
    assert [c.resolved.name for c in candidates] == ["Okafor", "Mark Milley"]
    plural = find_antecedents(names, (), position=80, first_names={"mark": "male"}, plural=True)
    assert [c.resolved.name for c in plural] == ["Russian", "Okafor"]


def test_the_baseline_takes_the_most_recent_candidate_of_a_compatible_kind():
    names = [record("Acme", "organization", [40]), record("John Brown", "person", [10])]
    candidates = find_antecedents(names, (), position=80, first_names=NAMES)
    he = Anaphor("he", 80, 2, "subj")
    firm = Anaphor("description", 80, 2, "subj", head="firm", kind="organization")
    assert candidates[most_recent_compatible(he, candidates)].resolved.name == "John Brown"
    assert candidates[most_recent_compatible(firm, candidates)].resolved.name == "Acme"


def test_features_mark_gender_agreement_recency_and_the_none_option():
    names = [record("John Brown", "person", [40]), record("Mary Smith", "person", [10])]
    candidates = find_antecedents(names, (), position=80, first_names=NAMES)
    she = Anaphor("she", 80, 1, "subj")
    features = candidate_features(she, candidates, Sentences([0, 60]))
    assert features[0]["gender_agrees=False"] == 1.0
    assert features[1]["gender_agrees=True"] == 1.0
    assert features[0]["he_she&recency=0"] == 1.0
    assert features[1]["he_she&compatible_rank=1"] == 1.0
    assert features[0]["he_she&sentences=1"] == 1.0
    assert "null&he_she" in features[2] and len(features) == 3


def test_the_model_chooses_the_best_candidate_or_none():
    names = [record("John Brown", "person", [40]), record("Mary Smith", "person", [10])]
    candidates = find_antecedents(names, (), position=80, first_names=NAMES)
    she = Anaphor("she", 80, 1, "subj")
    sentences = Sentences([0])
    agreeing = MentionResolver(weights={"gender_agrees=True": 2.0, "gender_agrees=False": -2.0})
    assert agreeing.choose(she, candidates, sentences).resolved.name == "Mary Smith"
    nobody = MentionResolver(weights={"null&he_she": 5.0})
    assert nobody.choose(she, candidates, sentences) is None
    assert agreeing.choose(she, [], sentences) is None


def test_the_resolver_only_answers_for_its_categories(nlp, resources):
    doc = nlp("Mary Smith met John Brown. She left.")
    she = next(t for t in doc if t.text == "She")
    mention = doc[she.i : she.i + 1]
    names = (record("Mary Smith", "person", [0], subjects=[0]),)
    context = (names, Sentences([0, 27]), resources)
    only_he = MentionResolver(weights={"bias": 1.0}, categories=("he",))
    assert only_he.resolve(mention, 27, (), context) is None
    both = MentionResolver(weights={"bias": 1.0}, categories=("he", "she"))
    assert both.resolve(mention, 27, (), context) == Resolved("Mary Smith", "person")


def test_weights_round_trip_through_json_and_bad_files_are_model_errors():
    model = MentionResolver(weights={"b": -0.5, "a": 1.25}, meta={"seed": 13})
    again = MentionResolver.from_json(model.to_json())
    assert again.weights == {"a": 1.25, "b": -0.5} and again.meta == {"seed": 13}
    with pytest.raises(ModelError, match="not JSON"):
        MentionResolver.from_json("{")
    with pytest.raises(ModelError, match="expected format"):
        MentionResolver.from_json(json.dumps({"format": "other"}))


def test_the_packaged_model_prefers_an_agreeing_gender():
    model = load_mention_resolver()
    assert model.meta["scores"]["held_out"]["pronouns"]["resolvable"] > 100
    names = [
        record("Acme Corp", "organization", [60]),
        record("John Brown", "person", [40], subjects=[40]),
        record("Mary Smith", "person", [10, 20], subjects=[10, 20]),
    ]
    candidates = find_antecedents(names, (), position=80, first_names=NAMES)
    sentences = Sentences([0, 30, 70])
    assert model.choose(Anaphor("she", 80, 2, "subj"), candidates, sentences).resolved.name == (
        "Mary Smith"
    )
    assert model.choose(Anaphor("he", 80, 2, "subj"), candidates, sentences).resolved.name == (
        "John Brown"
    )


def tiny_gum(folder, count=3):
    """``count`` synthetic GUM documents: a woman and a man named, then "she" and "he"."""
    conll = folder / "gum-coref" / "conll"
    conll.mkdir(parents=True)
    people = [("Mary", "Smith", "John", "Brown"), ("Anna", "Lee", "Peter", "Cole")]
    for n in range(count):
        first, last, other, other_last = people[n % 2]
        words = [
            (first, f"(person-1-{first}"), (last, "person-1)"), ("met", "_"),
            (other, "(person-2"), (other_last, "person-2)"), (".", "_"),
            ("She", "(person-1)"), ("said", "_"), ("he", "(person-2)"), ("left", "_"),
            (".", "_"), ("He", "(person-2)"), ("agreed", "_"), (".", "_"),
        ]  # fmt: skip
        lines = [f"{i}\t{w}\t{e}" for i, (w, e) in enumerate(words)]
        text = f"# begin document GUM_news_t{n}\n" + "\n".join(lines) + "\n# end document\n"
        (conll / f"GUM_news_t{n}.conll").write_text(text, encoding="utf-8")


@pytest.mark.slow
def test_training_on_tiny_synthetic_documents_writes_loadable_deterministic_weights(tmp_path):
    from extractor.stages.attribution.resolver.train import (
        ResolverConfig,
        train_mention_resolver,
    )

    tiny_gum(tmp_path)
    config = ResolverConfig(jobs=1, test_every=3)
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    report = train_mention_resolver(tmp_path, config, first)
    train_mention_resolver(tmp_path, config, second)
    assert first.read_bytes() == second.read_bytes()
    model = MentionResolver.from_json(first.read_text(encoding="utf-8"))
    assert report.documents == {"train": 2, "held_out": 1}
    assert report.anaphors["train"] == 6 and report.anaphors["held_out"] == 3
    assert model.meta["scores"]["held_out"]["he/she"]["resolvable"] == 3


def test_a_training_config_with_an_unknown_key_is_an_input_error(tmp_path):
    from extractor.errors import InputError
    from extractor.stages.attribution.resolver.train import ResolverConfig

    path = tmp_path / "config.json"
    path.write_text('{"seed": 1, "strenght": 2}', encoding="utf-8")
    with pytest.raises(InputError, match="strenght"):
        ResolverConfig.from_file(path)


def speaker_of(extractor, text, number, **options):
    """The speaker name of the number ``number`` (its token text), attributed with
    ``options`` passed to ``find_attributions``."""
    from extractor.stages.attribution import find_attributions

    article = extractor.read(text, doc_id="t")
    attributions = find_attributions(article, resources=extractor.resources, **options)
    token = next(t for doc in article.segments for t in doc if t.text == number)
    speaker = attributions.attribute(token).speaker
    return speaker.name if speaker else None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected_learned", "expected_rules"),
    [
        # The names were in a sentence only split, not parsed (no label, no subject): a
        # first name makes them persons, and both the resolver and the rules agree the
        # pronoun with the first name's gender (the rules found no person for "She" before
        # session 11).
        (
            "John Brown introduced Mary Smith at the event on Monday.\n\nShe said 40 people came.",
            "Mary Smith",
            "Mary Smith",
        ),
        (
            "Mary Smith spoke after John Brown on Monday.\n\nHe said 40 people came.",
            "John Brown",
            "John Brown",
        ),
        # A speaker before stays the speaker when the gender agrees.
        (
            "Mary Smith said 30 people left. John Brown disagreed.\n\nShe said 40 people came.",
            "Mary Smith",
            "Mary Smith",
        ),
    ],
)
def test_pronoun_speakers_with_the_resolver_and_by_rule(
    extractor, text, expected_learned, expected_rules
):
    assert speaker_of(extractor, text, "40") == expected_learned
    assert speaker_of(extractor, text, "40", mention_resolver=None) == expected_rules


def test_gum_files_that_are_not_text_are_an_error_naming_the_file(tmp_path):
    from extractor.errors import InputError
    from extractor.stages.attribution.resolver.gum import DATA_DIR, load_gum

    folder = tmp_path / DATA_DIR
    folder.mkdir(parents=True)
    (folder / "empty.conll").write_text("")
    (folder / "header_only.conll").write_text("# newdoc id = x\n")
    empty, header_only = load_gum(tmp_path)
    assert (empty.tokens, header_only.mentions) == ((), ())
    (folder / "zbinary.conll").write_bytes(b"\x91\xff\x00garbage")
    with pytest.raises(InputError, match=r"zbinary\.conll: cannot be read as UTF-8 CoNLL"):
        load_gum(tmp_path)
