"""The fine-tuned document model: its passages, how it picks the passage most about a proposal, and (marked
`document_model`, with the extra installed) what the shipped weights read and a training round trip."""

from __future__ import annotations

import numpy as np
import pytest

from positions import document_model
from positions.document_model import LABELS, PassageReading, most_about, passages
from positions.encoders import MINILM, MPNET
from positions.suggest import Reading, _document_model_reading, sentences_of, suggest_positions


def test_passages_pack_whole_sentences_up_to_the_limit():
    assert passages([100, 100, 100, 30], limit=256) == [(0, 1), (2, 3)]
    assert passages([256, 1], limit=256) == [(0, 0), (1, 1)]
    assert passages([], limit=256) == []


def test_a_sentence_longer_than_the_limit_is_a_passage_of_its_own():
    assert passages([10, 400, 10], limit=256) == [(0, 0), (1, 1), (2, 2)]


def _probabilities(*rows: list[list[float]]) -> np.ndarray:
    """passages x proposals x LABELS, from per-passage lists of per-proposal label probabilities."""
    return np.array(rows, dtype=float)


def test_the_stance_is_read_in_the_passage_least_likely_to_say_nothing_of_the_proposal():
    # passage 0 barely touches the summit (a mention); passage 1 argues for it
    found = most_about(
        _probabilities([[0.7, 0.3, 0.0, 0.0]], [[0.1, 0.1, 0.7, 0.1]]),
        ["helsinki_summit"],
    )
    assert found == {"helsinki_summit": (1, "advances", pytest.approx(0.7))}


def test_a_call_no_more_likely_than_not_is_read_as_a_mention():
    unsure = most_about(_probabilities([[0.25, 0.2, 0.45, 0.1]]), ["helsinki_summit"])
    assert unsure == {"helsinki_summit": (0, "mentions", pytest.approx(0.45))}
    sure = most_about(_probabilities([[0.2, 0.2, 0.55, 0.05]]), ["helsinki_summit"])
    assert sure == {"helsinki_summit": (0, "advances", pytest.approx(0.55))}
    # a rejection is not held to it: the blind runs did not show unsure rejections mostly wrong
    rejection = most_about(_probabilities([[0.2, 0.2, 0.15, 0.45]]), ["helsinki_summit"])
    assert rejection == {"helsinki_summit": (0, "opposes", pytest.approx(0.45))}


def test_a_proposal_no_passage_speaks_of_is_absent():
    assert most_about(_probabilities([[0.9, 0.05, 0.03, 0.02]]), ["helsinki_summit"]) == {}
    assert LABELS[0] == "none"


def test_only_the_passages_naming_a_proposal_are_read_for_it():
    probabilities = _probabilities([[0.1, 0.1, 0.7, 0.1]], [[0.3, 0.1, 0.1, 0.5]])
    allowed = np.array([[False], [True]])  # only the second passage names the summit
    assert most_about(probabilities, ["helsinki_summit"], allowed) == {"helsinki_summit": (1, "opposes", 0.5)}
    assert most_about(probabilities, ["helsinki_summit"], np.array([[False], [False]])) == {}


def test_switched_off_it_is_not_available(monkeypatch):
    monkeypatch.setenv(document_model.DISABLE_ENV, "1")
    assert not document_model.available()


TEXT = (
    "Some in Ankara are pushing for a grand peace conference this autumn. "
    "It would be a gift to the Kremlin. The Baltic governments will not attend."
)


def _named(readings: dict) -> dict[str, set[int]]:
    return {p: {row for row, reading in enumerate(rows) if reading is not None} for p, rows in readings.items()}


def _fake_model(monkeypatch, found: dict[str, PassageReading]) -> None:
    def read_document(text, sentences, named):
        # it reads a proposal in the passages naming it, or gives the sentence it read a call on an unnamed one in
        assert all(named[p] or found[p].evidence is not None for p in found)
        return found

    monkeypatch.setattr(document_model, "read_document", read_document)
    monkeypatch.setattr(document_model, "known_proposals", lambda: ("helsinki_summit", "cyber_security"))


