"""Suggested positions for a new document: for each proposal, a stance, evidence and candidate terms.

Offline and on the CPU, with nothing downloaded: sentences (pysbd), the
codebook's names and aliases (plus, for the shipped proposals, the names in
`positions.lexicon`), and cue words, read clause by clause:

- a clause naming a proposal with a cue of proposing ("should", "we propose",
  "it is time to", "ready to") *advances* it, unless the clause tells history
  ("in 1975", "was signed", "at the time");
- with a cue of rejecting ("untenable", "reject", "must not", "illusion") it
  *opposes* it;
- otherwise the document only *mentions* it.

Precision matters more than recall for `advances`: a proposal is only
advanced on a clause that names it and proposes it. Every quote is a verbatim
slice of the text, with its character offsets. Where the optional learned model
is installed (`positions.stance_model`), the text gets a second reading: it
finds proposals named in words the lists lack, and calls or rejections among
the sentences read as mere mentions.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

import pandas as pd

from positions import cues
from positions.confidence import RULES, RULES_AND_DOCUMENT_MODEL, RULES_AND_MODEL, Confidence, confidence_of
from positions.lexicon import FOREIGN_NAMES, LEXICON, PAST_MODELS, WEAK_LEXICON
from positions.schema import split_list

_OPPOSITE = {"advances": "opposes", "opposes": "advances"}
# A question this short puts a topic to the reader ("Talks with NATO?"): the sentence after it answers it.
TOPIC_QUESTION_WORDS = 10
ADVANCE_THRESHOLD = 0.6
OPPOSE_THRESHOLD = 0.6
BARE_MENTION = 0.4  # the score of a clause with no cue of proposing, rejecting or history
# A clause naming a proposal only by "it" or "the idea" scores at most this: where a text rejects a plan by name and
# then says "the alliance should offer it", the named rejection wins.
PRONOUN_SCORE = 0.8
# How many clauses naming nothing "it" may reach across to the proposal named before them.
ANAPHORA_REACH = 1
BARE_REPLY_WORDS = 4  # "No thanks.", "Hardly.", "Of course not."
# How many sentences either side of "the report does not take sides" speak of the debate it stays out of.
NO_SIDE_REACH = 3
# The score of a view the text reports without making it its own ("Some call for a new Helsinki"): below
# ADVANCE_THRESHOLD, it only mentions the proposal.
REPORTED_VIEW = 0.55


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass
class Suggestion:
    proposal_id: str
    stance: str
    score: float
    evidence: Span
    actor: str
    terms: list[tuple[str, str, Span]] = field(default_factory=list)
    # how far to trust it: how often such suggestions were right on texts never seen, or the document model's own
    # probability (`positions.confidence`); None where unmeasured
    confidence: Confidence | None = None


PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")  # lines with no blank line between them


def sentences_of(text: str) -> list[Span]:
    """Sentences with their offsets; a blank line always ends one (headings stand alone)."""
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    spans = []
    for paragraph in PARAGRAPH.finditer(text):
        # (Segmenter.segment would go on to find each sentence by a regular expression compiled for it, about 0.1 s
        # on 5,000 words; `_pieces` finds them by plain search)
        for start, end in _pieces(paragraph.group(), segmenter.processor(paragraph.group()).process()):
            start, end = paragraph.start() + start, paragraph.start() + end
            while end > start and text[end - 1].isspace():
                end -= 1
            while start < end and text[start].isspace():
                start += 1
            spans += _quoted_sentences(text, start, end)
    return _with_list_numbers(text, spans)


def _pieces(paragraph: str, sentences: list[str]) -> Iterator[tuple[int, int]]:
    """Where pysbd's sentences lie in their paragraph, found in order."""
    cursor = 0
    for sentence in sentences:
        start = paragraph.find(sentence, cursor)
        if start >= 0:  # (pysbd without cleaning returns slices of its input: none of 9,618 in the repository is not)
            cursor = start + len(sentence)
            yield start, cursor


def _with_list_numbers(text: str, spans: list[Span]) -> list[Span]:
    """pysbd splits a list item's number from its text ("1." / "Restore the hotline …"): join them again."""
    joined: list[Span] = []
    for span in spans:
        if joined and cues.LIST_NUMBER.fullmatch(joined[-1].text):
            span = Span(joined[-1].start, span.end, text[joined[-1].start : span.end])
            joined.pop()
        joined.append(span)
    return joined


# pysbd keeps a quotation of several sentences whole ('"When it does, we should not repeat 1991. We need a conference."');
# each of its sentences has its own stance. Not after a title or an initial ("Mr. Smith", "J. Smith").
_INNER_SENTENCE_END = re.compile(
    r"(?<=[a-z0-9)][.!?])(?<!\bMr\.)(?<!\bMrs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bMs\.)\s+(?=[\"“‘']?[A-Z])"
)


def _quoted_sentences(text: str, start: int, end: int) -> list[Span]:
    spans = []
    for match in _INNER_SENTENCE_END.finditer(text, start, end):
        spans.append(Span(start, match.start(), text[start : match.start()]))
        start = match.end()
    if end > start:
        spans.append(Span(start, end, text[start:end]))
    return spans


def _alias_pattern(alias: str) -> str:
    words = [re.escape(w) for w in re.split(r"[\s-]+", alias.strip().lower()) if w]
    return r"\b" + r"[\s-]+".join(words) + r"s?\b" if words else ""


class NamePattern:
    """A proposal's names, skipping every phrase that is a neighbour's (`FOREIGN_NAMES`) as a whole, so that no
    name inside one counts: "Confidence-Building Measures" in the name of the CICA, an Asian forum, is not arms
    control. Searches like a compiled pattern."""

    def __init__(self, names: list[str], foreign: tuple[str, ...] = ()) -> None:
        self._foreign = bool(foreign)
        own = r"\b(?:" + "|".join(names) + r")\b"
        # no "\b" after a neighbour's phrase: it may end inside a word ("binding rules for cyber…space")
        pattern = r"(?P<foreign>\b(?:" + "|".join(foreign) + "))|" + own if foreign else own
        self._pattern = re.compile(pattern, re.IGNORECASE)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return (match for match in self._pattern.finditer(text) if not self._foreign or not match.group("foreign"))

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def sub(self, replacement: str, text: str) -> str:
        return self._pattern.sub(lambda m: m.group(0) if self._foreign and m.group("foreign") else replacement, text)


@lru_cache(maxsize=256)
def _concepts(proposal_id: str, name: str, aliases: str) -> tuple[NamePattern, re.Pattern[str] | None]:
    """Patterns naming a proposal: strong (may advance it) and weak (only mention it)."""
    weak = list(WEAK_LEXICON.get(proposal_id, ()))
    weak_names = cues.words(*weak) if weak else None
    # An alias that is only a principle ("indivisible security") stays weak.
    aliases_strong = [a for a in split_list(aliases) if not (weak_names and weak_names.fullmatch(a.strip()))]
    strong = [p for p in (_alias_pattern(a) for a in aliases_strong) if p] + list(LEXICON.get(proposal_id, ()))
    if not strong:
        strong = [_alias_pattern(name)]
    return NamePattern(strong, FOREIGN_NAMES.get(proposal_id, ())), weak_names


class _ClauseCues(NamedTuple):
    """The cues a clause holds that do not depend on the proposal. The rules read every clause once per proposal:
    these are found once (`_clause_cues`), not ten times."""

    disagrees: bool
    declines: bool
    challenge: bool
    agrees: bool  # (and no negation)
    set_aside: re.Match[str] | None
    points_back: bool
    source_idea: bool
    instead: bool
    new_topic: bool
    own_anaphora: bool  # in its own words: without an "it" plainly another's ("Russia wants to redraw it": the map)
    own_points_back: bool
    head_word: bool


