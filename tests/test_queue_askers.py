"""The queue reads who asks in an article (check-worthiness v8's asker rule): a moderator's
figures, put in questions, get no claim score, and an item says why. Synthetic debate."""

from __future__ import annotations

from extractor.checkworthy.joint import fit_joint
from extractor.checkworthy.score import item_score, scoring_with
from extractor.checkworthy.selection import asker_rules
from extractor.checkworthy.train import SHIPPED_CONFIG_NAME, load_config
from extractor.queue.ranking import item_features
from extractor.queue.store import open_queue

from .checkworthy_support import moderated_debate

CONFIG = load_config(name=SHIPPED_CONFIG_NAME)
MODEL = fit_joint(
    [moderated_debate(name) for name in ("one", "two")],
    config=CONFIG,
    seed=13,
    askers=asker_rules(CONFIG)[1],
)


def _claims(name: str, speakers: set[str]):
    debate = moderated_debate(name)
    return [c for found in debate.claims for c in found if c.speaker.name in speakers]


def _claim_parts(queue) -> dict[str, list[tuple[float, str]]]:
    """Each speaker's items: the claim part and its reason."""
    found: dict[str, list[tuple[float, str]]] = {}
    for listed in queue.list_items():
        item = queue.get_item(listed.id)
        features = item_features(item)
        found.setdefault(item.speaker, []).append((features.claim, features.claim_reason))
    return found


def test_a_moderators_figures_get_no_claim_score(tmp_path):
    with scoring_with(MODEL):
        queue = open_queue(tmp_path / "q.db", create=True)
        try:
            queue.add_claims(_claims("held", {"MOD", "ANN", "BOB"}))
            parts = _claim_parts(queue)
            item = queue.get_item(queue.list_items()[0].id)
        finally:
            queue.close()
    assert item.askers == {"held": frozenset({"MOD"})}
    assert parts["MOD"] and all(claim == 0.0 for claim, _ in parts["MOD"])
    assert all(reason.startswith("put in a question: MOD asks") for _, reason in parts["MOD"])
    assert all(claim > 0 for speaker in ("ANN", "BOB") for claim, _ in parts[speaker])


def test_an_article_fed_in_two_parts_is_rescored_when_its_asker_shows(tmp_path):
    with scoring_with(MODEL):
        queue = open_queue(tmp_path / "q.db", create=True)
        try:
            # Alone, the moderator is the article's only labelled voice: no role.
            queue.add_claims(_claims("held", {"MOD"}))
            before = {item.id: item.score for item in queue.list_items()}
            queue.add_claims(_claims("held", {"ANN", "BOB"}))
            after = {item.id: item.score for item in queue.list_items()}
        finally:
            queue.close()
    assert all(after[item_id] < score for item_id, score in before.items())


def test_an_item_scores_the_mean_of_its_records_questions_left_out():
    claims = _claims("held", {"MOD", "ANN"})
    mod = [c for c in claims if c.speaker.name == "MOD"]
    ann = [c for c in claims if c.speaker.name == "ANN"]
    askers = {"held": frozenset({"MOD"})}
    assert item_score(ann[:2], [0.2, 0.6]) == 0.4  # the mean, not the highest
    assert item_score([mod[0], ann[0]], [0.9, 0.3], askers) == 0.3  # the question left out
    assert item_score(mod[:2], [0.9, 0.3], askers) == 0.0  # only questions
    assert item_score([], []) == 0.0