def test_the_model_decides_the_stance_and_the_rules_sentence_that_shows_it_is_the_evidence(monkeypatch):
    sentences = sentences_of(TEXT)
    readings = {
        "helsinki_summit": [Reading(sentences[0], {"advances": 0.9}), Reading(sentences[1], {"opposes": 0.8}), None],
        "cyber_security": [None, None, None],
    }
    decisions = {"helsinki_summit": ("advances", 0.9, sentences[0])}
    _fake_model(monkeypatch, {"helsinki_summit": PassageReading("opposes", 0.93, 0, 2)})
    _document_model_reading(TEXT, sentences, decisions, readings, _named(readings), {})
    assert decisions == {"helsinki_summit": ("opposes", 0.93, sentences[1])}


def test_where_the_model_sees_no_position_a_named_proposal_is_only_mentioned(monkeypatch):
    sentences = sentences_of(TEXT)
    readings = {"helsinki_summit": [Reading(sentences[0], {"advances": 0.9}), None, None]}
    decisions = {"helsinki_summit": ("advances", 0.9, sentences[0])}
    _fake_model(monkeypatch, {})
    _document_model_reading(TEXT, sentences, decisions, readings, _named(readings), {})
    assert decisions == {"helsinki_summit": ("mentions", 0.4, sentences[0])}


def test_a_proposal_the_heads_detected_gives_its_sentence(monkeypatch):
    sentences = sentences_of(TEXT)
    readings = {"cyber_security": [None, None, None]}
    decisions = {"cyber_security": ("mentions", 0.7, sentences[2])}
    _fake_model(monkeypatch, {"cyber_security": PassageReading("opposes", 0.88, 0, 2)})
    _document_model_reading(TEXT, sentences, decisions, readings, _named(readings), {"cyber_security": 2})
    assert decisions == {"cyber_security": ("opposes", 0.88, sentences[2])}


def test_a_call_on_a_proposal_no_sentence_names_has_the_sentence_the_model_read_it_in(monkeypatch):
    sentences = sentences_of(TEXT)
    readings = {"helsinki_summit": [None, None, None], "cyber_security": [None, None, None]}
    decisions = {}
    _fake_model(monkeypatch, {"cyber_security": PassageReading("advances", 0.9, 0, 2, evidence=2)})
    _document_model_reading(TEXT, sentences, decisions, readings, _named(readings), {})
    assert decisions == {"cyber_security": ("advances", 0.9, sentences[2])}


class _WordTokenizer:
    def __call__(self, texts, **_):
        return {"input_ids": [text.split() for text in texts]}


def _fake_encoder(monkeypatch, probabilities_of) -> None:
    """The model replaced by `probabilities_of(text)`: proposals x LABELS for one passage or sentence."""
    loaded = document_model._Loaded(None, _WordTokenizer(), ("helsinki_summit", "cyber_security"))
    monkeypatch.setattr(document_model, "_load", lambda path=None: loaded)
    monkeypatch.setattr(
        document_model, "_probabilities", lambda _, texts: np.array([probabilities_of(text) for text in texts])
    )


CALL = [0.03, 0.03, 0.9, 0.04]
NOTHING = [0.97, 0.01, 0.01, 0.01]


def test_an_unnamed_proposal_is_kept_only_as_a_call_the_model_is_sure_of(monkeypatch):
    text = "Talks should begin at once. A hotline between the capitals would help. Nobody disagrees."
    sentences = sentences_of(text)

    def probabilities_of(passage):
        sure = "hotline" in passage  # read alone, the second sentence is the call; the passage, all three
        return [[0.1, 0.8, 0.05, 0.05], CALL if sure else NOTHING]

    _fake_encoder(monkeypatch, probabilities_of)
    read = document_model.read_document(text, sentences, {"helsinki_summit": [], "cyber_security": []})
    assert read == {"cyber_security": PassageReading("advances", 0.9, 0, 2, evidence=1)}  # not the summit's mention

    _fake_encoder(monkeypatch, lambda passage: [NOTHING, [0.1, 0.05, 0.7, 0.15]])  # a call, but not sure enough
    assert document_model.read_document(text, sentences, {"helsinki_summit": [], "cyber_security": []}) == {}