@lru_cache(maxsize=4096)
def _clause_cues(text: str) -> _ClauseCues:
    own_words = cues.IT_OF_ANOTHER.sub(" ", cues.PRONOUN_SPEAKER.sub("", text))
    return _ClauseCues(
        disagrees=bool(cues.DISAGREES.search(text)),
        declines=bool(cues.DECLINES.search(text)),
        challenge=bool(cues.CHALLENGE.match(text)),
        agrees=bool(cues.AGREES.search(text)) and not cues.NEGATION.search(text),
        set_aside=cues.SET_ASIDE.search(text),
        points_back=bool(cues.POINTS_BACK.search(text)),
        source_idea=bool(cues.SOURCE_IDEA.search(text)),
        instead=bool(cues.INSTEAD.search(text)),
        new_topic=bool(cues.NEW_TOPIC.search(text)),
        own_anaphora=bool(cues.ANAPHORA.search(own_words)),
        own_points_back=bool(cues.POINTS_BACK.search(own_words)),
        head_word=bool(cues.HEAD_WORD.search(text)),
    )


class _SentenceCues(NamedTuple):
    """The cues of a whole sentence that do not depend on the proposal, found once (`_sentence_cues`)."""

    history: bool
    quoted_source: bool
    reported_asking: bool


@lru_cache(maxsize=1024)
def _sentence_cues(text: str) -> _SentenceCues:
    return _SentenceCues(
        history=bool(cues.HISTORY.search(text)),
        quoted_source=bool(cues.QUOTED_SOURCE.search(text)),
        reported_asking=bool(cues.REPORTED_ASKING.search(text)),
    )


@lru_cache(maxsize=1024)
def _clauses(sentence: Span) -> tuple[Span, ...]:
    clauses, start = [], 0
    for match in cues.CLAUSE_BREAK.finditer(sentence.text):
        clauses.append((start, match.start()))
        start = match.end()
    clauses.append((start, len(sentence.text)))
    return tuple(
        Span(sentence.start + a, sentence.start + b, sentence.text[a:b])
        for a, b in clauses
        if sentence.text[a:b].strip()
    )


def _clause_stance(clause: str, sentence: str) -> tuple[str, float]:
    """The stance a clause naming a proposal takes on it, and how sure the cues make it."""
    clause, sentence = cues.DOUBLE_QUOTES.sub("", clause), cues.DOUBLE_QUOTES.sub("", sentence)
    if cues.REPORTED_DEBATE.search(sentence) or cues.DEFERS.search(sentence):  # "each nation must choose its own path"
        return "mentions", BARE_MENTION
    if cues.EITHER_OR_QUESTION.search(sentence):  # "Moldova's neutrality: a shield or a trap?"
        return "mentions", BARE_MENTION
    if cues.RULE_STATEMENT.search(sentence):  # "A permanently neutral state may not join a military alliance"
        return "mentions", BARE_MENTION
    if cues.INTERVIEWER.match(sentence) and not cues.ADDRESSED.search(sentence):
        return "mentions", BARE_MENTION  # "Q: Russia says it wants binding guarantees.": the premise of a question
    for not_its_stance in (cues.REPORTED_CALL, cues.BOYCOTTED_CEREMONY):
        clause, sentence = not_its_stance.sub(" ", clause), not_its_stance.sub(" ", sentence)
    rejecting = (
        cues.REJECTING.search(cues.ASKED.sub(" ", clause))
        and not cues.DENIED_REJECTING.search(clause)
        and not cues.NOT_OPPOSED.search(sentence)
    )
    proposing = cues.PROPOSING.search(clause) and not cues.DENIED_PROPOSING.search(clause)
    reason = cues.REASON.search(clause)
    if rejecting and proposing and reason:
        call = clause[: reason.start()]
        if cues.PROPOSING.search(call) and not cues.REJECTING.search(call):
            rejecting = None  # a call, and after it the harm it would avert
    # "urge them to restore the data exchange that ended in 2023": the date tells of the thing, not of the call
    clause, sentence = cues.ENDED.sub(" ", clause), cues.ENDED.sub(" ", sentence)
    clause, sentence = cues.ACTOR_ASIDE.sub(r"\1", clause), cues.ACTOR_ASIDE.sub(r"\1", sentence)
    history = (
        (cues.HISTORY.search(clause) and not cues.STILL.search(clause))
        # the sentence's past, unless it is the content of a call there: "…; and a conference to reaffirm the principles of 1975"
        or (cues.HISTORY.search(sentence) and not cues.STILL.search(sentence) and not cues.STILL.search(clause))
    ) and not cues.ANALOGY.search(sentence)  # "The 2021 draft is still on the table": history, but alive
    if rejecting:
        # "Others were sceptical": a view the text reports (not "Your leader is right to dismiss …": it takes it up)
        if cues.OTHERS_VIEW.search(clause) and not cues.RIGHT_TO.search(clause):
            return "opposes", REPORTED_VIEW
        if history and cues.REJECTED_BY.search(
            clause
        ):  # "Russia's 2021 draft treaty was rejected by NATO": an old quarrel
            return "mentions", BARE_MENTION
        return "opposes", 0.9 if not history else 0.6
    # a need supposed, not a call: "If the allies need to talk to the Russian military, they have telephones."
    condition = cues.CONDITION.match(clause)
    if proposing and condition and not cues.PROPOSING.search(clause[condition.end() :]):
        return "mentions", BARE_MENTION
    if cues.OTHERS_VIEW.search(clause) and not cues.DENIED_PROPOSING.search(clause):  # "Some want talks to resume"
        return "advances", REPORTED_VIEW
    if proposing and cues.ASKS.search(sentence):
        return "mentions", 0.5
    if proposing and not history:
        return "advances", 0.9
    if proposing:
        return "mentions", 0.5
    # "…would be a grey zone; Chisinau must instead anchor itself in the West": a call for something else.
    if not cues.SHARED_CALL.search(sentence):  # "It proposes that A, and that B": one call for both
        sentence = next(
            (claim for claim in re.split(cues.AND_THAT, sentence, flags=re.IGNORECASE) if clause in claim), sentence
        )
    unasked = cues.ASKED.sub(" ", sentence)  # "Asked about a summit, the president said Geneva was ready to host one"
    others_propose = (
        cues.PROPOSING.search(unasked)
        and not cues.DENIED_PROPOSING.search(unasked)
        and not cues.INSTEAD.search(sentence)
        and not cues.OTHERS_VIEW.search(sentence)  # "Several speakers called for X; others said ...": reported
    )
    others_reject = cues.REJECTING.search(cues.ASKED.sub(" ", sentence)) and not cues.DENIED_REJECTING.search(sentence)
    if others_reject and not others_propose:  # the rejecting cue sits in another clause of the sentence
        if cues.POLL.search(sentence):  # "A poll found that 62 per cent reject X, while 21 per cent …"
            return "opposes", REPORTED_VIEW
        return ("opposes", 0.65) if not history else ("mentions", BARE_MENTION)  # "…; the request was rejected"
    if others_propose and not others_reject and not history:
        return "advances", 0.65  # the proposing cue sits in another clause of the sentence
    return "mentions", BARE_MENTION


