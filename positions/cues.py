"""Cue words: the patterns the cue rules (`positions.suggest`) read a clause's stance by.

Proposing ("should", "we propose", "it is time to"), rejecting ("untenable", "must not"), telling history ("in 1975",
"was signed"), reporting others' views ("some call for"), and the words that tie one sentence to the next ("it",
"the idea", "But", "That means"). Each pattern says, with an example, what it catches; `suggest` says what follows.
"""

from __future__ import annotations

import re
from datetime import date

DOUBLE_QUOTES = re.compile(r"[\"“”]")  # (they do not change what the words say: 'would "never accept" it')


def words(*patterns: str) -> re.Pattern[str]:
    # "^" as well as "\b": a pattern anchored at the start must match a clause that opens with a quotation mark
    return re.compile(r"(?:\b|^)(?:" + "|".join(patterns) + r")\b", re.IGNORECASE)


# An interview's speaker label before an answer: "A: Not while Russia occupies Ukraine.", an FAQ's "A. No."
_SPEAKER = r"(?:[\w.'’ -]{1,40}:\s*|[QA]\.\s+)?"
# "Europe will never be secure until Russia is a member": a condition, so a call for what it names
# "Reopening military channels is not a reward for Moscow": a rejection denied, so a defence of it
_NO_REWARD = (
    r"(?:is|are|was|would be) not (?:a |an )?(?:reward|concession|gift|favou?r|prize|present) "
    r"(?:for|to) (?:moscow|russia|the kremlin|putin|the russians)\b"
)
# a rejection rebutted: "those who dismiss it out of hand have not thought it through"
_REBUTTED = (
    r"those who (?:dismiss|reject|oppose|deride|mock|ridicule|wave away)\w* (?:[\w'’-]+ ){0,5}"
    r"(?:have not|haven't|haven’t|do not|don't|don’t|did not|are wrong|were wrong|miss)\b"
)
# "the only Russia that will never again threaten its neighbours": a harm denied, so a call
_NEVER_AGAIN_HARM = r"(?:will|would) never again (?:threaten|attack|invade|start|wage|fight|menace)\w*"
_NEVER_WITHOUT = r"(?:never|not) be (?:safe|secure|whole|stable|at peace|free) (?:\w+ ){0,3}?(?:until|unless|without)\b"
# what a settlement is impossible without is a need, not a rejection: "impossible without taking into account … the
# non-bloc status of Ukraine"
_IMPOSSIBLE_WITHOUT = (
    r"impossible without (?:taking into account|respecting|recogni[sz]ing|accepting|including|guaranteeing)\b"
)
# a reply that waits for a condition: "… would only make sense if Russia accepted X. Until then, there is nothing to negotiate."
_UNTIL_THEN = r"(?:(?:until then|till then|until that happens|for now),? )?"
# a curt refusal of what was just named: "… it produced Minsk II. Thanks, but no."; "… and call it peace. Hard pass."
_THANKS_BUT_NO = r"^\W*(?:thanks?(?: you)?\W+)?but no(?=\W*$)"
# a view given up, of what was just named: "I used to think a treaty was the answer. I no longer do."
_NO_LONGER_DO = r"^\W*(?:i|we) no longer do(?=\W*$)"
_PASS = r"^\W*(?:(?:a )?(?:hard|firm|polite) pass|(?:i|we)(?:'ll|’ll| will| would| shall) pass)(?=\W*$)"
# sarcasm sending the reader to those it hurt: "… from Lisbon to Vladivostok? Ask the Germans how the last joint energy
# project ended."
_ASK_HOW_IT_ENDED = (
    r"^\W*(?:just )?ask (?:the )?[\w'’ -]{1,30}? how (?:the last|the previous|their last|that|it|the first)\b"
    r"[^.;?]{0,40}\b(?:ended|went|worked out|turned out)\b"
)
# sarcasm putting it off for ever: "Cyber norms with Russia. Sure. Right after they stop hacking our hospitals."
_RIGHT_AFTER_THEY_STOP = (
    r"^\W*right after (?:they|russia|moscow|the kremlin|putin|the russians) (?:stop|end|leave|give|return|withdraw)\w*"
)
# "A common economic space? With a country that weaponised gas? Spare me."
_SPARE_ME = r"^\W*(?:oh,? )?(?:please,? )?spare (?:me|us)(?: (?:that|this|the (?:lecture|sermon)))?(?=\W*$)"
# "Never, the Polish president said": what is said before it is the whole reply
SPEECH_TAG = r",\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:said|says|replied|replies|answered|answers|insisted|insists)\b"
# "We keep our channels of military communication with Russia open", "the alliance keeps its … lines … open":
# a call, and no history even beside a date ("… even though the NATO-Russia Council has not met since 2022")
_KEEPS_OPEN = (
    r"(?:keep|keeps|will keep|must keep|are keeping|is keeping) (?!(?:[\w'’-]+ ){0,2}options\b)(?:[\w'’-]+ ){1,8}open\b"
)
# a chance regretted is a call for it still: "I call it the European security treaty we should have signed in 2009."
_SHOULD_HAVE = (
    r"(?<!never )(?:we|i|europe|the west|they) should have (?:signed|held|built|concluded|negotiated|accepted|agreed)\b"
)
# a call kept standing: "Moscow has not withdrawn its proposals of December 2021 for legally binding … guarantees"
_NOT_WITHDRAWN = (
    r"(?:has|have|had) not (?:withdrawn|abandoned|dropped|taken back|given up) (?:its|their|his|her|our|the) "
    r"(?:[\w-]+ )?(?:proposals?|offers?|plans?|drafts?|initiative|idea|call)\b"
    r"|^\W*(?:[\w'’ -]{1,20}:\s*)?it (?:has|had) (?:never|not) been withdrawn\b"  # "Is the offer still open? MINISTER: It has never been withdrawn."
)
# a regret that something was not done, a call to do it now: "The West's mistake in the 1990s was not to offer …"
_REGRET_NOT = r"(?:mistake|error|failure) (?:in [\w\s]{1,20})?(?:was|is|has been) (?:not to|never to|to not|not having)"
# what follows it is the worse choice: "NATO membership would be safer for Ukraine than neutrality"
_PREFERRED_TO = r"(?:safer|better|wiser|more secure|more stable) (?:for [\w'’ -]{1,30} )?than"
# "no major party has", "no government": nobody does what follows
_NO_ONE = (
    r"no (?:[\w-]+ ){0,2}(?:one|government|party|parties|politician|leader|country|state|parliament|member|ally|allies|voter"
    r"|participant|speaker|delegate|delegation)s? (?:has |have )?"
)
_ABSENCE_HARMS = (
    r"(?:absence|lack|loss|collapse|breakdown|suspension|end) of (?:any |all )?[^.;]{1,80}?\b(?:is|was|has been|would be|remains) "
    r"(?:dangerous|a danger|reckless|a mistake|alarming|risky|worrying)"
    r"|(?:absence|lack|loss) of (?:any |all )?[^.;]{1,120}?\b(?:raises|increases|heightens|multiplies) the (?:risk|danger|chance)"
)
_REJECTION_DENIED = (
    r"(?:is|are|was|were) not (?:a |an )?(?:fantasy|illusion|utopia|pipe dream|unrealistic|impossible|naive|absurd)"
    + r"|"
    + _IMPOSSIBLE_WITHOUT
    + r"|(?:is|are|was|were|would be) not (?:a |an )?(?:surrender|capitulation|appeasement|betrayal)\b"  # "… is not surrender"
    r"|(?:is|are|was|were) not (?:a |an )?(?:weakness|liability|flaw|burden|handicap|relic|anachronism)\b"  # "Moldova's neutrality is not a weakness to be fixed"
    # "The treaty Medvedev proposed in 2008 was never formally rejected; it simply faded away."
    r"|(?:was|were|has been|have been) never (?:formally |officially |explicitly )?(?:rejected|dismissed|turned down)\b"
    # "voted to keep its neutrality, rejecting a motion to remove it": a removal rejected
    r"|reject\w* (?:an? |the )?(?:[\w'’-]+ ){0,2}(?:motion|bill|amendment)s? to (?:remove|abolish|scrap|repeal|revoke|drop|end)\b"
    r"|(?:see|sees|saw) no (?:reason|need) to (?:give (?:it|them) up|abandon|drop|end|scrap|renounce)\b"  # "I see no reason to give it up now"
    r"|(?:did|do|does|would) not (?:oppose|object to)\b"  # "doubted that Moscow would use it, but did not oppose its creation"
    r"|even if (?:[\w'’-]+ ){1,3}(?:says|said) no\b"  # "NATO should put a ban on the table, even if Moscow says no"
    # a rejection regretted: "regretted that Europe had turned down the idea of an economic partnership with Russia"
    r"|(?:regret|lament|deplor)\w* (?:that )?(?:[\w'’-]+ ){1,4}(?:had |has |have )?(?:turned down|rejected|dismissed|ignored|spurned|rebuffed)\b"
    # "The idea is less absurd than it sounds"
    r"|(?:is|are|seems?|sounds?) (?:far |much )?less (?:absurd|crazy|mad|outlandish|naive|naïve|far-fetched|utopian|unrealistic|fanciful) than"
    r"|(?:should|must) not be (?:thrown away|abandoned|discarded|forgotten|dismissed|written off|given up|buried)"
    r"|(?:should|must) not give up (?:on )?"
    r"|(?:should|must) never be (?:closed|shut|ruled out)\b"  # "the door should never be closed for good"
    r"|\b(?:old|existing|current|previous) [\w -]{1,40}(?:is|are|was) (?:dead|buried)\b"  # "The old security order is dead, and Europe has to build a new one"
    r"|\border (?:built|created|made) (?:after|in|since) (?:1989|1990|1991|the cold war) (?:is|was) (?:dead|buried|gone|over)\b"  # "The order built after 1990 is gone"
    r"|(?:that|which) (?:would )?rules? out\b"  # a term of it: "a treaty that rules out nuclear weapons near borders"
    r"|(?:should|must) not be (?:directed|aimed|targeted) against"  # a term of it: "should not be directed against any third state"
    # a term of it too: "a list of civilian infrastructure that must never be targeted by cyber operations"
    r"|(?:that|which) (?:must|should|shall|may|will) never (?:again )?be (?:targeted|attacked|hit|struck|shelled|bombed|crossed|violated)"
    r"|(?:targets|sites|infrastructure|facilities|systems) (?:that |which )?(?:both|both sides|each side|all|they) (?:would|will|must|should) leave alone"
    # what it takes is a need, not a rejection: "without China there will be no lasting order"
    r"|without [^.;,]{1,40}\bthere (?:will|would|can|could) be no\b"
    # what it makes impossible is the harm, not the proposal: "would make a surprise attack impossible"
    r"|(?<!supposed to )mak(?:e|es|ing) (?:a |an )?(?:[\w-]+ )?(?:war|conflict|aggression|invasion|attack|incursion|escalation)s? (?:impossible|unthinkable)"
    r"|(?:would be|is|it(?:'s|’s)) (?:foolish|a mistake|madness|irresponsible|negligent|short-sighted) not to"
    r"|(?:is|are|was|were) wrong to (?:conclude|think|say|believe|argue|claim|assume) that\b"  # "he is wrong to conclude that it is impossible"
    r"|^\W*not (?:to|in order to) (?:reward|appease|legitimi[sz]e|punish|humiliate)\b"  # "Not to reward aggression, but to rebuild the rules"
    r"|(?:is|are|was) not for sale"  # "Serbia's military neutrality is not for sale": it is kept
    # a past rejection regretted: "In 2008 Europe ignored Medvedev's call … It should not make the same mistake"
    r"|(?:should|must) not (?:make|repeat) the same (?:mistake|error) with\b"
    + r"|"
    + _NO_REWARD
    + r"|"
    + _REBUTTED
    # a use of it is what is blamed: "accused him of using neutrality as a cover for closeness to Moscow"
    + r"|using (?:[\w'’-]+ ){1,4}as (?:a |an )?(?:cover|pretext|fig leaf|smokescreen|excuse|shield) (?:for|to)\b"
    # its absence is the danger: "the absence of any regular contact between NATO and Russian commanders is dangerous"
    + r"|"
    + _ABSENCE_HARMS
    # a rejection judged hasty: "Western governments dismissed the draft too quickly"
    + r"|(?:dismiss|reject|rebuff|spurn|ignor)\w* (?:[\w'’-]+ ){0,6}?too (?:quickly|hastily|lightly|readily|soon)"
    # not doing it is what is rejected: "Not talking to the Russians is not a strategy"
    r"|^\W*not (?:talking|engaging|negotiating|speaking)\b[^.;]{0,60}\bis not (?:a |an )?(?:strategy|policy|option|answer|solution)"
    # "no major party has proposed abandoning it": it is kept
    + r"|"
    + _NO_ONE
    + r"(?:proposed|suggested|called for|urged|wants?|wanted) (?:abandon|scrap|drop|end|giv|renounc)\w*"
    r"|"
    + _NEVER_WITHOUT
    + r"|"
    + _NEVER_AGAIN_HARM
    # what it needs, not the thing itself: "A conference without Ukraine at the table is a non-starter"
    + r"|without [^.;,]{1,40}\b(?:is|are|would be) (?:a non-?starter|pointless|useless|worthless|meaningless|worse than (?:none|nothing))"
    # a status not negotiable is kept: "his country's neutrality was not up for debate"
    + r"|(?:neutrality|non-?alignment|status) (?:is|was|remains) not (?:up for (?:debate|discussion|negotiation)|negotiable)"
)
PROPOSING = words(
    _NEVER_WITHOUT,
    r"(?:readiness|willingness) to (?:host|convene|organi[sz]e)\b",  # "reiterates its readiness to host a peace conference"
    r"(?:i|we)(?: would|'d|’d) (?:rebuild|restore|revive|reopen|resume|start with|begin with)\b",  # "I would rebuild them first: …"
    r"(?:we|i) (?:ask|press|push) for (?!nothing\b|no\b)",  # "We ask for something smaller and harder: a treaty …"
    r"(?:we|i) (?:would|will|could|'d|’d) (?:gladly |happily |be glad to |be happy to )?(?:host|convene)\b",  # "We would host another"
    _KEEPS_OPEN,
    _SHOULD_HAVE,
    _NOT_WITHDRAWN,
    r"case for [^.;]{1,80}\bis stronger than\b",  # "The case for a hotline between … cyber commands is stronger than its critics admit."
    r"(?:would|will|shall|must|should) (?:remain|stay) in (?:the|its|our|their) constitution\b",  # "neutrality would remain in the constitution"
    r"(?:we|i)(?:'d|’d| would| will) (?:open|start|begin|launch) (?:talks|negotiations)\b",  # "We would open talks with Moscow tomorrow on … a neutral status"
    r"(?:i|we)(?:'d|’d| would) sign up (?:for|to) (?:that|it|this|one)\b",  # "I'd sign up for that tomorrow."
    r"(?:my|our) doors? (?:is|are|remains?|stays?|will be) open\b",  # "The day Russia pulls back its troops, my door is open"
    # a consent on terms: "Georgia could accept neutrality, the opposition leader said, but only with guarantees"
    r"(?:could|would|can|might) accept\b[^.;]{0,80}\bbut only (?:with|if|once|after|when|on condition)\b",
    _NEVER_AGAIN_HARM,
    r"should",
    r"(?:is|are) (?:both )?(?:feasible and |possible and |necessary and )?(?:urgent|urgently needed)\b",  # "a return to … is both feasible and urgent"
    r"(?:repeated|renewed|reiterated|restated) (?:his|her|its|their|the|an?) (?:offer|proposal|call|idea|plan) (?:of|for)\b",  # "Putin repeated his offer of"
    r"(?:a|an|the) (?:call|appeal|plea) (?:by|from) (?:[\w'’-]+ ){1,4}to\b",  # "ended with a call by the Swiss chair to revive"
    # "But I would sign a treaty limiting missiles tomorrow", "his country would support a treaty" (not "They would sign it
    # in the morning and hack us in the afternoon", nor "Not one Baltic government would sign a treaty")
    r"(?:i|we|(?:his|her|its|their|our|my|the) (?:country|government|parliament|party))(?: would|'d|’d) (?:gladly |happily |readily )?(?:sign|support|back|welcome|offer|propose)\b",
    r"would be worth (?:far |much |a lot |many times )?more than\b",  # "would be worth far more than the Budapest Memorandum ever was"
    r"(?:i|we) would (?:like|love) to see\b",  # "I would like to see Russia in NATO one day"
    r"(?:i|we) would (?:happily |gladly )?settle for\b",
    r"\bneed (?:a|an)\b",  # "Europe and Russia need a cyber hotline"
    r"would (?:end|solve|resolve|remove) (?:[\w'’-]+ ){0,4}(?:problems?|dilemmas?|divisions?|standoffs?|deadlocks?)\b",  # "would end the alliance's oldest problem"
    r"voted\b[^.;]{0,20}\bto (?:ask|call for|seek|request|demand|propose|urge|endorse|back)\b",  # "parliament voted on Thursday to ask … for"
    r"must",
    # "The right format is a conference of all European states"
    r"the (?:right|best|only|proper|obvious|sensible|natural) (?:format|forum|venue|framework|vehicle|answer|approach|way forward|first step|place to start) (?:is|would be|remains)\b",
    r"ought to",
    r"(?:is|remains) (?:the|our|its|their) (?:[\w'’-]+ ){0,2}(?:aim|goal|objective)\b",  # "A common economic space remains the EU's long-term aim"
    r"(?:two|three|four|five) things(?=\s*:)",  # "Afterwards, two things: a hotline …, and talks on missile limits"
    r"(?:a choice|something|one) (?:to be|worth) defend(?:ed|ing)\b",  # "… not a weakness to be fixed but a choice to be defended"
    r"^\W*what (?:might|could|would|can|will)(?: [\w-]+){0,3} is (?:a|an)\b",  # "Political declarations will not stop him. What might is a treaty, …"
    r"(?:central|main|chief|first|key|principal|headline|final) recommendations? (?:is|are|was|were)\b",  # "Its central recommendation is a summit of …"
    r"(?:i|we) (?:find|found) (?:it|the case|the argument|this|that) (?:more |quite |very |entirely |wholly )?(?:persuasive|convincing|compelling)\b",  # "There is a case … I find it more persuasive than I expected to."
    # "Let the nations of Europe, east and west, come together again as they did in Helsinki"
    r"^\W*let (?:the |all (?:the )?)?(?:nations|states|countries|leaders|governments|peoples)\b[^.;]{0,40}?\b(?:come|meet|gather|sit)\b",
    # keeping a status of its own: 'Moldova "has no intention" of reopening its constitutional neutrality'
    r"(?:has|have|had) no intention\W{0,2} of (?:abandoning|dropping|giving up|renouncing|changing|amending|ending|revisiting|reopening) "
    r"(?:its|our|their) (?:constitutional |permanent |military )?(?:neutral\w*|status|non-?aligned\w*|non-?bloc\w*)",
    # an imperative to meet: "Get the generals in a room, NATO and Russian, before somebody shoots down the wrong plane."
    r"^\W*(?:get|put|bring|sit) (?:the|our|both|their) [^.;]{1,30}?\b(?:in(?:to)? (?:a|one|the same) room|(?:a)?round (?:a|one|the same) table|together)\b",
    r"^\W*(?:our |the |my )?(?:recommendations?|recommended(?: option)?|preferred option|answer|proposal|prescription)(?=\s*:)",  # "Recommendation: Option 2.", "My answer: …"
    r"(?:again |once more )?invok(?:ed|es|ing) (?:the idea|the vision|the dream|his idea|his vision) of\b",  # "Putin again invoked the idea of a common economic space"
    r"(?:should|must|ought to) (?:say|answer) yes\b",  # "One day a democratic Russia will ask to join NATO. The alliance should say yes."
    r"(?:will|shall|would|must|should|to) (?:continue to |keep )?work(?:ing)? (?:with (?:[\w'’-]+ ){1,4})?(?:for|towards?) (?:a|an|the)\b",  # "We will work with our partners for a conference"
    r"(?:would be|is) worth (?:negotiating|pursuing|trying|discussing|considering|having|signing)\b",  # "A binding treaty would be worth negotiating only if …"
    r"^\W*(?:definitely |certainly |probably |surely )?worth (?:trying|a try|pursuing|a shot|exploring|considering)\b",  # "Cyber norms with Russia? Worth trying."
    r"(?:is|remains) the only (?:[\w-]+ )?(?:status|option|way|solution|answer|arrangement) (?:that|which) (?:can|could|would|will)\b",  # "is the only status that could keep Moldova out of the next war"
    r"^\W*(?:a: )?it is (?:necessary|essential|vital|indispensable)(?=\W*$)",  # "Q: Is it possible to talk to Russia now? A: It is necessary."
    r"(?:intend|intends|intended|want|wants|wish|wishes|would like) to (?:stay|remain) (?:so|that way)\b",  # "Ireland is militarily neutral, and we intend to stay so"
    r"(?:may|might|could|would) (?:well )?be the right (?:one|model|answer|choice|approach|path|way)\b",  # "but it may be the right one for Moldova"
    r"(?:supports?|backs?|favou?rs?|proposes?|recommends?) (?:the following|these|(?:two|three|four|five) (?:steps|measures|things|ideas))\b",  # "my government supports three steps: …"
    r"(?:is|remains) the only (?:[\w-]+ )?(?:plan|proposal|option|idea|offer) on the table\b",  # "It is the only plan on the table that includes China"
    r"(?:now|this|today) is the (?:time|moment|hour) (?:to|for)\b",  # "Now is the time to start talking about limits on missiles"
    r"(?<!not )(?<!n't )(?<!never )would (?:gladly |happily |readily |also )?(?:support|back|welcome|host) (?:a|an|restoring|resuming|reopening|reviving|creating|establishing)\b",  # "the Holy See would support a conference", "would gladly host a gathering of European leaders"
    r"welcom(?:e|es|ed|ing) the (?:resumption|restoration|revival|return|start|opening|launch) of\b",
    r"(?:said|says|answered|replied) ['‘\"“]?yes\b",  # "Asked whether Russia would be welcome, the president said yes"
    r"needs? to",
    r"has to",
    r"have to",
    r"shall",
    r"can and should",
    r"it is (?:time|necessary|essential|urgent|vital|important|high time) to",
    r"it is (?:high )?time for (?:[\w'’-]+ ){1,6}to",  # "It is time for Europe's leaders to sit down"
    r"there is an? (?:urgent |pressing )?need",
    # "What is missing is a permanent consultation …" (not "what is missing is the will to enforce them")
    r"what (?:is|remains) (?:still )?missing (?:is|are)\b(?! (?:the |any |political )?(?:will|trust|courage|desire|interest)\b)",
    r"(?:i|we)(?:'d|’d| would) rather (?:see|have)\b",  # "I would rather see Europe negotiate one now"
    r"(?:is|are|(?:would|will) be) (?:needed|required|essential|indispensable)",
    # keeping a status: "Serbia's parliament reaffirmed the country's military neutrality"
    r"reaffirm(?:s|ed|ing)? (?:the country(?:'s|’s) |its |their |his |her |[\w-]+(?:'s|’s) )(?:[\w'’-]+ ){0,2}(?:neutrality|neutral status|non-?bloc status|non-?aligned status|non-?alignment)\b",
    r"(?:has|have) never closed the door (?:to|on)\b",  # "Russia has never closed the door to a common economic space"
    r"(?:offer|offers|offered) (?:[\w'’-]+ ){1,3}as (?:a|the) (?:place|venue|host)\b",  # "we will offer Helsinki once again as a place where all of Europe can meet"
    r"could (?:also |still |easily )?agree(?:,[^,;]{1,40},)? (?:that|on|to)\b",  # "Europe and Russia could agree, in the same spirit, that water … are off limits"
    _IMPOSSIBLE_WITHOUT,
    # "China supports all efforts conducive to peace, including the convening … of an international peace conference"
    r"(?:supports?|backs?|welcomes?) all (?:efforts|steps|initiatives|moves|proposals)\b[^.;]{0,60}\bincluding\b",
    # "The economic argument for a common space … has not changed"; "the case will still be there to make"
    r"(?:argument|case) for\b[^.;]{1,80}\b(?:has not changed|still stands|remains (?:strong|sound|valid|compelling))",
    r"(?:argument|case) (?:will|would) (?:still )?be there to (?:make|be made)\b",
    # "agreed that the UN's working group remains the right place to develop norms"
    r"(?:is|remains|would be) (?:still )?the (?:right|best|proper|natural) (?:place|forum|venue|framework|body) (?:to|for)\b",
    r"(?:we|i) (?:do )?(?:propose|suggest|call for|urge|support|favou?r|advocate|recommend|want|need)",  # "What I do support is …"
    r"propos(?:e|es|ing)|(?<!\bthe )(?<!\ba )proposed(?! by)",  # not "the treaty proposed by Medvedev had …", "Maps of the proposed 'Greater Eurasian Partnership'"
    # "suggested on Monday that", but not what evidence suggests: "the chapters suggest that it does not"
    r"suggest(?:s|ed|ing)?(?: on \w+| this week| today| again)? that(?! (?:it|this|they|he|she|there) (?:is|was|were|are|does|did|do|has|had|have)\b)",
    # "China and Russia called this week for …"
    r"call(?:s|ed|ing)? (?:again |once again |once more |repeatedly |anew |(?:this|last) (?:week|month|year) |on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) |today |yesterday )?(?:for|on)",
    r"demand(?:s|ed|ing)?",
    r"insist(?:s|ed|ing)? (?:on|that)",
    r"seek(?:s|ing)?",
    r"(?:urgently |badly |still |really )?(?:needs|lacks)(?! saying| to be said)",  # not "says everything that needs saying"
    r"needed ['‘\"“]?(?:a|an|its own|their own|new)\b",  # reported speech: "told the SCO that Eurasia needed its own security system"
    # not what a text already in force requires: "The Vienna Document requires notice of exercises"
    # nor what a proposal itself would need: "Arms control requires trust"
    r"(?<!document )(?<!treaty )(?<!act )(?<!charter )(?<!agreement )(?<!convention )(?<!constitution )(?<!control )(?<!dialogue )(?<!neutrality )(?<!membership )(?<!summit )(?<!conference )requires",
    r"what [^.;]{0,60} (?:needs|lacks|requires) is",
    # "What he wants instead is a direct line …" (not what Moscow wants: an argument against it)
    r"what (?!(?:russia|moscow|the kremlin|putin|lavrov|beijing|china)\b)[^.;]{0,60}? (?:wants|proposes|favou?rs|calls for|asks for|would like) (?:instead |now |above all )?is\b",
    # keeping what there is: "his country would not give up its military neutrality under any pressure"
    r"(?:will|would|shall) (?:not|never) (?:give up|abandon|surrender|trade away) (?:its|their|our|his|her)\b",
    r"deserves? to be (?:revived|tried|considered|explored|pursued|taken seriously|heard|discussed)\b",  # "The idea deserves to be revived"
    r"(?:will|shall) (?:stay|remain) (?:there|in (?:the|our|its) constitution)\b",  # "Neutrality is in our constitution, and it will stay there."
    r"(?:submit|submits|submitted|table|tables|tabled|circulate|circulates|circulated) (?:on \w+ )?(?:to (?:the )?[\w -]{1,40}? )?(?:a|an|its|their) (?:new |revised )?draft\b",  # "Russia on Monday submitted to the UN General Assembly a draft convention"
    r"(?:a |the )?better (?:guard|defen[cs]e|protection|insurance|guarantee|safeguard) against\b",  # "… is a better guard against the next war than a new wall"
    r"with (?:a|an|its|his|her|their) (?:[\w-]+ )?(?:proposal|plan|offer|initiative) (?:for|to)\b",  # "toured European capitals with a proposal for a conference"
    # "The paper sets out what they call a digital non-aggression pact"
    r"sets? out (?:a|an|its|their|what (?:it|they|he|she|the authors?) calls?) (?:[\w'’-]+ ){0,4}?(?:plan|pact|proposal|agreement|treaty|framework|roadmap|blueprint|code|mechanism|forum|scheme|compact|convention|charter)\b",
    r"what (?:we|europe|nato|the west|the alliance|they) (?:can|could|should|must) do (?:now |today |instead )?is\b",  # "What we can do now is keep the channels … open"
    r"what (?:works|helps|would work|would help|is needed) (?:now |today )?is\b",  # "What works is deterrence, plus a direct line …"
    r"deserves? (?:better|more) than\b",  # "The Swiss proposal deserves better than the silence it has met"
    r"would be (?:acceptable|safe|fair|good) (?:to|for) (?:[\w'’-]+ )?and (?:acceptable|safe|fair|good) (?:to|for)\b",  # "would be acceptable to Moscow and safe for Kyiv"
    r"would (?:serve|suit|protect) (?:[\w'’-]+ ){0,3}better than\b",  # "would serve Europe better than a customs wall"
    r"^\W*(?:stay|remain) (?:\w+ )?(?:neutral|non-?aligned)\b",  # "the lesson is simple: stay neutral, and …"
    r"^\W*(?:a: )?(?:we|i) never stopped(?=\W*$)",  # "Q: Should NATO keep talking to Russia? A: We never stopped."
    r"^\W*(?:a: )?(?:i|we) do(?: indeed)?(?=\W*$)",  # "I am often asked whether I favour arms control. I do."
    r"^\W*(?:a: )?(?:useful|helpful|worthwhile|sensible|necessary|essential),? (?:if|when|as long as|provided)\b",  # "A: Useful, if it is about avoiding accidents."
    r"(?:is|are) what [^.;]{0,40}\b(?:needs?|lacks?|requires?)\b",
    # a condition set is a call on terms: "could only be discussed after Russia withdrew"
    r"(?:can|could|would|will|should) only (?:be )?(?:discussed|negotiated|considered|agreed|convened|held|signed|resumed|begin|start|come|happen|take place) (?:after|once|when|if)",
    r"(?:glad|happy|delighted|honou?red) to (?:host|help|mediate|facilitate)",
    r"(?:is|are|was|were) (?:long |well |badly )?overdue",
    r"(?:still |continues? to |continued to )hop(?:e|es|ed|ing) for",
    # "I hope Europe will have the wisdom to call all its states together again"
    r"(?:i|we) (?:still |sincerely |very much )?hope (?:that )?(?:[\w'’-]+ ){1,4}(?:will|would) (?!not\b|never\b)",
    r"^\W*nothing (?:less|short) (?:than|of)",  # "Nothing less than a new order will end the wars"
    r"not too (?:early|soon|late) (?:to|for)",  # "too early for a conference, but not too early to prepare one"
    r"owe(?:s|d)? (?:[\w'’-]+ ){0,3}(?:a|an|another)\b",  # "Europe's leaders owe their citizens another such meeting"
    r"(?:is|are|but) a necessity",  # "not a reward for Russia but a necessity for Europe"
    _NO_REWARD,
    _REBUTTED,
    r"(?:we|i) will (?:also )?(?:keep|maintain|restore|reopen|resume|pursue|seek|propose)\b",  # a speech's commitment: "we will keep the channels to the Russian military open"
    r"(?:said|say|says) (?:that )?(?:they|it|he|she|we) (?:would )?(?:supported|support|supports|backed|back|backs|welcomed|welcome|welcomes) (?:it|them|this|that|the (?:plan|idea|proposal))\b",  # "Several Western governments said they supported it."
    # an option preferred: "We prefer the former", "The latter is the wiser course"
    r"(?:we|i) (?:would )?prefer\b",
    r"(?:is|seems|looks) (?:by far )?(?:the )?(?:better|wiser|best|right|safer|sounder|more realistic|more promising)"
    r"(?: (?:course|choice|option|path|way|bet|answer))?(?=\W*$)",
    r"(?:the|its|their|our|[\w-]+(?:'s|’s)) least bad (?:of the )?(?:\w+ )?(?:way|options?|ending|outcome|settlement|deal|solution|choices?|answer)",
    # "could stop a hack from turning into a war", "would cost little"
    r"(?:could|would|might|can) (?:stop|prevent|keep) (?:[\w'’-]+ ){1,4}from (?:turning into|becoming|escalating|spiral\w*)",
    r"(?:would|will|could) cost (?:little|nothing|almost nothing|next to nothing)\b",
    r"(?:remains?|remained|is still|stays?) on the table",
    r"(?:could|would|might|can) (?:become|be|serve as|act as) (?:a )?bridge\b",  # "could become a bridge rather than a base"
    r"the only (?:lasting |real |durable |stable |just )?(?:peace|security|settlement|solution)\b[^.;]{0,30}\bis one\b",  # "...is one in which"
    r"\bonly (?:when|once) ",  # "Only when Russia is inside NATO will Europe be whole": the condition is called for
    r"(?:is|was|would be) the least (?:[\w'’-]+ ){1,2}(?:owe|owes|can do|could do|should do)\b",
    r"(?<!not )(?<!never )(?:has|have|had) kept (?:it|them|us|[\w'’-]+) (?:safe|secure|at peace|out of (?:war|wars|the war))",
    r"reasons? (?:enough )?to (?:want|support|back|pursue|try)\b",
    r"deserves? (?:another|a second|a fresh|a new|a closer|a serious) (?:look|hearing|chance|try)\b",  # "The old idea deserves another look"
    r"deserves? (?:serious |careful |closer )?(?:study|consideration|examination|attention)\b",  # "deserves serious study rather than reflexive rejection"
    r"would be (?:far |much )?" + _PREFERRED_TO + r"\b",  # "neutrality … would be safer than its failing alliance"
    r"(?:we|i) (?:are|am) (?:asking|urging|calling on|inviting|appealing to)\b",  # "We are asking the leaders of today to …"
    # "Writing it into a treaty … would make it far harder for anyone to tear up"
    r"would make (?:it|them|this|that) (?:far |much |a lot )?harder (?:for [\w-]+ )?to (?:tear up|break|undo|attack|invade|ignore|violate|overturn)",
    r"(?:is|are) (?:not a [\w-]+ but )?(?:an? )?insurance (?:policy|against)",
    r"the sooner\b[^.;]{0,150}\bthe better",
    r"the (?:realistic|only realistic|sensible|practical) (?:alternative|option|answer|choice|solution|course) is\b",
    r"(?:remains?|remained|stays?|stayed) (?:fully |firmly )?committed to\b",  # "remained committed to its neutrality"
    r"would serve (?:both|all|everyone|us all|both sides)\b",
    r"would make (?:[\w'’-]+ ){1,3}(?:less dangerous|less likely|safer|rarer)\b",  # "would make such encounters less dangerous"
    r"(?:the |its |their |our |[\w-]+(?:'s|’s) )?(?:safest|best|wisest|only sensible|surest) (?:course|option|path|bet|choice|road) is\b",
    r"(?:has|have) served (?:us|it|them|[\w-]+) well\b",  # "'Neutrality has served us well,' he said."
    _REGRET_NOT
    + r" (?:offer|invite|propose|open|hold|sign|admit)\w*",  # "The West's mistake was not to offer Russia membership"
    r"(?<!not )(?<!never )(?:still )?believ(?:e|es|ed) in (?:a|an)\b",  # "still believed in a Europe 'from Lisbon to Vladivostok'"
    r"would make (?:\w+ ){0,2}(?:richer|safer|stronger|more secure|more stable|more prosperous)\b",
    r"(?<!not )(?:is|would be) (?:a|the) (?:good|sound|sensible|wise|right) idea",
    r"welcom(?:e|es|ed|ing) (?:the|a|an|this|that|any) (?:idea|proposal|plan|initiative|call)",
    r"would (?:take the heat out of|defuse|calm)\b",
    r"would (?:\w+ ){0,2}(?:live|grow up|sleep) (?:in peace|without (?:a )?(?:war|fear)|safely)",  # "our children would grow up without a war"
    r"(?:would|could)(?: finally| at last| once and for all)? end (?:[\w'’-]+ ){0,4}(?:wars?|conflicts?|scares|fears|tensions|rivalry|instability|uncertainty|division|divisions|split|arms race|hostility|enmity)\b",
    r"belongs? (?:in|to) (?:nato|the alliance|the eu|the european union)\b",  # "Russia belongs in NATO"
    r"(?<!not )(?:would be|is) a good thing",
    r"^\W*"
    + _SPEAKER
    + r"(?:yes|absolutely|certainly|of course|very much(?: so)?|definitely)(?=\W*$|\s*[,;:.!—–-])",  # an interview's "Yes, ...", "Very much."
    r"if [^.;]{1,40}, (?:then )?yes(?=\W*$|\s*[,'’\"”])",  # "'If both sides ask us, yes,' he said."
    r"^\W*but [^.;?]{1,80}, yes(?=\W*$|\s*[,.;])",  # "Not to that treaty. … But to its logic, ceilings and inspections, yes, …"
    r"(?<!not )(?<!n't )wants? (?:a|an)\b",
    r"(?<!not )(?<!n't )(?:supports|backs|favou?rs) (?:a|an)\b",
    r"would make (?:a |an )?(?:[\w-]+ )?(?:war|conflict|aggression|invasion|attack|incursion)s? (?:too costly|too expensive|less likely|unprofitable|unaffordable)",  # "impossible": _REJECTION_DENIED
    # "offered Ulaanbaatar as the seat of a forum", "offered Istanbul for talks"
    r"offer(?:s|ed|ing)? (?:[\w'’-]+ ){1,3}(?:as (?:the |a |its )?(?:seat|host|venue|site|home) (?:of|for)"
    r"|for (?:the |a |an )?(?:[\w-]+ ){0,3}(?:talks|negotiations|summit|conference|meeting|forum))",
    # "argues that neutrality should be guaranteed", not "argues that the word has meant different things"
    r"argu(?:e|es|ed|ing) (?:instead |rather |strongly |again )?for",  # "The American delegation argued instead for …"
    r"argu(?:e|es|ed|ing) that\b(?=[^.;]{0,120}\b(?:should|must|ought|needs?|needed|has to|have to|would|could|can|time|only|best|better|helps?|keeps?|protects?|works|urgent|necessary|essential|vital|priority)\b)",
    r"urg(?:e|es|ed|ing)",
    # "They agreed on three proposals: a standing conference …, new rules …": the items after the colon are called for
    r"(?:agreed|agree|agrees|settled) on (?:\w+ ){0,2}(?:proposals|recommendations|steps|measures)\b",
    # an agreement reached puts a measure in place: "The two defence ministers agreed to set up a hotline"
    r"(?<!not )(?<!never )agreed to (?:set up|create|establish|restore|resume|reopen|open|hold|exchange|notify|limit|reduce|cap|ban)\b",
    r"(?:proposals|recommendations|demands)(?=\s*:)",
    r"advocat(?:e|es|ed|ing)",
    r"recommend(?:s|ed|ing)?",
    r"endors(?:e|es|ed|ing)",
    r"back(?:s|ed|ing)? (?:it|the idea|the plan|the proposal|a|an|the)",
    r"float(?:s|ed|ing)? the idea",
    r"press(?:es|ed|ing)? for",
    r"push(?:es|ed|ing)? for",
    r"make(?:s)? the case for",
    r"plead(?:s|ed|ing)? for",
    r"appeal(?:s|ed|ing) for|(?:we|i|to) appeal for",  # the verb: not "holds no appeal for"
    r"(?:reiterat|renew)\w+ (?:his|her|its|their|the) calls?",
    r"would be better served",
    r"(?:is|are|would be) (?:better|preferable) (?:than|to)",
    r"(?:the|its|their|our|[\w-]+(?:'s|’s)) (?:best|only|right|most promising|most realistic|safest|surest|wisest|cheapest)(?: \w+)? (?:way|option|arrangement|path|course|answer|forum|step|protection|guarantee|hope|chance|solution|bet|insurance|end|exit|settlement|deal|compromise)",
    r"would be (?:best|wise|expedient|useful|desirable|the answer)",
    r"(?:best|better) served by",
    r"(?:ready|willing|prepared) to",
    r"launch\w* (?:a |an )?(?:[\w-]+ ){0,3}(?:project|initiative|effort|programme|program) to (?:develop|build|create|promote|draft)\b",  # "launched a two-year project to develop confidence-building measures"
    r"(?:remains?|remained) (?:[\w'’-]+(?:'s|’s) |our |its |their |the )(?:goal|aim|objective|priority)\b",  # "remained Russia's goal"
    r"(?:ready|willing|prepared) for (?:talks|negotiations) (?:with [^.;]{1,60}?)?(?:on|about)\b",  # "ready for talks with NATO on a new treaty"
    r"vot(?:e|es|ed|ing)\b[^.;]{0,20}?\bto (?:keep|retain|preserve|uphold|maintain)\b",  # "voted on Thursday to keep its neutrality"
    r"(?:remains?|remained|is|are|was|were|stays?) (?:still |always )?['‘\"“]?open to (?:[\w-]+ ){0,2}?(?:talks|negotiations|discussions|dialogue)\b",  # 'was "open to risk-reduction talks"'
    r"(?:need|needs|should|must|cannot|can't) not wait\b|(?:need|needs) not await\b",  # "such measures need not wait for a settlement"
    r"(?:is|are|was|were|would be|remains?) (?:also |very much |clearly )?in (?:[\w-]+(?:'s|’s)|our|their|everyone's|the (?:\w+ )?) (?:own |national |common |mutual )?interests?\b(?! of)",
    r"if [^.;?]{1,80}, why not\b",  # "If Russia becomes a democracy, why not?"
    r"(?:would|will|can|could) (?:only )?(?:last|hold|work|endure|succeed|survive)(?: \w+)? only if",
    # what peace would require is called for ("Lasting peace will require a treaty"); not "Changing it would require"
    r"(?:peace|settlement|security|stability|solution|deal|ceasefire|truce)s? (?:would|will) (?:also |first |eventually )?require\b",
    # "the long-term answer to Europe's security problem was economic: a free-trade zone"
    r"the (?:[\w-]+ )?answer to [^.;:]{1,60}? (?:is|was|lies in|lay in|would be)\b(?! not\b| no\b)",
    r"let us",
    r"let's",
    r"(?:is|are) (?:a|the) (?:key|first) (?:factor|step|condition)",
    r"key to",
    r"first step",
    r"would (?:help|contribute|promote|strengthen|stabili[sz]e|reduce)",
    r"would do more (?:for|to)",
    r"would (?:\w+ )?(?:gain|benefit) from",
    r"could (?:help|contribute|serve|meet)",
    r"deserves? (?:support|a chance|a hearing|a place|a seat)",
    r"the answer (?:is|lies|would be) (?:to|in)",
    r"(?:is|are) worth (?:pursuing|trying|having|holding|keeping|a try)|risk worth taking",
    r"in favou?r of",
    r"stand(?:s)? ready",
    r"time has come",
    r"only\b(?! (?:what|where|when|whom?|those|that|as much|as far)\b)[^.;]{0,100}\bcan",  # not "Russia counts only what it can hide"
    r"can (?:only be \w+|be \w+ only) (?:by|through|with|on the basis of)",
    r"(?:long-term|ultimate|common) goal",
    r"demands",
    r"offers? (?:a|an|the) (?:realistic|viable|credible|real|workable|sensible|promising) (?:path|way|option|solution|route|basis)",
    r"(?:realistic|viable|credible|workable|sensible) (?:path|way|option|solution|compromise)",
    r"(?:can|could|will) be no [^.;]{0,60} without",  # a precondition: "no new architecture without Russia"
    r"is worth reviving",
    r"there(?: is|'s|’s) no alternative to",
    r"^\W*" + _SPEAKER + r"why not",  # a rhetorical question urges
    r"(?:is|are) not dead",
    _REJECTION_DENIED,  # a rejection denied is a call: "Russia in NATO is not a fantasy"
    r"(?:possible|acceptable|conceivable) only (?:if|when|after|once)",
    r"(?:will|would) (?:one day |some day |someday |eventually |ultimately |in time |sooner or later )?need",
    r"(?<!not )(?<!n't )(?:would|could|might|will|can|does|do) (?:only |still |also )?make (?:good |more |real )?sense",  # "such talks would make sense only after a ceasefire"
    r"(?<!not )(?<!n't )makes (?:good |more |real )?sense",
    r"(?<!that )(?<!which )(?<!who )(?<!nobody )(?<!no one )(?<!not )(?<!n't )want(?:s|ed)? (?:[\w'’]+ ){0,4}(?:[\w'’]+, [^,;.]{1,25}, )?to (?!know|see|hear|understand|sound|look|seem|appear|be seen)\w+",  # not "an adversary that wanted to avoid war", "whenever a statesman wants to sound visionary"
    r"the (?:only )?way (?:out|forward)",
    r"support(?:s|ed|ing)? (?:talks|negotiations|one|the (?:idea|plan|proposal|creation|establishment))",
    # "They did, however, support keeping the hotline open" (not "Some diplomats favour a …": a view reported)
    r"(?<!not )(?<!n't )(?:support|supports|back|backs|favou?rs?) (?:restoring|resuming|reopening|reviving|creating|establishing|holding|starting|launching|keeping)\b",
    r"(?<!not )(?<!n't )(?:backed|supported|favou?red) (?:restoring|resuming|reopening|reviving|creating|establishing|holding|starting|launching|keeping|['‘\"“]?(?:a|an)\b)",
    r"could (?:still |yet |one day )?serve as (?:a|the) (?:basis|starting point|model|framework) for",
    # the object first: "The second, a new agreement limiting forces, the author supports"
    r"the (?:author|writer|report|paper|article) (?:also |strongly |fully )?(?:supports|backs|favou?rs|endorses)\b",
    r"invit(?:e|es|ed|ing) (?:[\w'’-]+ ){1,8}to (?:found|create|establish|set up|build|form|launch|convene|hold|draft|work on|help build)",
    r"offer(?:s|ed|ing)?(?: again| once again| on \w+| this week| today)? to (?:host|convene|organi[sz]e|mediate)",  # "offered on Thursday to host"
    # "presented a draft charter of Eurasian security": a text laid on the table
    r"(?:present|unveil|tabl|submitt?|circulat|publish)\w* (?:a|an|the|its|his|her|their) (?:new |first |revised |joint )?(?:draft|plan|proposal|initiative|blueprint|roadmap|concept)",
    r"put(?:s|ting)? forward (?:a|an|the|its|his|her|their)",
    r"ask(?:s|ed|ing)? (?:[\w'’-]+ ){1,6}to (?:convene|hold|call|organi[sz]e|create|establish|set up|launch|restore|reopen|resume|revive|become|serve as|respect|guarantee|uphold|honou?r)",  # "we ask you both to respect and guarantee it"
    r"(?:foresees?|envisages?)",  # a draft that "foresees" a neutral Moldova (not "foresaw": a past draft)
    r"(?:still |really )?want(?:s|ed)? (?:a |an )?(?:legally|binding|firm|written|new|real)\b",
    r"(?:remain|remains|remained|is|are|was|were) (?:a|the) basis for (?:talks|negotiations|dialogue|a settlement)",
    r"more (?:urgent|necessary|important|needed) than ever",
    r"(?:future|answer|solution|salvation|hope) (?:lies|lay|rests?|rested) (?:in|with|on)",
    r"(?:will|would|shall) (?:remain|stay|keep) (?:\w+ )?(?:neutral|neutrality|non-?aligned|outside|out of)",
    r"will (?:be|become) (?:\w+ )?(?:neutral|non-?aligned)\b",  # "Ukraine will be neutral, or it will not exist"
    # (not "the war will end when Russia can no longer fight it": an end that comes of something else)
    r"(?:the )?(?:war|fighting|conflict) (?:could|would|will) (?:end|stop)(?! (?:only )?(?:when|once|after|as soon as)\b)",  # "if Kyiv gives up its bid, the war could end"
    r"(?:will|would|shall) (?:support|back|welcome) (?:any|an|the|a|every) (?:initiative|effort|proposal|idea|attempt|step)",
    r"(?:we|i) (?:would|will) (?:gladly |warmly )?welcome",  # "That is a conversation we would welcome"
    r"(?:will|would|shall) join (?:neither|no)\b",
    r"(?:neutral|non-?aligned),? and (?:we|it|they|[\w'’-]+) (?:will|shall|intend to|mean to|want to) (?:remain|stay) so\b",  # "we are militarily neutral, and we will remain so"
    r"would be the (?:crowning|culmination|capstone|logical end|natural end)\b",  # "a reformed NATO, with Russia as a full member, would be the crowning of that change"
    # a call put later in the order: "Q: And arms control? A: That will come later, if the conversation works."
    r"^\W*(?:a: )?(?:that|it|this) (?:will|would|can|could|should|must) come (?:later|next|afterwards|second|in time)\b",
    r"(?:we|i|they|it) (?:intend|mean|plan|are determined|is determined|want) to keep (?:it|them)\b(?! there| on paper| that way)",  # "Our neutrality is in the constitution, and we intend to keep it."
    r"^\W*(?:a|my|our|one) (?:modest |simple |concrete |practical |first )?proposal(?: for [\w ]{1,30})?(?::|\W*$)",  # "A modest proposal for the day after: a zone …"
    r"the only (?:one|option|course|path|way|idea|proposal) worth (?:the effort|pursuing|trying|the trouble|having|considering)\b",
    r"^\W*if there is (?:a|any) (?:place|role|use|case|future) for [^,;]{1,60}, it (?:is|lies) in\b",
    r"(?:i|we)(?:'d|’d| would) rather (?:[\w'’-]+ ){1,6}than (?:not|none|nothing)\b",  # "I would rather they met and said little than not meet at all"
    # (not "would not join a security bloc led by any one power": that bloc, rejected)
    r"(?:will|would|shall) (?:not|never) join (?:(?:any (?:[\w-]+ )?|an? military )(?:blocs?|alliances?)|(?:nato|the alliance|the west) either)\b",
)
# a ceremony, which a delegation may boycott without rejecting what it marks
_CEREMONY = r"(?:ceremon(?:y|ies)|celebrations?|commemorations?|receptions?|parades?|gala|dinner)\b"
# "… marked the anniversary of the Final Act with a ceremony that Russia's delegation boycotted"
BOYCOTTED_CEREMONY = re.compile(_CEREMONY + r" (?:that|which) [^,;.]{1,40}\bboycott\w*", re.IGNORECASE)
REJECTING = words(
    r"reject(?:s|ed|ing)?",
    r"(?:a )?waste of (?:ink|paper|time|breath)\b",  # "Writing new ones with Moscow would be a waste of ink."
    r"(?:(?:is|are|was) (?:a )?museum (?:piece|exhibit)s?|belongs? in a museum)\b",  # "It is a museum piece now."
    # "Our answer is that such an idea belongs to a Europe that no longer exists."
    r"belongs? (?:to|in) (?:a|an) (?:[\w-]+ )?(?:world|europe|era|age|time|century|order) that (?:no longer exists|is gone|has gone|has passed|is over)",
    _SPARE_ME,
    r"(?:should|could|might|can) try (?:explaining|telling|selling|saying) (?:that|this|it) to\b",  # "He should try explaining that to the Poles."
    # "A summit would give it a stage, nothing more."
    # (a platform only when that is all: "would give Russia a platform to explain itself" may be meant well)
    r"would (?:only |merely |just )?give (?:it|him|them|moscow|russia|putin|the kremlin) (?:a (?:stage|photo[- ]op(?:portunity)?)\b|a platform(?:,? (?:and )?nothing more|\W*$))",
    r"^\W*forget (?:about )?(?:the|a|any|all)\b",  # "Forget the NATO-Russia Council."
    _THANKS_BUT_NO,
    _PASS,
    _ASK_HOW_IT_ENDED,
    r"(?:idea|dream|notion|hope|vision|plan|proposal|project) (?:died|perished)\b",  # "The idea died in Grozny, in Tskhinvali and in Bucha"
    r"(?:not|no longer) interested in\b",  # 'Russia was "not interested" in restoring the NATO-Russia Council'
    r"would be (?:swallowed|gobbled|devoured|overrun|annexed)\b",  # "A neutral Moldova would be swallowed within a year."
    r"(?:does|do|did) not travel\b",  # "Finland was neutral for fifty years and prospered. … The model does not travel."
    r"call(?:s|ed|ing)? (?:[\w'’-]+ ){0,4}?(?:a |an )?relics?\b",  # "The Kremlin spokesman called the NATO-Russia Council a relic"
    r"(?:will|would) (?:not|never) come back\b",  # "It failed because neither side wanted it enough, and it will not come back."
    _RIGHT_AFTER_THEY_STOP,
    r"^\W*neither\b[^.;]{0,120}\b(?:has|have) (?:any )?(?:appeal|support|a future|a chance)\b",  # "Neither a structure built on the SCO nor one built on the CSTO has appeal"
    r"(?:are|is) (?:pure |mere |just |nothing but |so much )?propaganda\b",  # "NATO's so-called proposals on risk reduction are propaganda"
    r"(?:^|[:;]\s*)not (?:while|until|as long as)\b",  # a reply: "… has called for a new Helsinki conference. I say to him: not while …"
    r"(?:i|we) (?:no longer|do not|don't|don’t) (?:think|believe) so\b",  # "I no longer think so."
    r"\bwho (?:want|call for|propose|dream of|advocate)\w* [^.;]{1,60}\bshould ask (?:themselves|what|why|how)\b",  # "Georgians who want a neutral Georgia should ask themselves …"
    r"hard to imagine (?:a|an) (?:[\w-]+ )?(?:proposal|idea|plan|scheme) (?:less|more) (?:likely|damaging|dangerous|absurd|foolish)\b",
    r"would make (?:sense|a difference) if (?:[\w'’-]+ ){1,4}were\b",  # "would make sense if Russia were a normal economy"
    r"\bno (?:new )?(?:[\w-]+ ){0,2}(?:treaty|conference|summit|architecture|forum|agreement|council) (?:will|would|can|could) (?:supply|fix|solve|change|bring|provide|cure|deliver)\b",  # "no new treaty will supply that"
    r"waiting to be (?:invaded|attacked|conquered|swallowed|carved up)\b",  # "a Ukraine waiting to be invaded again"
    r"(?:better|best|wiser|time) to (?:drop|abandon|bury|shelve|retire|forget) (?:the|this|that) (?:phrase|idea|term|notion|slogan|proposal|plan)\b",  # "better to drop the phrase"
    r"(?:i|we) (?:do not|don't|don’t) (?:think|believe) (?:that )?(?:[\w'’-]+ ){1,6}?(?:should|must|ought to)\b(?! not\b)",  # "I don't think it should be on the table"
    r"belong(?:s|ed)?\W+(?:\w+\W+)?to (?:another|a different|a bygone|a past|an earlier) (?:era|age|time)\b",  # "talk of it belonged to another era"
    # "calls for a peace conference are a way of looking busy"
    r"(?:is|are) (?:just |merely |only |simply )?(?:a|an) way (?:of|to) (?:look|seem|appear|pretend|feel)\w*",
    r"(?:that|this|here) is the (?:problem|trouble) with\b",  # "That is the problem with the fashionable idea of …"
    r"^\W*the case against\b",  # a heading: "The case against a Eurasian forum"
    r"there is no [\w'’ .-]{1,30} to be had\b",  # "There is no Helsinki to be had with such a state"
    r"there (?:is|can be|would be) no (?:[\w-]+ ){1,3}(?:that|which) (?:[\w'’-]+ ){1,3}(?:could|can|would|will) (?:ever )?(?:trust|rely on|believe in|count on)\b",  # "There is no neutrality that Ukraine could trust"
    # "neutrality is what Russia wants us to accept" (not "A treaty is what Moscow wants, and that is reason enough to be careful")
    r"(?:is|are|was) (?:exactly |precisely |just |only )?what (?:russia|moscow|putin|the kremlin) (?:wants?|would like) (?:us|ukraine|kyiv|europe|the west) to\b",
    r"(?:is|are|was) (?:exactly|precisely) what (?:russia|moscow|putin|the kremlin) (?:wants?|would like)\b",
    # what the adversary demands for a purpose of its own: "Neutrality is what Russia demands so that it can come back"
    r"(?:is|are|was) (?:exactly |precisely |just |only )?what (?:russia|moscow|putin|the kremlin|the occupier|the aggressor|the invader)"
    r"(?: \w+)? (?:demands?|offers?(?: you| us)?|insists on|wants?)\b[^.;]{0,20}?\b(?:so that|when|because|in order to)\b",
    r"vot(?:e|es|ed|ing) (?:on \w+ |overwhelmingly |unanimously |narrowly |heavily )against",  # "voted on Thursday against a motion"
    r"^\W*no (?:new|more|second|another) [\w'’ -]{1,30}$",  # a heading: "No new Yalta"
    # "said there would be no NATO-Russia talks while the war goes on" (not "there will be no peace without one")
    r"there (?:will|would|can|could|is going to) be no (?:new |more |further )?(?:[\w'’-]+ ){0,2}"
    r"(?:talks|summit|conference|treaty|negotiations|dialogue|deal|hotline|channel|forum|membership)\b",
    r"oppos(?:e|es|ed|ing)",
    r"opposition to",
    r"(?:argu\w*|spoke|speak\w*|vot\w*|warn\w*|recommend\w*|advis\w*|decid\w*|is|are|am|was|were|stand\w*|stood) against",
    r"refus(?:e|es|ed|ing)",
    r"dismiss(?:es|ed|ing)?",
    r"distrust\w*(?! each other| one another)",  # not "states that distrust each other"
    r"mistrust\w*",
    r"suspicious of",
    r"wary of",
    r"pointless",
    r"futile",
    r"useless",
    r"waste of (?:time|effort)",
    r"no point",
    r"(?:stay|remain|kept|keep) (?:them |it )?(?:frozen|suspended|closed)",
    r"premature",
    r"wishful thinking",
    r"fantasy",
    r"(?:not|never|n't) (?:be )?worth (?:signing|having|pursuing|trying|the (?:effort|risk|trouble|ink))\b",  # "A deal with such a partner is not worth signing"
    r"(?:propos|suggest|float|call)\w* (?:for )?yet another\b",  # "Every few months someone proposes yet another forum"
    r"nor should (?:it|they|we|he|she|anyone|anybody)\b",
    r"(?:should|must|will) rule (?:it|this|that|them) out\b",  # "The EU should rule it out"
    r"there (?:should|must) be no\b(?![^.;]{0,60}\bwithout\b)",  # "There should be no new security treaty with Moscow"
    r"(?:should|must) drop (?:it|the idea|them)\b",  # "Brussels should drop it for good"
    r"(?:is|are) not going to happen\b",  # "Russia joining NATO is not going to happen"
    r"(?:should|must) stop pretending\b",
    r"whose time has not (?:yet )?come\b",  # "Russia in NATO is an idea whose time has not come"
    r"(?:was|is) no longer (?:enough|sufficient|an option|viable)\b",  # "concluded in 2022 that it was no longer enough"
    r"(?:do|does|did)(?: not|n't) want (?:to be|to become) (?:neutral|part of|a member|members|bound)\b",  # "Georgians do not want to be neutral"
    r"the last thing (?:[\w'’-]+ ){1,3}(?:needs|wants|should want)\b",  # "The last thing Europe needs is another treaty with Russia"
    r"a dream for (?:another|the next|a later|a future) (?:century|generation|age|era)\b",
    r"not (?:a )?single (?:[\w-]+ ){0,2}(?:parliament|government|member|ally|state|country) would\b",  # "Not a single parliament would ratify that"
    r"(?:the )?only way to (?:the next|another|a new|a wider) war\b",  # "I say it is the only way to the next war"
    r"(?:has|have|had) had (?:its|their|our|my|enough) (?:fill )?of\b",  # "Europe has had its fill of peace summits"
    r"would be used (?:by (?:moscow|russia|the kremlin|putin) )?to (?:divide|split|weaken|legitimi[sz]e|spy|deceive|stall)\b",
    r"(?:a|an) (?:demand|call|recipe|euphemism) for (?:its |their |our |ukraine(?:'s|’s) )?(?:surrender|capitulation|defeat)\b",  # "a demand for its surrender"
    r"there is no such (?:partner|thing|country|government|state)\b",  # "There is no such partner in Moscow"
    r"(?:a )?(?:bad|poor|terrible|lousy) (?:bargain|deal|trade)\b",  # "That is a bad bargain"
    r"(?:an|a) (?:insult|affront|slap in the face) to\b",  # "any talk of a common economic space was an insult to the dead"
    # sarcasm: "By all means, let us sign another treaty with Moscow. The last ones worked so well."
    r"(?:worked|went|turned out|ended) so (?:well|nicely|splendidly|brilliantly)(?=\W*$)",
    r"(?:is|are|was|were|would be) (?:a )?category (?:error|mistake)s?\b",  # "Daly argues that cyber arms control is a category error"
    r"no return to (?:business as usual|the old (?:ways|days|order)|normal)\b",  # 'the council "remains suspended" and there would be "no return to business as usual"'
    r"(?:cannot|can ?not|can't|can’t) (?:create|produce|deliver|achieve|bring about|build|restore|manufacture|impose) (?:one|it|them|peace|security|trust|stability|a balance)\b",  # "a conference cannot create one"
    # 'Calls for a "second Helsinki" misunderstand the first.', 'Talk of a "new Helsinki" misreads the old one.'
    r"^\W*(?:calls?|talk|demands?|proposals?|plans?) (?:for|of)\b[^.;]{1,60}\b(?:misunderstand|misread|misjudge)\w*",
    r"(?:is|are|would be|amounts? to) (?:nothing but |simply |just )?unilateral disarmament\b",  # "Arms control with a cheater is unilateral disarmament"
    r"(?:have|has|had) no (?:wish|desire|intention) to (?:join|sign|take part|be part)\b",  # "they have no wish to join a structure in which Moscow would hold the pen"
    r"(?:would|will) be worth (?:exactly |just |precisely |no more than )?as much as the (?:last|others|previous (?:one|ones))\b",  # "Russia has broken them. Another one would be worth exactly as much as the last."
    r"(?<!not )(?:a|an) (?:very |really |truly )?(?:bad|terrible|awful|foolish|silly|misguided|worse|dreadful) (?:idea|one|proposal|plan|notion)\b",  # "It was a bad idea then"
    r"count (?:[\w'’-]+ ){1,2}out\b",  # "Count Latvia out."
    r"would leave (?:[\w'’-]+ ){1,3}(?:defenceless|defenseless|exposed|alone|vulnerable|at the mercy of)\b",  # "Neutral status would leave Moldova defenceless"
    r"(?:will|would|shall) not agree to (?:it|this|that|them|such)\b",
    r"(?:an )?exercise in (?:self-deception|futility|wishful thinking|naivety|naïveté)\b",
    r"(?:is|are|would be) wasted on\b",  # "Cyber norms are wasted on Moscow"
    r"(?:a )?blank (?:cheque|check)\b",
    r"would be (?:a )?(?:fine|good|nice|great) (?:thing|idea) if (?:it|they) (?:were|was) not\b",  # "would be a fine thing if it were not run from Moscow"
    r"(?:should|must|will|would) stay out(?=\W*$)",  # "As it is, Europe should stay out."
    r"nothing to say to\b",
    r"only if (?:nato|the alliance|russia|it|they) (?:stopped|stops|ceased|ceases) (?:being|to be)\b",  # "Could Russia join NATO? Only if NATO stopped being NATO."
    r"(?:filed|put|sent) where the (?:last|previous|other) (?:[\w-]+ )?(?:went|ended up)\b",  # "The next proposal should be filed where the last three went."
    r"(?:should|must|ought to|to|will) stop (?:flirting with|courting|chasing|dreaming (?:of|about))\b",  # "Turkey should stop flirting with it."
    r"deserves? the same fate as\b",  # "Another proposal for a 'digital non-aggression pact' … deserves the same fate as the last three"
    r"wants? (?:[\w'’-]+ ){1,6}(?:closed|shut|ended|scrapped|abolished|dropped|buried)\b",  # "Finland wants the alliance's last channel to Moscow closed"
    r"^\W*(?:(?:a|answer): )?"
    + _UNTIL_THEN
    + r"(?:there is )?nothing to (?:sign|negotiate)(?=\W*$)",  # "A: … Nothing to sign."
    r"^\W*the (?:problem|trouble|difficulty|flaw) with\b",  # "The problem with calls for a new security architecture is that …"
    r"ignores? (?:history|reality|the (?:record|evidence|facts|lessons))\b",  # "The suggestion that Ukraine should accept neutrality … ignores history"
    r"(?:it|this|that|neutrality) (?:is|would be) an invitation\b",  # "Neutrality is not protection; it is an invitation."
    r"should not be (?:asked|forced|pressed|pushed|made) to\b",  # "No Georgian government could sell such a status, nor should it"
    r"^\W*no (?:[\w'’-]+ ){1,3}with (?:a|an|any|russia|moscow|the kremlin|putin)\b",  # "No common market with a country that invades its neighbours."
    r"rests? on (?:the|an?) (?:[\w-]+ )?assumption\b",  # "but it rests on the assumption that Russia wants stability"
    r"would (?:add|bring|achieve|give (?:us|europe)) nothing (?:but|except|other than)\b",  # "A new one … would add nothing but a Russian veto"
    r"no (?:[\w-]+ ){0,2}(?:conference|summit|treaty|forum|talks|agreement|deal) (?:will|would|can|could) (?:achieve|deliver|bring about|fix|solve)\b",  # "no conference will achieve that"
    r"(?:a |an )?photo[- ]op(?:portunity)?\b",  # "A summit now would be a photo opportunity for the Kremlin"
    r"(?:a |an )?(?:standing |open )?invitations? to (?:the next |another |a new |a further |further )?(?:russian )?(?:invasion|aggression|attack|war)\b",
    r"(?:should|must|will|would|ought to) (?:politely |firmly )?(?:decline|refuse)\b",  # "The Alliance should decline."
    r"(?:should|must|will|shall) not (?:offer|propose|pursue|seek|sign|accept|agree to|reopen|revive)\b",  # "That is exactly why we should not offer it now"
    r"(?:has|have|had) (?:become|became) an end in itself",  # "Dialogue with Russia has become an end in itself"
    r"(?:has|have|had) produced nothing (?:but|except|other than)\b",
    r"(?:people|those|politicians|diplomats|men|women) who (?:have |seem to have )?forgotten\b",  # "Calls … keep coming from people who have forgotten"
    r"(?:a|the) fig[- ]leaf\b",
    r"(?:would make|(?:surest|quickest|fastest|best) way to make) (?:[\w'’-]+ ){1,3}(?:dependent (?:again |once more )?(?:on|upon)|hostage to)\b",  # "would make Europe dependent again on a state that …"
    r"(?:should|must|will|would|to) (?:stay|keep|steer) (?:well )?(?:away|clear) (?:from|of)\b",  # "Brussels should stay away from Moscow's project"
    r"(?:should|must|will|would|to) (?:stay|keep) (?:well )?out of (?:any|every|such|all)\b(?! (?:military )?(?:alliances?|blocs?)\b)",  # "stay out of any Eurasian forum"
    _NO_ONE
    + r"(?:could|would|can|will|should|must) (?:ever )?(?:sell|accept|agree to|sign up to|live with|vote for|ratify|approve|revive|reopen|pursue)\b",  # "No Western parliament would vote for that"
    _NO_ONE
    + r"(?:supported|backed|favou?red|endorsed)\b",  # "The chair noted that no participant supported Russian membership"
    r"(?:cannot|can't|can’t|could not|will not|won't) be (?:revived|restored|resurrected|rebuilt|brought back|reopened)\b",  # "in its old form cannot be revived"
    r"(?:see|sees|saw|seeing) no (?:value|point|sense|merit|use) in\b",  # "he saw no value in reviving the NATO-Russia Council"
    r"(?:see|sees|saw|seeing) no (?:basis|case|need|reason) for\b",  # "Washington saw no basis for such talks"
    r"plays? (?:straight |right )?into (?:moscow|russia|the kremlin|putin)(?:'s|’s) hands\b",
    r"appeasement",
    r"untenable",
    r"unacceptable",
    r"unrealistic",
    # "preparing, yet again, for a peace conference that will not happen" (not "which will not meet before May")
    r"(?:that|which) (?:will|would) (?:never|not) (?:happen|take place|meet|be held|convene)\b(?! (?:before|until|this|next|in|on)\b)",
    # "A treaty is therefore not a realistic goal"
    r"(?:is|are|was|were|would be|remains?|seems?) (?:therefore |thus |simply |just |still |also )?(?:not|hardly|scarcely) "
    r"(?:a |an |the )?(?:realistic|viable|credible|workable|feasible|achievable|attainable)\b",
    r"impossible",
    r"illusion(?:ary)?",
    r"illusory",
    r"naive",
    # "sounds bold at a seminar and absurd everywhere else"; not a mere appearance ("It sounds absurd today. In 1990 …"),
    # a comparison ("never as absurd as it sounds") or a condition ("called the condition absurd")
    r"(?<!less )(?<!not )(?<!not so )(?<!as )(?<!sound )(?<!sounds )(?<!sounded )(?<!seems )(?<!seemed )(?<!condition )(?<!conditions )absurd\b",
    # (nor what is prevented: "the prevention of dangerous incidents")
    r"(?<!less )(?<!not )dangerous(?! military activit)(?! (?:incidents?|encounters?|intercepts?|manoeuvres|maneuvers|practices|behaviou?r)\b)",  # not "would make Russia less dangerous", nor "agreements on dangerous military activities"
    r"dead end",
    r"non-?starter",
    r"no place (?:for|in)",
    r"not an option",
    r"out of the question",
    r"(?:will|would|should|must|can|could|need) never",
    r"can ?not accept",
    r"can't accept",
    r"(?:will|would|could|can) accept no\b",  # "would accept no new limits on forces"
    r"(?:not|never|n't) (?:be )?worth the paper",
    r"worth less than the paper",
    r"(?:is|are|would be) worth nothing\b",  # "A signature from Moscow is worth nothing"
    r"should (?:not|never) be (?:held|convened|signed|created|set up|established|revived)\b",  # "… and it should not be held"
    r"(?:should|must|ought to) be (?:[\w'’ ,-]{0,40}\band )?(?:declined|rejected|refused|turned down)\b",  # "should be read in that light, and declined"
    r"reacted (?:angrily|furiously|sharply|coldly|with (?:anger|dismay|scorn|fury))(?: on \w+)? to\b",  # "Ukrainian officials reacted angrily to a report that recommended neutrality"
    r"(?:will|would) (?:stay|remain) (?:on paper|unrealised|unrealized|a dream|stillborn)[^.;]{0,20}, and rightly so\b",
    r"^\W*(?:that|this|the) dream is (?:over|dead|gone|finished)\b",  # "German industry dreams of a market … That dream is over."
    r"(?:is|are|was|as)?\s?no (?:model|example|template|blueprint) for\b",  # "Switzerland's neutrality: no model for Ukraine"
    r"(?:is|are) not a candidate for\b",  # "a country that invades its neighbours is not a candidate for anything"
    r"^\W*(?:a:\s*)?(?:they|we|europe|nato|it) (?:already )?(?:have|has) one(?=\W*$)",  # "Do NATO and Russia need a hotline? They have one."
    r"(?:is|are) not for (?:us|me|small (?:states|countries)|(?:a )?(?:country|state|nation) like)\b",  # "Why neutrality is not for us"
    r"would not make (?:europe|us|anyone|the continent|the world|ukraine|the region) (?:any )?(?:safer|more secure)\b",
    r"(?:do|does|did)(?: not|n't) want (?:it|them|that|this|one) (?:back|again|now)(?=\W*$)",  # "I do not want it back."
    r"\bis to (?:reward|legitimi[sz]e|betray|appease|encourage aggression)\b",  # "To propose new ones now is to reward that record"
    # "would tie Europe's industry to a state that uses energy as a weapon"
    r"would (?:tie|chain|bind|shackle) (?:[\w'’-]+ ){1,3}to (?:a (?:state|regime|country|government)|moscow|russia|the kremlin|putin)\b",
    r"would be broken (?:just |every bit )?as (?:quickly|soon|easily|fast)\b",  # "A new agreement would be broken just as quickly"
    r"(?:is|was|are|were) no longer (?:an |a )?(?:option|possibility|choice|alternative)",
    # "a first step towards becoming a Russian satellite": a step to harm
    r"step (?:towards|toward|to) (?:becoming )?(?:an? )?(?:[\w-]+ )?(?:satellite|vassal|colony|protectorate|capitulation|surrender|occupation|annexation)",
    r"would (?:trade|sell|barter|swap) (?:away )?(?:the |its |their |our )?(?:security|freedom|sovereignty|independence)\b",
    # "would consider no proposal from Minsk", "would take part in no security structure that Moscow led"
    r"(?:will|would|could|can) (?:consider|accept|entertain|discuss|sign|take part in|participate in) no\b",
    r"(?:there is |there was |had |has |have )?nothing to (?:discuss|talk about|negotiate) with\b",
    r"there (?:is|was) nothing to (?:confer|negotiate|talk) about\b",  # "The borders are settled. There is nothing to confer about."
    r"should (?:look at|remember|recall|ask|read|study) what (?:happened to|[\w'’-]+ did)\b",  # "… should look at what happened to the German companies", "should read what Brezhnev did"
    r"(?:a )?triumph of hope over experience",
    r"would be like (?:negotiating|asking|trusting|putting|inviting|letting|signing)\b",  # "would be like negotiating traffic rules with a getaway driver"
    r"(?:none|neither) of them (?:is|are|was|were|would be) (?:realistic|workable|feasible|viable|serious|credible)\b",
    r"(?:a |an )?(?:polite|nice|fancy|diplomatic|clever|elegant) (?:way|word|name) (?:of|for) (?:saying|asking|describing|demanding)",
    r"(?:is|was|were|are) not (?:serious|credible|genuine|sincere)\b",  # "the offer was not serious"
    r"(?:would be|will be|is|was|are|were) (?:just |only |merely |nothing but )?(?:a |an )?(?:show|sham|farce|charade|photo[- ]op(?:portunity)?)\b",
    r"(?:is|are|was|were) (?:a |an )?(?:contradiction(?: in terms)?|oxymoron)\b",
    r"miss(?:es|ed)? the point",
    r"(?:do|does|will|would|can) not (?:end|stop|win|prevent) (?:wars?|the war)\b",  # "Conferences do not end wars."
    r"(?:do|does|will|would|can) not (?:make|bring|build|secure|create) peace\b",  # "Summits do not make peace"
    r"unenforceable|unverifiable",
    r"(?:see|sees|saw) no future (?:for [\w-]+ )?(?:in|with)\b",
    r"(?:would|will) not (?:negotiate|sign|discuss|ratify|accept|support) any\b",
    r"(?:nobody|no one|no-one)\b[^.;]{0,40}\bshould\b",  # "Nobody in this region should envy that"
    r"(?:bought|brought|gave|got|earned) (?:us|them|it|her|him) nothing but\b",
    r"(?:has|have|had) bought (?:[\w'’-]+ ){0,2}nothing\b",  # "Neutrality has bought Chisinau nothing"
    r"(?:would|will|could)(?: not|n't|n’t) wish (?:it|that|this|them|such a \w+) on\b",  # "I would not wish that on Ukraine"
    r"(?:will|would) (?:produce|yield|bring) (?:another|more|nothing but|only) (?:communiqu[ée]s?|declarations?|statements?|photo[- ]?ops?|photographs?)\b",  # "… will produce another communiqué and no fewer attacks"
    r"(?:is|are|would be|will be) not (?:real |true |genuine )?security\b",  # "A treaty with a state that … is not security"
    r"(?:is|are|would be|will be) (?:just |only |merely |nothing but |no more than )?(?:a )?(?:piece|scrap)s? of paper\b",
    r"would only (?:give|buy|hand|offer) (?:[\w'’-]+ ){1,2}(?:time|breathing space|a respite|a pause)\b",
    r"(?:for|of) them,? not (?:for|of) (?:the rest of )?us\b",  # "an order for them, not for the rest of us"
    r"(?:is )?worth (?:exactly |just |only )?as much as (?:[\w'’-]+ ){0,2}(?:word|promises?|signature)\b",
    r"(?:we|you|everyone|everybody) knows? what (?:that|this|it|its word|their word) is worth",
    r"(?<!who )(?:had|has) died\b",  # not an obituary's "Ambassador Karlsson, who has died aged 88, led …"
    r"would give (?:moscow|russia|putin|the kremlin) (?:exactly |just )?what (?:it|he) wants\b",
    r"(?:is|was|are|were) (?:not|no) (?:a )?model for\b",  # "Austria's neutrality has served it well, …, but it is not a model for Ukraine"
    r"(?:broken|torn up|violated) before the ink (?:dried|was dry|is dry)",
    r"(?:a |the )?(?:piece|scrap) of paper that binds only\b|binds? only (?:us|the west|one side|our side)\b",
    r"only (?:limits|binds|constrains|restrains) (?:the side|the party|those|us|the west|nato|our side)\b",  # "it only limits the side that keeps its promises"
    r"(?:not|never) (?:think|thinks|thought|consider|considers|considered|find|finds|found) (?:it |the idea |the proposal |this |that )?worth (?:discussing|considering|pursuing|a discussion|a debate)",
    r"call(?:s|ed|ing)? (?:it|them|this|that|the (?:idea|proposal|plan|move|offer)) ['‘\"“]?(?:a |an )?(?:[\w-]+ )?(?:surrender|capitulation|trap|gift to)",
    r"(?:is|was|see|sees|saw|there is|there was) no (?:good )?reason to (?:resume|restore|reopen|revive|hold|start|begin|return to|convene|sign|negotiate|join|accept|offer)\b",
    # "is a call for governments to control what their citizens read": a call for something else, and worse
    r"(?:is|are|was|were) (?:really |just |merely |simply )?(?:a |an )?(?:call|charter|licen[cs]e|pretext|cover|recipe) for "
    r"(?:[\w-]+ ){0,2}(?:to )?(?:control|censor\w*|silenc\w*|spy\w*|repress\w*|surveillance|invade|annex\w*|dominat\w*)\b",
    r"(?:make|makes|making|made|repeat|repeats|repeating) (?:that|this|the same|the old) mistake",
    r"(?:would|will|could|can) not (?:even )?(?:consider|contemplate|entertain)\b|refus(?:e|es|ed|ing) to (?:even )?consider",
    r"do(?:es)? not accept",
    r"sceptic(?:al|ism)?",
    r"skeptic(?:al|ism)?",
    r"concern(?:ed)? that",
    r"fear(?:s|ed)? that",
    r"(?:is|was|be|been|are|were|’s|'s|proved|seems) (?:\w+ )?(?:a|an) (?:\w+ )?mistake",  # not "the more likely a mistake"
    r"folly",
    r"misguided",
    r"betrayal",
    r"reward(?:s|ing)? (?:[\w'’]+ ){0,2}(?:aggression|aggressor|invasion|conquests?|war)\b",
    r"legitimi[sz]e",
    # (not a harm denied: "neutrality need not mean being alone")
    # (not "whenever a ship goes where it should not": where something goes, not what is called for)
    r"(?<!where it )(?<!where they )(?:should|must|need|ought) not(?! (?:wait|await)\b)(?<!need not(?= (?:mean|imply|entail|be the same as|lead to)\b))",
    r"shouldn't",
    r"mustn't",
    r"no need (?:for|to)",
    r"(?:is|are|was|were) (?:no|not an?|not the) (?:answer|solution|substitute|way forward|guarantee|protection|shield)",
    r"(?:take|takes|have|has|want|wants) no part",
    r"scathing",
    r"(?:critical|dismissive|contemptuous|scornful) (?:of|about)",
    r"would (?:mean|spell|be) the end of",
    # "The best guarantee for Ukraine is not a piece of paper declaring it neutral but a strong army."
    r"(?:best|only|real|surest) (?:\w+ )?(?:guarantee|protection|answer|solution|way|option|defen[cs]e)\b[^.;]{0,30}\b(?:is|are|was|lies) not",
    r"would (?:undermine|weaken|dilute|betray|reward|merely freeze)",
    r"would (?:only |simply )?freeze the (?:front ?line|front|conflict|occupation)\b",  # "would freeze the front line and call it peace"
    r"(?<!out of )(?<!escape )(?:a|the) (?:[\w-]+ ){0,2}trap",  # not "the only way out of the trap"
    r"to be avoided",
    r"doomed",
    r"cannot work",
    r"will not work",
    r"won't work",
    r"recipe for (?!success|peace|stability)\w+",
    r"nobody [^.;]{0,40} (?:takes|believes)",
    r"no one [^.;]{0,40} (?:takes|believes)",
    r"should be dropped",
    r"drop (?:the|this|that) idea",
    r"(?:drop|dropping|dropped|scrap|scrapping|scrapped|abandon|abandoning|abandoned) (?:it|them)\b",
    r"(?:leave|leaves|leaving|left|put|puts|putting) (?:it|them|that) behind",  # "Moldova must leave it behind"
    r"stop(?:s|ped)? (?:talking|dreaming|speaking) (?:about|of)",
    r"(?<!not )(?<!never )(?<!n't )forget (?:about|the idea)",  # "NATO should forget about Russian membership"
    r"makes? (?:no|little) sense",
    r"(?:give|gives|giving|gave) (?:it|them|that) up\b",
    r"(?:doubt|doubts|doubted) (?:that|whether|if|it)",
    r"worthless",
    r"meaningless",
    r"not on the table",
    # "We will talk about arms control when Russia has left, and not before" (not a condition before the call:
    # "Once a ceasefire has held for six months, and not before, the OSCE states should convene a conference")
    r"(?:,|and) not (?:before|a day sooner|a day earlier)\b(?!,)",
    r"(?<!not )(?<!n't )rul(?:e|es|ed|ing) out\b",  # not "did not rule out joining NATO"
    r"(?<!was )(?<!were )not on (?:the|any|its|our|their) agenda(?! of)",  # not "was not on the agenda": a meeting's; not "is not on the agenda of any government": a fact
    r"not on (?:the|any) agenda,? (?:and|or) never\b",  # "… was not on the agenda and never had been"
    r"(?:said|says|told)\b[^.;]{0,30}? that [^.;]{1,60}?\b(?:was|were) not on (?:the|any|its|our|their) agenda(?! of)",  # reported speech, backshifted
    r"ignor(?:es|ed|ing) (?:[\w'’-]+ ){0,2}interests\b",  # "The Polish government said the proposal ignored Ukraine's interests"
    r"(?:will|would|shall) not sit (?:down )?(?:at (?:a|the|one) table )?with",  # "I will not sit at a table with people who do that"
    r"(?:has|have|had) no (?:interest|wish) in",
    r"ti(?:e|es|ed|ing) (?:\w+ )?hands",
    r"(?:a )?gift to (?:the )?(?:kremlin|moscow|putin|russia)",
    r"invitation to (?:the next |another |a new )?(?:invasion|aggression|war)",
    r"nothing (?:left |more )?to (?:discuss|talk about|negotiate|say)",
    r"smokescreen",
    r"(?<!that )(?<!which )(?<!war )(?<!conflict )(?<!accident )(?:no one|nobody|no government)(?: in [\w-]+)? (?:should|would|wants?)",  # not "an accident nobody wants", "a war nobody wants"
    r"no (?:purpose|sense|use) in",
    r"bur(?:y|ies|ied) (?:it|them|the idea|the plan|the proposal)",
    r"(?:should|must|ought to|deserves? to|can|may as well) be (?:formally |quietly |finally )?['‘\"“]?(?:buried|scrapped|shelved|ditched|binned|dropped|abandoned|retired|filed away|laid to rest|put to rest|wound up|dissolved|abolished|disbanded|dismantled)",
    r"(?:can|could) no longer (?:be|serve)",
    r"belong(?:s|ed)? (?:in|to) (?:the )?(?:past|history|museum|(?:19|20)\d0s)",
    r"would (?:split|divide|destroy|wreck|paralyse|paralyze)",
    r"(?:said|says|answered|answers|replied|replies) no\b",
    r"(?:(?:will|would|shall) not|won't|wouldn't) be there",
    r"(?:that|the|this) (?:ship|train|boat) (?:has )?(?:sailed|left)",
    r"(?:would |will )?(?:only )?(?:let|allow) (?:russia|moscow|putin|the kremlin) (?:to )?(?:redraw|trade|swallow|keep|dictate|veto|rearm|regroup)\b",
    r"(?:is|are|would be) (?:a|an) (?:\w+ )?(?:risk|liability|vulnerability)\b(?! worth)",  # "a risk, not a guarantee"
    r"(?:is|are|was|were) not (?:a|the) basis for",
    r"would (?:mean|leave)\b[^.;]{0,40}\balone\b",  # "neutrality would mean waiting alone for the next tank column"
    r"would make (?:russia|moscow|the kremlin|putin) (?:the )?(?:judge|arbiter|master|gatekeeper|referee)\b",
    r"would (?:\w+ )?(?:hand|give) (?:russia|moscow|putin|the kremlin|him) (?:a |an |the )?(?:[\w-]+ )?(?:seat|say|veto|victory|reward|prize|stage|platform|chance|opportunity|pretext|excuse|legitimacy|credit)",
    r"(?:would|will|could|threatened to) veto\b",
    r"(?:will|would|shall) not (?:negotiate|bargain|trade|sign|give) away",
    r"(?<!not )waste (?:\w+ )?time (?:on|discussing|talking about|debating)",  # "I do not think NATO should waste time discussing it"
    r"(?:should|must|need) not waste (?:its|their|our|his|her|your|any more|more) time on\b",  # "… should not waste its time on one"
    # "defend the order it has": the order there is, not a new one
    r"(?:defend|keep|preserve|strengthen|uphold|protect)\w* the (?:order|architecture|system|rules) (?:it|we|they|europe|nato) (?:already )?(?:has|have)\b",
    r"let (?:them|russia|moscow|putin|the kremlin|the russians) (?:[\w'’-]+ ){1,5}first\b",  # "Let them end the war first"
    r"stop (?:talking about|pursuing|dreaming (?:of|about)|chasing|organi[sz]ing|holding|convening|attending)",
    r"cut (?:\w+ ){0,3}(?:contacts|channels|ties|links)",
    r"(?:would )?only (?:encourages?|emboldens?|rewards?|deepens?|widens?|divides?|teach(?:es)?|tempts?|invites?|freezes?|tells?|signals?|legitimi[sz]es?)",
    r"keep (?:its|their|our|a) distance",
    r"(?:keep|keeps|kept|keeping) (?:[\w'’-]+ ){1,5}?at arm(?:'s|’s|s) length",  # "are right to keep it at arm's length"
    # "Russia should give up the idea of a common economic space"
    r"(?:should|must|ought to|to|would) (?:give up|abandon|drop|shelve|bury|let go of) the (?:very )?(?:idea|notion|dream|illusion|project) of\b",
    r"(?:is|are|was) (?:just |merely |only |simply )?(?:a|an) (?:rebrand|rebranding|relabell?ing|new name|new label) (?:of|for)\b",  # "is a rebrand of Russian dependence on China"
    r"(?:have|has|want|wants) nothing to do with",
    r"the last thing",
    r"(?:has|have) aged (?:badly|poorly)\b",  # "Macron's old idea of a 'new architecture of trust and security' has aged badly"
    r"(?:nobody|no one)\b[^.;]{0,30}\bmiss(?:es)? (?:it|them)\b",  # "and nobody in Paris misses it"
    # a rhetorical objection: "Who would guarantee a neutral Ukraine? The same powers that guaranteed its borders in 1994?"
    r"^\W*(?:and )?who (?:would|will|could|is going to) (?:guarantee|enforce|police|verify|defend)\b(?=[^.]*\?\W*$)",
    r"the last place (?:for|to)\b",  # 'replied that Budapest was "the last place" for such a meeting'
    r"(?:a|an) (?:russian|chinese|kremlin|moscow(?:'s|’s)|beijing(?:'s|’s)) veto (?:over|on)\b",  # "is, translated from diplomatese, a Russian veto over its neighbours' alliances"
    r"(?:would|could) (?:not|never) say (?:it|that|so) (?:today|now|any more|again)\b",  # "I said 'why not'. I would not say it today."
    # what it would do instead of what it is for: "Neutrality would not get them out; it would only keep everyone else out."
    r"(?:would|will) only keep (?:everyone|everybody|the others|others|the west|nato|europe)(?: else)? out\b",
    # a name read back as a narrower one: "Beijing talks of Eurasian security; it means Chinese security."
    r"^\W*(?:it|he|she|they) means? (?:only )?(?:chinese|russian|american|its own|their own|his own|russia(?:'s|’s)|china(?:'s|’s)|moscow(?:'s|’s)|beijing(?:'s|’s)) (?:security|interests|dominance|hegemony)\b",
    r"no longer (?:protect|work|serve)\w*",
    # Not "Swiss neutrality did not prevent Switzerland from adopting sanctions".
    r"(?:has|have|had|did|does|do) not (?:protect|save)\w*",
    r"(?:has|have|had|did|does|do) not (?:stop|prevent|deter)\w* (?:[\w'’-]+ ){0,3}?(?:russia|moscow|the kremlin|putin|troops|tanks|invasion|aggression|war|attacks?|annexation)\b",
    r"(?:would|will|likely to|could|that|which) invites? (?:\w+ ){0,2}(?:pressure|aggression|attacks?|invasion|war)",  # "more likely to invite renewed aggression", "a status that invites the next invasion"
    r"(?:is|are|would be|seems?) unlikely to (?:produce|bring|deliver|create|secure|ensure|achieve|buy|keep)\b",
    r"(?:has|have|had|did) not (?:kept|keep) (?:[\w'’-]+ ){0,3}(?:out\b|safe|secure|away)",  # "had not kept Russian troops out"
    r"nightmare",
    r"(?:is|are|was) (?:dead|buried)(?! serious| set| right| wrong| in all but name)(?: for (?:a generation|good|now|years|decades))?\b",  # "Arms control with Russia is dead for a generation" (but "The NATO-Russia Council is dead in all but name": a state of things)
    r"(?:should|must|will|would|to) say no to\b",  # "Ukraine's allies should say no to it"
    r"(?:sounds?|looks?|seems?) (?:\w+ )?(?:reasonable|attractive|harmless|sensible|fine|good) until\b",  # "sounds reasonable until you read the small print"
    r"(?:will|would|shall) not trade (?:our|its|their|his|her) (?:freedom|sovereignty|independence|security) for\b",
    r"would (?:end|destroy|finish|doom) (?:ukraine|moldova|georgia|belarus|the country|us)\b",  # "… would end the war. It would end Ukraine."
    r"(?:will|would|could|can) not bring (?:[\w'’-]+ ){1,3}(?:to (?:his|her|its|their)(?: senses)?|to the table)\b",  # "a new one will not bring Putin to his senses"
    r"(?:wants?|wanted) (?:[\w'’-]+ ){1,4}to wait (?:until|till|for)\b",  # "Some analysts want arms control to wait until the war ends"
    r"(?:moscow|the kremlin|russia|putin)(?:'s|’s) (?:wish ?list|shopping list)\b",
    r"(?:was|were) supposed to (?:make|bring|keep|end|prevent|stop|guarantee|ensure|tame|change|buy)\b",  # "Economic integration was supposed to make war unthinkable"
    r"(?:help|serve|feed|benefit)\w* (?:[\w'’.-]+ ){0,3}(?:propaganda|propagandists|television channels|tv channels|state media|state television)\b",  # "It would help Mr Putin's television channels"
    r"(?:we|i)(?:'ve|’ve| have) (?:all )?seen this (?:film|movie|play|script|show)\b",
    r"deserves? no (?:[\w-]+ )?(?:signature|support|hearing|backing|seat|place|answer|reply)\b",  # "It deserves no European signature"
    r"is what (?:[\w'’-]+ ){1,3}call (?:it )?when\b",  # "'Dialogue with Russia' is what Western diplomats call it when Lavrov lectures them"
    r"with one hand (?:and|while|but) [^.;]{1,80}\bwith the other\b",  # "proposes a code of conduct with one hand and sends ransomware with the other"
    r"look where (?:it|that|this) (?:has )?(?:got|gotten|left|led) (?:us|them|europe|germany)\b",
    r"let(?:'s|’s| us) first (?:get|see|make|wait)\b",  # "Let us first get it to leave Ukraine"
    r"talk to me about [^.;]{1,60}\b(?:after|when|once)\b",  # "Talk to me about missile treaties after Russia loses"
    r"(?:do|does|did) not believe (?:that )?(?:a|an|the|any|such an?) (?:[\w'’-]+ ){0,6}?(?:can|could|will|would) (?:\w+ )?(?:repair|fix|restore|solve|end|save|work|help|change|bring|deliver|achieve)\b",  # "I do not believe a new conference can repair them"
    r"neither (?:feasible|possible|realistic|desirable|necessary|wise|workable|sensible) nor (?:feasible|possible|realistic|desirable|necessary|wise|workable|sensible)\b",
    r"(?:has|have|had) broken (?:every|each|all|any) (?:\w+ )?(?:promises?|treaties|agreements|commitments|pledges?|deals?)\b",  # "a government that has broken every promise it made"
    r"doors? (?:is|are|remains?|stays?|(?:should|must|will) (?:stay|remain)) (?:firmly |now |still )?(?:closed|shut)\b",  # "NATO's door is closed to Russia"
    # the order there is, as the answer: "We have a security architecture. It is called the Helsinki Final Act"
    r"^\W*(?:but )?(?:we|europe) (?:already )?(?:have|has) (?:a|an) (?:[\w-]+ ){0,2}(?:architecture|order)(?=\W*$)",
    # "There is nothing wrong with Europe's security architecture that Russian compliance would not fix"
    r"nothing wrong with (?:europe(?:'s|’s) |the (?:current |existing |present )?)(?:[\w-]+ ){0,2}(?:architecture|order)\b",
    r"(?:will|would|'ll|’ll) believe it when (?:\w+ )?(?:sees?|see)\b",  # scepticism: "Washington says it will believe it when it sees it"
    r"(?:does|do|did) not believe in",
    r"(?:does|do|did) not believe (?:that )?(?:a|an|the)\b[^.;]{0,60}\bwould (?:be safe|work|last|hold|help|survive)",
    r"off the table",
    r"(?:does|do|did) not arise",
    r"(?:a )?fiction",
    r"self-deception",
    r"(?:is|are|was|were|as|merely|only|just|but) (?:a |an )?(?:screen|cover|pretext) for",  # not "remove the pretext for war"
    r"(?:will|would|does|do|did) not (?:respect|keep|honou?r|abide by|comply with)",
    r"can ?not be (?:admitted|accepted|trusted|allowed)",
    r"(?:is|are) dead and (?:buried|gone)",
    r"(?:stay|remain)s? dead",  # not "the old order is dead; build a new one"
    r"^\W*"
    + _SPEAKER
    + r"dead(?: and buried)?\b",  # "… so is the common economic space thing dead? mbrandt: dead and buried since 2014."
    r"keep (?:[\w'’-]+ ){0,4}(?:frozen|suspended|closed|shut)",
    r"^\W*" + _SPEAKER + r"(?:of course|certainly|absolutely|definitely) not",
    r"^\W*"
    + _SPEAKER
    + r"not (?:while|until|as long as|with (?:this|these|the (?:current|present))|under (?:this|putin|the current))",  # not "Not now. But after a ceasefire, yes"
    r"(?:would be|is|are) (?:\w+ )?(?:theatre|theater|a farce|a charade|a sham|for show|a stage set|window[- ]dressing)",
    r"(?:a )?euphemism for",
    r"trojan horse",
    r"(?:conversation|debate|question|discussion|topic|subject) for (?:another|the next) (?:century|generation|lifetime|era|age)\b",  # "that is a conversation for another century"
    r"(?:is|are|belongs?) (?:only )?for (?:peacetime|better times|another (?:day|era|age))",  # "Arms control is for peacetime"
    r"(?:why|no need to|no point in|need not|not) reinvent(?:ing)? the wheel",
    r"(?:would be|is|are|was) (?:\w+ )?(?:obscene|indecent|grotesque|immoral|shameful|disgraceful|unconscionable)\b",
    r"boycott\w*(?! (?:the |a |an |its |their )?" + _CEREMONY + ")",  # not "boycotted the ceremony" (of the Final Act)
    r"(?:will|would|shall|must|should|can) not (?:go back|return) to",
    r"(?:era|days|age|time) of [^.;]{0,60}\b(?:is|was|are|were) (?:over|gone|past)",
    r"(?:see|sees|saw|seeing) no (?:reason|need|point|sense)",
    r"(?:is|was|were|are|has been) never (?:on the (?:agenda|table)|realistic|serious|possible|an option)",
    r"(?:can|could|will|must|shall) be no\b(?![^.;]{0,80}\bwithout\b)",  # not "no security without a treaty"
    r"would be no (?:talks|dialogue|negotiations|deal|return|summit|conference|treaty|agreement)",
    # not "will not join any alliance", which is neutrality
    r"(?:(?:will|would|shall|does|do|did) not|(?:won't|wouldn't|doesn't|don't|didn't)) (?:join|attend|sign|support|back|endorse|take part in)\b(?! (?:any (?:[\w-]+ )?|an? military )(?:blocs?|alliances?)\b)(?! (?:nato|the alliance|the west) either\b)"
    # neither bloc: "We will not join NATO, and we will not join any alliance led by Russia."
    r"(?! nato\b[^.;]{0,40}\bnot join any\b)",
    r"(?:(?:will|would|shall) (?:not|never)|won't|won’t|wouldn't|wouldn’t) (?:negotiate|accept|agree to|discuss)\b",  # "We will not negotiate treaties that limit …"
    r"^\W*no (?:[\w'’-]+ ){1,3}(?:should|will|would|can|could|is going to) (?:sign|accept|join|support|attend|endorse)",
    r"(?:does|do|did) not need",
    r"(?:answer|greet|meet|receive)\w* (?:it|them|this|that|the (?:idea|plan|proposal)) with silence",
    r"not in (?:my|our|his|her|their) (?:lifetime|time)",
    r"(?:will|would) not (?:become|be) (?:[\w-]+ )?policy",  # "It is not NATO policy, and it will not become NATO policy"
    r"^\W*not as (?:before|it was|in the past)\b",  # an answer: "'Not as before,' she said."
    r"would lose (?:its|their) (?:purpose|reason to exist|raison d'être|meaning)",
    r"already exists?(?! in (?:pieces|parts?|embryo|outline|fragments)| partly| in part)",  # "The architecture Europe needs already exists": no new one (but "It already exists in pieces: …")
    r"repeat\w* (?:the |its |their |our )?(?:same |old )?(?:mistakes?|errors?)",
    r"thought experiment",
    r"not a (?:policy|plan|strategy|serious (?:option|proposal|idea))",
    r"(?:waiting room|open door|green light|standing invitation) (?:for|to) (?:\w+ )?(?:invasion|aggression|war|attacks?)",
    r"(?:keep|keeps|kept|stay|stays|stayed) (?:well |far )?(?:out of|away from|clear of) (?:it|them|this|that|such)\b",
    r"no (?:country|state|nation|government|leader|one)\b(?: [\w'’-]+){0,3} (?:should|would|can|could|will) (?:ever )?(?:trust|rely on|count on|believe in)",
    r"laugh(?:s|ed|ing)? (?:at|off)",
    r"(?:will|would|can|could) not (?:bring|deliver|secure|guarantee|restore|buy) (?:peace|security|stability)",
    r"(?:won't|wouldn't|can't|couldn't|cannot) (?:bring|deliver|secure|guarantee|restore|buy) (?:peace|security|stability)",
    # "Neither a new treaty nor a grand summit will bring peace"
    r"^\W*neither\b[^.;]{0,80}\bnor\b[^.;]{0,60}\b(?:will|would|can|could) (?:bring|deliver|secure|guarantee|restore|buy|keep)\b",
    r"(?:an|a mere|merely an|only an|just an) ultimatum",
    r"not (?:a|any) (?:basis|starting point|foundation) for (?:negotiations?|talks|dialogue|discussion|a settlement)",
    # "The idea of a common economic space died with Nord Stream" (not "died down", "died out" of a crisis)
    r"(?:idea|plan|proposal|notion|dream|project|hope) of [^.;]{0,80}\b(?:died|perished) (?:with|in|at|when|along)",
    r"scoff(?:s|ed|ing)? at",
    r"ridicul\w*",
    r"cur(?:e|es|ed|ing) (?:[\w'’-]+ ){0,3}?of (?:that|the|this|their|its|any) (?:belief|illusion|idea|notion|fantasy)",
    # an interview's bare answer: "Interviewer: Would a new Helsinki conference help? Minister: No."
    r"^\W*"
    + _SPEAKER
    + r"(?:no|never|not now|not yet|not today|not (?:this|next) year|not for now|not at (?:this|the moment|present))(?=\W*$|\s*[,;:.!—–-]+\s*(?:not|never|it|that|this|because)\b|"
    + SPEECH_TAG
    + r")",
    r"^\W*[\w.'’ -]{1,40}:\s*never\b",  # an answer that begins so: "A: Never about Ukraine without Ukraine."
    r"(?:hand|give|grant|offer)(?:s|ed|ing)? (?:russia|moscow|the kremlin|putin|it) a veto",
    r"stop (?:indulging|humou?ring|entertaining)",
    r"mean(?:s|t)? nothing to",
    r"(?:would be|is|means|a new|another) (?:munich|yalta)\b",
    r"(?:is|are) a luxury (?:for|of|that)\b",
    r"would (?:lock in|cement|entrench|freeze) (?:[\w'’-]+ ){0,2}(?:advantages?|superiority|gains|conquests|occupation)",
    r"(?:ended|end|ends) up (?:dependent|hostage|hooked)",
    r"the stuff of (?:dreams|legends|fairy tales|fiction|novels|(?:[\w-]+ )?speeches)",
    r"not (?:a )?policy\b",
    r"(?:that|this|the) chapter is closed|(?:is|was) a closed chapter",
    r"declin(?:e|es|ed|ing) (?:it|them|the (?:offer|invitation|idea|proposal))\b",
    r"(?:a )?(?:prize|reward|gift|present|bonus) for (?:the )?(?:aggressor|aggression|invader|kremlin|putin|moscow)",
    r"^\W*neither\b[^.;]{0,60}\bnor\b[^.;]{0,40}\bwants?\b",  # "Neither Kyiv nor Moscow wants Ukraine neutral"
    r"teach(?:es)? (?:[\w'’-]+ ){1,3}that (?:aggression|war|threats?|blackmail|force|invasion)s? (?:pays?|works?)",
    r"(?:is|are|just|only|merely|nothing but) (?:a |an )?(?:empty |mere |[\w-]+(?:'s|’s) )?slogans?\b",
    r"(?:was|were) (?:a |an )?(?:empty |mere |[\w-]+(?:'s|’s) )slogans?\b",  # "was a salesman's slogan", not "was a slogan of the 2000s"
    r"(?:is|are) (?:russian|kremlin|moscow(?:'s|’s)|putin(?:'s|’s)) (?:vocabulary|language|jargon|talking points?|propaganda|narrative)\b",  # "The call for a 'new architecture' is Russian vocabulary"
    r"(?:architecture|order) (?:still )?(?:stands|holds|is sound)\b",  # "Europe's architecture stands, and Russia must comply with it"
    r"(?:should|must|will|would) have no (?:contacts?|dealings|talks|dialogue) with\b",  # "NATO should have no contact with Russia"
    r"(?:should|must|would do well to|ought to) think twice (?:before|about)\b",
    r"would (?:simply |just |only )?be (?:the )?next (?:target|victim|in line)\b",  # "a neutral Ukraine … would simply be the next target"
    r"would be (?:a |an )?(?:defenceless|defenseless|helpless|unprotected|disarmed)\b",  # "A neutral Ukraine would be a defenceless Ukraine"
    r"(?:need|needs|needed) no (?:new |further |more |other |fresh )?(?:treat(?:y|ies)|summits?|conferences?|architecture|order|forums?|pacts?|deals?|talks|dialogue|councils?|agreements?|frameworks?)",  # "Europe needs no new treaty with the Kremlin"
    r"keep\w* (?:[\w'’-]+ ){1,5}to (?:the|a) (?:bare |strict |absolute )?minimum\b",  # "keep its contacts with Russia to the minimum"
    r"(?:is|are|would be) (?:not [^.;]{1,40}? but )?(?:a|an) (?:direct |real |serious )?(?:threat|danger) to (?:nato|the alliance|europe|european security|the west|us|our|it|them)\b",  # "not an alternative to NATO but a threat to it"
    r"(?:should|must|needs? to|has to) (?:first )?(?:say|explain|tell (?:us|voters|europeans)) (?:who|how|what|why)\b",
    r"(?:is|are|was|would be|means?|amounts? to|but) (?:a |an )?(?:\w+ )?surrender\b",  # not "force Russia to surrender Crimea"
    r"(?:is|would be) like (?:asking|inviting|letting|trusting|putting|giving|hiring|sending)",
    r"(?:being|be|is|are|was|were) left alone",
    r"(?:would|will) (?:stand|be) (?:all |quite |entirely )?alone\b",  # "A neutral Ukraine would stand alone."
    r"(?:leaves?|left|leaving) (?:[\w'’-]+ ){0,2}alone (?:with|against|facing|before)",
    r"(?:has|have|had|leaves?|with) no (?:room|space) for",
    r"(?<!no )(?<!without )photo[- ]op(?:portunit(?:y|ies)|s)?",
    r"(?:written|built|drawn) (?:in|on) (?:sand|water)",
    r"no such [\w-]+ (?:is|was|will be|would be|can be) (?:possible|realistic|acceptable|conceivable)",
    r"(?:plans?|planning|wants?|intends?|hopes?|aims?|means?) to (?:swallow|devour|gobble)",  # "what Russia offers a country it plans to swallow"
    r"(?:with|wearing|tied with) a (?:\w+ )?(?:ribbon|bow) (?:on|around|round)\b|lipstick on a pig",  # dressed up, not changed
    r"certificate of good (?:conduct|behaviou?r)|clean bill of health",
    r"(?:is|are|was|were|would be|just|merely|only) (?:a |an )?(?:\w+ )?distraction\b",
    r"^\W*why (?:should|would|must)\b(?![^.;?]{0,40}\bnot\b)",  # "Why should Moldova stay neutral when ...": it should not
    r"(?:(?:do|does|did) not|don't|doesn't|didn't) want (?:a|an|any)\b",
    r"(?:will|would|can|could) not (?:find|get|buy|achieve|gain) (?:its |their |our )?(?:security|peace|safety) (?:in|from|through|at)",
    r"(?:a|an|merely a|only a|just a) (?:\w+ )?(?:ploy|ruse|stunt|gambit) (?:to|for|by|that)\b",
    r"(?:moscow|russia|the kremlin|putin|beijing|china)(?:'s|’s) (?:trick|ploy|ruse|trap|gambit|game)\b",  # "a Eurasian forum is Moscow's trick"
    # "Europe already has its architecture: the Charter of Paris"
    r"already (?:has|have|had) (?:its|their|our|an?|the) (?:\w+ )?(?:architecture|order|system|framework|forum|treaty)",
    r"(?:has|have|had)(?: not|n't| never) earned",  # "a reward it has not earned"
    r"advis(?:e|es|ed|ing) (?:[\w'’-]+ ){0,3}to (?:keep|stay|steer) (?:away|clear|out)\b",
    r"would (?:only )?(?:finance|fund|fuel|bankroll|pay for|arm) (?:[\w'’-]+ ){0,2}(?:invasion|war|aggression|army|war machine)",
    # "would bind only the side that keeps its word", "would bind the West and not Russia"
    r"(?:would|will) tie (?:[\w'’-]+ ){0,2}hands\b",
    r"(?:would|will) go the same way",  # "a new one would go the same way"
    r"(?:one more|another|just another) (?:\w+ )?(?:signature|promise|piece of paper|scrap of paper) (?:for [\w-]+ )?to (?:break|ignore|tear up)",
    r"no (?:ally|one|government|country|state|member|democracy) (?:could|can|would|will) (?:ever )?(?:sign|accept|agree to)",
    r"(?:a )?new (?:master|overlord|suzerain)\b",  # "would give Central Asia a new master rather than a voice"
    r"(?:would|will) bind (?:only )?(?:the|one) side that|(?:would|will) bind (?:the west|nato|europe|us|the allies),? (?:and|but) not\b",
    r"(?:is|are) (?:just |merely |only |simply )?(?:a|an) (?:way|attempt|bid|trick|device|excuse) to (?:rewrite|undo|legitimi[sz]e|split|divide|weaken|freeze|erase|reward|bless|(?:push|drive|force|squeeze|keep) (?:[\w'’-]+ ){1,3}out)\b",
    # "would hand Putin at a conference table what his army could not take in the field"
    r"what (?:his|its|their|the russian|russia(?:'s|’s)) (?:army|armies|troops|tanks|soldiers|war) (?:could|can|did|has) (?:not|never) (?:take|win|conquer|seize|get)",
    r"(?:arsonists?|burglars?|henhouse|hen-house)\b",  # "like building a house with the arsonist"
    r"(?:will|would|is|are) (?:be )?torn up",
    r"(?:an idea|a plot|a story|a plan|a dream) for (?:novelists|novels|poets|dreamers|films|hollywood)\b|not for (?:ministers|governments|statesmen|diplomats|policymakers|serious people)\b",
    r"(?:, not|rather than|instead of) (?:staying |remaining |being )?(?:neutral|non-?aligned)\b",  # "wants Georgia in NATO, not neutral"
    # "security must come from its own army, not from a declaration of neutrality"
    r"(?:, not|rather than|instead of) (?:from|through|by|on|in) (?:an? |the |any )?(?:(?:declarations?|promises?|paper|guarantees?) of )?(?:neutrality|non-?alignment)\b",
    r"(?:stage|platform|tribune|showcase|megaphone) for (?:[\w'’-]+ )?propaganda",  # "would only become a stage for propaganda"
    r"(?:tore|tear|tears|torn) up the (?:last|previous|old|first) (?:ones?|guarantees?|treat(?:y|ies)|agreements?|promises?)",  # "Moscow tore up the last ones in Budapest"
    r"keep\w* (?:[\w'’-]+ ){1,5}(?:closed|shut|frozen|suspended)\b",  # "keep its channels to Moscow closed until the war ends"
    r"(?:defended|preserved|kept|restored|enforced|respected),? not (?:rebuilt|replaced|redesigned|reinvented|renegotiated|rewritten)\b",
    r"would (?:import|bring in|spread) (?:its|their|russia(?:'s|’s)|moscow(?:'s|’s)) (?:corruption|problems|instability|crime|oligarchs)",
    r",\s*no(?=[.!]?\W*$)",  # "Trade, yes, eventually. A common economic space, no."
    r"^\W*no,? thanks?\b|^\W*no,? thank you\b",  # "Another 'peace summit' …? No thanks."
    r"^\W*(?:a: )?(?:not a chance|no chance|not a hope|no way)(?=\W*$)",  # "A cyber pact with …? Not a chance."
    r"(?:is|are|was) (?:designed|meant|intended) to (?:push|drive|force|squeeze|keep) (?:[\w'’-]+ ){1,3}out\b",
    r"(?:has|have|had) no reason to (?:sign up to|join|support|accept|back|take part in)\b",
    r"(?:is|are) only as good as\b",  # "A treaty with Russia is only as good as the army that enforces it"
    r"(?:was|is|are|were) (?:a |an )?relics?\b",
    r"spheres? of influence",  # "are a demand for spheres of influence"
    # "Confidence-building measures are for states that want confidence", "Cyber norms are for those who follow norms"
    r"(?:are|is) for (?:states|countries|those|people|governments|nations) (?:that|who) (?:want|follow|keep|respect)\b",
    r"(?:two|new|another) masters?\b",  # "would give Central Asia two masters instead of one"
    r"(?:those|people|critics|anyone) (?:who )?(?:call\w*|argu\w*|push\w*|ask\w*) for [^.;]{1,60}\bforget\b",
    # "Those who propose cyber treaties with Russia underestimate how much Moscow gains from chaos"
    r"those who (?:still |now )?(?:call|urge|propose|want|advocate|push|press)\w*\b[^.;]{1,80}\b(?:underestimate|overestimate|ignore)\w*",
    r"would (?:only |simply |merely )?give (?:[\w'’-]+ ){0,3}(?:propagandists|spies|hackers|trolls|the kremlin|moscow|russia) a (?:seat|voice|say|platform|veto)\b",
    r"(?:is|are) (?:about )?as likely as\b",  # "is about as likely as NATO joining the CSTO"
    r"would mean (?:russian |more )?(?:tanks|troops|occupation|surrender|capitulation|defeat)\b",  # "Neutrality … would mean Russian tanks fifty kilometres from Tbilisi"
    r"luxury (?:we|europe|they|it|nobody|no one) (?:cannot|can't|can no longer) afford",
    r"^\W*no [\w'’ -]{1,60}, no\b",  # "No legally binding guarantees, no treaty on European security, no veto for Moscow"
    r"never (?:saved|prevented|stopped) (?:a single|one|any)\b",  # "has never saved a single Ukrainian life"
    r"would turn (?:[\w'’-]+ ){1,3}into (?:a |an )?(?:[\w'’-]+ ){0,2}(?:customer|vassal|colony|hostage|satellite|appendage|dependant|protectorate)\b",
    r"(?:would be (?:an? |the )?|\b(?:an?|the) )[\w-]+ without (?:a |any )?(?:purpose|meaning|point)\b",  # "would be a NATO without purpose", "which is to say an OSCE without a point"
    r"dressed up (?:in|as)\b",
    r"would be (?:an? |the )?[\w-]+ no longer\b",  # "An alliance that admitted its enemy would be an alliance no longer"
    r"(?:would|will) send the wrong (?:signal|message)",
    r"signed by [^.;]{1,40} and ignored by\b",
    r"(?:has|have|had|enjoys?|found|finds) ['‘\"“]?no support\b",  # "the idea had 'no support in parliament'"
    r"used (?:the|that|this|a|every) (?:last |previous )?(?:such )?(?:arrangement|agreement|treaty|regime|format|channel|mechanism|forum) to (?:spy|map|gather|split|deceive|divide|buy time|rearm)",
    r"would (?:simply |only |merely )?write (?:[\w'’-]+ ){0,3}(?:conquests|gains|occupation|annexations?) into",
    r"would be (?:an? |the )?(?:\w+ )?(?:order|peace|deal|system|architecture|settlement) for (?:moscow|russia|the kremlin|putin)\b",  # "would be an order for Moscow"
    r"(?:is|are) unlikely to be (?:negotiable|achievable|agreed|accepted|ratified|workable)",
    r"(?:has|have|did) not (?:made|kept) (?:[\w'’-]+ ){0,2}(?:leave|safe|secure|safer)\b",  # "Neutrality has not made them leave"
    r"(?:i|we|they|he|she) (?:was|were) (?:wrong|mistaken) (?:about|on) (?:both|it|that|this|them)\b",  # "I was wrong about both"
    r"(?:is|are|was|were) (?:[\w'’-]+(?:'s|’s) )?(?:code|a euphemism|shorthand|a fig leaf) for\b",  # "is Moscow's code for spheres of influence"
    r"(?:has|have|had) bought (?:[\w'’-]+ ){0,3}?(?:very little|little|nothing|next to nothing)\b",  # "for thirty years it has bought the country very little"
    r"invit(?:e|es|ed|ing) (?:pressure|aggression|attack|invasion|blackmail)\b",  # "a paper status with no armies behind it invites pressure"
    r"\blet (?:it|them) die\b",  # "The West was right to let it die"
    r"(?:would be|is|was) wrong to (?:revive|restore|resurrect|reopen|resume|revisit|dust off)\b",
    r"(?:nobody|no one|no government|no state)\b[^.;]{0,30}\bwould (?:sign up|agree|consent) to\b",  # "Nobody in Warsaw would sign up to that"
    r"(?:would be|were|are|is) right not to\b",
    r"exists? (?:mainly|mostly|largely|only) on paper\b",  # "the architecture exists mainly on paper"
    r"call\w* (?:[\w'’-]+ ){1,8}?(?:unthinkable|a fantasy|fanciful|a pipe dream|utopian)\b",  # "Your editorial calls Russia's membership of NATO 'unthinkable'."
    _NO_LONGER_DO,
    r"by the (?:very )?same (?:people|men|officers|agencies|services|units) (?:who|that) (?:run|carry out|order|commit|launch)\w*",  # "would be answered by the same people who run the attacks"
    r"no longer reflects? (?:reality|the (?:facts|situation|world))\b",  # "the NATO-Russia Founding Act of 1997 no longer reflects reality"
    r"\bno (?:[\w'’-]+ ){1,6}?(?:should|must|can|will) be (?:opened|reopened|restored|created|established|held|signed|convened|resumed)\b",  # "no channel to Moscow … should be opened while the war continues"
    r"(?:was|were|is) (?:the |a )?product of (?:a|its|their) (?:particular|specific|unique|different|bygone|vanished|special) (?:moment|time|era|age|world)\b",  # "Arms control was the product of a particular moment"
    r"\bit is (?:simply |just |plainly |also |still )?wrong(?=\W*$)",  # "It is an attractive idea, and it is wrong."
    r"(?:the )?temptation (?:should|must|ought to) be resisted|resist(?:ed|ing)? (?:the|that|this) temptation",  # "It is tempting to call for a new treaty anyway … The temptation should be resisted."
    r"(?<!was )(?<!were )(?<!been )(?<!be )\bturn(?:s|ed|ing)? down\b|\bobject(?:s|ed|ing)? to\b|\bobjected\b",  # "NATO allies have turned down a proposal by Slovakia …"
    r"(?:, not|rather than|instead of) (?:a|an) new one\b",  # "What Europe needs is the old house repaired, not a new one"
    # what it would need cannot be had: "A Russia inside NATO would need a NATO that no longer existed"
    r"would (?:need|require) [^.;:]{1,60}? that (?:no longer exists?|no longer existed|does not exist|did not exist|never existed|cannot exist)\b",
    r"declin\w* (?:the|this|that|such an?|its|their|any) (?:[\w-]+ )?(?:invitation|offer|overture)s?\b",  # "Europe should decline the invitation"
    r"(?:should|must) be read for what (?:it|they) (?:is|are)\b",  # "… should be read for what it is: an attempt to …"
    # "Those who urge Kyiv to accept a similar status should ask Chișinău how it has worked out."
    r"(?:should|could|might|may) ask [\w'’ -]{1,30}? how (?:it|that|this|theirs?) (?:has |have )?(?:worked out|ended|gone|turned out)\b",
)
# Others' calls as the subject of a clause ("Calls for a new Helsinki summit ignore ...", "Lavrov's call for a new
# security system was greeted with silence") are reported, not made: the cues are read in the rest of the clause
# ("Moscow's proposals for a Eurasian system deserve a hearing" still calls for it).
# Someone's call, told of in passing: "The retired general who suggested inviting Russia into NATO …"
WHO_CALLED = re.compile(r"\bwho (?:had |has |have )?(?:suggested|proposed|called for|urged|floated)\b", re.IGNORECASE)
REPORTED_CALL = re.compile(
    r"(?:^|,\s*)which (?:calls|called|proposes|proposed|demands|demanded) for\b"  # "the Chinese plan, which calls for X"
    r"|,\s*which (?!i\b|we\b)(?:[\w'’-]+ ){1,3}(?:had |has |have )?(?:proposed|suggested|floated|put forward)\b"  # "…, which Turkey had proposed"
    # a witness a hearing heard: "heard from the former ambassador, who argued for keeping a line open"
    r"|\bheard (?:[\w-]+ ){0,3}?from [^.;]{1,100}?,? who (?:argued|called|urged|pleaded|made the case)(?: for)?\b"
    r"|\b(?:was|is|were|are) (?:one of |among )?(?:[\w-]+(?:'s|’s) )(?:demands|conditions|proposals|calls)\b"  # "X was one of Russia's demands"
    r"|\b(?:said|says|spoke|speaks|wrote|writes) (?:of|about) (?:the )?(?:calls|proposals|demands|plans) for\b"  # "..., the MP said of calls for X"
    r"|\bheard (?:calls|demands|proposals|appeals|pleas) for\b"  # "The forum heard calls for a common economic space"
    # "debated a motion calling for X": the motion's call
    r"|\b(?:motion|resolution|petition|amendment)s?,? (?:[\w-]+ ){0,3}?(?:calling|which calls|that calls|which called|that called|urging|demanding)(?: for)?\b"
    r"|^\W*(?:(?:the |these |such |all )?(?:calls|proposals|demands|plans)"
    r"|(?:sir,?\s+)?(?:[\w-]+ ){0,2}[\w-]+(?:'s|’s) (?:call|proposal|demand|plan|idea|plea|appeal|suggestion|case)s?) (?:for|of)\b",
    re.IGNORECASE,
)
# "Some call for a new Helsinki": a view the text reports without making it its own. Alone it only mentions the
# proposal (`suggest.REPORTED_VIEW`); "the author disagrees" after it turns it into a rejection.
# ... and a witness in a list of them: "The first urged a peace conference. The second opposed any such conference."
_OTHERS = (
    r"^\W*(?:\d{1,2}/\s*)?"  # a thread's "1/"
    r"(?:some|many|others|critics|sceptics|skeptics|cynics|a few|several|every(?:one|body)(?! who| that)|the (?:first|second|third|fourth|fifth|other|last)"
    # (a minority's view, not the majority's: "A minority argued …; most were unconvinced.")
    r"|(?:a|the) minority(?: of (?:the )?[\w-]+)?|most(?= (?:were|are|remained|have been)\b)"
    r"|(?:one|two|three|four|five|most|half|all) of (?:them|the (?:[\w-]+ )?(?:writers|authors|speakers|participants|experts|panellists|contributors))"
    r"|most (?:other )?(?:governments|states|capitals|allies|members|countries|experts|analysts|economists|diplomats|officials)"  # "Most governments disagree."
    r"|(?:sir,?\s+)?your (?:leader|editorial|correspondent|columnist|article|reporter|report|reviewer|critic|commentator)\b(?:\s*\([^)]{1,30}\))?"  # a letter to the editor: "Your correspondent (Comment, 6 May)"
    # "Sir, in his article on Sunday, the former economy minister argues that …": a letter quoting whom it answers
    r"|sir,?\s+in (?:his|her|their|your|an?|the) (?:[\w-]+ )?(?:article|column|op-ed|piece|letter|editorial|leader)\b[^.;]{0,40}?,(?: the)?"
    # another letter it answers, by its writer and date: "Professor Whitlock (Letters, 3 June) wants …"
    r"|(?:sir,?\s+)?(?:[\w.'’-]+ ){1,3}\(letters?,? [^)]{1,20}\)"
    r"|(?:they|people)(?= (?:tell|keep telling|told) (?:us|me)\b)"  # "They tell us that a neutral Ukraine would end the war"
    r"|the (?:share|proportion|percentage|number)(?: of [\w-]+)?"  # a poll's: "The share rejecting it has risen since 2022."
    # a habit reported: "Every few months a European leader proposes a 'peace summit'"
    r"|every (?:few |couple of )?(?:weeks|months|years|year|decade|decades|spring|autumn),? (?:someone|somebody|a (?:[\w-]+ ){0,2}(?:leader|politician|minister|president|diplomat|capital|government|think tank|industrialist|businessman|executive|professor|columnist|pundit))"
    r"(?: in [\w-]+)?(?:, and [^.;,]{1,50},)?)"  # "Every few years someone in Moscow, and lately someone in Paris, announces …"
)
# a poll's respondents: "A poll published on Sunday found 70 percent of Austrians in favour of keeping it"
_POLL = (
    r"^\W*(?:an?|the|its|their) (?:[\w-]+ ){0,3}(?:poll|survey)s?\b[^.;]{0,100}?\b(?:found|finds|shows?|showed|shown|suggests?|suggested)\b"
    r"|^\W*according to (?:an?|the) (?:[\w-]+ ){0,3}(?:poll|survey)"
    r"|,? according to (?:the |recent |opinion )?(?:polls?|surveys?)\b"  # "A majority of Austrians want to keep it, according to polls."
)
OTHERS_VIEW = re.compile(
    _OTHERS
    + r"(?: \w+){0,3}(?: in (?:the )?[\w-]+)? (?:have |has |had )?(?:call|urge|propose|argue|want|demand|dream|hope|announce|favou?r|support|back|advocate|float|suggest|tell|speak of|talk of|revive|resurrect|raise)\w*"
    # or reject: "Others were sceptical that Moscow would respect anything it signed"
    + r"|"
    + _OTHERS
    + r"(?: \w+){0,3}(?: in (?:the )?[\w-]+)? (?:were |are |remained |have been )?"  # "Your leader of 12 May dismissed"
    r"(?:sceptical|skeptical|opposed|doubtful|unconvinced|reject|dismiss|doubt|disagree)\w*"
    r"|^\W*(?:sceptics|skeptics|cynics|critics|doubters) (?:[\w-]+ ){0,2}(?:say|said|claim\w*|insist\w*|warn\w*)\b"  # "Sceptics say a hotline …"
    # "Some say that proves they were worthless." (not "Several called for X; others said Y was meaningless": a rejection)
    r"|^\W*(?:some|many) (?:will )?(?:say|said|claim|claimed|insist|insisted)\b"
    r"|^\W*(?:i|we) (?:keep|often|sometimes|still|always) hear(?:ing)? (?:it said )?that\b"  # "I keep hearing that we need …"
    r"|^\W*(?:i|we) (?:used to|once) (?:think|thought|believe|believed|argue|argued|hope|hoped)\b"  # a view given up: "I used to think …"
    # "There is a fashionable idea in some European capitals that the war can be ended by a summit"
    r"|^\W*there (?:is|are) (?:an? )?(?:fashionable|popular|widespread|common|growing|familiar) (?:idea|view|belief|notion|argument)s?\b"
    # "That is the argument of a growing number of voices in Tbilisi, who say the country should declare itself neutral"
    r"|\b(?:a growing number of|an increasing number of|a number of) (?:[\w-]+ )?(?:voices|people|politicians|commentators|analysts|experts|officials|diplomats|observers)\b[^.;]{0,40}?\bwho (?:say|said|argue|argued|want|wanted|call|called|urge|urged|insist|insisted)\b"
    # what the adversary would like, as an argument against it: "The Kremlin would welcome a return to arms control"
    r"|^\W*(?:the kremlin|moscow|putin|russia) would (?:welcome|love|like|be glad of)\b"
    r"|\b(?:has|have|had) (?:its|their|many|some|a few|plenty of) (?:defenders|supporters|advocates|champions)\b"  # "The idea … has its defenders"
    # a news story's backstory, in the pluperfect: "NATO allies have turned down a proposal by Slovakia … Bratislava had
    # argued that the council offered 'the only room where both sides can hear each other'."
    r"|^\W*(?:the )?(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,2} had (?:long |earlier |previously |already |repeatedly )?(?:argued|proposed|suggested|urged|called for|insisted|pressed for|asked for)\b"
    r"|" + _POLL,
    re.IGNORECASE,
)
POLL = re.compile(_POLL, re.IGNORECASE)
# A leading condition, up to its comma: "If the allies need to talk to the Russian military, they have telephones."
# (not "If there is a place for arms control in all this, it is in getting the garrison out": a call, narrowed)
CONDITION = re.compile(
    r"^\W*(?:if|unless)\b(?! there is (?:a|any) (?:place|role|use|case|future) for\b)[^,;:]*", re.IGNORECASE
)
# Both sides of a debate, reported: "A hotline was proposed by Slovenia and rejected by the Baltic states."
REPORTED_DEBATE = re.compile(
    # a vote's count, and the sides of a debating society: "The motion was defeated by 212 votes to 58"
    r"\b(?:carried|defeated|passed|rejected|adopted|won|lost) by \d+ votes? to \d+|^\W*(?:proposing|opposing)(?: the motion)?,|"
    r"\bdiscussed (?:\w+ ){0,2}whether\b|"  # "EU ministers discussed on Monday whether the Union should propose …"
    r"\b(?:debated?|debates|clashed (?:\w+ ){0,2}over|quarrell?ed (?:\w+ ){0,2}over|argued (?:\w+ ){0,2}over) whether\b|"  # "speakers debated whether the country's neutrality still made sense"
    r"\bdisagreed? (?:on \w+ |openly |sharply |publicly )?(?:about|over|on) whether\b|"  # "NATO ministers disagreed on Tuesday about whether to …"
    r"\bwere in favou?r[;,] [^.]{1,60}\bwere against\b|"  # "Hungary and Slovakia were in favour; the Baltic states were against"
    r"\b(?:discussion|debate|panel|seminar|webinar|round table)\b[^.;]{0,60}\b(?:on|about) whether\b|"  # "a discussion with three former ministers on whether a new Helsinki conference could help"
    r"\bone (?:thinks|believes|says|argues|fears|expects)\b[^.;]{0,120}; the other (?:thinks|believes|says|argues|fears|expects)\b|"  # "One thinks Beijing would never risk it; the other …"
    # "The Slovak and Hungarian governments back a summit with Russia; Poland and the Baltic states are against."
    r"\b(?:back|backs|backed|support|supports|supported|favou?r|favou?rs|favou?red)\b[^.;]{1,80}; [^.;]{1,60}\b(?:are|is|were|was) (?:firmly |strongly )?(?:against|opposed)\b|"
    r"\b(?:proposed|suggested|floated|put forward|raised|backed) by [^.;]{1,80}?\band (?:then )?"
    r"(?:rejected|dismissed|opposed|ignored|turned down|vetoed|blocked|shot down) by\b"
    r"|\b(?:were|are|was|is|remain(?:s|ed)?) (?:deeply |sharply |bitterly )?(?:divided|split) (?:over|on|about)\b"  # "They were divided over a new summit"
    # "was welcomed in Moscow and condemned in Brussels": both sides of it, reported
    r"|\b(?:welcomed|praised|hailed) (?:in|by) [^.;]{1,40}\band (?:condemned|critici[sz]ed|rejected|dismissed) (?:in|by)\b"
    r"|\b(?:condemned|critici[sz]ed|rejected|dismissed) (?:in|by) [^.;]{1,40}\band (?:welcomed|praised|hailed) (?:in|by)\b"
    # "The students debated two motions: that Ukraine should be neutral, and …"
    r"|\bdebated (?:\w+ ){0,2}(?:motions?|resolutions?|propositions?)\b"
    # "The American said yes, once the war was over; the Pole said no": a panel's answers, reported
    r"|\bsaid yes\b[^.]{0,80}\bsaid no\b|\bsaid no\b[^.]{0,80}\bsaid yes\b"
    # "would examine the Norwegian proposal to resume talks": a proposal weighed, neither made nor rejected
    r"|\b(?:would|will|to|agreed to|promised to) (?:examine|study|consider|look (?:at|into)|review) (?:the|a|an|this|that) "
    r"(?:[\w'’-]+ ){0,2}(?:proposal|idea|plan|initiative|offer)\b"
    # "Austria's neutrality would be discussed at a party congress": a debate to come, no side taken
    r"|\b(?:would|will|is to|are to) be (?:discussed|debated|considered|examined|reviewed) (?:at|by|in|during|next)\b"
    # "The Kremlin says it is ready to discuss arms control; Washington says it will believe it when it sees it"
    r"|\b(?:says|said)\b[^.;]{1,100}; [\w'’ -]{1,40}?\b(?:says|said|replies|replied|counters|countered)\b"
    # "There was no agreement on a new security treaty": the disagreement, reported
    r"|\bthere (?:was|is|has been) no (?:agreement|consensus) (?:on|about|over)\b"
    # "The participants discussed three proposals: …", "We model three scenarios: …": weighed, not made
    r"|\b(?:discussed|debated|considered|examined|reviewed|compared|model|modelled|modeled) (?:\w+ ){0,2}?(?:two|three|four|five|six|\d+|several) (?:[\w-]+ )?(?:proposals|ideas|options|plans|scenarios)\b"
    # "Neutrality, which Moscow wants and Kyiv rejects"
    r"|\bwhich [\w'’ -]{1,40}? wants? and [\w'’ -]{1,40}? (?:rejects?|fears?|opposes?|refuses?)\b"
    # "Some argued for a new treaty; others said that treaties with Moscow had proved worthless"
    r"|\bsome\b[^.;]{1,80}[;,] (?:while |but |and )?others\b"
    # "The Hungarian foreign minister wants a peace conference; the Polish minister does not."
    r"|\bwants? [^.;]{1,60}; [^.;]{1,40}\b(?:does|do) not\b"
    # "The ruling party has floated military neutrality …; the opposition calls it surrender."
    r"|\b(?:floated|proposed|suggested|backs?|wants?|favou?rs?)\b[^.;]{1,100}; (?:the |its |their )?[\w'’ -]{1,40}? (?:calls?|called) it\b",
    re.IGNORECASE,
)
# Rejecting words that are denied.
DENIED_REJECTING = words(_REJECTION_DENIED)
# A doubt that stops short of opposing: "Two participants doubted that Moscow would use it, but did not oppose it."
NOT_OPPOSED = words(r"but (?:did|do|does|would) not (?:oppose|object to|block|veto|stand in the way of)")
# A reported question neither calls nor rejects: "The interviewer asked whether Ukraine should be neutral",
# "Scholars still argue about whether the old architecture was doomed".
_REPORTED_QUESTION = (
    r"(?:ask|discuss|debat|wonder)(?:e|s|es|ed|ing)?,? (?:\w+,? ){0,5}?(?:whether|if)|argu(?:e|es|ed|ing) (?:about |over )?whether"
    r"|ask(?:s|ed)? (?:\w+ ){0,3}?about"  # "was asked about calls for new talks": the question, not a call
)
# the question itself, to the next comma: what it asks about is not rejected
ASKED = re.compile(r"\b(?:" + _REPORTED_QUESTION + r")\b[^,;:]*", re.IGNORECASE)
# Proposing words that are denied: "stops short of recommending", "did not propose".
DENIED_PROPOSING = words(
    r"\bno (?:[\w-]+ ){1,2}(?:ready|willing|prepared) to\b",  # "and no Russian willing to attend"
    # a call in the main clause is not for what "before" puts off: "Before Europe talks about a new architecture, it
    # should ask who would be the architect"
    r"^\W*before (?:[\w'’-]+ ){1,4}(?:talks?|speaks?|thinks?|dreams?|rushes?) (?:about|of|into)\b",
    r"(?:i am|i'm|i’m|we are|we're|we’re) not (?:saying|arguing|suggesting|proposing|claiming|recommending) (?:that )?",  # "I am not saying Kyiv should choose this"
    r"(?:neither|no) (?:side|party|one|government|country)\b[^.;]{0,20}\b(?:was|is|were|are|would be|seemed) (?:\w+ )?(?:willing|ready|prepared) to",  # "because neither side was willing to accept the other's rules"
    r"(?:should|must|need to|are to|will) (?:first |also )?(?:read|re-?read|consult)\b",  # a reading list: "Students should read the Final Act"
    r"(?:stops?|stopped|falls?|fell) short of",
    r"^\W*by (?:that|this|such) (?:logic|reasoning)\b",  # a reductio: "by that logic, no arms-control treaty should ever have been signed"
    r"\bfew (?:now |still |any longer |today )?(?:call|argue|push|ask|press)\w* for\b",  # "Few now call for a peace conference"
    r"(?:made|makes|make) no (?:mention|reference) (?:of|to)",  # "welcomed the talks but made no mention of a conference"
    r"would (?:then |also )?have to (?:defend|guarantee|protect|fight for)\b",  # a burden it would bring: "The Alliance would have to defend Russia's Far East"
    r"without (?:recommending|proposing|calling for|endorsing)",
    r"(?:it is|it's|it’s|it would be) tempting to\b",  # a call conceded, to be refused: "It is tempting to call for a new treaty anyway"
    r"(?:does|do|did) not (?:propose|recommend|call for|endorse|back|support|argue for|advocate)",
    _NO_ONE + r"(?:proposes|proposed|recommends|recommended|suggested|called for)",
    r"(?:has|have|had) never (?:proposed|recommended|called for|endorsed|backed|supported)",
    r"(?:does|do|did) not (?:try|attempt|seek|want) to (?:propose|recommend|call for|endorse)",
    r"those who (?:still |now |once )?(?:call|urge|propose|want|advocate|dream|push|press)",
    r"as (?:some|many|others|critics|a few|several)(?: \w+)?(?: in [\w-]+)? (?:propose|suggest|urge|want|demand|argue)\w*",
    r"(?:someone|somebody)\b[^.;]{0,80}\b(?:propos|call|suggest|urg|talk|speak)\w*",  # an unnamed other's call
    r"^\W*one (?:retired |former |prominent )?(?:general|diplomat|analyst|commentator|official|scholar|expert|writer|columnist)\b[^.;]{0,40}\b(?:suggest|propos|argu|call)\w*",  # "One retired general has suggested that …"
    _REPORTED_QUESTION,
    r"(?:no |not )?(?:agreement|consensus|decision) (?:on|about|over) whether",
    # A hedge: "a new architecture, if it ever comes, will have to include Turkey".
    r"if (?:it|one|they|this|that|such (?:a |an )?\w+) (?:\w+ )?ever\b",
)