def test_a_named_proposal_is_read_in_its_passages_below_the_unnamed_bar(monkeypatch):
    text = "A new Helsinki summit should be convened. It would help."
    _fake_encoder(monkeypatch, lambda passage: [[0.25, 0.1, 0.55, 0.1], NOTHING])
    read = document_model.read_document(text, sentences_of(text), {"helsinki_summit": [0]})
    assert read == {"helsinki_summit": PassageReading("advances", 0.55, 0, 1)}  # the cyber proposal was not asked


@pytest.mark.document_model
@pytest.mark.parametrize(
    ("text", "proposal", "stance"),
    [
        (TEXT, "helsinki_summit", "opposes"),
        (
            "Europe should convene a new Helsinki conference of all its states, Russia included, to write down "
            "the rules of its security for the next generation.",
            "helsinki_summit",
            "advances",
        ),
        (
            "The Open Skies Treaty allowed its members to fly unarmed observation aircraft over each other's "
            "territory. The United States left it in 2020 and Russia in 2021.",
            "arms_control",
            "mentions",
        ),
    ],
)
def test_the_shipped_weights_tell_a_call_from_a_rejection_and_a_history(shipped, text, proposal, stance):
    found = {s.proposal_id: s for s in suggest_positions(text, shipped.proposals)}
    assert found[proposal].stance == stance
    assert text[found[proposal].evidence.start : found[proposal].evidence.end] == found[proposal].evidence.text


@pytest.mark.document_model
def test_a_long_text_is_read_in_passages_and_every_quote_is_verbatim(shipped):
    for document_id, text in shipped.texts.items():
        suggestions = suggest_positions(text, shipped.proposals)
        assert suggestions, document_id
        for suggestion in suggestions:
            assert text[suggestion.evidence.start : suggestion.evidence.end] == suggestion.evidence.text


def test_a_text_too_long_for_the_larger_encoder_in_time_is_read_with_the_smaller_ones_weights():
    words = document_model.LONG_TEXT_WORDS
    assert document_model.weights_for("word " * words) == document_model.WEIGHTS
    assert document_model.weights_for("word " * (words + 1)) == document_model.LONG_TEXT_WEIGHTS


@pytest.mark.document_model
def test_each_shipped_weights_file_names_the_encoder_it_was_trained_on():
    from safetensors import safe_open

    for path, encoder in ((document_model.WEIGHTS, MPNET), (document_model.LONG_TEXT_WEIGHTS, MINILM)):
        with safe_open(str(path), framework="pt") as handle:
            assert handle.metadata()["encoder"] == encoder.name
        assert document_model.known_proposals(path) == document_model.known_proposals()


@pytest.mark.document_model
@pytest.mark.parametrize("encoder", [MPNET, MINILM], ids=lambda encoder: encoder.name)
def test_trained_weights_round_trip_through_their_file(tmp_path, encoder):
    labelled = tmp_path / "set"
    (labelled / "documents").mkdir(parents=True)
    (labelled / "documents" / "a.txt").write_text("Europe should convene a new Helsinki summit.\n")
    (labelled / "documents" / "b.txt").write_text("The Helsinki Final Act was signed in 1975.\n")
    (labelled / "labels.csv").write_text("document,proposal_id,stance\na.txt,helsinki_summit,advances\n")
    proposal_ids = ["helsinki_summit", "arms_control"]
    steps = []
    network = document_model.train(
        [labelled], proposal_ids, epochs=1, progress=lambda step, total: steps.append(total), encoder=encoder
    )
    target = tmp_path / "weights.safetensors"
    document_model.save(network, proposal_ids, target)
    assert steps == [1] and target.stat().st_size < 10_000_000  # the adapters and the head, not the encoder
    assert document_model.known_proposals(target) == tuple(proposal_ids)
    text = "Europe should convene a new Helsinki summit."
    read = document_model.read_document(text, sentences_of(text), {"helsinki_summit": [0]}, target)
    assert set(read) <= set(proposal_ids) and all(r.stance in LABELS[1:] for r in read.values())
    assert not list(tmp_path.glob("*.tmp"))  # written atomically, nothing left behind