def _actor(sentence: str, default: str) -> str:
    match = cues.SPEECH.search(sentence)
    if match:
        actor = (match.group("a") or match.group("b") or match.group("c")).strip()
        return actor[0].upper() + actor[1:]
    return default


def _terms(sentence: Span) -> list[tuple[str, str, Span]]:
    found = []
    for clause in _clauses(sentence):
        for kind, cue in cues.TERM_CUES.items():
            match = cue.search(clause.text)
            if not match:
                continue
            piece = clause.text[match.start() :].strip().rstrip(".,;:")
            if len(piece.split()) < 2:
                piece = clause.text.strip().rstrip(".,;:")
            offset = clause.text.find(piece)
            span = Span(clause.start + offset, clause.start + offset + len(piece), piece)
            words = piece.split()
            term = " ".join(words[:12]) + ("…" if len(words) > 12 else "")
            found.append((kind, term, span))
    unique: dict[tuple[str, int], tuple[str, str, Span]] = {}
    for kind, term, span in found:
        unique.setdefault((kind, span.start), (kind, term, span))
    return list(unique.values())


def _mentions(clause: str, strong: NamePattern, weak: re.Pattern[str] | None) -> str:
    """How a clause names a proposal: "strong", "weak" or ""."""
    if strong.search(clause):
        return "strong"
    if weak is not None and weak.search(clause):
        return "weak"
    return ""


def _named_in(clause: str, part: re.Match[str], strong: NamePattern, weak: re.Pattern[str] | None) -> bool:
    """Whether a name of the proposal ends inside a part of the clause (its first group): "a new order will not
    come from a summit" names the summit there (by "order … summit"), not the order."""
    start, end = part.span(1)
    return any(start < name.end() <= end for name in strong.finditer(clause)) or bool(
        _mentions(part.group(1), strong, weak)
    )


@dataclass
class Reading:
    """What the cue rules read in one sentence about one proposal: the best score of each stance its clauses take."""

    sentence: Span
    scores: dict[str, float]
    # the stances read only through "the proposal", "any such offer": an answer to what was named before
    answering: set[str] = field(default_factory=set)


ClauseStance = Callable[[str, str], tuple[str, float]]


@dataclass
class _SentenceReading:
    """One sentence being read about a proposal: what it is, and the reading its clauses build up in turn."""

    sentence: Span
    is_question: bool
    bare_reply: bool  # "No thanks.", "Hardly."
    item: bool  # an item in a list of proposals the text announced
    answering: str  # how the question this sentence answers named the proposal
    answers_why: bool  # "Because …" after a question
    denies_death: bool  # "No." to "Is arms control dead?"
    precedent: bool  # "So did …", "So was …"
    turned: Reading | None  # the reading before, which a first clause opening with "But" overturns
    option: str  # the ordinal of an option the sentence sets out ("The second is …"), or ""
    asking: bool  # it goes on with an interviewer's turn: "Q: Moscow says it is ready. Why not test it?"
    reading: Reading | None = None
    previous: Callable[[], tuple[str, float]] | None = None  # the clause before's stance and score, for "and so must …"
    prior: str = ""  # the text of the clause before
    end: int = 0  # where the clause before ended
    named_here: bool = False


