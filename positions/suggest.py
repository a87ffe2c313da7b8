"""Suggested positions for a new document: for each proposal, a stance, evidence and candidate terms.

Offline and on the CPU, with nothing downloaded: sentences (pysbd), the
codebook's names and aliases (plus a curated lexicon for the shipped
proposals), and cue words, read clause by clause:

- a clause naming a proposal with a cue of proposing ("should", "we propose",
  "it is time to", "ready to") *advances* it, unless the clause tells history
  ("in 1975", "was signed", "at the time");
- with a cue of rejecting ("untenable", "reject", "must not", "illusion") it
  *opposes* it;
- otherwise the document only *mentions* it.

Precision matters more than recall for `advances`: a proposal is only
advanced on a clause that names it and proposes it. Every quote is a verbatim
slice of the text, with its character offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from positions.schema import split_list

# Curated names of the shipped proposals, beyond their codebook aliases (regular expressions).
LEXICON: dict[str, tuple[str, ...]] = {
    "helsinki_summit": (
        r"helsinki",
        r"paris (?:summit|charter)",
        r"charter of paris",
        r"final act",
        r"peace (?:conference|forum|congress)",
        r"(?:new|second|grand) (?:european )?(?:security )?(?:summit|conference)",
        r"conference on (?:european )?security",
        r"summit[^.;]{0,60}(?:european security|security order|rules)",
        r"(?:european security|security order)[^.;]{0,60}summit",
    ),
    "neutral_status": (
        r"neutral(?:ity)?",
        r"non-?bloc",
        r"non-?aligned",
        r"non-?alignment",
        r"bloc-?free",
        r"buffer (?:state|zone)s?",
        r"outside (?:of )?(?:any |military )?(?:alliances|blocs)",
    ),
    "arms_control": (
        r"arms control",
        r"arms-control",
        r"disarmament",
        r"confidence[- ]building",
        r"csbms?",
        r"risk[- ]reduction",
        r"vienna document",
        r"open skies",
        r"\binf\b",
        r"new start",
        r"\bcfe\b",
        r"(?:force|troop) (?:reductions?|limits?|ceilings?)",
        r"reduc\w* (?:of )?(?:military )?forces",
        r"(?:missile|weapons?) deployments?",
        r"moratorium",
        r"military transparency",
        r"notification of (?:military )?exercises",
        r"incidents? at sea",
        r"arms limitation",
        r"non-?proliferation",
        r"withdraw\w* (?:of )?(?:\w+ ){0,2}(?:forces|troops)",
    ),
    "eurasian_forum": (
        r"eurasia\w*",
        r"\bsco\b",
        r"shanghai cooperation",
        r"\bcica\b",
        r"continental security",
    ),
    "new_security_architecture": (
        r"security architecture",
        r"security order",
        r"security system",
        r"indivisib\w+ (?:of )?security",
        r"indivisible security",
        r"new architecture",
        r"security framework",
        r"equal and indivisible",
        r"multipolar",
        r"security arrangements",
    ),
    "european_security_treaty": (
        r"european security treaty",
        r"legally binding",
        r"security treaty",
        r"treaty on (?:european )?security",
        r"binding (?:rules|guarantees|commitments|treat(?:y|ies))",
        r"treaty-based",
    ),
    "russia_nato_dialogue": (
        r"nato-russia council",
        r"russia-nato council",
        r"\bnrc\b",
        r"(?:russia-nato|nato-russia) (?:dialogue|dialog|relations|channels?|contacts?)",
        r"dialog(?:ue)? (?:between|with) (?:russia and nato|nato and russia|nato|russia)",
        r"military-to-military",
        r"(?:channels|lines) of communication",
        r"second track",
        r"track[- ]two",
        r"strategic stability",
    ),
    "cyber_security": (
        r"cyber\w*",
        r"digital security",
        r"information security",
        r"hybrid threats?",
        r"information warfare",
    ),
    "common_economic_space": (
        r"lisbon to vladivostok",
        r"common economic space",
        r"economic space",
        r"free[- ]trade (?:area|zone)",
        r"economic (?:partnership|cooperation) between (?:russia|the eu)",
    ),
    "russia_nato_membership": (
        r"russia(?:'s|’s)? (?:joining|accession to|membership (?:in|of)) nato",
        r"russia (?:join|joins|joined|could join|should join) nato",
        r"nato membership for russia", r"(?:bring\w*|invit\w*|admit\w*|integrat\w*) russia (?:in)?to (?:nato|the alliance)",
        r"russia (?:as|becoming) a (?:full )?member of (?:nato|the alliance)",
        r"russia would participate as a full member", r"russia\b[^.;]{0,30}\bjoin(?:s|ed|ing)? (?:nato|the alliance)",
    ),
}

_PROPOSING = re.compile(
    r"\b(?:should|must|ought to|needs? to|has to|have to|shall|can and should|it is (?:time|necessary|essential|urgent|vital|important|high time) to"
    r"|there is an? (?:urgent |pressing )?need|is (?:needed|required|essential|indispensable)|are (?:needed|required)"
    r"|(?:we|i) (?:propose|suggest|call for|urge|support|favou?r|advocate|recommend|want|need)"
    r"|propos(?:e|es|ing)|call(?:s|ing)? for|demand(?:s|ed|ing)?|insist(?:s|ed|ing)? on|seek(?:s|ing)?|(?:urgently |badly |still |really )?(?:needs|lacks|requires)|what [^.;]{0,60} (?:needs|lacks|requires) is|argu(?:e|es|ed|ing) that|urg(?:e|es|ing)|advocat(?:e|es|ing)|recommend(?:s|ing)?|endors(?:e|es|ing)"
    r"|press(?:es|ing)? for|push(?:es|ing)? for|argu(?:e|es|ing) for|make(?:s)? the case for|plead(?:s|ing)? for|reiterat\w+ (?:his|her|its|their|the) call"
    r"|the (?:best|only|right|most promising) (?:way|option|arrangement|path|course|answer)|would be (?:best|wise|expedient|useful|desirable|the answer)"
    r"|(?:ready|willing|prepared) to|let us|let's|(?:is|are) (?:a|the) key (?:factor|step|condition)|key to"
    r"|would (?:help|contribute|promote|strengthen|stabili[sz]e|reduce)|could (?:help|contribute|serve)|deserves? (?:support|a chance)"
    r"|is worth (?:pursuing|trying)|(?:must|should) be (?:guaranteed|restored|revived|resumed|created|established|negotiated|convened|held)"
    r"|in favou?r of|stand(?:s)? ready|time has come|only\b[^.;]{0,100}\bcan\b)\b",
    re.IGNORECASE,
)
_REJECTING = re.compile(
    r"\b(?:reject(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|opposition to|(?:argu\w*|spoke|speak\w*|vot\w*|warn\w*|is|are|am|was|were|stand\w*|stood) against|refus(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?"
    r"|distrust\w*|mistrust\w*|suspicious of|wary of|pointless|futile|useless|waste of (?:time|effort)|no point|(?:stay|remain|kept|keep) (?:frozen|suspended|closed)|premature|wishful thinking|fantasy|appeasement"
    r"|warn(?:s|ed|ing)? against|untenable|unacceptable|unrealistic|impossible|illusion(?:ary)?|illusory|naive|dangerous|dead end"
    r"|non-?starter|no place for|not an option|out of the question|(?:will|would) never|can ?not accept|can't accept|do(?:es)? not accept"
    r"|sceptic(?:al|ism)?|skeptic(?:al|ism)?|concern(?:ed)? that|fear(?:s|ed)? that|a mistake|folly|misguided|betrayal|reward(?:s|ing)? aggression"
    r"|legitimi[sz]e|(?:should|must|need|ought) not|shouldn't|mustn't|no need for|(?:is|are) no (?:answer|solution|substitute)"
    r"|would (?:undermine|weaken|dilute|betray|reward)|(?:a|the) trap|to be avoided|doomed|cannot work|will not work|won't work)\b",
    re.IGNORECASE,
)
_HISTORY = re.compile(
    r"\b(?:(?:in|since|back in|as early as|during|before|until|by) (?:the )?(?:early |mid-?|late )?(?:19|20)\d\d|(?:19|20)\d\d,? when|historically|at the time|in the past|once again recalled"
    r"|recall(?:s|ed|ing)?|remember(?:s|ed)?|anniversary|legacy|had (?:been )?(?:proposed|signed|agreed)|was (?:signed|adopted|proposed|held|created|launched|introduced|met)"
    r"|were (?:signed|adopted|held|created)|decades ago|years ago|the cold war|(?:had|has) failed|collapsed|ended in)\b",
    re.IGNORECASE,
)
# "…must be rejected; so must any neutrality…": the clause takes the stance of the one before.
_ELLIPSIS = re.compile(r"^\W*(?:and )?so (?:must|should|would|does|do|is|are|will)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"\s*[;:]\s+|,?\s+\b(?:but|while|whereas|although|though|yet|however)\b\s*", re.IGNORECASE)

TERM_CUES: dict[str, re.Pattern[str]] = {
    kind: re.compile(pattern, re.IGNORECASE)
    for kind, pattern in {
        "precondition": r"\b(?:if|once|provided(?: that)?|on condition that|only (?:if|after|when)|as soon as|unless|subject to|precondition|prerequisite|key factor|depends? on|after the)\b",
        "guarantees": r"\bguarant\w*|\bassurances?\b|\bsecurity commitments?\b",
        "participants": r"\b(?:with the participation of|involving|between (?:russia|nato|the eu|the west|the united states|china|europe)\w*|together with|including (?:russia|nato|the eu|china|the united states)|all (?:interested )?(?:states|countries|parties))\b",
        "legal_form": r"\b(?:legally binding|treat(?:y|ies)|convention|charter|binding|code of conduct|protocol|agreements?)\b",
        "institutional_form": r"\b(?:forum|mechanism|council|hotline|secretariat|format|platform|institutions?|consultations?|commission|working group)\b",
        "sequencing": r"\b(?:first(?:ly)?|then|initially|eventually|step by step|in stages|phased|gradually|followed by|start(?:ing)? with|begin(?:ning)? with|in the long term|immediate steps?)\b",
        "scope": r"\b(?:including|covering|cover|address(?:ing)?|should discuss|on issues of|such as|range of)\b",
        "principle": r"\b(?:principles?|based on|on the basis of|indivisib\w+|sovereign\w*|equality|equal|non-interference|mutual respect|respect for|inclusive\w*|parity)\b",
    }.items()
}

SPEECH = re.compile(
    r"(?:according to (?P<a>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}))"
    r"|(?P<b>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})(?:,[^,]{3,80},)? (?:said|says|argued|argues|noted|notes|stressed|stresses|emphasi[sz]ed"
    r"|suggested|suggests|called|calls|proposed|proposes|urged|urges|warned|warns|believes|insisted|insists|stated|states|told|added|reiterated|wrote|writes)\b"
)

ADVANCE_THRESHOLD = 0.6
OPPOSE_THRESHOLD = 0.6


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


def _sentences(text: str) -> list[Span]:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    spans = []
    for piece in segmenter.segment(text):
        start, end = piece.start, piece.end
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            spans.append(Span(start, end, text[start:end]))
    return spans


def _alias_pattern(alias: str) -> str:
    words = [re.escape(w) for w in re.split(r"[\s-]+", alias.strip().lower()) if w]
    return r"\b" + r"[\s-]+".join(words) + r"s?\b" if words else ""


@lru_cache(maxsize=256)
def _concept(proposal_id: str, name: str, aliases: str) -> re.Pattern[str]:
    patterns = [p for p in (_alias_pattern(a) for a in split_list(aliases)) if p]
    patterns += list(LEXICON.get(proposal_id, ()))
    if not patterns:
        patterns = [_alias_pattern(name)]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def _clauses(sentence: Span) -> list[Span]:
    clauses, start = [], 0
    for match in _CLAUSE_BREAK.finditer(sentence.text):
        clauses.append((start, match.start()))
        start = match.end()
    clauses.append((start, len(sentence.text)))
    return [
        Span(sentence.start + a, sentence.start + b, sentence.text[a:b])
        for a, b in clauses
        if sentence.text[a:b].strip()
    ]


def _clause_stance(clause: str, sentence: str) -> tuple[str, float]:
    """The stance a clause naming a proposal takes on it, and how sure the cues make it."""
    rejecting = _REJECTING.search(clause)
    proposing = _PROPOSING.search(clause)
    history = _HISTORY.search(clause) or _HISTORY.search(sentence)
    if rejecting:
        return "opposes", 0.9 if not history else 0.6
    if proposing and not history:
        return "advances", 0.9
    if proposing and history:
        return "mentions", 0.5
    if _PROPOSING.search(sentence) and not _REJECTING.search(sentence) and not history:
        return "advances", 0.65  # the proposing cue sits in another clause of the sentence
    return "mentions", 0.4


def _actor(sentence: str, default: str) -> str:
    match = SPEECH.search(sentence)
    if match:
        return (match.group("a") or match.group("b")).strip()
    return default


def _terms(sentence: Span, concept: re.Pattern[str]) -> list[tuple[str, str, Span]]:
    found = []
    for clause in _clauses(sentence):
        for kind, cue in TERM_CUES.items():
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


def suggest_positions(text: str, proposals: pd.DataFrame, author: str = "") -> list[Suggestion]:
    """For each proposal the text names: a stance, the best evidence sentence, candidate terms."""
    default_actor = author or "Author"
    sentences = _sentences(text)
    suggestions = []
    for proposal in proposals.itertuples():
        concept = _concept(proposal.proposal_id, proposal.name, getattr(proposal, "aliases", "") or "")
        best: dict[str, tuple[float, Span]] = {}
        for sentence in sentences:
            if not concept.search(sentence.text):
                continue
            previous: tuple[str, float] | None = None
            for clause in _clauses(sentence):
                stance, score = _clause_stance(clause.text, sentence.text)
                if previous and _ELLIPSIS.search(clause.text):
                    stance, score = previous
                previous = (stance, score)
                if not concept.search(clause.text):
                    continue
                if score > best.get(stance, (0.0, None))[0]:
                    best[stance] = (score, sentence)
        if not best:
            continue
        advance = best.get("advances", (0.0, None))
        oppose = best.get("opposes", (0.0, None))
        if advance[0] >= ADVANCE_THRESHOLD and advance[0] >= oppose[0]:
            stance, (score, sentence) = "advances", advance
        elif oppose[0] >= OPPOSE_THRESHOLD:
            stance, (score, sentence) = "opposes", oppose
        else:
            stance, (score, sentence) = max(((s, v) for s, v in best.items()), key=lambda item: item[1][0])
            stance = "mentions"
        terms = _terms(sentence, concept) if stance == "advances" else []
        suggestions.append(
            Suggestion(
                proposal.proposal_id, stance, round(score, 2), sentence, _actor(sentence.text, default_actor), terms
            )
        )
    return suggestions