def years_until(year: int) -> str:
    """A pattern for the years from 1900 to `year`: "meet in Helsinki in 2030" tells no history."""
    decade = year // 10 * 10
    decades = [r"19\d\d", *(rf"{start // 10}\d" for start in range(2000, decade, 10))]
    return "(?:" + "|".join([*decades, rf"{decade // 10}[0-{year % 10}]"]) + ")"


_PAST_YEAR = years_until(date.today().year)
_FUTURE_YEAR = "(?:" + "|".join(str(year) for year in range(date.today().year + 1, 2100)) + ")"
# A rule in force, described: "Under the Vienna Document, each participating state must notify the others …"
_IN_FORCE = (
    r"^\W*under the (?!new |proposed |planned |draft |future )(?:[\w'’-]+ ){0,3}"
    r"(?:document|treaty|act|convention|charter|memorandum|accords?)(?=,)"
)
HISTORY = words(
    rf"(?:in|since|back in|as early as|during|before|until|by|of|at) (?:the |a |an )?(?:early |mid-?|late )?{_PAST_YEAR}",
    rf"(?:january|february|march|april|may|june|july|august|september|october|november|december) {_PAST_YEAR}",
    rf"{_PAST_YEAR},? when",
    rf"^\W*{_PAST_YEAR}(?=\s*[:–—])",  # a timeline's entry: "2008: Medvedev proposes a European Security Treaty in Berlin."
    rf"(?:'s|’s) {_PAST_YEAR}\b",  # "Yeltsin's 1991 letter"
    # what a proposal of the past would have done: "The treaty Medvedev proposed would have allowed any signatory to …"
    r"(?:proposed|drafted|tabled|offered) would have (?:allowed|required|obliged|bound|given|created|banned|forbidden|limited)\b",
    r"(?:19|20)\d0s",
    r"historically",
    r"at the time",
    r"for (?:its|his|her|their) time",  # "a bold idea for its time"
    r"(?:unusual|unusually|radical|radically|bold|boldly|daring)\b[^.;]{0,10}\bfor the time\b(?! being)",  # "he argued, unusually for the time, that …"
    r"in the past",
    r"recall(?:s|ed|ing)?",
    r"remember(?:s|ed)?",
    r"anniversary",
    r"legacy",
    r"had (?:been )?(?:proposed|signed|agreed)",
    r"was (?:signed|adopted|proposed|held|created|launched|introduced|met|founded|extended|suspended|discussed)",
    r"were (?:signed|adopted|held|created|founded)",
    r"decades ago",
    r"(?:\w+|\d+) (?:weeks|months) ago",  # "Two months ago, the Swiss government announced …"
    r"years ago",
    r"the cold war(?! (?:mentality|mindset|thinking|logic))",  # not "we oppose the Cold War mentality"
    r"(?:had|has) failed",
    r"collapsed",
    r"ended (?:in|with)",
    r"never (?:got|came|went|materiali[sz]ed)",
    r"(?:once|long) (?:suggested|proposed|floated)",
    r"the soviet union",
    r"(?:worked|succeeded) because",  # "Helsinki worked because the Soviet Union wanted recognition"
    _IN_FORCE,
)
RULE_IN_FORCE = words(_IN_FORCE)
# What a status obliges a state to do, told as a rule: "A permanently neutral state may not join a military alliance
# …; in wartime it must treat all belligerents equally."
RULE_STATEMENT = re.compile(
    r"^\W*(?:a|an|every|each) (?:permanently |militarily )?(?:neutral|non-aligned|member|participating|signatory) "
    r"(?:state|country|party)s? (?:may not|may|must|cannot|shall|is (?:obliged|required|bound|not allowed) to)\b",
    re.IGNORECASE,
)
# "The paper proposes three steps. First, …": items of an announced list of proposals.
ANNOUNCES_LIST = words(
    r"(?:propos|recommend|suggest|call|outlin|set|put)\w* (?:out |forward )?(?:\w+ ){0,2}(?:steps|measures|recommendations|proposals|points|ideas|elements|priorities)",
    # a counted list in a heading: "Policy brief: five steps toward a safer Europe"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w-]+ )?(?:steps|measures|recommendations|proposals|ideas|priorities)\b",
    r"(?:next|first|practical|concrete) steps\b",  # a heading: "Europe's next steps"
    r"(?:summary|list) of (?:[\w-]+ ){0,2}(?:recommendations|proposals|steps|measures)\b",  # "Summary of recommendations"
    r"(?:^|[,:] )(?:key |main |our )?recommendations(?=\W*$)",  # a heading: "Policy paper, recommendations"
    r"(?:propos|recommend|suggest|urg)\w* the following\b",  # "We recommend the following:"
)
# ... but not a list weighed: "The participants discussed three proposals: …"
WEIGHS_LIST = words(
    r"(?:discuss|debat|consider|examin|review|compar|weigh|stud|analys|analyz|assess)\w* (?:\w+ ){0,2}?(?:two|three|four|five|six|\d+) "
)
LIST_NUMBER = re.compile(r"\(?\d{1,2}[.)]")
LIST_ITEM = re.compile(
    r"^\s*[-•*–]\s|^\W*(?:(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|finally|next|lastly)\b|\d+[.)])"
    r"|^\W*the (?:first|second|third|fourth|fifth|last|next) (?:(?:one|recommendation|step|proposal) )?is\b",  # "The third is to create …"
    re.IGNORECASE,
)
# The head noun a proposal's name ends in ("the NATO-Russia Council"), by which the text may go on to name it ("the
# council itself should be wound up"), and that phrase.
_HEAD = r"(council|treaty|conference|summit|forum|charter|hotline|channel|convention|pact|organi[sz]ation|structure|architecture)"
NAME_HEAD = re.compile(_HEAD + r"s?\W*$", re.IGNORECASE)
_OF_THAT_KIND = r"of (?:that|this|the same) (?:kind|sort|type)\b"
SHORT_NAME = re.compile(
    r"\b(?:the|this|that|a new|another|(?:a|an|any)(?= \w+ "
    + _OF_THAT_KIND
    # "A conference held while Russian troops occupy a fifth of Ukraine would reward the aggressor"
    + r"| \w+ (?:held|convened|signed|called|organi[sz]ed|hosted)\b"
    # the kind judged: "A treaty is therefore not a realistic goal", "A treaty is only as good as …"
    + r"| \w+ (?:is|are|would be|will be|remains) (?:therefore |thus |simply |still )?(?:not|hardly|no longer|only|never)\b"
    # the kind placed and judged: "A summit in Budapest would rest on the ambitions of its host"
    + r"| \w+ in (?-i:[A-Z])\w+ (?:would|will|could|might)\b)) "
    + _HEAD
    # ("a summit of that kind", "a summit in Budapest would …", but not "the council of Europe")
    + r"\b(?! (?:of|on|for|in|between|with)\b(?<! of(?= (?:that|this|the same) (?:kind|sort|type)\b))"
    + r"(?<! in(?= (?-i:[A-Z])\w+ (?:would|will|could|might)\b)))",
    re.IGNORECASE,
)
# A head noun names what its kin named: "The original Helsinki conference … a summit of that kind"
HEAD_KIN = {"conference": "summit", "summit": "conference"}
ANY_OF_KIND = re.compile(r"\b(?:any|every|each|no)\s+$", re.IGNORECASE)  # before a head noun: the kind itself
HEAD_WORD = re.compile(r"\b" + _HEAD + r"s?\b", re.IGNORECASE)
HEAD_AFTER = re.compile(r"\s+" + _HEAD + r"s?\b", re.IGNORECASE)  # a name's head after it: "the Helsinki| conference"
# A letter to the editor quotes what a newspaper's writer proposed ("Sir, your correspondent suggests that …"), and
# answers it, paragraphs later, by its owner: "Your correspondent's idea is generous, but it is a fantasy."
_SOURCE = r"\b(?:your|the paper's|the paper’s) (?:[\w-]+ )?(?:correspondent|columnist|leader writer|reviewer|editorial|leader)"
QUOTED_SOURCE = re.compile(_SOURCE + r"\b", re.IGNORECASE)
SOURCE_IDEA = re.compile(_SOURCE + r"(?:'s|’s) (?:idea|proposal|plan|suggestion|scheme|case|remedy)\b", re.IGNORECASE)
# Options the text sets out in order, and the one it then picks: "The first is a Helsinki-style conference … The
# second is a legally binding treaty … We recommend the second."
_ORDINAL = r"(first|second|third|fourth|fifth)"
_OPTION = r"(?: (?:one|option|model|approach|path|proposal|idea|route|course|scenario|choice))?"
ORDINAL_ITEM = re.compile(r"^\W*the " + _ORDINAL + _OPTION + r" (?:is|was|would be)\b", re.IGNORECASE)
# ... or numbers: "Option 1: restore the council. Option 2: a military channel. … Recommendation: Option 2."
_NUMBERED = r"(?:option|scenario|alternative|course|approach|model)\s+(\d{1,2}|[a-e])\b"
NUMBERED_ITEM = re.compile(r"^\W*" + _NUMBERED + r"\s*[:.)–-]", re.IGNORECASE)
NUMBERED_PICK = re.compile(
    r"\b" + _NUMBERED + r"(?=\s*(?:[.,;!?)]|$)|\s+(?:is|would|will|should|must|has|offers|seems|remains|deserves)\b)",
    re.IGNORECASE,
)
ORDINAL_PICK = re.compile(
    r"\bthe (first|second|third|fourth|fifth|former|latter)"
    + _OPTION
    + r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:is|would|will|should|must|has|offers|seems|looks|remains|deserves)\b)",
    re.IGNORECASE,
)