class _RuleReader:
    """Reads a text's sentences in order about one proposal, carrying from each sentence to the next what the cue
    rules need: what "it" points back to, the question a reply answers, the last stance taken."""

    def __init__(self, proposal_id: str, name: str, aliases: str, clause_stance: ClauseStance) -> None:
        self.strong, self.weak = _concepts(proposal_id, name, aliases)
        self.past = _PAST_MODEL_NAMES.get(proposal_id)
        self.clause_stance = clause_stance
        self.readings: list[Reading | None] = []
        self.carried = ""  # how the previous clause named the proposal, for "it", "this", "the idea"
        self.skipped = 0  # clauses since then that name nothing: "X would fail. Estonia, he said, will not support it."
        self.asked = ""  # how a topic question just before named it: the whole next sentence answers it
        self.listing = False  # inside a list of proposals the text announced
        self.last: tuple[str, float, Reading] | None = None  # the last clause naming it, for "disagrees" and "but"
        self.after_question = False  # the sentence before asks something
        self.asked_elsewhere = False  # ... or asks, or is asked, about something else
        self.asked_at_length = (
            ""  # how a question of any length named it: a bare reply after it ("No thanks.") answers it
        )
        self.reply_goes_on = ""  # what a bare reply just answered, for a "But …" after it
        self.asked_if_dead = False  # the question asks whether it is dead: "Q: Is arms control dead? A: No."
        self.before = ""  # the sentence before, unless a question: a call there, "That means …" spells out
        # The sentence before named nothing: "it" or "that" now more likely means what that sentence spoke of ("Europe
        # does not lack places to talk. What it lacks are rules."); "the idea" or "such a status" still points back.
        self.gap = False
        self.quoted = ""  # how a letter named the proposal in what it quotes its newspaper's writer as proposing
        self.heads: set[str] = set()  # the head nouns of the names it was named by: "the council" names it
        self.ordinals: list[str] = []  # the options the text sets out in order ("The first is …"), by ordinal
        self.option = ""  # the ordinal of the option that names the proposal
        self.questioning = False  # inside an interviewer's turn, from "Q:" to its question or the answer's label

    def read(self, sentence: Span) -> Reading | None:
        """The sentence's reading (None where it does not speak of the proposal), remembering what the next needs."""
        here = self._begin(sentence)
        for clause in _clauses(sentence):
            self._read_clause(clause, here)
        self.readings.append(here.reading)
        self._end(here)
        return here.reading

    def _begin(self, sentence: Span) -> _SentenceReading:
        text = sentence.text
        bare_reply = len(re.split(cues.SPEECH_TAG, text, maxsplit=1)[0].split()) <= BARE_REPLY_WORDS
        self.listing = (bool(cues.ANNOUNCES_LIST.search(text)) and not cues.WEIGHS_LIST.search(text)) or (
            self.listing and bool(cues.LIST_ITEM.search(text))
        )
        answering = self.asked or (self.asked_at_length if bare_reply else "")
        denies_death = bool(answering) and bare_reply and self.asked_if_dead
        self.asked, self.asked_at_length, self.asked_if_dead = "", "", False
        # "Q: Is a new Helsinki realistic? A: Not this year. But in two or three years, yes.": the reply goes on
        continued = not answering and self.reply_goes_on and bool(cues.TURN.match(text))
        answering = self.reply_goes_on if continued else answering
        precedent = bool(cues.PRECEDENT.match(text))
        option = cues.option_item(text)
        asks = bool(cues.INTERVIEWER.match(text))
        asking = self.questioning and not asks and not cues.ANSWER_LABEL.match(text)
        # (a question ends the turn: what follows it answers, as in "Q: Will the EU …? 'Not as before,' she said.")
        self.questioning = (asks or asking) and not re.search(r"\?\W*$", text)
        if option:
            self.ordinals.append(option)
        before = self.readings[-1] if self.readings else None
        # "Kowalski is right that arms control is impossible today. But he is wrong to conclude that it is
        # impossible for ever.": a sentence that opens with "But" and denies a rejection overturns the one before.
        turns = self.readings and cues.TURN.match(text) and (cues.DENIED_REJECTING.search(text) or continued)
        # "A cyber truce sounds naive. So did the Incidents at Sea Agreement, and it worked.": only sounded so
        if precedent and before is not None and cues.APPEARS.search(before.sentence.text):
            before.scores.pop("opposes", None)
        # "Your leader dismisses as fantasy the idea that Russia might join NATO. So, in 1950, was the idea that West
        # Germany might.": a precedent against a dismissal the text reports answers it
        elif precedent and before is not None and before.scores.get("opposes") == REPORTED_VIEW:
            before.scores = {"advances": PRONOUN_SCORE}
        # "A cyber hotline sounds naive. It is not.": the judgement of its appearance turns round
        if before is not None and cues.APPEARS.search(before.sentence.text) and cues.APPEARANCE_DENIED.match(text):
            turned_round = {_OPPOSITE[stance]: PRONOUN_SCORE for stance in before.scores if stance in _OPPOSITE}
            before.scores = turned_round or before.scores
        if before is not None and cues.DENIES_REPORT.match(text):  # what it reported was not said: it only mentions
            before.scores = {"mentions": BARE_MENTION}
        return _SentenceReading(
            sentence,
            is_question=bool(re.search(r"\?\W*$", text)),
            bare_reply=bare_reply,
            item=self.listing and bool(cues.LIST_ITEM.search(text)),
            answering=answering,
            answers_why=self.after_question and bool(cues.ANSWERS_WHY.match(text)),
            denies_death=denies_death,
            precedent=precedent,
            turned=before if turns else None,
            option=option,
            asking=asking,
            end=sentence.start,
        )

    def _read_clause(self, clause: Span, here: _SentenceReading) -> None:
        sentence = here.sentence
        joint, here.end = sentence.text[here.end - sentence.start : clause.start - sentence.start], clause.end
        previous, prior = here.previous, here.prior

        @cache
        def stance_of() -> tuple[str, float]:
            # (read only for a clause that names the proposal, or one that the next clause's ellipsis repeats: the
            # cue lists are most of the suggester's time, and most clauses of a long text name no proposal)
            stance, score = self.clause_stance(clause.text, sentence.text)
            if here.asking and not cues.ADDRESSED.search(sentence.text):  # the interviewer's, as "Q: …" itself
                stance, score = "mentions", BARE_MENTION
            if here.item and stance == "mentions":
                stance, score = "advances", 0.8
            if previous and cues.ELLIPSIS.search(clause.text):
                stance, score = previous()
            # what a colon spells out is what the clause before it called for: "I would rebuild them first: a
            # standing channel between the general staffs, …" (not what it rejects: "We have one: the principles
            # of the Helsinki Final Act, …")
            spelled_out = stance == "mentions" and joint.strip() == ":" and cues.PROPOSING.search(prior)
            if previous and spelled_out and previous()[0] == "advances":
                stance, score = previous()
            return stance, score

        # "X doubts it will work, but thinks it should be tried": the stance after "but" is the sentence's.
        # So is a correction after a semicolon: "Russian membership is not a utopia; it is a contradiction."
        # ... and a denial of what the clause before reports: "Moscow wants a grand treaty; that is not on offer".
        corrected = joint.strip() == ";" and (
            (cues.NEGATION.search(here.prior) and cues.CORRECTION.match(clause.text)) or cues.DENIAL.match(clause.text)
        )
        last = self.last
        contrasted = (
            (cues.CONTRAST.search(joint) or corrected) and here.reading is not None and last and last[2] is here.reading
        ) or (here.turned is not None and last is not None and last[2] is here.turned)
        here.turned = None  # only the first clause turns
        here.prior, here.previous = clause.text, stance_of
        named, stance, score, points_back = self._named(clause, here, stance_of)
        if not named:
            return
        here.named_here = True
        stance, score = self._adjusted(clause, here, named, stance, score)
        if contrasted and stance in _OPPOSITE and last[0] == _OPPOSITE[stance]:
            last[2].scores.pop(last[0], None)
        reading = here.reading = here.reading or Reading(sentence, {})
        if score > reading.scores.get(stance, 0.0):
            reading.answering.discard(stance)
            if points_back or here.answers_why:
                reading.answering.add(stance)
        reading.scores[stance] = max(score, reading.scores.get(stance, 0.0))
        self.last = (stance, score, reading)

    def _named(
        self, clause: Span, here: _SentenceReading, stance_of: Callable[[], tuple[str, float]]
    ) -> tuple[str, str, float, bool]:
        """How the clause names the proposal ("strong", "weak", or "" for not at all), by name or by pointing back
        ("it", "that", a reply to a question about it), the stance that naming gives it (from the clause's own,
        `stance_of`), and whether it points back."""
        text, last, carried = clause.text, self.last, self.carried
        found = _clause_cues(text)
        disagrees = found.disagrees or (
            found.declines and here.sentence.text[clause.end - here.sentence.start :].startswith(":")
        )
        argued = _argued(last)
        # A challenge ("Built by whom?") disputes a call, so a second one does not take back the first.
        challenged = found.challenge and argued is not None and argued[0] == "advances"
        # "I am also asked whether I trust the Kremlin. I do not.": the reply is to that question
        disagreed = argued if (disagrees and not self.asked_elsewhere) or challenged else None
        agreed = last if found.agrees and last and last[0] in _OPPOSITE else None
        named = _mentions(text, self.strong, self.weak)
        set_aside = found.set_aside
        aside = bool(named and set_aside and _named_in(text, set_aside, self.strong, self.weak))
        how = "aside" if aside and not _sentence_cues(here.sentence.text).history else "by name"
        if named and here.option:
            self.option = here.option
        if named or self.heads:  # (else there is nothing to learn or forget)
            self._learn_heads(text)
        if not named and self._named_short(text):  # "The NATO-Russia Council … But the council itself should go."
            named = "strong"
        points_back = not named and bool(carried) and found.points_back
        if not named and self.quoted and found.source_idea:  # "Your correspondent's idea is a fantasy"
            named, points_back = self.quoted, True
        if not named and self._picks_option(text):  # "We recommend the second."
            named, how, points_back = "strong", "by ordinal", True
        if not named and carried and disagreed:
            last[2].scores.pop(disagreed[0], None)
            named, how = carried, "disagreeing"
        elif not named and carried and agreed:
            named, how = carried, "agreeing"
        elif (
            not named
            and carried
            and not found.instead  # "The alliance should instead keep a channel open": another call
            and not found.new_topic  # "… but rejects the idea of a new treaty, arguing that …"
            and (
                # (no gap after a clause of this sentence named it: "We called it neutrality; others called it …")
                (found.own_points_back if self.gap and not here.named_here else found.own_anaphora) or here.answering
            )
        ):
            named, how = carried, "pointing back"
        if named and _sentence_cues(here.sentence.text).quoted_source:  # "Sir, your correspondent suggests that …"
            self.quoted = named
        if named or self.skipped >= ANAPHORA_REACH or found.own_anaphora:
            # what is set aside is not what "it" or "that" goes on to speak of
            self.carried, self.skipped = (carried if here.precedent else "" if aside else named), 0
        elif found.new_topic and (here.is_question or _sentence_cues(here.sentence.text).reported_asking):
            # "We are also asked whether we support the idea of a single economic space …": "such an idea" in the
            # answer is that one
            self.carried = ""
        else:
            self.skipped += 1
        # "Q: So, a new Helsinki summit. Yes or no?": a bare question asks about what its turn just named
        if (
            not named
            and carried
            and here.asking
            and here.is_question
            and len(here.sentence.text.split()) <= BARE_REPLY_WORDS
        ):
            self.asked = self.asked_at_length = carried
        if named and _is_topic_question(here.sentence):
            self.asked = named
        if named and here.is_question:
            self.asked_at_length = named
            self.asked_if_dead = self.asked_if_dead or bool(cues.ASKS_IF_DEAD.search(here.sentence.text))
        if not named:
            return "", "", 0.0, points_back
        stance, score = _stance_as_named(how, stance_of(), text, set_aside, disagreed, agreed)
        return named, stance, score, points_back

    def _learn_heads(self, clause: str) -> None:
        """Remember the head nouns the clause names the proposal by; forget one the clause uses for something else
        ("the New START treaty": "the treaty" no longer means the security treaty)."""
        if not _clause_cues(clause).head_word:  # most clauses have none: spare the search for names
            return
        own = []
        for name in self.strong.finditer(clause):
            head = cues.HEAD_AFTER.match(clause, name.end())  # "the original Helsinki conference"
            own.append((name.start(), head.end() if head else name.end()))
        for start, end in own:
            head = cues.NAME_HEAD.search(clause[start:end])
            if head:
                word = head.group(1).lower()
                self.heads.add(word)
                if word in cues.HEAD_KIN:
                    self.heads.add(cues.HEAD_KIN[word])
        own += [m.span() for m in cues.SHORT_NAME.finditer(clause)]
        for word in cues.HEAD_WORD.finditer(clause):
            # ("would treat any treaty as a starting point": any of the kind, not another thing)
            if cues.ANY_OF_KIND.search(clause, 0, word.start()):
                continue
            if not any(start <= word.start() < end for start, end in own):
                self.heads.discard(word.group(1).lower())

    def _named_short(self, clause: str) -> bool:
        """Whether the clause names the proposal by the head noun of a name it was named by before ("the council")."""
        return bool(self.heads) and any(m.group(1).lower() in self.heads for m in cues.SHORT_NAME.finditer(clause))

    def _picks_option(self, clause: str) -> bool:
        """Whether the clause picks, by its ordinal or number, the option the text set out naming the proposal."""
        pick = cues.option_pick(clause) if self.option else ""
        if not pick:
            return False
        return {"former": self.ordinals[0], "latter": self.ordinals[-1]}.get(pick, pick) == self.option

    def _adjusted(
        self, clause: Span, here: _SentenceReading, named: str, stance: str, score: float
    ) -> tuple[str, float]:
        """The stance of a clause that names the proposal, after what the sentence around it says."""
        text = here.sentence.text
        says_dead = cues.SAYS_DEAD.search(clause.text) and not cues.NEGATION.search(clause.text)
        if here.denies_death and stance in _OPPOSITE and not says_dead:  # "No." to "Is it dead?" says it lives
            stance = _OPPOSITE[stance]
        if here.answering and stance == "mentions" and cues.CHALLENGE.match(clause.text):
            stance, score = "opposes", PRONOUN_SCORE  # "Should the council meet again?" "To say what?"
        without = cues.WITHOUT.search(clause.text)
        if without and (_mentions(without.group(1), self.strong, self.weak) or cues.ANAPHORA.search(without.group(1))):
            stance, score = "advances", 0.85
        if named == "weak" and stance != "mentions":
            stance, score = "mentions", 0.45
        elif stance == "mentions" and cues.SPELLS_OUT.search(text) and self._called_before():
            stance, score = "advances", PRONOUN_SCORE
        if stance == "advances" and cues.UPHOLDS.search(text) and _past_only(text, self.past, self.strong):
            stance, score = "mentions", BARE_MENTION
        if stance == "advances" and self._named_only_as_problem(clause.text):
            stance, score = "mentions", BARE_MENTION
        return stance, score

    def _called_before(self) -> bool:
        """Whether the sentence before makes a call of the text's own ("That means …" then spells it out)."""
        if not self.before:
            return False
        stance, score = self.clause_stance(self.before, self.before)
        return stance == "advances" and score >= ADVANCE_THRESHOLD

    def _named_only_as_problem(self, clause: str) -> bool:
        """Whether the clause names the proposal only as the problem it answers ("The answer to Russian hacking is
        defence, not signatures")."""
        problem = cues.PROBLEM.search(clause)
        if problem is None or not _mentions(problem.group(1), self.strong, self.weak):
            return False
        return not _mentions(clause[: problem.start(1)] + " " + clause[problem.end(1) :], self.strong, self.weak)

    def _end(self, here: _SentenceReading) -> None:
        text = here.sentence.text
        # (a labelled answer's first sentence goes on too: "A: Not to that treaty; … But to its logic, yes.")
        labelled = bool(cues.ANSWER_LABEL.match(text)) and not cues.INTERVIEWER.match(text)
        self.reply_goes_on = here.answering if here.bare_reply or labelled else ""
        self.before = "" if here.is_question else text  # its call, if any, is read only when "That means …" follows
        self.after_question = here.is_question
        self.asked_elsewhere = (here.is_question or _sentence_cues(text).reported_asking) and not here.named_here
        self.gap = bool(self.carried) and not here.named_here and not cues.ELLIPTICAL_DENIAL.match(text)