def option_item(sentence: str) -> str:
    """The ordinal or number of the option the sentence sets out ("The second is …", "Option 2: …"), or ""."""
    found = ORDINAL_ITEM.match(sentence) or NUMBERED_ITEM.match(sentence)
    return found.group(1).lower() if found else ""


def option_pick(clause: str) -> str:
    """The ordinal or number of the option the clause picks ("We recommend the second", "Option 2."), or ""."""
    found = ORDINAL_PICK.search(clause) or NUMBERED_PICK.search(clause)
    return found.group(1).lower() if found else ""


# A clause that names no proposal but points back at one: "…; it is a fantasy".
# A noun that points back to a proposal named before ("any such offer", "the proposal"); "it" and "that" may as
# well be a country or a minister, so only these make a sentence an answer to what was named before.
_POINTING_BACK = (
    _NO_LONGER_DO,
    r"(?:no longer|not any more) (?:think|believe) so\b",  # "… I would have said that Europe needed a new treaty. I no longer think so."
    r"(?:rebuild|restore|revive|keep|strengthen|need|pursue) both(?=\W*$)",  # "… it was joined by arms control. We should rebuild both."
    r"such (?:a|an)? ?\w+",
    r"(?:should|must|ought to|could) do what (?:their|our|its|his|her) (?:predecessors|forebears|fathers|grandfathers|elders) did\b",  # "… and Helsinki gave it a framework. Europe's leaders should do what their predecessors did"
    r"^\W*the last (?:ones|one|few|two|three)\b(?= (?:worked|went|turned out|ended)\b)",  # "… another treaty with Moscow. The last ones worked so well."
    r"(?:a|an) similar (?:status|arrangement|model|deal|body|forum|treaty|council|conference|summit|channel|guarantee)\b",  # "Austria's neutrality … A similar status …"
    r"the (?:idea|proposal|plan|scheme|project|notion|motion|initiative|offer|draft|model)(?! (?:of|that|to|for)\b)",  # "the idea of new rules" is new
    r"(?:a|the) new one",
    r"the next (?:proposal|plan|initiative|offer)(?! (?:of|for|to|that)\b)",  # "… three proposals … The next proposal should be filed …"
    r"(?:signing|joining|holding|convening|attending) one\b",  # "Signing one would be a triumph of hope over experience"
    r"seek(?:s|ing)? one\b",  # "Europe should not seek one"
    r"(?:should|must|could|ought to) have one(?=\W*$)",  # "Today NATO and Russia have no such line. They should have one."
    r"another one",
    r"(?:host|hold|convene|sign|attend)(?:ing)? another(?=\W*$|\s*[,;.])",  # "We have hosted one. We would host another, but …"
    r"(?:a|any|no) new (?:agreement|deal|pact|accord)(?= (?:would|will|could|can|is|was|might|should|must)\b)",  # "A new agreement would be broken", "no new agreement should be signed"
    r"any other(?= (?:would|will|is|was|could|can|must|should)\b)",  # "…, and that any other would be a show"
    r"something (?:of the kind|of the sort|like (?:it|that|this)|similar)",  # "Something of the kind is overdue"
    r"(?:calls?|demands?|proposals?|hopes?) for one\b",  # "Until someone does, calls for one are wishful thinking"
    r"(?:any|no) (?:[\w-]+ )?(?:proposals?|offers?|initiatives?|ideas?|plans?) (?:from|by) (?-i:[A-Z])\w*",  # "no proposal from Minsk"
    r"(?:wrong|right|mistaken) (?:about|on) both",  # "… and that a common economic space would follow. I was wrong about both."
    r"^\W*it (?:was|is|would be|remains) (?:a|an) (?:[\w-]+ ){0,2}(?:idea|proposal|plan|notion|scheme|museum piece)\b",  # "It was a bad idea then", "It is a museum piece now."
    r"(?:writing|signing|negotiating|drafting|agreeing) new ones\b",  # "Cyber norms … Writing new ones with Moscow would be a waste of ink."
    r"(?:should|must|could) (?:at least |still )?try(?: it)?(?=\W*$)",  # "A cyber truce sounds fanciful. So did … We should at least try."
    r"(?:should|must|could) (?:start|begin) there\b",  # "But norms are possible: … We should start there."
    # "… officers met under the Incidents at Sea Agreement … NATO has no equivalent with Russia today. It should create one"
    r"(?:has|have|had) no equivalent\b",
    r"(?:create|build|set up|establish) one\b(?! (?:of|day)\b)",
    r"(?:the|that|this) temptation (?:should|must|ought to) be resisted",  # "It is tempting to propose a new Helsinki. The temptation should be resisted."
    r"(?:keep|kept|keeps|keeping) (?:proposing|pushing|pressing for|offering|tabling) (?:them|it)\b",  # "Moscow has rejected every proposal for norms … That is a reason to keep proposing them"
    # replies to what was just named: "… it produced Minsk II. Thanks, but no."; "… has called for a new Helsinki
    # conference. I say to him: not while …" (a clause each)
    _THANKS_BUT_NO,
    r"^\W*no,? thanks?(?: you)?(?=\W*$)",  # "… a Europe in which Moscow held the gas valve. No thank you."
    _SPARE_ME,
    _PASS,
    _ASK_HOW_IT_ENDED,
    _RIGHT_AFTER_THEY_STOP,
    r"(?:my|our|his|her|the) doors? (?:is|are|remains?|stays?|will be) open(?=\W*$)",  # "Would you sit down with the council? … my door is open"
    r"(?:should|must|would|will) say yes(?=\W*$)",  # "… will ask to join NATO. The alliance should say yes."
    r"^\W*(?:and )?i say to (?:him|her|them)(?=\W*$)",
    r"^\W*(?:(?:a|answer): )?"
    + _UNTIL_THEN
    + r"(?:there is )?nothing to (?:sign|negotiate|discuss|talk about|sit down about)(?=\W*$)",  # "… Russia wants to redraw it. Nothing to sign."
    # a concession keeps to what was just named: "Sceptics say a cyber hotline would never be answered. Perhaps. But …
    # it costs almost nothing to install. Europe and Russia should have one."
    r"^\W*(?:perhaps|maybe|possibly|granted|true|fair enough)(?: so)?(?=\W*$)",
)
POINTS_BACK = words(*_POINTING_BACK)
ANAPHORA = words(
    r"it",
    # "The exchanges … that the Vienna Document once required … Restoring them, even partially, would do more …"
    r"^\W*(?:restoring|reviving|reopening|rebuilding|resuming|keeping|strengthening|reinstating) them\b",
    r"^\W*(?:bring|restore|revive|reopen|rebuild|reinstate) (?:them|it) back\b",  # "… the inspections … Bring them back"
    # "… asked Brussels to join its Eurasian security forum. Europe should decline the invitation."
    r"(?:should|must|will|would|ought to) (?:politely |firmly )?(?:decline|refuse)(?: (?:the|this|that|its|their) (?:invitation|offer|overture))?(?=\W*$)",
    r"they (?:must|should|need to|have to) (?:be|become)",  # "Channels ... were cut. Commanders say they must be reopened."
    r"this(?! (?:chapter|report|paper|newspaper|magazine|article|book|study|brief|essay|column|letter|speech|week|month|year|morning|afternoon|evening|spring|summer|autumn|winter)\b)",  # not "This chapter recommends …"
    # not "… but that she supported talks", "so that …", "The chair noted that no participant supported …"
    r"(?<!so )(?<!such )(?<!now )(?<!noted )(?<!observed )(?<!recorded )that(?! (?:he|she|they|we|i|you)\b)",
    r"(?:sign|join|hold|convene|attend|negotiate)s? one\b",  # "Should the West sign one?" (what the sentence before named)
    r"(?:already )?(?:have|has) one(?=\W*$)",  # "Do NATO and Russia need a hotline? They have one."
    *_POINTING_BACK,
)
# A sentence that only denies what the one before said of it: "NATO and Soviet commanders could pick up a phone.
# Today they cannot. We should fix that.": it speaks of the same thing, so "that" after it still points back.
ELLIPTICAL_DENIAL = re.compile(
    r"^\W*(?:[\w,]+ ){0,3}?(?:they|it|he|she|we) (?:cannot|can't|can’t|could not|couldn't|couldn’t|do not|don't|don’t"
    r"|does not|doesn't|doesn’t|will not|won't|won’t|are not|aren't|aren’t|is not|isn't|isn’t)(?: either| any more)?\W*$",
    re.IGNORECASE,
)
# A precedent: "A cyber truce sounds fanciful. So did the Incidents at Sea Agreement … We should at least try.":
# what the text goes on to call for is the truce, not the agreement it compares it with.
# A sentence denying that what the sentence before reports was said: "An article said that the chancellor had called
# for a new architecture. The chancellor did not say this."
DENIES_REPORT = re.compile(
    r"^\W*(?:[\w'’-]+ ){1,4}(?:did not|didn't|didn’t|never) (?:say|said) (?:this|that|so|anything of the kind)\b",
    re.IGNORECASE,
)
PRECEDENT = re.compile(
    r"^\W*so,? (?:[^,;]{1,30}, )?(?:did|was|were|had|has|have|does|do)\b", re.IGNORECASE
)  # "So, in 1950, was …"
# ... which answers a judgement of mere appearance before it ("sounds naive", "seemed absurd")
APPEARS = words(r"(?:sounds?|sounded|seems?|seemed|looks?|looked)")
# ... or that a bare denial answers: "A cyber hotline sounds naive. It is not."
APPEARANCE_DENIED = re.compile(
    r"^\W*(?:but )?(?:it|this|that|they) (?:is not|are not|was not|were not|isn't|isn’t|aren't|aren’t|wasn't|wasn’t"
    r"|weren't|weren’t)(?: so| at all)?\W*$",
    re.IGNORECASE,
)
# A question whether it is dead ("Q: Is arms control dead?"): a bare "No." to it says it lives
ASKS_IF_DEAD = re.compile(
    r"\b(?:dead|over|finished|doomed|hopeless|impossible|a lost cause|history)\W*\?\W*$", re.IGNORECASE
)
# ... unless the reply says so itself: "Is the council dead? Dead and buried."
SAYS_DEAD = words(r"dead", r"buried", r"finished", r"over", r"history")
# Someone else's rejection, told as history ("was rejected by NATO within weeks"): an old quarrel, not the text's
REJECTED_BY = words(
    r"(?:was|were|had been) (?:[\w-]+ )?(?:rejected|dismissed|turned down|vetoed|blocked|rebuffed) by",
    # "Moscow's earlier proposals for legally binding guarantees from NATO, which the alliance rejected in January 2022"
    r"(?:which|that) (?:the )?(?:[\w-]+ ){0,2}(?:rejected|turned down|vetoed|rebuffed)\b",
    # "NATO allies rejected Russia's demand for a legally binding ban on further enlargement in January 2022"
    # (not "dismissed Russia's draft treaties of December 2021 as an attempt to …": a judgement the text reports)
    r"(?:rejected|turned down|vetoed|rebuffed) (?:russia|moscow|the kremlin|medvedev|putin)(?:'s|’s) (?:[\w-]+ )?(?:demands?|proposals?|drafts?|calls?|offers?|plans?)",
)
# A reply on a condition: "If it includes Europe, yes. If it is a club of autocrats, no." ("Useful, if …")
CONDITIONAL_REPLY = re.compile(r"^\W*(?:a: )?(?:[\w-]+,? )?if\b", re.IGNORECASE)
INSTEAD = words(r"instead")
# "… rejects the idea of a new treaty, arguing that …": what "it" or "that" then means is this, not the proposal before
NEW_TOPIC = words(r"the (?:idea|proposal|plan|notion) (?:of|for)")
# "should resume talks, because 'the most dangerous moment is when the sides stop talking'", "should be talking, if
# only to make sure that the next drone does not start a war nobody wants": the reason for a call, or its purpose
REASON = re.compile(r"\b(?:because|if only to|so as to|to make sure|in order to)\b", re.IGNORECASE)
# "Why not simply invite Russia into NATO? Because …": the answer to the question before, which it may overturn
ANSWERS_WHY = re.compile(r"^\W*because\b", re.IGNORECASE)
# "Estonia, which suffered the first cyber attack in 2007, wants …": the past is the actor's, not the call's
ACTOR_ASIDE = re.compile(r"^(\W*(?!The\b)[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}), (?:which|who) [^,;]*,")
# A text that reports a debate and says it takes no side in it: the calls and rejections near it are the debaters'.
NO_SIDE = words(
    r"neither side (?:moved|budged|gave way|gave ground|yielded)\b",  # "… want it closed; … want it widened. Neither side moved."
    r"(?:does|do|did) not take (?:a )?(?:sides?|position|stance)",  # "The report does not take a position on the question."
    r"(?:did|do|does) not agree (?:on|about) (?:what|how|whether|which)\b",  # "They did not agree on what should replace it"
    r"(?:meant|intended|designed) to open (?:a|the) debate\b",  # "The ministry said the conference was meant to open a debate"
    r"(?:does|do|did) not say which (?:it|they|he|she|one) (?:prefers?|favou?rs?|recommends?|backs?)",
    r"takes? no (?:sides?|position|stance)",
    r"(?:does|do|did) not (?:assess|judge|evaluate|weigh|decide) whether\b",  # "The article does not assess whether such an architecture is desirable"
    r"without (?:taking (?:a )?(?:sides?|position|stance)|choosing|comment)",
    r"both (?:had|have|has) a point",
    r"(?:said|says|thinks?|thought|found|finds) (?:that )?both (?:sides )?(?:were|are) right\b",  # "An American scholar said both were right."
    r"neither side convinced",
    r"leaves? the choice to",
    r"(?:mentions?|endorses?|backs?|takes?|adopts?|supports?) neither (?:view|side|position|camp|proposal)",
    r"without (?:a |any )?verdict",
    r"(?:gives?|prints?|presents?|publishes) both (?:essays|views|sides|arguments|positions|cases)",
    r"(?:describes?|reports?|sets? out|summari[sz]es?) both (?:positions|views|sides|arguments|cases)\b",  # "The report describes both positions"
    r"(?:arguments|the case|cases) for and against",
    r"the case for [^.;]{0,60}\band the case against",
    r"leav(?:e|es|ing) (?:it to )?(?:the )?readers? to (?:decide|judge|make up)",
    r"(?:drew|draws?|reached|reach(?:es)?|came to|adopted) no (?:conclusions?|verdict)",
    r"(?:the|this) debate (?:would|will) (?:go on|continue)\b",  # "The moderator closed by saying the debate would go on"
    r"(?:nobody|no one|no speakers?|no delegates?)\b[^.;]{0,40}?\b(?:spoke|argued|voted|came out) (?:against|for)\b",  # "Nobody at the conference spoke against arms control"
)
# Someone else's silence on a debate the text reports: "Hungary called for talks. Poland said they would reward
# aggression. The EU did not comment." (after a call alone, "Other allies did not comment" leaves the call standing)
NO_COMMENT = words(
    r"declin(?:e|es|ed|ing) to comment",
    r"(?:did|does|do) not comment(?: on (?:it|them|either|the (?:proposals?|calls?|idea|exchange|dispute)))?(?=\W*$)",
    r"(?:would|will|did|does|do|could) not comment on",  # "she would not comment on calls for a new treaty"
    r"(?:had|has|have) no comment",
    r"(?:did|does|do) not take part in the debate\b",  # "The chancellor did not take part in the debate."
)
# A choice left to others: "Whether it could work for Ukraine is for Ukrainians to decide, not for Vienna."
DEFERS = words(
    r"(?:is|are|was|were|remains?) (?:a question |a matter |one |something )?(?:for|up to) (?:[\w'’-]+ ){1,3}to (?:decide|choose|judge|say|determine|keep or (?:change|drop|end|abandon))",
    r"(?:each|every) (?:nation|country|state|people) (?:must|should|has to|had to|can|could|may|is free to|was free to) choose (?:its|their) own (?:path|way|future|alliances?|course)",
    r"(?:a|the) (?:choice|decision) (?:that )?(?:each|every) (?:nation|country|state|people) (?:must|should|has to|can|may) (?:make|take) for (?:itself|themselves)",
    r"(?:is|are) not (?:considered|discussed|examined|addressed|covered)(?: here| in (?:this|the) (?:report|paper|study))?(?=\W*$)",  # a report's scope
    r"(?:support|supports|accept|accepts|respect|respects|back|backs) (?:whatever|any (?:choice|decision|status)) (?:[\w'’-]+ ){0,3}(?:choose|chooses|decide|decides|want|wants)\b",  # "I support whatever Ukrainians choose."
)
# "Many experts say talks with NATO are useless; the analyst disagrees": the view before is turned round.
DISAGREES = words(
    r"disagree(?:s|d)?(?! on| about| over| among| between| with (?:each|one) other)",  # not "They disagreed on almost everything else"
    r"begs? to differ",
    r"(?:(?:does|do|did) not|doesn't|don't|didn't) agree(?! to| on| about| over| among| between)",  # not "They did not agree on Ukraine's status"
    r"(?:am|is|are|was|were) not (?:among|one of) them",
    r"^\W*(?:no\W+)?(?:we|i|they|europe|it) (?:do|does|did) not(?=\W*$)",  # "I keep hearing that we need a 'new Helsinki'. We do not."
    r"^\W*(?:no\W+)?it (?:cannot|can't|can’t|could not|couldn't|couldn’t|will not|won't|won’t)(?=\W*$)",  # "… the idea that the war can be ended by a summit. It cannot."
    r"^\W*(?:they|he|she|both|both of them|all of them) (?:are|is|were|was) (?:quite |simply |badly |sadly )?(?:mistaken|wrong)\b",  # "Some diplomats hope that … They are mistaken."
    r"(?:rejected|dismissed|opposed|voted down) (?:both|them all|all of them|both of them)\b",  # "X called for A and B; most rejected both"
    r"^\W*(?:that|this) (?:is|was|would be) (?:a |an )?(?:mistake|error)\b",  # "Some analysts want arms control to wait. That is a mistake"
    r"\band (?:a|an) (?:wrong|mistaken|misguided|dangerous) one\b",  # "It is a bold case and a wrong one"
    # "Ivanova argues that only a new Helsinki conference can end … The argument is elegant and, in this reviewer's view, wrong"
    r"^\W*(?:the|this|that|his|her|their) (?:central |main )?(?:argument|thesis|case|claim|reasoning) is [^.;:?]{0,60}\b(?:wrong|mistaken|misguided|unconvincing)(?=\W*$|\s*[:;.])",
    # … and its verdict after "but": "The argument is brave but, I think, mistaken"
    r"^\W*(?:(?:i|we) (?:think|believe|fear),?\s*|in (?:my|our|this [\w'’-]+) view,?\s*)?(?:wrong|mistaken|misguided|unconvincing)(?=\W*$)",
    r"^\W*(?:i|we) (?:do not|don't|did not|didn't) (?:know|understand) what (?:they|he|she|you) mean",  # "Some partners speak of a new architecture. I do not know what they mean."
    r"(?:forget|forgets|forgot|overlook|overlooks|overlooked|ignore|ignores|ignored) (?:that|how|what)\b",  # "Your correspondent argues for X. He forgets that ..."
    r"^\W*(?:has|have) (?:he|she|they|you|the author|the writer) (?:already |conveniently )?forgotten\b",  # "Your correspondent calls for X. Has he forgotten the gas cut-offs?"
    r"(?:changed|change) (?:my|our|his|her|their) minds?\b",  # "I used to think neutrality was the way out. Bucha changed my mind."
    r"(?:is|are) (?:of course |perfectly )?entitled to (?:his|her|their|its) (?:own )?(?:opinions?|views?)",  # "… says Europe should negotiate a treaty. He is entitled to his opinion."
    r"^\W*(?:would|does|do) (?:the (?:editors?|author|writer|minister)|your (?:leader|leader writer|correspondent|editorial)|he|she|they) (?:rather|prefer)\b",  # "Your leader dismisses a hotline … Would the editors prefer that the next incident be settled by guesswork?"
    r"^\W*(?:but )?(?:i|we) (?:am|are|remain) (?:not |un)(?:persuaded|convinced)(?: by (?:it|this|that|them|him|her))?(?=\W*$)",  # "Keller argues for X. The argument is elegant; I am not persuaded."
    # (the callers, named again: not "Any politician who proposes it again should be asked …", a rejection of its own)
    r"^\W*(?:they|he|she|the [\w-]+|its (?:advocates|supporters|champions|proponents)) should be asked (?:what|why|how|whether)\b",  # "Every few years an industrialist calls for X. … The industrialists should be asked what has changed."
)
# A call challenged in a few words: "They tell us that Europe needs a new security architecture. Built by whom?"
CHALLENGE = re.compile(
    r"^\W*(?:[\w-]+ ){0,2}(?:by|on|with|for|in|from|against|between) (?:whom|whose(?: [\w-]+)?)\W*\?\W*$"
    r"|^\W*(?:[\w-]+: )?(?:and )?to (?:say|discuss|talk about|agree on|achieve|negotiate) what\W*\?\W*$"  # "Should the council meet again? To say what?"
    # "… asked whether NATO should revive the NATO-Russia Council. 'Revive it for what?' she replied."
    r"|^\W*[\w-]+ (?:it|them|that|this) for what\W*\?(?:\W*(?:[\w'’-]+\s+){1,4}(?:said|says|replied|replies|answered|asked))?\W*$",
    re.IGNORECASE,
)
# "Some diplomats want arms-control talks to resume; the author thinks they are right": the view before is taken up.
AGREES = words(
    r"(?:think|thinks|thought|believe|believes|believed|say|says|said|find|finds|found) (?:that )?(?:they|he|she) (?:are|is|were|was) right",
    r"agree(?:s|d)? with (?:them|him|her)",
    r"^\W*(?:and )?(?:they|he|she) (?:are|is|were|was) (?:quite |entirely )?right to(?: do so)?(?=\W*$)",  # "…, and they are right to."
    r"^\W*(?:i|we) (?:fully |entirely |wholly )?agree\b(?! to| on| about| with| that)",  # a letter: "Your editorial calls for X. I agree, but only if …"
    r"sides? with (?:them|him|her)",
    r"(?:is|are|was|were|counts? (?:himself|herself|itself|themselves)) (?:among|one of) them",
    r"shares? (?:this|that|their|his|her) (?:view|hope|conviction)",
    r"(?:is|are|was|were) open to (?:one|it|them|the idea|such an? \w+)",  # "... has said he is open to one"
)
NEGATION = words(r"not", r"never", r"no longer", r"\w+n't")
# "Some want X. The minister does not: ..." disagrees, with its reasons after the colon (a bare "does not" only
# declines to join the call).
DECLINES = re.compile(r"\b(?:does|do|did) not\W*$", re.IGNORECASE)
_CONTRAST_WORDS = (r"but", r"however", r"yet")
CONTRAST = words(*_CONTRAST_WORDS)
TURN = re.compile(r"^\W*(?:" + "|".join(_CONTRAST_WORDS) + r")\b", re.IGNORECASE)  # a sentence opening with one
CORRECTION = re.compile(r"^\W*(?:it|this|that|they) (?:is|are|was|were)\b", re.IGNORECASE)
DENIAL = re.compile(r"^\W*(?:it|this|that) (?:is|was|would be|will be) (?:not|never)\b", re.IGNORECASE)

# A question between two answers names both and takes neither: "Moldova's neutrality: a shield or a trap?"
EITHER_OR_QUESTION = re.compile(r"\b(?:a|an) [\w-]+ or (?:a|an) [\w-]+\W*\?\W*$", re.IGNORECASE)
# "The answer to Russian hacking is defence, not signatures": the proposal named as the problem is not the answer
PROBLEM = re.compile(
    r"\b(?:the|an?) (?:[\w-]+ )?(?:answer|response|solution|remedy) to ([^.;:]{1,60}?) (?:is|was|lies in|would be)\b",
    re.IGNORECASE,
)
# A question asks, it does not call: "Should NATO talk to Russia?" (but "Why not talk to Russia?" urges).
# "Why not?" and "If Russia becomes a democracy, why not?" are no questions but a yes.
ASKS = re.compile(r"^(?!\W*(?:if [^?]{1,80}, )?why not\b).*\?\W*$", re.IGNORECASE | re.DOTALL)
# ("Question (ORF): …", a press conference's questioner and their outlet)
# The interviewee's label, which ends the interviewer's turn: "A: …", "Chancellor: …"
ANSWER_LABEL = re.compile(r"^\W*(?:(?:a|answer|[A-Z][\w.'’ -]{0,30})\s*:|A\.\s)", re.IGNORECASE)
INTERVIEWER = re.compile(
    r"^\W*(?:q|question|interviewer|anchor|presenter|moderator|reporter|journalist)(?:\s*\([^)]{1,40}\))?\s*[:.]"
    # a written parliamentary question: "Mr Alan Grieve (Ashford) (Con): To ask the Secretary of State whether …"
    r"|^\W*(?:[^:?]{1,80}:\s*)?to ask (?:the|his|her|my)\b",
    re.IGNORECASE,
)
ADDRESSED = words(r"you", r"your")  # "Q: You have called for a new treaty.": the interviewee's call
# A question the text reports being put: "The minister was asked about calls for new talks." The next sentence answers it.
REPORTED_ASKING = re.compile(
    r"\b(?:am|was|were|is|are|been|being) (?:often |also |always |sometimes |regularly |frequently )?asked,? (?:\w+,? ){0,5}?(?:about|whether|if)\b"
    # (not "Asked whether Armenia would seek neutrality, he said that …": the sentence holds its answer; the topic of
    # "Asked about X, the French minister said …" the next sentence may take up: "The Polish minister was blunter: …")
    r"|^\W*asked about\b|^\W*asked (?:whether|if)\b(?![^.]*,\s+(?:[\w'’-]+\s+){0,4}?(?:said|says|replied|answered|told)\b)",
    re.IGNORECASE,
)