def _argued(last: tuple[str, float, Reading] | None) -> tuple[str, float, Reading] | None:
    """The call or rejection the last reading made, if it made one: its last clause's, or else the one its sentence
    read before a clause that only mentioned it ("Every decade someone revives the idea of Russia in NATO, as though
    the alliance were a club …"), or the call of someone it told of ("The general who suggested …"), or that an
    interviewer's question reports ("REPORTER: The Hungarian prime minister says Europe should negotiate a treaty.")."""
    if last is None or last[0] in _OPPOSITE:
        return last
    argued = [(stance, score) for stance, score in last[2].scores.items() if stance in _OPPOSITE]
    text = last[2].sentence.text
    if not argued and (cues.WHO_CALLED.search(text) or (cues.INTERVIEWER.match(text) and cues.PROPOSING.search(text))):
        argued = [("advances", REPORTED_VIEW)]
    return (*argued[0], last[2]) if len(argued) == 1 else None


def _stance_as_named(
    how: str,
    own: tuple[str, float],
    clause: str,
    set_aside: re.Match[str] | None,
    disagreed: tuple[str, float, Reading] | None,
    agreed: tuple[str, float, Reading] | None,
) -> tuple[str, float]:
    """The stance a clause takes on the proposal it names, from its own stance (`own`) and how it names it (`how`:
    "by name", "aside", "by ordinal", "pointing back", "disagreeing" or "agreeing" with the stance before)."""
    stance, score = own
    if how == "aside":
        return "opposes", 0.9
    if how == "by ordinal":
        return stance, min(score, PRONOUN_SCORE)
    if how == "pointing back":
        if set_aside and cues.ANAPHORA.search(set_aside.group(1)):  # "make it stronger, not redesign it"
            stance = "opposes"
        return stance, min(score, PRONOUN_SCORE)
    if how == "disagreeing":
        # "… want arms control to wait. That is a mistake": the word of disagreement is no stance of its own
        if stance in ("mentions", disagreed[0]):
            stance, score = _OPPOSITE[disagreed[0]], max(disagreed[1], OPPOSE_THRESHOLD)
        if cues.OTHERS_VIEW.search(clause):  # "Most governments disagree.": a debate the text reports
            score = REPORTED_VIEW
        return stance, score
    if how == "agreeing":
        return agreed[0], PRONOUN_SCORE
    return stance, score


def rule_readings(
    sentences: list[Span], proposal_id: str, name: str, aliases: str, clause_stance: ClauseStance = _clause_stance
) -> list[Reading | None]:
    """Per sentence: the cue rules' reading of it about a proposal, or None where it does not name it.
    `clause_stance` may be a memo of `_clause_stance` shared by the proposals of one text."""
    reader = _RuleReader(proposal_id, name, aliases, clause_stance)
    return [reader.read(sentence) for sentence in sentences]