# A year in a comparison does not tell history: "a conference that would do what Helsinki did in 1975".
ANALOGY = words(
    r"as (?:they|it|we|[\w-]+) (?:were|was|did|had been) (?:during|in) the cold war",  # "be handled under agreed procedures, as they were during the Cold War"
    r"(?:as|like) in (?:19|20)\d\d",
    # "as they did in Helsinki in 1975", "as the Incidents at Sea Agreement did for the oceans in 1972"
    r"(?:as|what) [\w'’ -]{1,40}? did (?:for [\w'’ -]{1,30}? )?(?:in|at) [\w-]+",
    r"as (?:in|at) [\w-]+,? (?:\w+ )?(?:years|decades) ago",  # "as at Helsinki fifty years ago"
    r"the (?:one|path|course|road|way) (?:[\w'’-]+ ){1,2}(?:took|chose|followed) in (?:19|20)\d\d",  # "the one Austria took in 1955"
    # "like the one … signed in 1972", "on the model of the one the United States and the Soviet Union signed in 1972"
    r"(?:like|(?:on|after) the (?:model|example|pattern) of) the one (?:[\w'’-]+ ){1,8}(?:signed|agreed|held|reached|made|concluded) in (?:19|20)\d\d",
    # "a conference like Helsinki in 1975", "on the model of Austria in 1955", "a status like Finland's in the Cold War"
    r"(?:like|comparable to|modell?ed on|(?:on|after|following) the (?:model|example) of) (?:[\w'’-]+ ){1,2}"
    r"(?:in (?:19|20)\d\d|(?:during|in) the cold war)",
    r"(?:on|after) the (?:model|example|pattern) of (?:19|20)\d\d",  # "a new conference …, on the model of 1975"
    r"(?:modell?ed|based|patterned) on the (?:19|20)\d\d\b",  # "an agreement …, modelled on the 1972 Soviet-American agreement"
)
# A clause about now beside one about the past: "Moscow still wants a treaty, and the drafts of 2021 remain a basis".
# "would stay neutral, as its parliament decided in 2007": the date tells where the call comes from, not of a past call
ENDED = re.compile(
    r"\b(?:which|that) (?:\w+ )?(?:ended|expired|lapsed|collapsed|broke down|suspended|froze|halted|(?:was|were) (?:closed|cut|shut|suspended|frozen))\b[^,;]*"
    r"|,\s*as (?:[\w'’-]+ ){0,3}(?:decided|agreed|declared|resolved|voted|promised)\b[^,;]*"
    # "… and for the restoration of military-to-military contacts between NATO and Russia, suspended since 2014"
    r"|,\s*(?:suspended|frozen|halted|cut|closed|broken off|interrupted) (?:in|since) (?:19|20)\d\d\b[^,;]*"
    # "propose the mutual notification of large exercises, which both sides practised until 2021"
    r"|\b(?:which|that) (?:[\w'’-]+ ){0,3}(?:practi[sc]ed|kept|observed|used|maintained|followed|applied) (?:[\w'’-]+ ){0,2}until (?:19|20)\d\d\b[^,;]*"
    # "Russia's demand for binding guarantees, first set out in two draft treaties in December 2021": the origin of a
    # demand still made (not "Moscow's draft, published in December 2021, demanded …")
    r"|,\s*first (?:set out|put forward|made|tabled|published|floated) (?:[\w'’-]+ ){0,4}?(?:in|at) [^,;]*"
    r"|,\s*(?:building|drawing) on (?:its|their|our|his|her) (?:[\w-]+ )?(?:experience|record|role)\b[^,;]*"  # "…, building on its experience as host of the Bürgenstock summit in 2024"
    # "ready for talks on a new treaty, 'on the basis of the proposals of December 2021'": the old basis of a new call
    r"|\bon the basis of (?:the |its |their )?(?:[\w'’-]+ ){0,2}(?:proposals?|drafts?|texts?|principles|agreements?)\b[^,;]*",
    re.IGNORECASE,
)
STILL = words(
    r"still",
    r"(?:remains?|remained|stays?|stayed) on the table",  # "Moscow's draft treaties of December 2021 remained on the table"
    _REGRET_NOT,
    _SHOULD_HAVE,
    _KEEPS_OPEN,
    _NOT_WITHDRAWN,
    r"to this day",
    r"continues? to",
    r"another one",  # "... and called for another one"
    r"(?:take|pick) (?:it |them )?up again|reviv(?:e|ed|ing)|resurrect\w*|dust(?:ed|ing)? off",  # "should take up again"
    r"the first (?:[\w-]+ ){0,6}?since",  # "a meeting of military chiefs, the first since 2021"
    r"before (?:[\w'’-]+ ){1,8}(?:returns|comes back|begins again)\b",  # "before the arms race of the 1980s returns"
    # "meet … to reaffirm the principles of 1975": the past as the content of a call
    r"(?:to|would|will|could|should) (?:reaffirm|restate|renew|uphold|recommit to|build on|update|modernise|modernize) (?:[\w'’-]+ ){0,3}(?:principles|commitments|spirit|rules)",
    rf"(?:in|by|before) {_FUTURE_YEAR}",  # "meet in 2027": a call for the future
    r"(?:should|must|ought to) (?:now )?(?:become|be made)\b",  # "The norms of 2015 are voluntary; they should become binding"
    r"(?:borders|frontiers) of (?:19|20)\d\d",  # "any Russian government that accepts the borders of 1991": a term of the call
    r"(?:is|are) (?:both )?(?:[\w-]+ and )?(?:urgent|overdue)\b",  # "a return to the Vienna Document's inspections is both feasible and urgent"
)
# The text speaking for itself (an opinion piece's author), not reporting someone else.
# A review's "the author" is the reviewed book's, not the text's own voice: "Book review … The author's thesis is …"
REVIEW = re.compile(r"^\W*(?:book |film )?review\b", re.IGNORECASE)
THE_AUTHOR = words(r"the authors?(?:'s|’s)?")
_RIGHT_TO = r"(?:are|is|were|was|have been|has been) (?:quite |entirely )?right to"
# Agreeing with a view reported: "Your leader (14 March) is right to dismiss the talk of …"
RIGHT_TO = words(_RIGHT_TO)
OWN_VOICE = words(
    r"the authors?",
    r"(?:he|she|they) (?:writes|wrote|argues|concludes)",
    r"this (?:column|commentary|article|op-ed|paper|report)",
    r"in (?:his|her|my|our|the author's|the authors') view",
    r"(?:i|we) (?:believe|think)",
    r"(?:they|he|she) (?:are|is|were|was) (?:quite |entirely )?right to(?: do so)?(?=\W*$)",  # "Western governments rejected it, and they are right to."
    _RIGHT_TO
    + r" (?:refuse|reject|resist|oppose|ignore|dismiss|decline|turn \w+ down|say no)",  # "Western governments have been right to refuse it"
)
# "Rather than talk about neutrality, the West should…": what follows the cue, up to a comma, is set aside.
# So is what a thing "will not come from": "A new order will not come from a summit" (the order itself is not rejected),
# and what is recommended "neither … nor": "It recommends neither neutrality nor NATO membership, but …".
# A sentence that spells out the call of the one before: "What I do support is a patient rebuilding of trust. That
# means talks on military risk reduction …"
SPELLS_OUT = re.compile(r"^\W*(?:that|this) (?:means|would mean|entails)\b", re.IGNORECASE)
# Keeping to the old rules: "Russia should return to the Final Act" calls for no new summit.
UPHOLDS = words(
    r"(?:return|go back|come back|get back|recommit|adhere|abide|comply|live up)\w*(?: \w+){0,2}? (?:to|by|with)",
    r"(?:respect|honou?r|uphold|observe)\w*",
)
SET_ASIDE = re.compile(
    r"\b(?:rather than|instead of|"
    + _PREFERRED_TO
    # "Europe should build missiles, not sign treaties limiting them"
    + r"|(?<=, )not (?:to )?(?=(?:sign|join|build|hold|convene|negotiate|seek|pursue|create|attend|redesign|replace|rewrite|rebuild)\b)"
    r"|(?:recommends?|recommended|proposes?|proposed|wants?|wanted|favou?rs?|favou?red|supports?|supported|advocates?"
    r"|advocated|urges?|urged|seeks?|sought|calls? for|called for|needs?|needed) neither"
    r"|(?:will|would|can|could|does|do|did) not (?:come|emerge|result) (?:from|out of)"
    r"|(?:needs|wants|requires|lacks) is not(?= (?:a|an|the|another|more|new|any)\b)"  # "What Europe needs is not a grand treaty … but modest, verifiable arms control"
    r"|(?:won't|wouldn't|can't|couldn't|doesn't|don't|didn't) (?:come|emerge|result) (?:from|out of))\b"
    # what is set aside runs to the next comma or condition: "a bridge rather than a base if it declared itself neutral"
    r"((?:(?!\b(?:if|unless|provided|once|as long as|so long as)\b)[^,;:])*)",
    re.IGNORECASE,
)
# "…must be rejected; so must any neutrality…": the clause takes the stance of the one before.
ELLIPSIS = re.compile(r"^\W*(?:and )?so (?:must|should|would|does|do|is|are|will)\b", re.IGNORECASE)
# "The general said that arms control was over and that Europe should rearm": two claims, each its own clause, and
# the cues of one are not borrowed by the other.
AND_THAT = r",?\s+\band\s+that\b\s*"
SHARED_CALL = words(r"(?:propos|urg|recommend|demand|insist|suggest)\w* that")
# "He opposed NATO membership for Ukraine and wanted it to stay neutral": a second verb of stance starts a clause.
_STANCE_VERB = r"(?:wants?|wanted|calls?|called|urges?|urged|proposes?|proposed|rejects?|rejected|opposes?|opposed|demands?|demanded|supports?|supported|backs?|backed|endorses?|endorsed)"
# "It rejects neutrality": a pronoun before a verb of stance is the speaker (the report), not the proposal.
PRONOUN_SPEAKER = re.compile(
    r"^\W*(?:it|this|that|they|he|she)\s+(?:also\s+|further\s+|then\s+)?(?:(?:does|do|did|would) not\s+|(?:doesn't|don't|didn't|wouldn't)\s+)?(?="
    + _STANCE_VERB
    + r"\b|(?:recommends?|argues?|says|warns?|suggests?|concludes?|needs?)\b)",
    re.IGNORECASE,
)
# An "it" that speaks of something other than the proposal named before: an elliptical clause's subject is the
# sentence's own ("Europe should trade with Russia where it must, and no more": Europe must), and what is invaded is a
# country ("not with the country that invaded it").
IT_OF_ANOTHER = re.compile(
    # a speaker, not a plan: "as the alternative to a European order it says has failed"
    r"\bit (?:says|said|claims|claimed|believes|believed|thinks|thought|fears|feared)\b|"
    # the state, not the plan: "A treaty with a state that has torn up every treaty it signed"
    r"\b(?:every|each|any|all|the) (?:[\w-]+ )?(?:treat(?:y|ies)|agreements?|promises?|commitments?|deals?|obligations?) "
    r"(?:that |which )?it (?:has |had )?(?:signed|made|gave|given|broke|broken|concluded|ratified)\b|"
    r"\b(?:where|when|if|as|while|because|since) it (?:must|can|may|should|has to|needs to|wants to|will|does|did|could"
    r"|wants|wanted|likes|liked|pleases|pleased|chooses|chose)"
    r"(?=\W*(?:[,;:.]|and\b|or\b|$))"
    r"|\b(?:(?:that|which|who) )?(?:invaded|invades|attacked|attacks|occupied|occupies|annexed|annexes|bombed|bombs|redraws?|redrew|redrawn) it\b"
    # a party, not a plan: "It should be told, clearly and in advance, that the answer will be the same."
    r"|\bit (?:should|must|will|would|needs to|has to) be (?:told|warned|reminded|informed|made to understand)\b(?:[^.;]*?\bthat\b)?"
    # a relative "that" after a generic noun, not the proposal: "We will not support any arrangement that limits …"
    r"|\b(?:any|every|no) (?:[\w-]+ )?(?:arrangement|settlement|deal|solution|outcome|formula|option|scheme|plan|peace)s? that\b",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(
    # (not after a label that says what follows is recommended: "Recommendation: Option 2.")
    r"\s*;\s+|(?<!recommendation)(?<!recommendations)(?<!recommended)(?<!preferred option)(?<!my answer)(?<!our answer)(?<!my proposal)"
    r"(?<!our proposal)\s*:\s+"
    r"|,?\s+\b(?:(?<!\ball )but|while|whereas|although|though|yet|however)\b\s*|"  # (not "dead in all but name")
    + AND_THAT
    + r"|,?\s+\band\s+(?:(?:he|she|they|it|we|i)\s+)?(?:also\s+)?(?="
    + _STANCE_VERB
    + r"\b)"
    # another speaker's own verb of stance: "Nordic officials floated the idea, and Berlin quietly backs the plan"
    + r"|,\s+and\s+(?=(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:\w+ly\s+)?"
    + _STANCE_VERB
    + r"\b)"
    # a verb phrase sharing the subject: "Serbia would remain neutral, would not join NATO and would trade with all"
    # (not "A new one, the historian warns, would only reward ...")
    + r"|,?\s+\band\s+(?=(?:will|would|shall)\s+\w+)|,\s+(?=(?:will|would|shall)\s+(?:not|never)\b)"
    # the other side of an argument: "argues against a new treaty, …, and in favour of restoring inspections"
    + r"|,?\s+\b(?:and|but)\s+(?=(?:in favou?r of|against)\b)",
    re.IGNORECASE,
)
# "Without a NATO-Russia dialogue, an incident could start a war": what the text cannot do without, it calls for.
WITHOUT = re.compile(r"^\W*without\b([^,;:]*)", re.IGNORECASE)

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
        "principle": r"\b(?:principles?|based on|on the basis of|indivisib\w+|sovereign\w*|equality|non-interference|mutual respect|respect for|inclusive\w*|parity)\b",
    }.items()
}

_SPEAKING = (
    r"(?:said|says|argued|argues|noted|notes|stressed|stresses|emphasi[sz]ed|suggested|suggests|called|calls|proposed"
    r"|proposes|urged|urges|warned|warns|believes|insisted|insists|stated|states|told|added|reiterated|wrote|writes)\b"
)
# A speaker named by office rather than by name: "the Polish defence minister said", "the Kremlin spokesman said".
_OFFICE = (
    r"spokes(?:man|woman|person)|(?:prime |foreign |defence |defense )?minister|president|chancellor|ambassador|envoy"
    r"|general|admiral|commander|diplomat|negotiator|official|adviser|advisor|analyst|economist|historian|professor"
    r"|scholar|expert|columnist|commentator|senator|secretary[- ]general|mp"
)
SPEECH = re.compile(
    r"(?:[Aa]ccording to (?P<a>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}))"
    r"|(?P<b>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})(?:,[^,]{3,80},)? "
    + _SPEAKING
    + r"|\b(?P<c>[Tt]he (?:[\w'’-]+ ){0,3}?(?:"
    + _OFFICE
    + r"))(?:,[^,]{3,80},)? "
    + _SPEAKING
)