Decision = tuple[str, float, Span]  # stance, score, evidence sentence


def _rule_decision(readings: list[Reading | None], review: bool = False) -> Decision | None:
    """The document's stance on a proposal from the rules' readings, its score and evidence sentence.
    `review`: the text reviews a book, whose "author" is not the text's own voice."""
    best: dict[str, tuple[float, Reading]] = {}
    for reading in readings:
        if reading is None:
            continue
        for stance, score in reading.scores.items():
            held = best.get(stance)
            # Ties go to the fuller sentence: a heading names a proposal, the body argues it.
            if held is None or (score, len(reading.sentence.text)) > (held[0], len(held[1].sentence.text)):
                best[stance] = (score, reading)
    if not best:
        return None

    def decided(stance: str) -> Decision:
        score, reading = best[stance]
        return stance, score, reading.sentence

    if "advances" in best and "opposes" in best:
        (call, called), (rejection, rejected) = best["advances"], best["opposes"]
        if call >= ADVANCE_THRESHOLD and rejection >= OPPOSE_THRESHOLD:
            # The text's own voice outranks the views it reports: "Moscow calls for X. The author sides with Warsaw"
            own_call, own_rejection = (_own_voice(r.sentence.text, review) for r in (called, rejected))
            if own_call != own_rejection:
                return decided("advances" if own_call else "opposes")
            # The later word answers the earlier, when as sure or when it points back to it: "The Kremlin called
            # for X. Berlin has no interest in it"; "Athens proposed X. Vilnius said it would veto any such offer."
            # (of sentences as sure, the last: "Moscow wants a summit on its terms: …. The summits will stay on paper,
            # and rightly so.")
            later, earlier = (
                ("opposes", "advances")
                if _last_at(readings, "opposes", rejection) > _last_at(readings, "advances", call)
                else ("advances", "opposes")
            )
            # "If it includes Europe as an equal, yes. If it is a Russian-Chinese club, no.": a call on terms
            if rejected is not called and all(
                cues.CONDITIONAL_REPLY.match(r.sentence.text) for r in (called, rejected)
            ):
                return decided("advances")
            if rejected is called and "opposes" in rejected.answering:  # "…, and that any other would be a show"
                return decided("opposes")
            # (any rejection as sure as the best may be the one that points back: "…, and Europe should not seek one")
            answered = any("opposes" in r.answering and r.scores["opposes"] == rejection for r in readings if r)
            if best[later][0] == best[earlier][0] or (later == "opposes" and answered):
                return decided(later)
            return decided("advances" if call >= rejection else "opposes")
    if best.get("advances", (0.0,))[0] >= ADVANCE_THRESHOLD:
        return decided("advances")
    if best.get("opposes", (0.0,))[0] >= OPPOSE_THRESHOLD:
        return decided("opposes")
    score, reading = max(best.values(), key=lambda value: value[0])
    return "mentions", score, reading.sentence


def _last_at(readings: list[Reading | None], stance: str, score: float) -> int:
    """Where the last sentence that takes the stance with that score begins."""
    return max(r.sentence.start for r in readings if r is not None and r.scores.get(stance) == score)


def _own_voice(sentence: str, review: bool) -> bool:
    """Whether the sentence speaks in the text's own voice ("the author argues", "I believe")."""
    return bool(cues.OWN_VOICE.search(cues.THE_AUTHOR.sub(" ", sentence) if review else sentence))


def proposal_names(proposal) -> tuple[str, str, str]:
    """A codebook row's id, name and aliases (a codebook may have no aliases column)."""
    return proposal.proposal_id, proposal.name, getattr(proposal, "aliases", "") or ""


def _named_only_weakly(sentence: str, proposal) -> bool:
    """Whether the sentence names the proposal by a weak name (a principle, a generic word) and no strong one."""
    strong, weak = _concepts(*proposal_names(proposal))
    return weak is not None and bool(weak.search(sentence)) and not strong.search(sentence)


_PAST_MODEL_NAMES = {proposal_id: cues.words(*names) for proposal_id, names in PAST_MODELS.items()}


def _past_only(sentence: str, past: re.Pattern[str] | None, strong: NamePattern) -> bool:
    """Whether the sentence names past events a proposal is modelled on (`past`), and none of its own names besides."""
    return past is not None and bool(past.search(sentence)) and not strong.search(past.sub(" ", sentence))


def _named_only_as_past(sentence: str, proposal) -> bool:
    """Whether the sentence names the proposal only by the past events it is modelled on (`PAST_MODELS`)."""
    strong, _ = _concepts(*proposal_names(proposal))
    return _past_only(sentence, _PAST_MODEL_NAMES.get(proposal.proposal_id), strong)


_FOREIGN_NAME_PATTERNS = {proposal_id: cues.words(*names) for proposal_id, names in FOREIGN_NAMES.items()}


def _named_as_another(sentence: str, proposal_id: str) -> bool:
    """Whether the sentence names a phrase that looks like the proposal's but is a neighbour's (`FOREIGN_NAMES`)."""
    foreign = _FOREIGN_NAME_PATTERNS.get(proposal_id)
    return foreign is not None and bool(foreign.search(sentence))


def _calls_without_rejecting(sentence: str) -> bool:
    """Whether the sentence calls for something and rejects nothing: where it names a proposal only by the past
    event it is modelled on ("It is called the Helsinki Final Act, and Russia should return to it"), it calls for
    the old thing and rejects nothing new."""
    return bool(cues.PROPOSING.search(sentence)) and not cues.REJECTING.search(sentence)


def _named_before_set_aside(sentence: str, proposal) -> bool:
    """Whether the proposal is named in the clause where something else is set aside, before it: "A new order will
    not come from a summit" takes no stance on the order (what the clause after a ";" says is its own)."""
    set_aside = cues.SET_ASIDE.search(sentence)
    if set_aside is None:
        return False
    clause = re.split(r"[;:]", sentence[: set_aside.start()])[-1]
    strong, weak = _concepts(*proposal_names(proposal))
    return bool(_mentions(clause, strong, weak))


def without_names(text: str, proposal_id: str, name: str, aliases: str) -> str:
    """The text with the proposal's names replaced by "this plan": the stance head is to read how a
    sentence speaks of a proposal, not which proposal it is (it would learn which ones are usually advanced)."""
    strong, weak = _concepts(proposal_id, name, aliases)
    text = strong.sub("this plan", text)
    return weak.sub("this plan", text) if weak is not None else text


def cue_reading(sentence: Span) -> Reading:
    """The cue rules' reading of a sentence taken to be about a proposal as a whole (the model found it there)."""
    reading = Reading(sentence, {})
    for clause in _clauses(sentence):
        stance, score = _clause_stance(clause.text, sentence.text)
        reading.scores[stance] = max(score, reading.scores.get(stance, 0.0))
    return reading


def _is_topic_question(sentence: Span) -> bool:
    """A short question that puts a topic to the reader or an interviewee ("Talks with NATO?"), or an interviewer's
    question of any length ("Q: Should the West offer ...?"): the sentence after it answers it, naming it or not."""
    text = sentence.text.rstrip()
    if cues.REPORTED_ASKING.search(text):
        return True
    return text.endswith("?") and (len(text.split()) <= TOPIC_QUESTION_WORDS or bool(cues.INTERVIEWER.match(text)))


def _has_cue(reading: Reading) -> bool:
    """Whether a sentence proposes or rejects anything (not a bare mention)."""
    return set(reading.scores) != {"mentions"} or reading.scores["mentions"] > BARE_MENTION


def _learned_reading(
    sentences: list[Span],
    decisions: dict[str, Decision],
    proposals: pd.DataFrame,
    pointing_back: Collection[int] = frozenset(),
) -> dict[str, int]:
    """The model's second reading (`positions.stance_model`), in place: proposals the rules did not find
    (their stance read by the cue rules, or by the stance head in a sentence without a cue word), and a call or
    a rejection in what the rules read as a mention. Returns the sentence each added proposal was found in.
    A sentence in `pointing_back` speaks of a proposal named before it ("called the proposal a betrayal", "It should
    fix the borders"): like a sentence that is already another proposal's evidence, the detector must be surer to
    find another there."""
    from positions import stance_model

    detected: dict[str, int] = {}
    threshold = stance_model.upgrade_threshold(len(sentences))
    missing = [p for p in proposals["proposal_id"] if p not in decisions]
    if sentences and missing:
        readings = [cue_reading(sentence) for sentence in sentences]
        vectors = stance_model.embed([sentence.text for sentence in sentences])
        evidence = {decision[2].start for decision in decisions.values()}
        cued = [_has_cue(reading) for reading in readings]
        taken = [sentence.start in evidence or row in pointing_back for row, sentence in enumerate(sentences)]
        readable = [
            len(sentences) == 1 or len(sentence.text.split()) > stance_model.SHORT_SENTENCE_WORDS
            for sentence in sentences
        ]
        for proposal_id, found in stance_model.detect(vectors, missing, cued, taken, readable=readable).items():
            if _named_as_another(sentences[found.row].text, proposal_id):
                continue  # "Lavrov proposed a Eurasian security architecture": the Eurasian forum's, not a new order
            detected[proposal_id] = found.row
            answer = found.row + 1  # "Talks with NATO? The spokesman said there was nothing to talk about."
            if _is_topic_question(sentences[found.row]) and answer < len(sentences) and cued[answer]:
                stance, score, sentence = _rule_decision([readings[answer]])
            elif found.cued and not {"advances", "opposes"} <= set(readings[found.row].scores):
                stance, score, sentence = _rule_decision([readings[found.row]])  # the cue rules read its stance
            else:  # no cue word, or a call and a rejection the rules cannot tell apart: the stance head reads it,
                # but a sentence that tells history, or denies or asks a call ("will debate whether"), only mentions
                stance, score = stance_model.read_stance(vectors[found.row : found.row + 1])[0]
                sentence = sentences[found.row]
                if score < threshold:  # as unsure as that, it would not upgrade a mention
                    stance = "mentions"
                if any(
                    cue.search(sentence.text) for cue in (cues.HISTORY, cues.DENIED_PROPOSING, cues.REPORTED_DEBATE)
                ):
                    stance, score = "mentions", min(score, BARE_MENTION)
            decisions[proposal_id] = (stance, round(min(score, found.probability), 2), sentence)
    mentioned = [p for p, (stance, _, _) in decisions.items() if stance == "mentions"]
    if mentioned:
        by_id = {proposal.proposal_id: proposal for proposal in proposals.itertuples()}
        # "The first is a conference … The second is a treaty … We recommend the second.": an option set out, not
        # picked, is only described
        picked = any(cues.option_pick(s.text) and not cues.option_item(s.text) for s in sentences)
        vectors = stance_model.embed(
            [without_names(decisions[p][2].text, *proposal_names(by_id[p])) for p in mentioned]
        )
        upgrades = stance_model.second_reading(vectors, threshold=threshold)
        for proposal_id, upgrade in zip(mentioned, upgrades, strict=True):
            # A principle alone ("indivisible security") names no proposal that a call could be for, nor does
            # the past event it is modelled on ("the Final Act"), nor an interviewer's question ("Q: And a new
            # Helsinki?"), though the head may read there the doubt the question voices.
            # Nor does it read a call or a rejection where the rules saw one denied, asked, hedged or only reported,
            # or aimed at something else ("A new order will not come from a summit": the summit, not the order).
            sentence = decisions[proposal_id][2].text
            if upgrade is not None and not (
                (
                    upgrade[0] == "advances"
                    and (
                        _named_only_weakly(sentence, by_id[proposal_id])
                        or _named_only_as_past(sentence, by_id[proposal_id])
                        or (cues.INTERVIEWER.match(sentence) and not cues.ADDRESSED.search(sentence))
                    )
                )
                or (_named_only_as_past(sentence, by_id[proposal_id]) and _calls_without_rejecting(sentence))
                or cues.DENIED_PROPOSING.search(sentence)
                or cues.REPORTED_DEBATE.search(sentence)
                or cues.EITHER_OR_QUESTION.search(sentence)
                or cues.OTHERS_VIEW.search(sentence)
                or cues.DEFERS.search(sentence)
                or cues.RULE_IN_FORCE.search(sentence)
                or cues.RULE_STATEMENT.search(sentence)
                or _named_before_set_aside(sentence, by_id[proposal_id])
                or (cues.option_item(sentence) and picked)
            ):
                decisions[proposal_id] = (*upgrade, decisions[proposal_id][2])
    return detected


def _keep_answers_to_their_question(
    sentences: list[Span], decisions: dict[str, Decision], named: dict[str, set[int]], detected: dict[str, int]
) -> None:
    """In place: the answer to a topic question (`_is_topic_question`) about one proposal speaks of that one. Another proposal named in
    the answer is only mentioned there, and one the detector found there is dropped: "Q: Would a summit with Putin
    help? A: Not until he withdraws his troops" neither rejects nor proposes troop withdrawals.
    `named`: per proposal, the sentences the rules name it in; `detected`: the sentence the detector found it in."""
    asked_about = {row for rows in named.values() for row in rows} | set(detected.values())
    row_of = {sentence.start: i for i, sentence in enumerate(sentences)}
    for proposal_id, (stance, score, sentence) in list(decisions.items()):
        asked = row_of[sentence.start] - 1
        own = named.get(proposal_id, set()) | {detected.get(proposal_id, -1)}
        if asked < 0 or asked in own or asked not in asked_about or not _is_topic_question(sentences[asked]):
            continue
        if proposal_id in detected:
            del decisions[proposal_id]
        elif stance != "mentions":
            decisions[proposal_id] = ("mentions", min(score, BARE_MENTION), sentence)


def _paragraph_numbers(text: str, sentences: list[Span]) -> list[int]:
    """Each sentence's paragraph (as `sentences_of` finds them), by number."""
    starts = [paragraph.start() for paragraph in PARAGRAPH.finditer(text)]
    return [bisect.bisect(starts, sentence.start) for sentence in sentences]


def _stay_out_of_debates(
    text: str,
    sentences: list[Span],
    decisions: dict[str, Decision],
    argued: dict[str, set[str]],
    named: dict[str, set[int]],
) -> None:
    """In place: a call or a rejection near a sentence that says the text takes no side ("The report does not take
    sides") is one the text reports, so it only mentions that proposal. So is one near someone's silence ("The EU
    did not comment") where the text reads both a call and a rejection of it (a debate reported: near either
    side of it), or in it; and one just after a sentence that reports a debate on it ("Russia and the West
    clashed over whether new rules for cyberspace were needed. Russia and China pressed for a binding
    convention.").
    The text's own word on taking no side speaks of its paragraph only ("On a peace conference there was no
    consensus. … The report does not take a side.").
    `argued`: per proposal, the stances the rules read in the text; `named`: the sentences they name it in."""
    own = [i for i, sentence in enumerate(sentences) if cues.NO_SIDE.search(sentence.text)]
    silent = [i for i, sentence in enumerate(sentences) if cues.NO_COMMENT.search(sentence.text)]
    debates = {i for i, sentence in enumerate(sentences) if cues.REPORTED_DEBATE.search(sentence.text)}
    if not own and not silent and not debates:
        return
    paragraphs = _paragraph_numbers(text, sentences)
    position = {sentence.start: i for i, sentence in enumerate(sentences)}
    for proposal_id, (stance, score, sentence) in decisions.items():
        row = position[sentence.start]
        debated = set(_OPPOSITE) <= argued.get(proposal_id, set())
        # ("She would not comment on calls for a new treaty": a silence on the proposal itself)
        marks = [mark for mark in own if paragraphs[mark] == paragraphs[row]]
        marks += [mark for mark in silent if debated or mark == row]
        if not _own_voice(sentence.text, review=False):  # ("… I think they should meet.": the text takes a side)
            marks += [mark for mark in debates & named.get(proposal_id, set()) if 0 < row - mark <= NO_SIDE_REACH]
        # a debate reported is near wherever either side of it is: "X called for a conference. … Poland replied …
        # A conference held now would reward the aggressor. Officials in Brussels declined to comment."
        rows = {row} | (named.get(proposal_id, set()) if debated else set())
        near = any(abs(at - mark) <= NO_SIDE_REACH for mark in marks for at in rows)
        if stance in _OPPOSITE and near:
            decisions[proposal_id] = ("mentions", min(score, REPORTED_VIEW), sentence)


def _document_model_reading(
    text: str,
    sentences: list[Span],
    decisions: dict[str, Decision],
    readings: dict[str, list[Reading | None]],
    named: dict[str, set[int]],
    detected: dict[str, int],
) -> None:
    """In place: the fine-tuned model's stance (`positions.document_model`) on each proposal of the codebook it
    knows, read in the passages naming it (by the rules, or where the heads detected it), with the evidence
    sentence that best shows it: of the sentences naming it in the passage the model read it in, one the rules read
    that stance in, else the rules' own evidence, else the first. Where the model finds no position on a proposal
    the rules or the heads found, it is only mentioned. A proposal that nothing names but the text describes ("a
    binding agreement on the rules of behaviour on this continent") it may still call, when it is sure enough
    (`document_model.UNNAMED_CALL`), with the sentence it reads that call in as evidence."""
    from positions import document_model

    naming = {
        proposal_id: sorted(named[proposal_id] | ({detected[proposal_id]} if proposal_id in detected else set()))
        for proposal_id in document_model.known_proposals()
        if proposal_id in named  # (a proposal of the model's codebook, not this one, is not read)
    }
    found = document_model.read_document(text, sentences, naming)
    for proposal_id, rows in naming.items():
        reading = found.get(proposal_id)
        if reading is None:
            if proposal_id in decisions and decisions[proposal_id][0] != "mentions":
                _, score, sentence = decisions[proposal_id]
                decisions[proposal_id] = ("mentions", min(score, BARE_MENTION), sentence)
            continue
        if reading.evidence is not None:
            decisions[proposal_id] = (reading.stance, reading.probability, sentences[reading.evidence])
            continue
        in_passage = [row for row in rows if reading.first <= row <= reading.last]
        rules_read = readings[proposal_id]
        shown = [row for row in in_passage if rules_read[row] and reading.stance in rules_read[row].scores]
        row = max(shown, key=lambda row: rules_read[row].scores[reading.stance]) if shown else in_passage[0]
        if not shown and proposal_id in decisions:
            row = next((r for r in in_passage if sentences[r] == decisions[proposal_id][2]), row)
        decisions[proposal_id] = (reading.stance, reading.probability, sentences[row])


# What each reader is, in words, for the CLI and the Review page.
READER_NAMES = {
    RULES: "cue rules",
    RULES_AND_MODEL: "cue rules and learned heads",
    RULES_AND_DOCUMENT_MODEL: "cue rules, learned heads and the fine-tuned document model",
}


def suggester(use_model: bool | None = None, use_document_model: bool | None = None) -> str:
    """Which readers `suggest_positions` uses with these switches: RULES, RULES_AND_MODEL or
    RULES_AND_DOCUMENT_MODEL (the name its suggestions' confidence and the ledger know it by)."""
    from positions import document_model, stance_model

    if not (stance_model.available() if use_model is None else use_model):
        return RULES
    if use_document_model is None:
        use_document_model = document_model.available()
    return RULES_AND_DOCUMENT_MODEL if use_document_model else RULES_AND_MODEL


def suggest_positions(
    text: str,
    proposals: pd.DataFrame,
    author: str = "",
    use_model: bool | None = None,
    use_document_model: bool | None = None,
) -> list[Suggestion]:
    """For each proposal the text names: a stance, the best evidence sentence, candidate terms.

    `use_model`: give the text a second reading by the learned heads (`positions.stance_model`):
    they find proposals the rules missed and calls or rejections among the rules' mentions;
    None uses them when they are installed.
    `use_document_model`: then let the fine-tuned model (`positions.document_model`) decide the stance on each
    proposal it knows; None uses it with the heads, when it is installed.
    """
    reader = suggester(use_model, use_document_model)
    use_model = reader != RULES
    sentences = sentences_of(text)
    decisions: dict[str, Decision] = {}
    named: dict[str, set[int]] = {}  # the sentences the rules name each proposal in
    argued: dict[str, set[str]] = {}  # the stances the rules read on each proposal
    review = bool(cues.REVIEW.match(text))  # a book review: its "the author" is not the text's own voice
    pointing_back: set[int] = set()  # the sentences the rules read as about a proposal through "it", "the idea"
    clause_stance = lru_cache(maxsize=None)(_clause_stance)  # a clause's stance is the same for every proposal
    read: dict[str, list[Reading | None]] = {}  # the rules' readings, per proposal
    for proposal in proposals.itertuples():
        readings = read[proposal.proposal_id] = rule_readings(sentences, *proposal_names(proposal), clause_stance)
        named[proposal.proposal_id] = {row for row, reading in enumerate(readings) if reading is not None}
        argued[proposal.proposal_id] = {
            stance for reading in readings if reading is not None for stance in reading.scores
        }
        strong, weak = _concepts(*proposal_names(proposal))
        pointing_back |= {
            row
            for row, reading in enumerate(readings)
            if reading is not None and (reading.answering or not _mentions(reading.sentence.text, strong, weak))
        }
        decision = _rule_decision(readings, review)
        if decision is not None:
            decisions[proposal.proposal_id] = decision
    detected = _learned_reading(sentences, decisions, proposals, pointing_back) if use_model else {}
    _keep_answers_to_their_question(sentences, decisions, named, detected)
    _stay_out_of_debates(text, sentences, decisions, argued, named)
    if reader == RULES_AND_DOCUMENT_MODEL:
        _document_model_reading(text, sentences, decisions, read, named, detected)
    suggestions = []
    for proposal_id, (stance, score, sentence) in decisions.items():
        terms = _terms(sentence) if stance == "advances" else []
        actor = _actor(sentence.text, author or "Author")
        confidence = confidence_of(stance, len(sentences), reader, score)
        suggestions.append(Suggestion(proposal_id, stance, round(score, 2), sentence, actor, terms, confidence))
    return suggestions
