"""The suggester: advancing told from mentioning and opposing, verbatim evidence, candidate terms."""

from __future__ import annotations

import pytest

from positions.evidence import locate_quote
from positions.suggest import sentences_of, suggest_positions


def stances(shipped, text: str) -> dict[str, str]:
    return {s.proposal_id: s.stance for s in suggest_positions(text, shipped.proposals)}


@pytest.mark.parametrize(
    "text,proposal,stance",
    [
        ("Europe needs a new Helsinki conference to agree the rules of its security.", "helsinki_summit", "advances"),
        ("The Helsinki Final Act was signed in 1975 by thirty-five states.", "helsinki_summit", "mentions"),
        ("Neutrality is an untenable proposition for Ukraine.", "neutral_status", "opposes"),
        ("Both sides should restore the Vienna Document notifications.", "arms_control", "advances"),
        ("In 2008 Medvedev proposed a European Security Treaty.", "european_security_treaty", "mentions"),
        ("Talk of a 'new Yalta' must be rejected; so must any neutrality forced on Kyiv.", "neutral_status", "opposes"),
        ("The report reviews risk-reduction tools but stops short of proposing new ones.", "arms_control", "mentions"),
        # A named rejection outweighs a call on "it" in the next clause.
        (
            "Kyiv will never accept neutrality; what it wants is NATO membership, and the alliance should offer it.",
            "neutral_status",
            "opposes",
        ),
        (
            "A binding European security treaty with the Kremlin is worthless paper.",
            "european_security_treaty",
            "opposes",
        ),
        ("Georgia's next government should drop the idea of neutrality for good.", "neutral_status", "opposes"),
        # What follows "rather than" is set aside, unless the sentence tells history.
        ("Rather than talk about neutrality, the West should arm Ukraine.", "neutral_status", "opposes"),
        (
            "The Budapest Memorandum, signed in 1994, gave assurances rather than legally binding guarantees.",
            "european_security_treaty",
            "mentions",
        ),
        ("Georgia's government has never proposed neutrality.", "neutral_status", "mentions"),
        (
            "A neutral Moldova would be a grey zone; Chisinau must instead anchor itself in the West.",
            "neutral_status",
            "mentions",
        ),
        ("There can be no new security architecture without Russia.", "new_security_architecture", "advances"),
        ("The Eurasian Economic Union groups five states.", "eurasian_forum", None),
        # Others' calls as a clause's subject are not the text's call.
        ("Calls for a new Helsinki summit ignore what Russia has done.", "helsinki_summit", "mentions"),
        (
            "Putin's idea of an economic union from Lisbon to Vladivostok was a way to split Europe, and Brussels should bury it.",
            "common_economic_space",
            "opposes",
        ),
        ("The minister supports talks with Moscow on reducing military risks.", "arms_control", "advances"),
        # A reported question is not a call, nor is a question put to an interviewee.
        ("The interviewer asked whether Ukraine should be neutral.", "neutral_status", "mentions"),
        ("Should NATO and Russia revive the NATO-Russia Council?", "russia_nato_dialogue", "mentions"),
        ("Why not revive the NATO-Russia Council?", "russia_nato_dialogue", "advances"),
        # The sentence after a short topic question answers it.
        (
            "Neutrality for Moldova? The minister said it would be an invitation to invasion.",
            "neutral_status",
            "opposes",
        ),
        (
            "The idea that Russia could join NATO belongs to the 1990s; today it would split the alliance.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "The only durable answer is to turn NATO into a pan-European alliance and invite Russia to join it.",
            "russia_nato_membership",
            "advances",
        ),
        ("He urged a conference of all European states to design a new order.", "helsinki_summit", "advances"),
        (
            "Joint economic projects with Russia in the post-Soviet space are out of the question.",
            "common_economic_space",
            "opposes",
        ),
        (
            "Experts from Russia and NATO countries should meet twice a year to discuss nuclear doctrine.",
            "russia_nato_dialogue",
            "advances",
        ),
        ("Europe should stop talking about arms reductions and buy shells.", "arms_control", "opposes"),
        (
            "The alliance should cut its last remaining contacts with the NATO-Russia Council.",
            "russia_nato_dialogue",
            "opposes",
        ),
        ("A Eurasian security forum would only deepen the continent's divisions.", "eurasian_forum", "opposes"),
        ("Arms control is not dead, but it will need new forms.", "arms_control", "advances"),
        ("The opposition wants the country to declare neutrality.", "neutral_status", "advances"),
        (
            "Both sides should agree on the non-deployment of offensive weapons near borders.",
            "arms_control",
            "advances",
        ),
        ("The Kremlin rejected the idea of talks with NATO on the Baltic.", "russia_nato_dialogue", "opposes"),
        (
            "Europe should have nothing to do with the new security architecture.",
            "new_security_architecture",
            "opposes",
        ),
        ("The NATO-Russia Council should never meet again.", "russia_nato_dialogue", "opposes"),
        ("A common economic space with Russia is the last thing Europe needs.", "common_economic_space", "opposes"),
        ("Russia's membership in NATO is not a fantasy.", "russia_nato_membership", "advances"),
        ("Contacts in the NATO-Russia Council are possible only if the war ends.", "russia_nato_dialogue", "advances"),
        (
            "At the 2003 summit the EU and Russia agreed to build a common economic space.",
            "common_economic_space",
            "mentions",
        ),
        ("The best protection for Moldova is its neutrality.", "neutral_status", "advances"),
        ("Finland gave up neutrality because it no longer protected it.", "neutral_status", "opposes"),
        ("Any limits on NATO's forces in the Baltic states would invite Russian pressure.", "arms_control", "opposes"),
        (
            "The plan calls for a hotline between NATO and Russian military commands.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "The calls for a new European security architecture are not innocent.",
            "new_security_architecture",
            "mentions",
        ),
        ("He did not believe in a new European security order.", "new_security_architecture", "opposes"),
        ("There is no alternative to arms control, the negotiator said.", "arms_control", "advances"),
        (
            "The paper does not try to propose a treaty on European security.",
            "european_security_treaty",
            "mentions",
        ),
        # A year in a comparison does not tell history.
        (
            "Europe will need a peace conference that does what Helsinki did in 1975.",
            "helsinki_summit",
            "advances",
        ),
        # A view turned round: what the analyst disagrees with is not the text's stance.
        (
            "Many experts say that talks with NATO are useless; the analyst disagrees and argues that Moscow should seek them.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Some say the NATO-Russia Council should meet again. The author disagrees.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "The analyst doubts that the West will ever agree to a new security architecture, but thinks it should try.",
            "new_security_architecture",
            "advances",
        ),
        (
            "Rules for cyberspace are needed one day, but negotiating such rules with Moscow now would be pointless.",
            "cyber_security",
            "opposes",
        ),
        ("Every few months someone in Paris proposes a new Helsinki conference.", "helsinki_summit", "mentions"),
        ("The talk of a neutral belt between NATO and Russia belonged to the past.", "neutral_status", "opposes"),
        # A hedge or a reported question is not a call.
        (
            "A new European security architecture, if it ever comes, will have to include Turkey.",
            "new_security_architecture",
            "mentions",
        ),
        ("The students discussed whether Ukraine should be neutral.", "neutral_status", "mentions"),
        # A security system for Eurasia is the Eurasian forum's, not a new European order.
        ("Kazakhstan proposed a common security system for the whole of Eurasia.", "new_security_architecture", None),
        # What the text cannot do without, it calls for.
        ("Without an arms control agreement, the arms race in Europe will only speed up.", "arms_control", "advances"),
        (
            "Everyone talks of confidence-building. Without it, the next incident at sea could be the last.",
            "arms_control",
            "advances",
        ),
        ("Arms control is more urgent than ever, the retired admiral said.", "arms_control", "advances"),
        # A second verb of stance starts a clause of its own.
        ("The senator rejected a bigger army and wanted Austria to stay neutral.", "neutral_status", "advances"),
        ("Moldova will remain neutral, its parliament decided.", "neutral_status", "advances"),
        (
            "The president invited the leaders of Central Asia to set up a permanent Eurasian security forum.",
            "eurasian_forum",
            "advances",
        ),
        (
            "A common economic space with Russia is off the table, the commissioner said.",
            "common_economic_space",
            "opposes",
        ),
        (
            "Asked about Russian membership in NATO, the spokesman said the question did not arise.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "Russia cannot be admitted to NATO while it wages war, the minister said.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "A new Helsinki summit sounds good, but the historian doubts it can be held while the war goes on.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "Moscow will not respect a treaty on European security, the minister said.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "The idea of a common market with Russia is dead and buried, the minister said.",
            "common_economic_space",
            "opposes",
        ),
        (
            "The old security order is dead, and Europe has to build a new security architecture.",
            "new_security_architecture",
            "advances",
        ),
        ("Interviewer: Should NATO and Russia hold talks? Minister: Certainly not.", "russia_nato_dialogue", "opposes"),
        ("A new Helsinki conference would be pure theatre, the diplomat said.", "helsinki_summit", "opposes"),
        ("The Baltic states will boycott any peace conference that Russia attends.", "helsinki_summit", "opposes"),
        ("The alliance should keep the NATO-Russia Council closed.", "russia_nato_dialogue", "opposes"),
        (
            "Talk of a treaty on European security is a euphemism for surrender, the minister said.",
            "european_security_treaty",
            "opposes",
        ),
        ("Belarus would stay militarily neutral, its foreign minister said.", "neutral_status", "advances"),
        ("Armenia will join neither the CSTO nor NATO, the prime minister said.", "neutral_status", "advances"),
        (
            "Neutrality has not stopped Russia from keeping troops in Moldova, the minister said.",
            "neutral_status",
            "opposes",
        ),
        (
            "Swiss neutrality did not prevent Switzerland from adopting EU sanctions.",
            "neutral_status",
            "mentions",
        ),
        (
            "Lasting peace can be achieved only through a legally binding treaty, the minister said.",
            "european_security_treaty",
            "advances",
        ),
        ("There can be no new Helsinki summit with Putin, the minister said.", "helsinki_summit", "opposes"),
        (
            "There can be no lasting peace without a treaty on European security.",
            "european_security_treaty",
            "advances",
        ),
        ("A conference on security in Eurasia opened in Minsk.", "helsinki_summit", None),
        (
            "Moscow says a just and equal system of security has to replace the old one.",
            "new_security_architecture",
            "advances",
        ),
        # Binding rules for cyberspace are the cyber proposal's, not the European treaty's.
        ("States should adopt binding rules for cyberspace, the envoy said.", "european_security_treaty", None),
        ("States should adopt binding rules for cyberspace, the envoy said.", "cyber_security", "advances"),
        (
            "The minister said Europe's future lay in a common economic space with Russia.",
            "common_economic_space",
            "advances",
        ),
        ("Finland will not go back to a free-trade zone with Russia.", "common_economic_space", "opposes"),
        ("The era of the NATO-Russia Council is over, the spokesman said.", "russia_nato_dialogue", "opposes"),
        ("The alliance sees no reason to revive the NATO-Russia Council.", "russia_nato_dialogue", "opposes"),
        ("Russia's accession to NATO was never realistic, the historian writes.", "russia_nato_membership", "opposes"),
        # "Pretext" rejects only as what something is said to be.
        (
            "A neutral Moldova, the author argues, would take away Moscow's pretext for intervening.",
            "neutral_status",
            "mentions",
        ),
        ("Neutrality is merely a pretext for abandoning Ukraine, the minister said.", "neutral_status", "opposes"),
        # An interview's answer after its speaker label.
        ("Q: Talks with NATO on arms control? A: Not while the war goes on.", "arms_control", "opposes"),
        ("Reporter: A European security treaty? Minister: Certainly not.", "european_security_treaty", "opposes"),
        # Someone's call as the subject is reported, not made.
        (
            "Macron's call for a new Helsinki conference found little support in Warsaw.",
            "helsinki_summit",
            "mentions",
        ),
        (
            "The think tank's paper calls for binding rules on military exercises, written into a treaty.",
            "european_security_treaty",
            "advances",
        ),
        (
            "Moscow's proposals for a security system for all of Eurasia deserve a hearing, the envoy said.",
            "eurasian_forum",
            "advances",
        ),
        ("Calls for a new Helsinki summit ignore what Russia is doing.", "helsinki_summit", "mentions"),
        # A year in a comparison does not tell history.
        (
            "Europe's leaders should meet, as they did in Helsinki in 1975, and agree on new rules.",
            "helsinki_summit",
            "advances",
        ),
        (
            "The president believes the answer is to bring all of Europe's leaders back to Helsinki.",
            "helsinki_summit",
            "advances",
        ),
        ("Neutrality is no guarantee of safety, the Moldovan minister said.", "neutral_status", "opposes"),
        ("An Asian conference on security and cooperation should meet every year.", "helsinki_summit", None),
        ("The minister said Austria supported the idea of a peace conference.", "helsinki_summit", "advances"),
        ("The diplomat was scathing about plans for a Eurasian security forum.", "eurasian_forum", "opposes"),
        (
            "Europe should have no part in a Eurasian security structure, the minister said.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "Admitting Russia to NATO would mean the end of the alliance, the general said.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "The best protection for Moldova is not neutrality but membership of the EU, the minister said.",
            "neutral_status",
            "opposes",
        ),
        # Unnamed others' calls are reported, not made.
        ("Some call for a new Helsinki conference. The minister does not.", "helsinki_summit", "mentions"),
        (
            "Many argue that Georgia should be neutral. The author disagrees: it would be left alone.",
            "neutral_status",
            "opposes",
        ),
        (
            "There is no need to build a new security architecture, the minister said.",
            "new_security_architecture",
            "opposes",
        ),
        ("Turkmenistan will keep its neutrality, the president said.", "neutral_status", "advances"),
        ("The Pope would support any initiative to convene a peace conference.", "helsinki_summit", "advances"),
        (
            "Europe's leaders must meet again, as they did in Helsinki, to confirm the principles of 1975.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Europe's leaders should sit down together, as at Helsinki fifty years ago, and agree new rules.",
            "helsinki_summit",
            "advances",
        ),
        ("The plan ends with a standing NATO-Russia military channel.", "russia_nato_dialogue", "mentions"),
        ("The SCO should build a new security architecture for Eurasia.", "new_security_architecture", None),
        # A person's dated act is history.
        ("Gorbachev's 1989 speech called for a common European home.", "new_security_architecture", "mentions"),
        # "It" before a verb of stance is the report, not the proposal the sentence before named.
        (
            "The plan proposes a ceasefire; then a peace conference. It rejects neutrality for Ukraine as unenforceable.",
            "helsinki_summit",
            "advances",
        ),
        (
            "The report ends with a call for a peace conference. It rejects neutrality for Ukraine as unenforceable.",
            "neutral_status",
            "opposes",
        ),
        ("Some want a peace conference now. It would be a trap, the minister said.", "helsinki_summit", "opposes"),
        # Two complements of one verb of saying are two clauses: the call is not about arms control.
        ("The general said that arms control was over and that Europe should rearm.", "arms_control", "mentions"),
        (
            "Ministers should convene a conference of all the continent's states to agree new rules.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Only a treaty that binds every state can make Europe safe again, the report says.",
            "european_security_treaty",
            "advances",
        ),
        # Confidence-building in cyberspace is the cyber proposal's, not arms control's.
        ("The OSCE adopted confidence-building measures for cyberspace in 2016.", "arms_control", None),
        ("The OSCE adopted confidence-building measures for cyberspace in 2016.", "cyber_security", "mentions"),
        # "From the Atlantic to the Urals" is a common economic space only where the text is about the economy.
        ("The CFE Treaty limited tanks from the Atlantic to the Urals.", "common_economic_space", None),
        (
            "Economic cooperation from the Atlantic to the Pacific should resume after the war.",
            "common_economic_space",
            "advances",
        ),
        # The text's own voice outranks a view it reports.
        (
            "Beijing repeated its call for a Eurasian security forum. The author sides with Tokyo: such a forum, "
            "she writes, would only divide Asia.",
            "eurasian_forum",
            "opposes",
        ),
        # "Some in X want ...; Y does not" turns the reported view round.
        (
            "Some in Paris want to revive arms control with Russia. The minister does not: it failed before.",
            "arms_control",
            "opposes",
        ),
        ("Some in Paris want to revive arms control with Russia. The minister does not.", "arms_control", "mentions"),
        (
            "Europe does not need a new security order; it needs the old one kept.",
            "new_security_architecture",
            "opposes",
        ),
        ("Mongolia will not join a Eurasian security forum, its president said.", "eurasian_forum", "opposes"),
        ("No NATO government would sign a new European security treaty.", "european_security_treaty", "opposes"),
        (
            "There would be no dialogue with NATO while the war lasts, the Kremlin said.",
            "russia_nato_dialogue",
            "opposes",
        ),
        ("Asked about a peace conference, the minister replied: not in my lifetime.", "helsinki_summit", "opposes"),
        ("An alliance with Russia in NATO would lose its purpose.", "russia_nato_membership", "opposes"),
        (
            "The plan, which calls for a new security architecture, was shelved.",
            "new_security_architecture",
            "mentions",
        ),
        (
            "Moscow's proposal for a new security treaty? A new one would only tie our hands.",
            "european_security_treaty",
            "opposes",
        ),
        ("Italy will not support any plan to open the alliance to Russia.", "russia_nato_membership", "opposes"),
        # Not joining any bloc is neutrality; a verb phrase after the comma is its own clause.
        ("Moldova will not join any military bloc, the speaker said.", "neutral_status", "advances"),
        (
            "Serbia would remain militarily neutral, would not join NATO, and would trade with everyone.",
            "neutral_status",
            "advances",
        ),
        # A rejection denied is a call.
        ("The idea of a common economic space should not be thrown away.", "common_economic_space", "advances"),
        ("Moldova's neutrality is not for sale, the president said.", "neutral_status", "advances"),
        # "…said he opposed new sanctions, and he called for X": two claims.
        (
            "The minister opposed new sanctions, and he called for a common economic space with Russia.",
            "common_economic_space",
            "advances",
        ),
        # A quotation of several sentences: each has its stance.
        (
            '"We must not repeat the mistakes of 1991. We need a conference of all European states on security."',
            "helsinki_summit",
            "advances",
        ),
        ("The envoy suggested that Europe convene a new Helsinki conference.", "helsinki_summit", "advances"),
        # A demand the text attributes to someone else is reported, not made.
        ("A neutral Ukraine was one of Russia's demands before the war.", "neutral_status", "mentions"),
        # A call borrowed from another clause must be the text's: here it is only reported.
        (
            "Several speakers called for talks on missiles; others said a new arms control deal was meaningless.",
            "arms_control",
            "opposes",
        ),
        ("Europe must not give up on a common economic space with Russia.", "common_economic_space", "advances"),
        (
            "Europe would need a conference comparable to Helsinki in 1975, the minister said.",
            "helsinki_summit",
            "advances",
        ),
        # A treaty for Eurasia is the Eurasian forum's, not the European treaty.
        ("Minsk will propose a treaty on security guarantees in Eurasia.", "european_security_treaty", None),
        # A question left open is no call, nor a rejection.
        (
            "There was no agreement on whether to reopen the NATO-Russia Council.",
            "russia_nato_dialogue",
            "mentions",
        ),
        ("Belgrade called once again for a common economic space with Russia.", "common_economic_space", "advances"),
        (
            "The Eurasian security system is Moscow's project, and Astana should stay out of it.",
            "eurasian_forum",
            "opposes",
        ),
        # "does not agree" turns round the view it follows, like "disagrees".
        (
            "Some in Rome argue that Ukraine must stay neutral. The minister does not agree: it would invite war.",
            "neutral_status",
            "opposes",
        ),
        ("Kazakhstan invited its neighbours to draft a charter of Eurasian security.", "eurasian_forum", "advances"),
        (
            "Europe should negotiate a ban on the deployment of intermediate-range missiles.",
            "arms_control",
            "advances",
        ),
        (
            "At the Astana meeting, Kazakhstan presented a draft concept of a Eurasian security system.",
            "eurasian_forum",
            "advances",
        ),
        # "still" speaks of now, whatever year the rest of the sentence names.
        (
            "The Kremlin still wants a legally binding treaty with NATO; its drafts of December 2021 are the basis.",
            "european_security_treaty",
            "advances",
        ),
        ("No state on NATO's border should ever trust neutrality again.", "neutral_status", "opposes"),
        (
            "Scholars revisit the 2008 proposal for a pan-European security pact.",
            "european_security_treaty",
            "mentions",
        ),
        ("A Eurasian security pact would split Europe.", "european_security_treaty", None),
        ("Lasting peace will not come from a new Helsinki conference, the senator said.", "helsinki_summit", "opposes"),
        (
            "The senators asked the Finnish presidency to convene a conference of all European states.",
            "helsinki_summit",
            "advances",
        ),
        (
            "The Swiss plan envisages a neutral Georgia with guarantees from its neighbours.",
            "neutral_status",
            "advances",
        ),
        # A past draft that "foresaw" something reports it.
        ("The 1994 draft foresaw a neutral Georgia.", "neutral_status", "mentions"),
        (
            "Any talk of withdrawing allied troops from the Baltic states would repeat the mistakes of Munich.",
            "arms_control",
            "opposes",
        ),
        ("Russian membership of NATO is a thought experiment, not a policy.", "russia_nato_membership", "opposes"),
        # A call "as some propose" is others' call; "a waiting room for invasion" rejects.
        (
            "A neutral Moldova, as some in Brussels propose, would be a waiting room for invasion.",
            "neutral_status",
            "opposes",
        ),
        ("Europe does not need a new summit on security.", "helsinki_summit", "opposes"),
        ("Armenia's safest course is a neutral status recognised by all its neighbours.", "neutral_status", "advances"),
        # A mistake risked is no verdict: "makes a mistake more likely" does not reject.
        (
            "NATO and Russia should talk every month, since silence makes a mistake more likely.",
            "russia_nato_dialogue",
            "advances",
        ),
        ("Reopening the NATO-Russia Council now would be a grave mistake.", "russia_nato_dialogue", "opposes"),
        # "is not among them" turns round the view it follows, like "disagrees".
        (
            "Some in Berlin want a new Helsinki conference. The chancellor is not among them.",
            "helsinki_summit",
            "opposes",
        ),
        # A comparison with the Cold War or with a past model does not tell history.
        (
            "Moldova's security would be best served by a status like Austria's during the Cold War.",
            "neutral_status",
            "advances",
        ),
        ("The author proposes a neutral Georgia on the model of Austria in 1955.", "neutral_status", "advances"),
        # What is recommended "neither ... nor" is rejected, and what follows "but" is not about it.
        (
            "The report recommends neither neutrality nor NATO membership for Georgia, but a pact that would arm it.",
            "neutral_status",
            "opposes",
        ),
        (
            "Russian pressure has cured most Moldovans of the belief that neutrality keeps them safe.",
            "neutral_status",
            "opposes",
        ),
        ("Talks with NATO? The Russian minister laughed at the idea.", "russia_nato_dialogue", "opposes"),
        ("A treaty that caps warheads in Europe is what both sides need.", "arms_control", "advances"),
        # Neutral states as hosts, an expert's title and a country's own pact name no proposal.
        ("Europe's neutral states are well placed to host a peace conference.", "neutral_status", None),
        ("States should not hack each other's power grids, the arms-control expert argues.", "arms_control", None),
        ("A security pact with its neighbours would help Ukraine arm itself.", "european_security_treaty", None),
        ("Medvedev's plan for a pan-European security pact", "european_security_treaty", "mentions"),
        # A rejection inside a relative clause is not the sentence's: "an accident that nobody wants".
        (
            "NATO and Russia should talk every week, to prevent a clash that nobody wants.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Meeting Russian commanders while their missiles hit Kyiv would be a betrayal.",
            "russia_nato_dialogue",
            "opposes",
        ),
        ("Neither a binding treaty nor a peace conference will bring peace to Ukraine.", "helsinki_summit", "opposes"),
        ("A new Helsinki summit will not bring security to Moldova.", "helsinki_summit", "opposes"),
        (
            "The Indian plan calls for a ceasefire and an international conference on Europe.",
            "helsinki_summit",
            "advances",
        ),
        ("Belarus hosted an international conference on Eurasian security in 2024.", "helsinki_summit", None),
        ("Geneva would be glad to host talks between Russia and NATO.", "russia_nato_dialogue", "advances"),
        (
            "The draft European security treaty is an ultimatum dressed up as diplomacy.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "Moscow's treaty on European security is not a basis for negotiations, the minister said.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "The dream of a common economic space from Lisbon to Vladivostok died in Bucha.",
            "common_economic_space",
            "opposes",
        ),
        ("A cyber hotline between Moscow and Washington is long overdue.", "cyber_security", "advances"),
        ("The reading list covers the CSCE and the OSCE that grew out of it.", "helsinki_summit", "mentions"),
        ("An Asian security forum modelled on the CSCE would meet in Astana every year.", "helsinki_summit", None),
        # A condition set is a call on its terms.
        (
            "The minister said a treaty on European security could only be negotiated after a ceasefire.",
            "european_security_treaty",
            "advances",
        ),
        # An interview's bare "No." answers the question before it.
        ("Q: Is a new Helsinki summit the answer? Ambassador: No.", "helsinki_summit", "opposes"),
        (
            "Q: Would a neutral Georgia be safer? A: No, not while Russian troops stand in Tskhinvali.",
            "neutral_status",
            "opposes",
        ),
        (
            "A treaty on European security would hand Moscow a veto over NATO enlargement.",
            "european_security_treaty",
            "opposes",
        ),
        ("The EU should stop humouring talk of a new security architecture.", "new_security_architecture", "opposes"),
        (
            "Lifting sanctions for the sake of a common economic space would fund the Kremlin's war machine.",
            "common_economic_space",
            "opposes",
        ),
        (
            "The Kazakh president still hopes for a common economic space with the EU.",
            "common_economic_space",
            "advances",
        ),
        (
            "In the long run the alliance must be open to Moscow, the scholar argues.",
            "russia_nato_membership",
            "advances",
        ),
        ("NATO should keep channels open to Russia.", "russia_nato_membership", None),
        ("Ceilings on tanks mean nothing to a country that ignored the Vienna Document.", "arms_control", "opposes"),
        ("A seat at the NATO-Russia Council is a privilege Moscow has not earned.", "russia_nato_dialogue", "opposes"),
        (
            "Dialogue with Moscow must resume before the next incident in the Baltic.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "The analyst calls the Eurasian security charter a Chinese project and advises Seoul to stay out.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "Nothing short of a new Helsinki conference will settle the borders of Europe.",
            "helsinki_summit",
            "advances",
        ),
        ("A single market with Russia would make war too costly for both sides.", "common_economic_space", "advances"),
        (
            "Vienna offered its Hofburg palace as the venue for a new European security summit.",
            "helsinki_summit",
            "advances",
        ),
        ("Thirty-five leaders signed it in Finlandia Hall.", "helsinki_summit", "mentions"),
        (
            "Interviewer: Should Kyiv ever accept a neutral status? Foreign minister: Never.",
            "neutral_status",
            "opposes",
        ),
        ("The draft treaty on European security is a crude ploy to split NATO.", "european_security_treaty", "opposes"),
        (
            "The continent already has its security order: the Charter of Paris and the OSCE.",
            "new_security_architecture",
            "opposes",
        ),
        ("The two governments must return to talks on strategic warheads.", "arms_control", "advances"),
        ("A peace conference now would be a photo opportunity for the Kremlin.", "helsinki_summit", "opposes"),
        (
            "Any European security treaty signed with this Kremlin would be written in sand.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "Why should Georgia declare neutrality while Russian troops occupy a fifth of it, the MP asked.",
            "neutral_status",
            "opposes",
        ),
        (
            "It is too early for a Helsinki-type summit, but not too early to prepare one.",
            "helsinki_summit",
            "advances",
        ),
        ("Serbia wants a common economic space with the Eurasian Union.", "common_economic_space", "advances"),
        ("Kazakhstan does not want a Eurasian security bloc led by Moscow.", "eurasian_forum", "opposes"),
        ("Moldova will not find security in neutrality, the minister said.", "neutral_status", "opposes"),
        ("The EU and Russia once agreed on four common spaces.", "common_economic_space", "mentions"),
        ("Moscow is ready to talk to NATO about missile deployments.", "russia_nato_dialogue", "advances"),
        ("The report calls for a NATO-Russia hotline for incidents at sea.", "russia_nato_dialogue", "advances"),
        (
            "Interviewer: Will Switzerland keep its neutrality? President: Yes, for as long as we exist.",
            "neutral_status",
            "advances",
        ),
        (
            "A channel between NATO's and Russia's defence ministers is a necessity.",
            "russia_nato_dialogue",
            "advances",
        ),
        ("Neutrality would leave Ukraine alone against an army ten times its size.", "neutral_status", "opposes"),
        ("A Eurasian security system led by Beijing leaves no room for small states.", "eurasian_forum", "opposes"),
        ("The Eurasian Economic Union held its summit in Minsk.", "eurasian_forum", None),
        ("The Kremlin declined to comment on calls for a new Helsinki summit.", "helsinki_summit", "mentions"),
        ("The INF Treaty was made for leaders who wanted to avoid war.", "arms_control", "mentions"),
        ("Invite Russia into NATO; that would be a good thing for everyone.", "russia_nato_membership", "advances"),
        (
            "Channels between the Russian and NATO militaries were cut in 2014. They must be reopened.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "We will never sign, the minister said of proposals for a European security treaty.",
            "european_security_treaty",
            "opposes",
        ),
        ("The minister spoke of calls for a European security treaty.", "european_security_treaty", "mentions"),
        ("A Helsinki-type summit with Putin would teach the world that aggression pays.", "helsinki_summit", "opposes"),
        (
            "A new security architecture without an army behind it is only a slogan.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "Anyone who proposes a security treaty with Russia must explain who would enforce it.",
            "european_security_treaty",
            "opposes",
        ),
        ("Neutrality for Ukraine would be surrender on the installment plan.", "neutral_status", "opposes"),
        ("A new Helsinki summit should make Russia surrender the land it seized.", "helsinki_summit", "advances"),
        ("The cyber convention proposed by Russia had twenty articles.", "cyber_security", "mentions"),
        ("Neutral status would end decades of war scares for Moldova.", "neutral_status", "advances"),
        ("Russia belongs in NATO, the professor says.", "russia_nato_membership", "advances"),
        (
            "Offering Russia a place in NATO is like inviting the wolf to guard the sheep.",
            "russia_nato_membership",
            "opposes",
        ),
        ("The CFE Treaty requires notice of troop movements above a threshold.", "arms_control", "mentions"),
        ("The Eurasian security charter is a trap, and Kazakhstan should decline it.", "eurasian_forum", "opposes"),
        ("A Helsinki-type summit now would be a prize for the aggressor.", "helsinki_summit", "opposes"),
        (
            "A single market with Russia would make both sides safer, the economist argues.",
            "common_economic_space",
            "advances",
        ),
        ("A treaty on European security is a sound idea, the senator writes.", "european_security_treaty", "advances"),
        ("Neither Chisinau nor Bucharest wants Moldova to stay neutral.", "neutral_status", "opposes"),
        ("Minsk welcomed the proposal for a Eurasian security forum.", "eurasian_forum", "advances"),
        ("A grand peace conference with Putin would be another Yalta.", "helsinki_summit", "opposes"),
        ("Neutrality is a luxury for states far from Russia.", "neutral_status", "opposes"),
        ("A new INF treaty signed today would lock in Russia's advantage in Europe.", "arms_control", "opposes"),
        (
            "Chasing a common economic space is how Europe ended up dependent on Russian gas.",
            "common_economic_space",
            "opposes",
        ),
        (
            "A European security treaty would bind Moscow, and that is reason enough to pursue it.",
            "european_security_treaty",
            "advances",
        ),
        ("A new Helsinki summit is the stuff of conference speeches, not policy.", "helsinki_summit", "opposes"),
        ("Q: Should Sweden go back to neutrality? Minister: That chapter is closed.", "neutral_status", "opposes"),
        ("Hotlines between NATO and Russia are worth having, the admiral says.", "russia_nato_dialogue", "advances"),
        ("Uzbekistan asked the CICA to become a Eurasian security forum.", "eurasian_forum", "advances"),
        (
            "One minister wants a treaty on European security; another calls it naive. The communiqué mentions neither view.",
            "european_security_treaty",
            "mentions",
        ),
        ("Moldova should stay out of NATO, the senator says.", "neutral_status", "advances"),
        (
            "A treaty capping troops on both sides of the border is the cheapest insurance Europe can buy.",
            "arms_control",
            "advances",
        ),
        (
            "The Eurasian security charter is Moscow's project; Astana should stay well clear of it.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "Admitting Russia to NATO would be like hiring the burglar as night watchman.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "The offer of talks between NATO and Russia remains on the table, the ambassador said.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "It is time for Europe's heads of state to sit down with Russia's and agree the rules again.",
            "helsinki_summit",
            "advances",
        ),
        ("The talks would be held in a neutral capital such as Vienna, the diplomat said.", "neutral_status", None),
        (
            "Moscow insists that a treaty on European security be part of any deal.",
            "european_security_treaty",
            "advances",
        ),
        ("Kazakhstan offered Astana for talks between NATO and Russia.", "russia_nato_dialogue", "advances"),
        (
            "Talks between NATO and Russia would only invite more blackmail, the minister said.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "A peace conference now would hand Putin at the table what his troops could not win on the ground.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "A new security order built with Moscow is like leaving the arsonist in charge of the fire station.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "Any treaty on European security Moscow signs will be torn up when it suits the Kremlin.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "Russian membership of NATO is a plot for novelists, not for governments.",
            "russia_nato_membership",
            "opposes",
        ),
        ("Moldova's president wants the country in the EU, not neutral.", "neutral_status", "opposes"),
        (
            "The journal gives both views: one author calls for a new security order, the other calls it naive.",
            "new_security_architecture",
            "mentions",
        ),
        (
            "Talk of a new security architecture is just a way to rewrite the rules, the minister said.",
            "new_security_architecture",
            "opposes",
        ),
        ("A treaty limiting missiles would bind only the side that honours treaties.", "arms_control", "opposes"),
        ("Caps on troops would bind NATO and not Russia, the general said.", "arms_control", "opposes"),
        (
            "Letting Russia join NATO as a full member would end the division of the continent.",
            "russia_nato_membership",
            "advances",
        ),
        ("The Pope appealed for a summit on Ukraine in Rome.", "helsinki_summit", "advances"),
        (
            "Confidence-building measures would cost little and could keep an incident from turning into a war.",
            "arms_control",
            "advances",
        ),
        (
            "A treaty capping troops would tie Europe's hands and no one else's, the minister said.",
            "arms_control",
            "opposes",
        ),
        ("A Eurasian security forum led by Beijing would hand the region a new overlord.", "eurasian_forum", "opposes"),
        ("Students will debate whether the alliance should admit Russia.", "russia_nato_membership", "mentions"),
        ("Q: Could Moldova become neutral? A: Not with the current government in Moscow.", "neutral_status", "opposes"),
        ("A ceiling on tanks would make a sudden invasion impossible, the general writes.", "arms_control", "advances"),
        (
            "It would be a mistake not to prepare a peace conference now, the diplomat said.",
            "helsinki_summit",
            "advances",
        ),
        ("For Moldova the least bad outcome is to stay outside the blocs.", "neutral_status", "advances"),
        (
            "Every security treaty Moscow signed it broke, and a new one would go the same way.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "No ally could ever sign a treaty on European security drafted in Moscow.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "Historians still argue about whether the old security architecture was doomed.",
            "new_security_architecture",
            "mentions",
        ),
        (
            "A neutral Ukraine with binding guarantees from the permanent members is the cheapest insurance.",
            "european_security_treaty",
            None,
        ),
        ("Inspections of Russian bases would be a charade while Moscow hides its units.", "arms_control", "opposes"),
        ("The Eurasian security forum is a stage set on which Moscow plays the host.", "eurasian_forum", "opposes"),
        ("The economic space from Lisbon to Vladivostok was a salesman's slogan.", "common_economic_space", "opposes"),
        (
            "A cyber pact with the Kremlin would give its hackers a certificate of good conduct.",
            "cyber_security",
            "opposes",
        ),
        ("Neutrality is what Russia offers a country it plans to swallow later.", "neutral_status", "opposes"),
        (
            "A new security order negotiated with Putin would be a ceasefire line with a ribbon on it.",
            "new_security_architecture",
            "opposes",
        ),
        ("A treaty on European security is the right idea at the wrong time.", "european_security_treaty", "advances"),
        (
            "The minister recalled that the OSCE was founded at a summit in Helsinki, and called for another one.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Q: Should NATO resume dialogue with Russia? A: Never about Ukraine without Ukraine.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "A grand peace conference now would only freeze the front line and call it peace.",
            "helsinki_summit",
            "opposes",
        ),
        ("A neutral Ukraine, armed to the teeth, is the most realistic end to this war.", "neutral_status", "advances"),
        (
            "Moscow's plan for a Eurasian security architecture is a way to push the Americans out of Asia.",
            "eurasian_forum",
            "opposes",
        ),
        ("Talk of a 'Helsinki 2.0' is a distraction.", "helsinki_summit", "opposes"),
        ("Q: Would a new Helsinki summit help? A: Not until Russia withdraws.", "helsinki_summit", "opposes"),
        # A name inside a neighbour's name: the CICA is an Asian forum, not confidence-building in Europe.
        ("The Conference on Interaction and Confidence-Building Measures in Asia met in Astana.", "arms_control", None),
        ("Confidence-building measures in Europe should be restored.", "arms_control", "advances"),
        (
            "Summits in the style of Helsinki produce communiqués and nothing else, so Europe should stop organising them.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "The round table heard arguments for and against a treaty on European security; the organisers drew no "
            "conclusion.",
            "european_security_treaty",
            "mentions",
        ),
        (
            "Legally binding guarantees for Russia would give Moscow a say over who may join NATO.",
            "russia_nato_membership",
            None,
        ),
        (
            "A second Helsinki conference would hand Russia a seat it has earned by bombing.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "A Helsinki-style conference? 'Let them end the war first,' the president said.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "Nobody in Tallinn wants a new security architecture drawn up with Russia.",
            "new_security_architecture",
            "opposes",
        ),
        ("If Kyiv gives up its NATO bid, the war could end this year.", "neutral_status", "advances"),
        (
            "Ukraine will be neutral, or it will not exist, the Russian foreign minister said.",
            "neutral_status",
            "advances",
        ),
        (
            "The author sets out the case for a neutral Ukraine and the case against it, and leaves the reader to "
            "decide.",
            "neutral_status",
            "mentions",
        ),
        ("For Georgia, neutrality would mean waiting alone for the next tank column.", "neutral_status", "opposes"),
        (
            "Europe does not need a new order; it needs to defend the one it has.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "A security treaty that freezes Europe's alliances would make Russia the judge of its neighbours' choices.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "A Eurasian security forum in which India sits as an equal? The diplomat smiled. 'That is a conversation "
            "we would welcome,' he said.",
            "eurasian_forum",
            "advances",
        ),
        (
            "Hardliners in Moscow reject any talks with NATO. The foreign minister, however, said the channels should "
            "stay open.",
            "russia_nato_dialogue",
            "advances",
        ),
        ("The Helsinki Commission's hearing lists speakers from Ukraine.", "helsinki_summit", None),
        (
            "A market linking the EU and the Eurasian Economic Union should follow the war.",
            "common_economic_space",
            "advances",
        ),
        (
            "A neutral belt from the Baltic to the Black Sea would take the heat out of Europe's eastern border.",
            "neutral_status",
            "advances",
        ),
        (
            "Free trade from Lisbon to Vladivostok would make Europe richer and Russia less dangerous.",
            "common_economic_space",
            "advances",
        ),
        (
            "Europe and Russia will have to agree on a new set of security arrangements.",
            "new_security_architecture",
            "advances",
        ),
        # What ", not" sets aside is rejected; a treaty limiting missiles is arms control's.
        ("Europe should build missiles, not sign treaties limiting them.", "arms_control", "opposes"),
        ("Europe should build missiles, not sign treaties limiting them.", "european_security_treaty", None),
        ("A neutral Ukraine? 'That ship sailed in 2022,' the foreign minister said.", "neutral_status", "opposes"),
        ("The minister proposed talks on limiting troops along the new borders.", "arms_control", "advances"),
        (
            "The second, a new agreement limiting conventional forces, the author supports, provided it is verified.",
            "arms_control",
            "advances",
        ),
        ("A new Helsinki would only let Russia trade Ukrainian land for signatures.", "helsinki_summit", "opposes"),
        ("A new European security order would let Russia redraw the map.", "new_security_architecture", "opposes"),
        ("Economic integration with Russia is a risk, not a guarantee.", "common_economic_space", "opposes"),
        ("A new Helsinki summit is a risk worth taking.", "helsinki_summit", "advances"),
        (
            "Moscow's proposals for a security treaty are not the basis for a settlement.",
            "european_security_treaty",
            "opposes",
        ),
        ("The think tank does not believe a neutral Ukraine would be safe.", "neutral_status", "opposes"),
        ("Iran supports a Eurasian security system.", "eurasian_forum", "advances"),
        ("A summit of all European states is not a reward for Russia but a necessity.", "helsinki_summit", "advances"),
        (
            "A Ukraine outside both NATO and the CSTO may be the only settlement both can sign.",
            "neutral_status",
            "advances",
        ),
        (
            "Some commentators want a Eurasian security forum. The Indian minister has said he is open to one.",
            "eurasian_forum",
            "advances",
        ),
        # Another speaker's verb of stance starts a clause of its own: the reported view is taken up.
        (
            "Several Nordic officials floated the idea of a peace conference on European borders, and Berlin quietly "
            "backs the plan.",
            "helsinki_summit",
            "advances",
        ),
        # A view the text reports, then takes up, or not.
        (
            "Some diplomats want arms-control talks to resume; the author thinks they are right.",
            "arms_control",
            "advances",
        ),
        ("Some diplomats want arms-control talks to resume.", "arms_control", "mentions"),
        (
            "Some diplomats want arms-control talks to resume; the author does not think they are right.",
            "arms_control",
            "mentions",
        ),
        ("Many call for a neutral Ukraine. The minister is among them.", "neutral_status", "advances"),
        (
            "Some European diplomats have floated a security pact with Moscow. The Swiss minister is one of them.",
            "european_security_treaty",
            "advances",
        ),
        ("Some European diplomats have floated a security pact with Moscow.", "european_security_treaty", "mentions"),
        (
            "Many in Ankara favour talks between NATO and Russia. The Turkish foreign minister agrees with them.",
            "russia_nato_dialogue",
            "advances",
        ),
        # Both sides of a debate, reported.
        (
            "A cyber hotline with Moscow was proposed by the Slovenian president and rejected by the Baltic states.",
            "cyber_security",
            "mentions",
        ),
        # A debate the text reports and stays out of.
        (
            "One speaker called for a treaty on European security; another called it dangerous. The seminar did not take sides.",
            "european_security_treaty",
            "mentions",
        ),
        # A treaty limiting weapons is arms control's, not a treaty on European security.
        ("Treaties limiting missiles are worthless when one side cheats.", "european_security_treaty", None),
        # A past text that is still on the table is alive: a call, not history.
        (
            "The Kremlin's 2021 draft treaty on European security is still on the table, Lavrov said.",
            "european_security_treaty",
            "advances",
        ),
        (
            "The Kremlin's 2021 draft treaty on European security proposed a ban on NATO enlargement.",
            "european_security_treaty",
            "mentions",
        ),
        # What Europe will never be secure without is called for, not rejected.
        (
            "Europe will never be secure until Russia itself is a member of the Atlantic alliance.",
            "russia_nato_membership",
            "advances",
        ),
        # The span of a summit is not an economic space.
        (
            "Europe needs another gathering of every state from Lisbon to Vladivostok.",
            "common_economic_space",
            None,
        ),
        ("Talking to Moscow while it bombs Ukrainian cities would be obscene.", "russia_nato_dialogue", "opposes"),
        ("Talking to Moscow about cyber norms is pointless.", "russia_nato_dialogue", None),
        (
            "Belarus could become a bridge rather than a base if it declared itself neutral.",
            "neutral_status",
            "advances",
        ),
        (
            "Putin proposed a free-trade zone with the EU in a 2010 newspaper article.",
            "common_economic_space",
            "mentions",
        ),
        ("The minister said Armenia would not join NATO either.", "neutral_status", "advances"),
        ("The minister said Armenia would not join NATO.", "neutral_status", None),
        (
            "The prime minister wants Europe's leaders, Russia's included, to meet and agree on rules.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Minsk backs a treaty that guarantees the security of every European state.",
            "european_security_treaty",
            "advances",
        ),
        ("NATO should invite Russian officers to observe its next exercise.", "arms_control", "advances"),
        ("Kazakhstan's neutrality has kept it safe, the diplomat writes.", "neutral_status", "advances"),
        ("Neutrality has not kept Russian troops out of Transnistria.", "neutral_status", "opposes"),
        ("Arms control is for peacetime, the defence secretary said.", "arms_control", "opposes"),
        ("Calls for a new European security order are a Trojan horse.", "new_security_architecture", "opposes"),
        (
            "A Russia inside NATO is the only Russia that will never again threaten its neighbours.",
            "russia_nato_membership",
            "advances",
        ),
        ("The chancellor said his country's neutrality was not up for debate.", "neutral_status", "advances"),
        ("The Swiss have offered Geneva for two sets of talks on military risks.", "arms_control", "advances"),
        ("In December 2021 Russia sent NATO two draft agreements.", "european_security_treaty", "mentions"),
        ("Russia and the EU signed a partnership agreement in 1994.", "common_economic_space", "mentions"),
        (
            "The only lasting peace in Europe is one in which Russia sits inside NATO.",
            "russia_nato_membership",
            "advances",
        ),
        ("Only when Russia is inside NATO will Europe be whole.", "russia_nato_membership", "advances"),
        (
            "Q: Is a NATO-Russia hotline a good idea? A: It is the least we owe our soldiers.",
            "russia_nato_dialogue",
            "advances",
        ),
        # A question the text reports being put is a topic, not a call; the next sentence answers it.
        ("The minister was asked about calls for new arms-control talks.", "arms_control", "mentions"),
        (
            "The spokesperson was asked about Russian membership of the alliance. It is not on the agenda, she said.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "The minister was asked whether Switzerland would host a peace conference. 'If both sides ask us, yes,' he said.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Asked about a new Helsinki conference, the president said Geneva was ready to host one.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Asked about proposals for a new Helsinki conference, the president was blunt. "
            "'I will not sit at a table with people who tore up the Final Act,' he said.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "A common economic space with Russia is not on the agenda of any EU government.",
            "common_economic_space",
            "mentions",
        ),
        ("We will talk about arms control when Russia has left Ukraine, and not before.", "arms_control", "opposes"),
        ("The prime minister ruled out talks with Moscow.", "russia_nato_dialogue", "opposes"),
        ("The prime minister spoke at the Helsinki business forum on trade.", "helsinki_summit", None),
        (
            "The cyber chief was asked at a conference in Tallinn whether Europe should negotiate cyber rules with Russia.",
            "cyber_security",
            "mentions",
        ),
        # A rejection by unnamed others is a view the text reports.
        (
            "Several argued that Europe will need a peace conference. Others were sceptical that Moscow would respect anything it signed.",
            "helsinki_summit",
            "mentions",
        ),
        ("A new Helsinki, she argued, would simply give Russia a stage.", "helsinki_summit", "opposes"),
        (
            "Talk of a new security order only tells Moscow that aggression pays.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "The alliance would not negotiate away its open door in a treaty on European security.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "I do not think NATO should waste time discussing Russian membership of NATO.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "Helsinki worked because the Soviet Union wanted recognition and was prepared to pay for it.",
            "helsinki_summit",
            "mentions",
        ),
        # A principle alone neither calls for nor rejects an architecture.
        (
            "The declaration calls for indivisible security and is opposed to bloc confrontation.",
            "new_security_architecture",
            "mentions",
        ),
        # An answer that opens with a quotation mark is read like any other.
        (
            "Q: Will the EU offer Russia a free-trade area after the war? 'Not as before,' she said.",
            "common_economic_space",
            "opposes",
        ),
        (
            "The secretary general was asked about Russia joining NATO. "
            "'It is not NATO policy, and it will not become NATO policy in my time.'",
            "russia_nato_membership",
            "opposes",
        ),
        # The date of what ended is not the date of the call.
        (
            "The authors urge NATO and Russia to restore the exchange of military data that ended in 2023.",
            "arms_control",
            "advances",
        ),
        # What it would need, not the thing itself, is rejected.
        ("A peace conference without Ukraine at the table is a non-starter.", "helsinki_summit", "advances"),
        (
            "Why reinvent the wheel, the minister said of calls for a new security architecture.",
            "new_security_architecture",
            "opposes",
        ),
        # holdout69's round
        ("Both alliances should pull their heaviest weapons back from the border.", "arms_control", "advances"),
        ("The two militaries should resume data exchanges on exercises near the border.", "arms_control", "advances"),
        # An arms treaty's limits are arms control's, not a European security treaty's.
        (
            "Washington and Moscow should keep to the treaty's limits informally and resume data exchanges.",
            "european_security_treaty",
            None,
        ),
        # What "it" refers to is set aside: the thing asked about is rejected.
        (
            "The minister was asked about the French proposal for a new European security architecture. "
            "'We have an architecture,' he said. 'It is called NATO. What we need is to make it stronger, "
            "not to redesign it with the Kremlin.'",
            "new_security_architecture",
            "opposes",
        ),
        # holdout70's round
        (
            "Kazakhstan's president proposed a permanent conference on security for the whole of Eurasia.",
            "helsinki_summit",
            None,
        ),
        (
            "'A neutrality that no one guarantees is an invitation,' she said. "
            "'Moldova must leave it behind and seek its security in Europe.'",
            "neutral_status",
            "opposes",
        ),
        (
            "The president was asked whether the West should offer Russia talks on limiting missiles. "
            "He said that such talks would make sense only after a ceasefire.",
            "arms_control",
            "advances",
        ),
        ("It makes no sense to hold a new Helsinki summit now.", "helsinki_summit", "opposes"),
        (
            "Tearing up Europe's security institutions to please Moscow would reward aggression, the premier said.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "The former deputy secretary general writes that the alliance should stop talking about Russian membership.",
            "russia_nato_membership",
            "opposes",
        ),
        # "instead" calls for another thing, not for what "the idea" was
        (
            "He writes that NATO should forget about Russian membership. The idea failed in the 1990s. "
            "He argues that the alliance should instead keep a channel open to Moscow.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "The adviser argued that Europe will instead have to negotiate a new order that Russia accepts.",
            "new_security_architecture",
            "advances",
        ),
        # a need put off to a later day is still a call
        (
            "Europe will one day need a conference like Helsinki in 1975, where every state writes the rules again.",
            "helsinki_summit",
            "advances",
        ),
        (
            "A neutral Armenia, guaranteed by Russia, Iran, Turkey and the West, would end the region's tug of war.",
            "neutral_status",
            "advances",
        ),
        (
            "Another Helsinki would only give Moscow a chance to demand a veto over its neighbours.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "Russian membership of NATO has no place in the alliance's plans, the president said.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "Several members called for a peace conference and a new security treaty; most of the groups rejected both.",
            "european_security_treaty",
            "opposes",
        ),
        # a neutral go-between is no call for neutral status
        (
            "The minister said Austria, as a neutral state, was well placed to act as a go-between.",
            "neutral_status",
            None,
        ),
        (
            "Germany remained open to talks with Russia on arms control, the chancellor said.",
            "arms_control",
            "advances",
        ),
        ("Europe needs a treaty with Russia that both sides respect.", "european_security_treaty", "advances"),
        ("A neutral Ukraine would stand alone.", "neutral_status", "opposes"),
        ("Confidence-building measures need not wait for a peace deal, the report says.", "arms_control", "advances"),
        (
            "Talks on nuclear arms control are in America's interest too, the spokesman said.",
            "arms_control",
            "advances",
        ),
        ("Russian membership of NATO? If Russia becomes a democracy, why not?", "russia_nato_membership", "advances"),
        (
            "A new treaty on European security would be one more signature for Moscow to break.",
            "european_security_treaty",
            "opposes",
        ),
        # holdout76's round
        (
            "The long-term answer to Europe's security problem is economic: a free-trade zone from Lisbon to Vladivostok.",
            "common_economic_space",
            "advances",
        ),
        (
            "The dream of a common economic space from Lisbon to Vladivostok should be buried with Nord Stream.",
            "common_economic_space",
            "opposes",
        ),
        (
            "A peace would last only if it were written into a legally binding treaty on European security.",
            "european_security_treaty",
            "advances",
        ),
        (
            "A lasting settlement would require a new European security architecture.",
            "new_security_architecture",
            "advances",
        ),
        # holdout77's round
        ("Changing its neutrality would require a two-thirds majority in parliament.", "neutral_status", "mentions"),
        (
            "Turkey offered on Thursday to host talks between NATO and Russia, the first since 2021.",
            "russia_nato_dialogue",
            "advances",
        ),
        ("Riga would not even consider new limits on forces in the Baltic.", "arms_control", "opposes"),
        (
            "A reformed NATO that includes Russia would finally end the division of Europe.",
            "russia_nato_membership",
            "advances",
        ),
        # holdout78's round
        (
            "They were divided over a new summit: some thought it essential, others premature.",
            "helsinki_summit",
            "mentions",
        ),
        (
            "Austria's neutrality has served it well, but each nation must choose its own path.",
            "neutral_status",
            "mentions",
        ),
        (
            "If Georgia were neutral, our children would grow up without a war every fifteen years.",
            "neutral_status",
            "advances",
        ),
        ("Neutrality is no longer an option for any country on Russia's border.", "neutral_status", "opposes"),
        ("He told the SCO that Eurasia needed its own security system.", "eurasian_forum", "advances"),
        (
            "The admiral said NATO needed a reliable way to talk to the Russian military.",
            "russia_nato_dialogue",
            "advances",
        ),
        ("The former minister proposed a European security convention.", "european_security_treaty", "advances"),
        (
            "Q: Can Russia ever be part of NATO? A: Of course it can, and one day it should.",
            "russia_nato_membership",
            "advances",
        ),
        (
            "The EU should offer Russia a new economic partnership once the war ends.",
            "common_economic_space",
            "advances",
        ),
        ("The two navies should notify each other of exercises.", "arms_control", "advances"),
        (
            "Lithuania will withdraw from the Ottawa Convention, saying the treaty tied its hands.",
            "arms_control",
            "opposes",
        ),
        # holdout79's round
        (
            "The opposition called neutral status a first step towards becoming a Russian satellite.",
            "neutral_status",
            "opposes",
        ),
        (
            "A new European security treaty would trade the security of Central Europe for a signature.",
            "european_security_treaty",
            "opposes",
        ),
        ("Kazakhstan's president proposed an Asian security forum modelled on the OSCE.", "eurasian_forum", "advances"),
        (
            "We propose talks on a common space of security from Vancouver to Vladivostok.",
            "new_security_architecture",
            "advances",
        ),
        (
            "The EU should offer Russia a free-trade agreement once a ceasefire is signed.",
            "common_economic_space",
            "advances",
        ),
        (
            "The report urges both sides to restore the exchange of information on military exercises.",
            "arms_control",
            "advances",
        ),
        (
            "The committee heard on Tuesday from the former ambassador, who argued for reviving the NATO-Russia Council.",
            "russia_nato_dialogue",
            "mentions",
        ),
        ("We tried neutrality once. We will not make that mistake twice.", "neutral_status", "opposes"),
        (
            "There has to be a binding agreement on European security, ratified by parliaments.",
            "european_security_treaty",
            "advances",
        ),
        (
            "A NATO that included Russia would be the only arrangement that binds Europe's largest army.",
            "russia_nato_membership",
            "advances",
        ),
        (
            "The committee debated a motion calling for a European peace conference with Russia.",
            "helsinki_summit",
            "mentions",
        ),
        (
            "Europe should answer with a treaty that binds every signatory to notify and limit exercises near borders.",
            "arms_control",
            "advances",
        ),
        (
            "According to a new survey, most Moldovans would support keeping the country's neutrality.",
            "neutral_status",
            "mentions",
        ),
        (
            "Lithuania would accept no new arms control agreement while Russia keeps troops in Belarus.",
            "arms_control",
            "opposes",
        ),
        (
            "A cyber-security agreement with Moscow would not be worth the paper it is printed on.",
            "cyber_security",
            "opposes",
        ),
        (
            "Once Russia is a democracy, the West should offer Russia a path into NATO.",
            "russia_nato_membership",
            "advances",
        ),
        ("Medvedev's draft treaty deserves to be shelved.", "european_security_treaty", "opposes"),
        ("Europe's leaders should meet again in Helsinki in 2075 to agree new rules.", "helsinki_summit", "advances"),
        # a poll reports its respondents' view; "no party has proposed abandoning it" keeps it
        (
            "A poll found 70 percent of Moldovans in favour of keeping the country's neutrality.",
            "neutral_status",
            "mentions",
        ),
        ("Neutrality is debated, though no major party has proposed abandoning it.", "neutral_status", "mentions"),
        ("The first witness urged a peace conference of European states.", "helsinki_summit", "mentions"),
        # a letter that answers the article it quotes
        (
            "Your correspondent argues that Ukraine should become neutral. "
            "He forgets that Russia has broken every promise it made to Kyiv.",
            "neutral_status",
            "opposes",
        ),
        # The rules alone: the stance head reads this defence of the old order as a rejection of a new summit, as
        # it rightly reads rejections argued through the past ("Russia signed the Final Act and invaded anyway").
        (
            "The old architecture, the Helsinki principles and the Charter of Paris, is fine; Russia simply broke it.",
            "helsinki_summit",
            "mentions",
        ),
        # "so that" points back to nothing: the treaty named before is not what the call is for
        (
            "Some believe a treaty on European security will tame Russia. What works is deterrence, plus a direct line between NATO and Russian generals, so that deterrence does not end in an accident.",
            "european_security_treaty",
            "mentions",
        ),
    ],
)
def test_stance(shipped, text, proposal, stance):
    assert stances(shipped, text).get(proposal) == stance


@pytest.mark.parametrize(
    "text,proposal,stance",
    [
        (
            "NATO and Russia should resume talks, because the most dangerous moment is when nobody picks up the phone.",
            "russia_nato_dialogue",
            "advances",
        ),
        ("Under the Vienna Document, each state must invite observers to large exercises.", "arms_control", "mentions"),
        ("The two navies agreed to notify each other of any exercise near the coast.", "arms_control", "advances"),
        (
            "The Nordic ministers said they would examine the Norwegian proposal to resume talks between NATO and Russia on military security in the Arctic.",
            "russia_nato_dialogue",
            "mentions",
        ),
        (
            "The paper argues that neutrality has meant different things in different decades.",
            "neutral_status",
            "mentions",
        ),
        ("The party argues that neutrality helps keep the country out of the war.", "neutral_status", "advances"),
        (
            "The panel agreed on two proposals: a peace conference of European states and new limits on troops near borders. It did not agree on Ukraine's status.",
            "helsinki_summit",
            "advances",
        ),
        ("Serbia will stay militarily neutral, as its parliament decided in 2007.", "neutral_status", "advances"),
        (
            "Minsk proposed new confidence-building measures along the border. Vilnius said it would consider no proposal from Minsk.",
            "arms_control",
            "opposes",
        ),
        ("Kazakhstan will take part in no security structure that Moscow leads.", "eurasian_forum", "opposes"),
        (
            "Asked whether the alliance would reopen its channels to Moscow, the minister said there was nothing to discuss with a government that threatens its members.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "A 'new security architecture' is a polite way of asking the West to give Russia a sphere of influence.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "Moscow says it is open to dialogue with NATO. The offer is not serious while its missiles strike Kyiv.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "Europe should start drafting a written, ratified agreement that binds every state on the continent.",
            "european_security_treaty",
            "advances",
        ),
        (
            "The Conference on Interaction and Confidence-Building Measures in Asia held its summit in Astana.",
            "eurasian_forum",
            "mentions",
        ),
        (
            "A reformed NATO with Russia as a member would end the division of Europe.",
            "russia_nato_membership",
            "advances",
        ),
        (
            "Both sides agreed to restore the exchange of military data, the first such step between the two countries since 2014.",
            "arms_control",
            "advances",
        ),
        (
            "The chancellor was asked on Monday about the calls for a new Helsinki summit.",
            "helsinki_summit",
            "mentions",
        ),
        (
            "She said the only peace conference worth holding was one that would end the war, and that any other would be a show.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "The NATO-Russia Council can stay suspended, but a line between NATO's commander and the Russian chief of the general staff must stay open.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "The minister saw no reason to resume the dialogue with NATO that Moscow suspended in 2022.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "The Kremlin's call for 'information security' is a call for governments to censor the internet.",
            "cyber_security",
            "opposes",
        ),
        ("A neutral Ukraine is not a compromise; it is a contradiction.", "neutral_status", "opposes"),
        (
            "The report proposes that the OSCE convene a peace conference, and that the conference negotiate a treaty that would bind all its participants.",
            "european_security_treaty",
            "advances",
        ),
        (
            "For Moldova, a neutrality recognised by all its neighbours is the least bad of the options.",
            "neutral_status",
            "advances",
        ),
        (
            "Asked about arms control, the American said yes, the Pole said no, and the German did not answer.",
            "arms_control",
            "mentions",
        ),
        (
            "Washington and Moscow should talk again about the missiles each has aimed at Europe.",
            "arms_control",
            "advances",
        ),
        (
            "Europe should agree with Russia on a list of power plants that neither side will attack online.",
            "cyber_security",
            "advances",
        ),
        ("The old idea of Russia in NATO deserves another look.", "russia_nato_membership", "advances"),
        ("In 1954 the Soviet Union applied to join NATO.", "russia_nato_membership", "mentions"),
        (
            "We are asking the governments of Europe to send their leaders to a new peace conference next spring.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Sir, your editorial of 12 May urges a new Helsinki conference. It misses the point.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "Moldova's safest course is a permanent neutrality, recognised by its neighbours.",
            "neutral_status",
            "advances",
        ),
        ("Observers from neutral countries should watch the ceasefire line.", "neutral_status", None),
        (
            "Every time someone in Moscow talks of a new security architecture, Europe should ask what it would cost.",
            "new_security_architecture",
            "mentions",
        ),
        (
            "Any plan for a common economic space with Russia should be 'buried, not postponed', the ministers wrote.",
            "common_economic_space",
            "opposes",
        ),
        (
            "Some diplomats want Russia in NATO one day. The minister did not think the idea worth discussing.",
            "russia_nato_membership",
            "opposes",
        ),
        ("Serbia, its president said, would stay out of NATO and trade with everyone.", "neutral_status", "advances"),
        (
            "The club debated two motions: that Ukraine should be neutral, and that Europe should rearm.",
            "neutral_status",
            "mentions",
        ),
        (
            "The hotline between the Turkish and Russian air forces has kept the peace over Syria. Something of the kind is overdue over the Baltic, where there is no arms control at all.",
            "arms_control",
            "advances",
        ),
        (
            "The former chancellor still believed in a Europe from Lisbon to Vladivostok, trading freely.",
            "common_economic_space",
            "advances",
        ),
        (
            "The ruling party wants neutrality. The president called it 'a surrender written in advance'.",
            "neutral_status",
            "opposes",
        ),
        (
            "Austria's neutrality has served it well, the chancellor said, but it is not a model for Ukraine.",
            "neutral_status",
            "opposes",
        ),
        ("Talk of neutrality for Georgia is a Russian trap.", "neutral_status", "opposes"),
        (
            "The Polish president said he would sign no agreement limiting Poland's armed forces.",
            "arms_control",
            "opposes",
        ),
        (
            "Japan will not join a security forum in which Moscow and Beijing set the agenda.",
            "eurasian_forum",
            "opposes",
        ),
        ("Kazakhstan told the UN that Central Asia needed its own forum for security.", "eurasian_forum", "advances"),
        (
            "The Estonian minister said a new European security treaty would be a piece of paper that binds only us.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "NATO's commanders should keep a direct line to their Russian counterparts.",
            "russia_nato_dialogue",
            "advances",
        ),
        ("Any cyber agreement with Russia would be broken before the ink dried.", "cyber_security", "opposes"),
        ("If NATO keeps Europe at peace, why not bring Russia into it?", "russia_nato_membership", "advances"),
        (
            "Yeltsin wrote to NATO in 1991 that Russia's membership was a long-term aim.",
            "russia_nato_membership",
            "mentions",
        ),
        (
            "The seminar 'Architectures of European Security' meets on Thursdays.",
            "new_security_architecture",
            "mentions",
        ),
        (
            "Europe needs a treaty that says what each side may do, ratified by the parliaments of every state.",
            "european_security_treaty",
            "advances",
        ),
        (
            "The report makes two proposals: a peace conference of all OSCE states and new limits on military exercises.",
            "arms_control",
            "advances",
        ),
        ("For Georgia, neutrality is not a slogan but an insurance policy.", "neutral_status", "advances"),
        ("Nobody in the Caucasus should envy Finland's old neutrality.", "neutral_status", "opposes"),
        ("Talks on limiting forces would only give Moscow time to rebuild.", "arms_control", "opposes"),
        (
            "A Eurasian security order led by Moscow would be an order for them, not for the rest of us.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "The sooner Europe starts to design a new security architecture, the better.",
            "new_security_architecture",
            "advances",
        ),
        (
            "A treaty with Russia on European security is worth exactly as much as Russia's word.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "'Not talking to the Russians is not a strategy,' he said of the NATO-Russia Council.",
            "russia_nato_dialogue",
            "advances",
        ),
        ("He wants the alliance to restore regular contacts with Moscow.", "russia_nato_dialogue", "advances"),
        (
            "The commission would monitor military activity near the borders, and it should be set up now.",
            "arms_control",
            "advances",
        ),
        (
            "The institute's paper sets out two options for the end of the war: a neutral Ukraine with Western guarantees, or a Ukraine in NATO. It does not say which it prefers.",
            "neutral_status",
            "mentions",
        ),
        ("He said that the idea of a common European home had died.", "new_security_architecture", "opposes"),
        ("A grand peace conference would give Moscow exactly what it wants.", "helsinki_summit", "opposes"),
        ("Some want Russia in NATO. They forget what NATO is for.", "russia_nato_membership", "opposes"),
        ("Both sides should announce large exercises well in advance.", "arms_control", "advances"),
        ("Iran called for a security pact among the Caspian states.", "eurasian_forum", "advances"),
        ("Putin asked in 2002 when Russia would be invited to join.", "russia_nato_membership", "mentions"),
        (
            "Nobody has explained how a treaty signed with the Kremlin would be enforced. Until someone does, calls for one are wishful thinking.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "Asked whether a new Helsinki conference could end the war, the minister shook her head. 'Conferences do not end wars.'",
            "helsinki_summit",
            "opposes",
        ),
        (
            "An agreement on incidents at sea, like the one the two navies signed in 1972, would make such encounters less dangerous.",
            "arms_control",
            "advances",
        ),
        ("The Kazakh president proposed an Asian version of the OSCE.", "eurasian_forum", "advances"),
        ("A cyber non-aggression pact sounds attractive. It would also be unenforceable.", "cyber_security", "opposes"),
        (
            "The party's call for neutrality was welcomed in Moscow and condemned in Brussels.",
            "neutral_status",
            "mentions",
        ),
        ("The realistic alternative is an armed neutrality on the Swiss model.", "neutral_status", "advances"),
        ("Armenia saw no future for itself in any Eurasian security structure.", "eurasian_forum", "opposes"),
        ("Prague would not negotiate any agreement on cyber security with Russia.", "cyber_security", "opposes"),
        ("A common economic space from Lisbon to Vladivostok would serve both.", "common_economic_space", "advances"),
        (
            "The NATO secretary general dismissed the idea of Russian membership as 'not serious'.",
            "russia_nato_membership",
            "opposes",
        ),
        ("Switzerland remained committed to its neutrality.", "neutral_status", "advances"),
        (
            "Europe needs a new security order, one that includes Russia once it has withdrawn its forces.",
            "arms_control",
            None,
        ),
        (
            "Talk of a 'new security architecture' is Moscow's code for spheres of influence.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "Q: And a new Helsinki?\nA: Not now. A conference while the guns are still firing would only become a stage for propaganda.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "Q: Should there be a peace conference now? A: Not now. First the guns must fall silent. But after a ceasefire, yes, all of Europe should sit down together, as in 1975, and agree on new rules.",
            "helsinki_summit",
            "advances",
        ),
        ("Our conference was founded on a simple idea: that Asia, too, needs its Helsinki.", "helsinki_summit", None),
        (
            "Some argued for a new treaty on European security; others said that treaties with Moscow had proved worthless.",
            "european_security_treaty",
            "mentions",
        ),
        (
            "Participants agreed that any settlement will need a verification regime for troops near the line of contact. They disagreed on almost everything else.",
            "arms_control",
            "advances",
        ),
        (
            "The United States will not sign any treaty that gives Moscow a veto over NATO's membership, the State Department said, replying to Russia's draft.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "NATO and Russia should reopen their council, if only to avoid accidents.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "In 2000 Putin asked Clinton how NATO would react if Russia applied to join.",
            "russia_nato_membership",
            "mentions",
        ),
        (
            "We propose that the OSCE states meet at the level of heads of state in 2030, in Helsinki or in Vienna, to reaffirm the principles of 1975.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Legally binding guarantees for Russia? Moscow tore up the last ones in Budapest.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "Estonia, which suffered the first state-backed cyber attack on a country in 2007, wants an international convention on cyber security with binding rules for states.",
            "cyber_security",
            "advances",
        ),
        (
            "Estonia, which suffered the first state-backed cyber attack on a country in 2007, wants an international convention on cyber security with binding rules for states.",
            "european_security_treaty",
            None,
        ),
        (
            "In the Cold War, such encounters were governed by agreements on dangerous military activities. The two sides should negotiate new rules of the road for their air forces and navies.",
            "arms_control",
            "advances",
        ),
        (
            "Why not simply invite Russia into NATO, as some Russian liberals once hoped? Because an alliance is defined by whom it defends against, and NATO's members would never agree to defend Russia's border with China.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "The EU's strategic compass speaks of a 'security order' to be defended, not rebuilt.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "Finland's prime minister said that NATO should keep its channels to Moscow closed until the war ends.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "A common market with Russia would import its corruption, not its customers, writes the economist.",
            "common_economic_space",
            "opposes",
        ),
        (
            "The final document proposes that NATO open a membership track for Russia.",
            "russia_nato_membership",
            "advances",
        ),
        (
            "Q: Is there still a future for trade with Russia?\nA: Trade, yes, eventually. A common economic space, no.",
            "common_economic_space",
            "opposes",
        ),
        (
            "Mr Speaker, this House should urge the government to work for a new conference on security and cooperation in Europe, on the model of 1975, as soon as a ceasefire is in place.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Another 'peace summit' where everyone talks about Ukraine and nobody from Ukraine decides? No thanks.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "Asked whether Georgia might declare neutrality, the prime minister said the idea had 'no support in parliament and none in the street'.",
            "neutral_status",
            "opposes",
        ),
        (
            "Iran's foreign minister proposed a regional security framework for the Caspian and Central Asia.",
            "eurasian_forum",
            "advances",
        ),
        (
            "Iran's foreign minister proposed a regional security framework for the Caspian and Central Asia.",
            "new_security_architecture",
            None,
        ),
        (
            "A new European security architecture negotiated with the Kremlin would simply write Russia's conquests into the rules, the Ukrainian envoy warned.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "The Baltic governments said they would not ratify any European security treaty that Moscow also signs.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "The long-term goal should be a Europe in which Russia is not outside NATO but inside it.",
            "russia_nato_membership",
            "advances",
        ),
        (
            "A comprehensive new treaty on European security is unlikely to be negotiable within a decade.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "This report examines four options for European security. Russian membership in NATO is not considered.",
            "russia_nato_membership",
            "mentions",
        ),
        (
            "Germany's chancellor said that NATO and Russia should start talks on reducing the number of troops stationed along their border.",
            "arms_control",
            "advances",
        ),
        (
            "Germany's chancellor said that NATO and Russia should start talks on reducing the number of troops stationed along their border.",
            "russia_nato_dialogue",
            None,
        ),
        (
            "Sir, your leader of 3 May calls for Moldova to be made permanently neutral. Moldovans have lived with Russian troops on their soil for thirty years. Neutrality has not made them leave.",
            "neutral_status",
            "opposes",
        ),
        (
            "Q: Some say the war will end only with a grand bargain: a new security order that Russia accepts. Do you agree?\nA: I understand the wish. But a new order built to satisfy Moscow would be an order for Moscow.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "Moldova's parliament voted on Thursday to ask the UN, the EU and the United States for a legally binding guarantee of the country's neutrality.",
            "neutral_status",
            "advances",
        ),
        (
            "Moldova's parliament voted on Thursday to ask the UN, the EU and the United States for a legally binding guarantee of the country's neutrality.",
            "european_security_treaty",
            None,
        ),
        (
            "We argue that confidence-building measures survived the collapse of arms control after 2019 and that a return to the Vienna Document's inspection regime is both feasible and urgent.",
            "arms_control",
            "advances",
        ),
        (
            "Twenty years ago I believed that Russia would one day join NATO and that a common economic space from Lisbon to Vladivostok would follow. I was wrong about both.",
            "common_economic_space",
            "opposes",
        ),
        (
            "Twenty years ago I believed that Russia would one day join NATO and that a common economic space from Lisbon to Vladivostok would follow. I was wrong about both.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "Kyiv rejected on Monday a Hungarian proposal for an international peace conference without preconditions, saying that any talks must begin with the withdrawal of Russian troops.",
            "arms_control",
            None,
        ),
        (
            "The Norwegian government has offered to host talks between NATO and Russian military officials on preventing incidents in the High North.",
            "arms_control",
            "advances",
        ),
        (
            "Putin repeated his offer of a common economic space from Lisbon to Vladivostok in a speech to German business leaders.",
            "common_economic_space",
            "advances",
        ),
        (
            "The OSCE's annual security conference ended on Thursday with a call by the Swiss chair to revive the Open Skies regime, which allowed observation flights over member states until Russia and the United States withdrew.",
            "arms_control",
            "advances",
        ),
        (
            "Q: Would you sign a treaty with Russia guaranteeing that NATO will not expand further?\nA: No. NATO's door is open, and it will stay open. But I would sign a treaty limiting missiles in Europe tomorrow.",
            "arms_control",
            "advances",
        ),
        (
            "Q: Would you sign a treaty with Russia guaranteeing that NATO will not expand further?\nA: No. NATO's door is open, and it will stay open. But I would sign a treaty limiting missiles in Europe tomorrow.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "Policy brief: five steps toward a safer Europe\n\n1. Restore the hotline between NATO and Russian military commanders.\n2. Agree on notification of large exercises.\n3. Open a dialogue on cyber incidents.\n4. Only then, consider a summit on European security.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Policy brief: five steps toward a safer Europe\n\n1. Restore the hotline between NATO and Russian military commanders.\n2. Agree on notification of large exercises.\n3. Open a dialogue on cyber incidents.\n4. Only then, consider a summit on European security.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Moscow's Eurasian security concept is designed to push the United States out of Asia. European states have no reason to sign up to it.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "A treaty with Russia is only as good as the army that enforces it, the Estonian defence chief said.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "Estonia's prime minister said that the NATO-Russia Council was a relic and that reviving it would send the wrong signal.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "An agreement on cyber norms with Moscow would be signed by the foreign ministry and ignored by the GRU, the Finnish security service warned.",
            "cyber_security",
            "opposes",
        ),
        (
            "The Armenian foreign minister said his country would support a legally binding treaty on European security, provided it guarantees the borders of all signatories.",
            "european_security_treaty",
            "advances",
        ),
        (
            "Admitting a democratic Russia to NATO would end the alliance's oldest problem, the former US senator argued.",
            "russia_nato_membership",
            "advances",
        ),
        (
            "Summits do not make peace; armies and sanctions do, the Lithuanian foreign minister said when asked about the Hungarian proposal for a peace conference.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "China's foreign minister called on all Eurasian states to build a new security architecture for the continent based on dialogue rather than blocs.",
            "new_security_architecture",
            None,
        ),
        (
            "The Kremlin's proposals for a new security architecture are a demand for spheres of influence, dressed up in the language of Helsinki.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "The Kremlin's proposals for a new security architecture are a demand for spheres of influence, dressed up in the language of Helsinki.",
            "helsinki_summit",
            None,
        ),
        (
            "A European security treaty with automatic sanctions for violations, ratified by every parliament, would be worth far more than the Budapest Memorandum ever was.",
            "european_security_treaty",
            "advances",
        ),
        (
            "Sir, Professor Miller's plea for Russia's admission to NATO is well meant. But NATO is an alliance against an attack, and its only likely attacker is Russia. An alliance that admitted Russia would be an alliance no longer.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "Switzerland's foreign minister said that Geneva would be ready to host a conference of heads of state on European security as soon as the belligerents agree to a ceasefire.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Neutrality for Georgia would mean Russian tanks fifty kilometres from Tbilisi and no one obliged to stop them, an opposition leader said.",
            "neutral_status",
            "opposes",
        ),
        (
            "Washington and Moscow should open talks on a successor to New START before the arms race of the 1980s returns.",
            "arms_control",
            "advances",
        ),
        (
            "Poland's president said that talk of arms control with Russia was 'a luxury we cannot afford'.",
            "arms_control",
            "opposes",
        ),
        (
            '"We want a treaty, signed and ratified, that binds every state in Europe to the principle that borders cannot be changed by force," the Moldovan president said.',
            "european_security_treaty",
            "advances",
        ),
        (
            "No legally binding guarantees, no treaty on European security, no veto for Moscow: the NATO summit's final declaration leaves no doubt.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "The alliance should keep talking to Moscow, even now, the Italian defence minister said.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Talking to Russia's generals has never saved a single Ukrainian life, the Ukrainian ambassador to NATO said.",
            "russia_nato_dialogue",
            "opposes",
        ),
        ("The NATO-Russia Founding Act of 1997 set up a Permanent Joint Council.", "russia_nato_dialogue", "mentions"),
        (
            "Economic integration from Lisbon to Vladivostok would turn Europe into a raw-materials customer of Moscow, the French economist warned.",
            "common_economic_space",
            "opposes",
        ),
        (
            "In the long run, NATO should offer Russia the same path to membership it once offered Poland, the German historian argues.",
            "russia_nato_membership",
            "advances",
        ),
        (
            "A NATO with Russia in it would be a NATO without purpose, the Latvian defence minister said.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "The United States and Russia have agreed to reopen the channel between their cyber emergency teams, which was closed in 2022, officials said.",
            "cyber_security",
            "advances",
        ),
        (
            "Belarus proposed that its neighbours agree on a zone along their borders free of large military exercises.",
            "arms_control",
            "advances",
        ),
        (
            "A grand peace conference now would freeze the front line and call it peace, the Ukrainian foreign minister said.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "Confidence-building measures are for states that want confidence. Russia wants fear, the Lithuanian minister said.",
            "arms_control",
            "opposes",
        ),
        (
            "A Eurasian security forum led by Moscow and Beijing would give Central Asia two masters instead of one, the Kazakh analyst wrote.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "Those calling for a new security architecture forget that the old one was not the problem; Russia was.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "Talks with Moscow on information security would only give Russian propagandists a seat at the table, the EU's foreign policy chief said.",
            "cyber_security",
            "opposes",
        ),
        (
            "I would like to see Russia in NATO one day, the Czech writer said, because that would mean Russia had become a European democracy.",
            "russia_nato_membership",
            "advances",
        ),
        (
            "Russia joining NATO is about as likely as NATO joining the CSTO, the Kremlin's spokesman quipped.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "But the dream is thirty years old and further away than ever. For now, I would settle for NATO and Russia talking again.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Russia and NATO should agree to keep their largest exercises at least fifty kilometres from each other's borders, the retired Russian general proposed.",
            "arms_control",
            "advances",
        ),
        (
            "Europe and Russia need a cyber hotline so that an attack on a hospital is not mistaken for an act of war, the Swedish minister argued.",
            "cyber_security",
            "advances",
        ),
        (
            "Turkey's president said the Black Sea states should agree on limits to naval deployments.",
            "arms_control",
            "advances",
        ),
        # a letter answers its correspondent's suggestion; nobody could sell it, nor should anyone
        (
            "Sir, Your correspondent suggests that Georgia should declare itself neutral. Georgians tried neutrality by default for years and got occupation in return. No Georgian government could sell such a status, nor should it.",
            "neutral_status",
            "opposes",
        ),
        # the principles a treaty would codify are its content, not a summit
        (
            "We propose that the parties negotiate a legally binding treaty on European security that would codify the principles of the Paris Charter.",
            "helsinki_summit",
            None,
        ),
        (
            "The right format is a conference of all European states, on the model of Helsinki.",
            "helsinki_summit",
            "advances",
        ),
        # what the agreement would forbid is its term, not a rejection
        (
            "The minister proposed that European states agree on a list of civilian infrastructure that must never be targeted by cyber operations.",
            "cyber_security",
            "advances",
        ),
        # "yet another forum" mocks; after a sentence that names nothing, "it" is that sentence's Europe
        (
            "Every few months someone proposes yet another forum: a Eurasian security conference, a council of the wise, a 'new Helsinki'. Europe does not lack places to talk. What it lacks are rules that bind.",
            "helsinki_summit",
            "opposes",
        ),
        # what "some colleagues tell me" is their view; the speaker's own word is that it is not worth signing
        (
            "Some colleagues tell me that we should offer Moscow an arms-control deal. I say: look at the record. Russia broke the INF Treaty and suspended New START. A deal with such a partner is not worth signing.",
            "arms_control",
            "opposes",
        ),
        (
            "Ambassador Karlsson, who has died aged 88, led Sweden's delegation to the Stockholm Conference on Confidence- and Security-Building Measures in the 1980s.",
            "arms_control",
            "mentions",
        ),
        (
            "Sir, Whatever one thinks of the Kremlin, the absence of any regular contact between NATO and Russian commanders is dangerous.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "The dream of an economic space from Lisbon to Vladivostok should be filed away for good.",
            "common_economic_space",
            "opposes",
        ),
        (
            'The statement also backed "a structured dialogue on risk reduction" between NATO and Russia.',
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "A majority supported restoring military-to-military contacts between NATO and Russia.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "It argues that Western governments dismissed the draft European Security Treaty too quickly, and that a treaty of this kind could still serve as a basis for negotiations after the war.",
            "european_security_treaty",
            "advances",
        ),
        (
            "If Russia ever becomes a democracy, it should be invited to join NATO.",
            "russia_nato_membership",
            "advances",
        ),
        # the borders of 1991 are a term of the call, not history
        (
            "Admitting Russia into NATO should be offered to any Russian government that accepts the borders of 1991.",
            "russia_nato_membership",
            "advances",
        ),
        # "two of them wanted" reports the writers' views; the editor sides with the fifth
        (
            "Last month's issue asked five writers what Europe should do. Two of them wanted a new Helsinki conference; one wanted a treaty.",
            "helsinki_summit",
            "mentions",
        ),
        ("Brussels should stay away from Moscow's Eurasian security project.", "eurasian_forum", "opposes"),
        (
            "Asked whether Russia would be welcome at a future peace conference, the Finnish president said yes, 'as long as Ukraine sits at the same table as an equal'.",
            "helsinki_summit",
            "advances",
        ),
        # a standing conference on Eurasian security is the Eurasian forum, not a new Helsinki
        (
            "Turkey's foreign minister suggested on Monday that Ankara could host a standing conference on Eurasian security.",
            "helsinki_summit",
            None,
        ),
        (
            "Turkey's foreign minister suggested on Monday that Ankara could host a standing conference on Eurasian security.",
            "eurasian_forum",
            "advances",
        ),
        ("Talk of a new Yalta must be rejected.", "helsinki_summit", "opposes"),
        (
            "Swiss diplomats propose a standing European security council, including Russia and Ukraine, that would meet monthly in Geneva.",
            "new_security_architecture",
            "advances",
        ),
        (
            "NATO and Russia should restore a direct line between their military headquarters, the chairman said.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "The editor argues for rebuilding arms control, beginning with a hotline between the general staffs.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Commentary: For all the anger, NATO needs a working line to Moscow.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Dialogue with Russia has become an end in itself for some Western diplomats. It has produced nothing but Russian lies.",
            "russia_nato_dialogue",
            "opposes",
        ),
        ("Russia suspended its mission to NATO in October 2021.", "russia_nato_dialogue", "mentions"),
        (
            "Calls for a 'Helsinki II' keep coming from people who have forgotten what Helsinki I was for.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "Any agreement with Russia on cyber security would be a fig leaf.",
            "cyber_security",
            "opposes",
        ),
        (
            "A free-trade zone with Russia would make Europe dependent again on a state that has turned dependence into a weapon.",
            "common_economic_space",
            "opposes",
        ),
        (
            "Now is the time to start talking about limits on missiles in Europe, the Dutch defence minister said.",
            "arms_control",
            "advances",
        ),
        (
            "The Vatican's secretary of state said the Holy See would support a conference of all European nations.",
            "helsinki_summit",
            "advances",
        ),
        # a communiqué that welcomes one thing and passes over another, which a third party had proposed
        (
            "The communiqué welcomed the resumption of talks on confidence-building measures but made no mention of a wider security conference, which Turkey had proposed.",
            "helsinki_summit",
            "mentions",
        ),
        (
            "The communiqué welcomed the resumption of talks on confidence-building measures but made no mention of a wider security conference, which Turkey had proposed.",
            "arms_control",
            "advances",
        ),
        # what I keep hearing is others' view, and "We do not." turns it round
        (
            "I keep hearing that we need a 'new Helsinki'. We do not. We need Russia out of Ukraine, and no conference will achieve that.",
            "helsinki_summit",
            "opposes",
        ),
        # what the adversary would welcome is the argument against it
        (
            "The Kremlin would welcome a return to arms control: it would let Russia rebuild its army while NATO's hands were tied. That is exactly why we should not offer it now.",
            "arms_control",
            "opposes",
        ),
        # a refusal that names nothing refuses what the sentence before named
        (
            "Sir, Talks between NATO and Russia would give Moscow exactly the equal status it craves. The Alliance should decline.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "The EU and Russia should agree on a crisis hotline between their cyber agencies and on a list of targets both would leave alone, the report recommends.",
            "cyber_security",
            "advances",
        ),
        ("A Russia that has given up its empire should be able to join NATO.", "russia_nato_membership", "advances"),
        (
            "The Czech president wrote that a neutral Ukraine would be a standing invitation to the next Russian invasion.",
            "neutral_status",
            "opposes",
        ),
        (
            "For the think tank's authors, neutrality is the wrong model for Ukraine, but it may be the right one for Moldova, provided the EU and the US guarantee it.",
            "neutral_status",
            "advances",
        ),
        (
            "We should keep talking to the Russians, the general said, but only about how to avoid shooting at each other.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Sir, Your reviewer calls the author's plan for a Eurasian security forum naive. It is not naive. It is the only plan on the table that includes China, and without China there will be no lasting order in Asia or Europe.",
            "eurasian_forum",
            "advances",
        ),
        (
            "A new summit now would be a photo opportunity for the Kremlin.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "The Russian foreign ministry published a draft concept for a Eurasian security architecture and invited all countries of the continent to comment on it.",
            "eurasian_forum",
            "advances",
        ),
        # "the proposed X" names it; nobody proposes it here
        (
            "Maps of the proposed 'Greater Eurasian Partnership' usually stop at the Polish border.",
            "eurasian_forum",
            "mentions",
        ),
        (
            "Arms control is a tool for peacetime. In a war, arms control only limits the side that keeps its promises.",
            "arms_control",
            "opposes",
        ),
        # negotiated limits on troops are arms control, not NATO-Russia dialogue
        (
            "The general said NATO and Russia should negotiate limits on the number of troops either side keeps near the border.",
            "arms_control",
            "advances",
        ),
        (
            "The general said NATO and Russia should negotiate limits on the number of troops either side keeps near the border.",
            "russia_nato_dialogue",
            None,
        ),
        # a say over who joins NATO is not Russia joining it
        (
            "Lithuania will not sign any treaty that gives Russia a say over who joins NATO.",
            "russia_nato_membership",
            None,
        ),
        ("The OSCE should revive its work on cyber confidence-building measures.", "arms_control", None),
        (
            "No common market with a country that invades its neighbours. That should be the EU's rule.",
            "common_economic_space",
            "opposes",
        ),
        (
            "Ireland is militarily neutral, and we intend to stay so.",
            "neutral_status",
            "advances",
        ),
        (
            "The economic forum in St Petersburg heard calls for a common economic space with the EU; no EU government sent a delegation.",
            "common_economic_space",
            "mentions",
        ),
        (
            "Arms-control talks would hand Moscow a propaganda victory and buy it time to rebuild its forces.",
            "arms_control",
            "opposes",
        ),
        (
            "Those who still dream of a market from Lisbon to Vladivostok should look at what happened to the German companies that bet on it.",
            "common_economic_space",
            "opposes",
        ),
        (
            "Europe's next steps. First, keep arming Ukraine. Second, keep the military hotline with Moscow working, whatever else happens.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "The admiral said NATO and Russian naval commanders in the Black Sea should be able to talk directly to each other.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "NATO should not reopen its doors to Russian diplomats. The last ones used their accreditation to spy.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "NATO should hold out the prospect of membership to a future democratic Russia.",
            "russia_nato_membership",
            "advances",
        ),
        (
            "The French and German leaders proposed a European security conference for the spring.",
            "helsinki_summit",
            "advances",
        ),
        (
            "A security treaty with Moscow is a promise from a state that has broken all its promises. Signing one would be a triumph of hope over experience.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "Negotiating cyber rules with the Kremlin would be like negotiating traffic rules with a getaway driver.",
            "cyber_security",
            "opposes",
        ),
        (
            "The idea of a European security treaty has its defenders, but I am not one of them.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "The report describes proposals for a neutral belt of states between NATO and Russia, but concludes that none of them is realistic.",
            "neutral_status",
            "opposes",
        ),
        # "But" and a rejection denied overturn the sentence before
        (
            "Sir, Professor Kowalski is right that arms control with Russia is impossible today. But he is wrong to conclude that it is impossible for ever.",
            "arms_control",
            "advances",
        ),
        (
            "Permanent neutrality, guaranteed by the great powers, is the only status that could keep Moldova out of the next war.",
            "neutral_status",
            "advances",
        ),
        (
            "Talk of a new security order plays into Moscow's hands: it suggests the old one was unfair to Russia.",
            "new_security_architecture",
            "opposes",
        ),
        # a time, not a summit
        (
            "Europe needs rules that bind, not communiqués that are forgotten by the next summit, the president said, calling for a European security treaty.",
            "helsinki_summit",
            None,
        ),
        (
            "The head of the Munich Security Conference urged NATO to establish a permanent channel to the Russian military leadership.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Britain's defence secretary said he saw no value in reviving the NATO-Russia Council.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "Q: Is it possible to talk to Russia now?\nA: It is necessary. Our militaries must be able to talk to each other.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Summary of recommendations\n- Begin talks on a treaty limiting conventional forces in Europe.\n- Establish a hotline between NATO and the Russian General Staff.",
            "arms_control",
            "advances",
        ),
        (
            "The Turkish president offered once again to host a summit between Russia and Ukraine in Istanbul.",
            "helsinki_summit",
            "advances",
        ),
        (
            "A binding treaty would be worth negotiating only if it came with real verification.",
            "european_security_treaty",
            "advances",
        ),
        # the principles a proposal rests on are its content, not a summit
        (
            "NATO should answer Moscow's call for a 'new security architecture' with a counter-proposal of its own: one based on the Helsinki principles, not on spheres of influence.",
            "helsinki_summit",
            None,
        ),
        (
            "In an op-ed, two former French foreign ministers call on Europe to prepare a conference of all its states, including Russia and Ukraine.",
            "helsinki_summit",
            "advances",
        ),
        (
            "The Moldovan president said her country's neutrality was enshrined in the constitution and that she wanted the EU and Russia to respect it as a permanent status.",
            "neutral_status",
            "advances",
        ),
        (
            "Sir, The suggestion that Ukraine should accept neutrality in exchange for a ceasefire ignores history. Neutrality is not protection; it is an invitation.",
            "neutral_status",
            "opposes",
        ),
        (
            "The problem with calls for a new security architecture is that they start from the premise that the old one failed.",
            "new_security_architecture",
            "opposes",
        ),
        # the idea of a new treaty is what "that" then speaks of, not the conference
        (
            "The Hungarian government supports a European security conference but rejects the idea of a new treaty, arguing that treaties with Russia have never held.",
            "helsinki_summit",
            "advances",
        ),
        # the principles of 1975 are what the last step would reaffirm: no history for the steps before it
        (
            "That is why my government supports three steps: restoring military hotlines between NATO and Russia; negotiating limits on missiles in Europe; and, once the guns are silent, a conference of all European states to reaffirm the principles of 1975.",
            "arms_control",
            "advances",
        ),
        (
            "A common economic space was the EU's official goal in 2005. Today it would be seen as a reward for war.",
            "common_economic_space",
            "opposes",
        ),
        (
            "A new Helsinki conference would give him the legitimacy he lost. Count Latvia out.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "Neutral status would leave Moldova defenceless, the defence minister warned, and the government will not agree to it.",
            "neutral_status",
            "opposes",
        ),
        ("Cyber norms with Russia are wasted on Moscow.", "cyber_security", "opposes"),
        (
            "Signing a security treaty with Moscow would be signing a blank cheque.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "Those who propose cyber treaties with Russia underestimate how much Moscow gains from chaos online.",
            "cyber_security",
            "opposes",
        ),
        (
            "A Eurasian security organisation would be a fine thing if it were not run from Moscow and Beijing. As it is, Europe should stay out.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "The letter calls on NATO to make clear that its door remains open to a future democratic Russia.",
            "russia_nato_membership",
            "advances",
        ),
        ("A democratic Russia deserves a place in NATO.", "russia_nato_membership", "advances"),
        (
            "The Swiss government offered to host a first meeting of a NATO-Russia risk-reduction group in Geneva.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "The Alliance should restore the military liaison missions with Russia that were closed in 2021, the commission recommends.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "We have nothing to say to the Russian military while it is killing Ukrainians, the NATO spokesperson said.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "The Ukrainian foreign minister said any demand for Ukraine's neutrality was a demand for its surrender, and that Kyiv would reject it.",
            "neutral_status",
            "opposes",
        ),
        # not wanting to be specific is no call
        (
            "'Security architecture' is one of those phrases diplomats use when they do not want to be specific.",
            "new_security_architecture",
            "mentions",
        ),
        (
            "The idea of agreeing cyber norms with Russia assumes a partner that keeps its word. There is no such partner in Moscow.",
            "cyber_security",
            "opposes",
        ),
        (
            "If Russia becomes a democracy, NATO should welcome it as a member.",
            "russia_nato_membership",
            "advances",
        ),
        (
            "Moscow's Eurasian security initiative asks Europe to trade its alliance with America for promises from Russia and China. That is a bad bargain.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "The Belgian prime minister proposed that the EU invite all European states to a conference on the future of the continent's security.",
            "helsinki_summit",
            "advances",
        ),
        (
            "NATO and Russia should agree on rules for military aircraft over the Baltic: transponders on, flight plans filed.",
            "arms_control",
            "advances",
        ),
        (
            "Finland's president said he would support restoring a channel between NATO and the Russian military.",
            "russia_nato_dialogue",
            "advances",
        ),
        # the burden membership would bring is no call for it
        (
            "Russian membership in NATO? The Alliance would have to defend Russia's Far East against China. Not a single parliament would ratify that.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "The paper recommends against a new arms-control treaty for now but in favour of a hotline between NATO and Russian military commanders.",
            "arms_control",
            "opposes",
        ),
        (
            "The idea that Russia could one day join NATO was never as absurd as it now sounds, the historian writes, but she does not argue for it.",
            "russia_nato_membership",
            "mentions",
        ),
        (
            "Europe has had its fill of peace summits that Russia ignores.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "Any talks between NATO and Russia would be used by Moscow to divide the allies.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "Georgians do not want to be neutral; they want to be free, and for most of them that means NATO.",
            "neutral_status",
            "opposes",
        ),
        (
            "The last thing Europe needs is another treaty with Russia. It has a drawer full of them, all broken.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "Contacts with the Russian military only legitimise it, the Polish general said. NATO should keep them frozen.",
            "russia_nato_dialogue",
            "opposes",
        ),
        # a letter that agrees with the editorial's call makes it its own
        (
            "Sir, Your editorial calls for a new Helsinki conference. I agree, but only if Ukraine sits at the table as an equal.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Europe and Russia will one day need to trade again, but a common economic space is a dream for another century.",
            "common_economic_space",
            "opposes",
        ),
        (
            "NATO should propose to Russia a standing military channel to deal with incidents, the chief of the defence staff said.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "The speaker said neutrality had kept Moldova out of wars for thirty years and that the constitution would not be changed.",
            "neutral_status",
            "advances",
        ),
        # a conference as the venue of another call is not called for
        (
            "Cyber security should be on the agenda of any peace conference, the Estonian minister said.",
            "helsinki_summit",
            None,
        ),
        (
            "Russia in NATO is an idea whose time has not come, and may never come, the historian concludes.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "A common economic space remains the EU's long-term aim, the commissioner told MEPs, but not while Russian troops are in Ukraine.",
            "common_economic_space",
            "advances",
        ),
        (
            "Finland tried neutrality for seventy years and concluded in 2022 that it was no longer enough.",
            "neutral_status",
            "opposes",
        ),
        (
            "Afterwards, two things: a hotline between NATO and Russian commanders, and talks on missile limits.",
            "arms_control",
            "advances",
        ),
        # talks on a moratorium are arms control's, not NATO-Russia dialogue
        (
            "The UN disarmament chief urged Russia and NATO to open talks on a moratorium on missiles near each other's capitals.",
            "russia_nato_dialogue",
            None,
        ),
        (
            "Turkmenistan's neutral government offered to host a standing Eurasian security dialogue in Ashgabat.",
            "neutral_status",
            None,
        ),
        (
            "Reviving the idea of a common economic space with Russia is the surest way to make Europe dependent on Moscow again. Brussels should drop it for good.",
            "common_economic_space",
            "opposes",
        ),
        (
            "Russia joining NATO is not going to happen, and NATO should stop pretending that its door is open to Moscow.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "A treaty is only as good as the state that signs it, and Russia has broken too many. There should be no new security treaty with Moscow.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "Participants recommended a new round of talks on conventional forces in Europe.",
            "arms_control",
            "advances",
        ),
        # a report that sets out both sides takes neither
        (
            "Moscow says it wants a Eurasian security system; Brussels says it is not interested. The report describes both positions.",
            "eurasian_forum",
            "mentions",
        ),
        (
            "A common economic space with Russia would make Europe hostage to Moscow again. The EU should rule it out.",
            "common_economic_space",
            "opposes",
        ),
        ("First, NATO and Russia should restore a military hotline.", "russia_nato_dialogue", "advances"),
        # one minister wants it, the other does not: a debate reported
        (
            "The Hungarian foreign minister wants a peace conference; the Polish minister does not. The EU has not decided.",
            "helsinki_summit",
            "mentions",
        ),
        (
            "The treaty Russia proposed in 2021 would have given Moscow a veto over NATO enlargement. It was rightly rejected.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "The Alliance should make clear that a democratic Russia would be welcome as a member, the historian argues.",
            "russia_nato_membership",
            "advances",
        ),
        (
            "NATO has nothing to discuss with Russia while Russian troops remain in Ukraine, the president said.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "Russia and NATO should agree on a code of conduct for military flights over the Baltic, the former commander proposes.",
            "arms_control",
            "advances",
        ),
        (
            "The author's case for a treaty on cyber norms between NATO and Russia is carefully argued, but it rests on the assumption that Russia wants stability in cyberspace.",
            "cyber_security",
            "opposes",
        ),
        (
            "Moscow's drafts were ultimatums, and no NATO government should revive them as a basis for talks.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "Russia in NATO? Never, the Polish president said; the alliance exists to defend against it.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "The minister said Sweden would never go back to neutrality, but that she supported talks on limiting missiles in the Baltic region.",
            "neutral_status",
            "opposes",
        ),
        (
            "The cyber norms agreed at the UN in 2015 are voluntary; the paper argues they should become binding, with Russia and China on board.",
            "cyber_security",
            "advances",
        ),
        (
            "The West's mistake in the 1990s was not to offer Russia membership of NATO; it should not repeat that mistake, the scholar argues.",
            "russia_nato_membership",
            "advances",
        ),
        ("I want to be clear: neutrality is a choice each nation must make for itself.", "neutral_status", "mentions"),
        (
            "Sir, Your leader argues that a Eurasian security forum is Moscow's trick. I disagree.",
            "eurasian_forum",
            "advances",
        ),
        (
            "The authors argue for patient, quiet diplomacy between NATO and Russia.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "For Armenia, neutrality guaranteed by Russia, Iran and the West would be safer than its failing alliance with Moscow.",
            "neutral_status",
            "advances",
        ),
        ("NATO membership would be safer for Ukraine than neutrality.", "neutral_status", "opposes"),
        (
            "The call for a 'new architecture' is Russian vocabulary, the prime minister said; Europe's architecture stands, and Russia must comply with it.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "The OSCE states should negotiate a treaty that codifies the indivisibility of security, the Russian ambassador said.",
            "european_security_treaty",
            "advances",
        ),
        (
            "Even in the Cold War, NATO and Moscow talked. NATO should talk to Russia now.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "NATO should have no contact with Russia at any level while it bombs Ukrainian cities.",
            "russia_nato_dialogue",
            "opposes",
        ),
        ("Lisbon-to-Vladivostok was a slogan of the 2000s.", "common_economic_space", "mentions"),
        (
            "Brussels should think twice before inviting Russia into any common economic space, the minister said.",
            "common_economic_space",
            "opposes",
        ),
        (
            "The neutral status proposal for Ukraine deserves serious study rather than reflexive rejection.",
            "neutral_status",
            "advances",
        ),
        (
            "The EU will not offer Russia a common economic space, the commission president said.",
            "common_economic_space",
            "opposes",
        ),
        ("Russia should one day be in NATO, the former foreign minister said.", "russia_nato_membership", "advances"),
        (
            "A Eurasian security system run from Moscow and Beijing is not an alternative to NATO but a threat to it.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "She calls for the alliance to keep its contacts with Russia to the minimum.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "Europe should stay out of any Eurasian security forum led by Moscow and Beijing.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "Moscow and the West should sign a legally binding treaty on European security that rules out nuclear weapons near each other's borders.",
            "european_security_treaty",
            "advances",
        ),
        (
            "In 1954 the Soviet Union asked to join NATO; the request was rejected.",
            "russia_nato_membership",
            "mentions",
        ),
        (
            "Nobody at the conference spoke against arms control; nobody proposed anything concrete either.",
            "arms_control",
            "mentions",
        ),
        ("Cyber norms with Russia? Worth trying, the former GCHQ director said.", "cyber_security", "advances"),
        (
            "Europe should resist the temptation to trade Ukraine's future for quiet: a neutral Ukraine would simply be the next target.",
            "neutral_status",
            "opposes",
        ),
        (
            "A neutral Ukraine would be a defenceless Ukraine, and Europe should say so plainly.",
            "neutral_status",
            "opposes",
        ),
        (
            "Europe needs no new treaty with the Kremlin; it needs the Kremlin to keep the ones it signed.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "The foreign minister said she would not comment on calls for a new European security treaty.",
            "european_security_treaty",
            "mentions",
        ),
        (
            "A new treaty would bind NATO and leave Russia free to cheat, the senator said; the Senate would never ratify it.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "Q: Is a new Helsinki conference realistic?\nA: Not this year. But in two or three years, yes, and we should prepare now.",
            "helsinki_summit",
            "advances",
        ),
        ("Q: Is a new Helsinki conference realistic?\nA: Not this year.", "helsinki_summit", "opposes"),
        # holdout114's round
        ("We ask Brussels and Moscow to respect and guarantee Moldova's neutrality.", "neutral_status", "advances"),
        (
            "Neutrality forced on Ukraine is unlikely to produce stability and more likely to invite renewed aggression.",
            "neutral_status",
            "opposes",
        ),
        (
            "Austria's chancellor said the country's neutrality would be discussed at a party congress next month.",
            "neutral_status",
            "mentions",
        ),
        (
            "Moscow says it is ready to discuss arms control; Washington says it will believe it when it sees it.",
            "arms_control",
            "mentions",
        ),
        (
            "A cyber non-aggression pact with Russia? The idea is less absurd than it sounds.",
            "cyber_security",
            "advances",
        ),
        (
            "We have a security architecture. It is called the Helsinki Final Act, and Russia should return to it.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "We have a security architecture. It is called the Helsinki Final Act, and Russia should return to it.",
            "helsinki_summit",
            "mentions",
        ),
        ("The alliance's door is closed to Russia, and it should stay that way.", "russia_nato_membership", "opposes"),
        (
            "What I do support is patience. That means talks on military risk reduction between NATO and Russia once the guns fall silent.",
            "russia_nato_dialogue",
            "advances",
        ),
        # holdout115's round
        (
            "Q: Moscow wants a binding treaty on European security. Should Europe sign one?\nA: Sign what? A promise from a regime that has broken every promise it made to its neighbours?",
            "european_security_treaty",
            "opposes",
        ),
        (
            "In the 1980s NATO and Soviet commanders could call each other. Today they cannot. We should fix that.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Some day a Polish trucker should be able to drive from Vladivostok to Lisbon on one set of papers.",
            "common_economic_space",
            "advances",
        ),
        (
            "I do not believe a peace conference can end this war while Russian troops stay in Ukraine.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "What we can do now is keep the channels between NATO and Russian commanders open.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "We conclude that a common economic space with Russia is neither feasible nor desirable.",
            "common_economic_space",
            "opposes",
        ),
        (
            "Q: And talks between NATO and Moscow?\nA: Useful, if they are about avoiding accidents.",
            "russia_nato_dialogue",
            "advances",
        ),
        # holdout116's round
        (
            "Vienna should offer to host a meeting of all European heads of state, Russia's included.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Q: Would a peace conference in Vienna help?\nA: It would help the Kremlin's propaganda.",
            "helsinki_summit",
            "opposes",
        ),
        ("A neutral Moldova means Moldova alone. We have seen this film before.", "neutral_status", "opposes"),
        ("Minsk's plan for a Eurasian security system deserves no European support.", "eurasian_forum", "opposes"),
        (
            "Silence between NATO and Russia is dangerous. The generals should be talking, if only to make sure that an accident does not start a war nobody wants.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "'Dialogue with Russia' is what our diplomats call it when Moscow lectures them for hours.",
            "russia_nato_dialogue",
            "opposes",
        ),
        ("Russia's ambassador to NATO was recalled in 2021.", "russia_nato_dialogue", "mentions"),
        (
            "Moscow proposes a code of conduct for cyberspace with one hand and launches cyber attacks with the other.",
            "cyber_security",
            "opposes",
        ),
        (
            "I am often asked whether I support arms control. I do. I am also asked whether I trust Moscow. I do not.",
            "arms_control",
            "advances",
        ),
        ("Q: Should NATO keep talking to Russia?\nA: We never stopped.", "russia_nato_dialogue", "advances"),
        (
            "Q: Should Russia join NATO one day?\nA: Let us first get it out of Ukraine.",
            "russia_nato_membership",
            "opposes",
        ),
        ("Talk to me about arms control after Russia loses.", "arms_control", "opposes"),
        (
            "A cyber truce between Russia and the West sounds naive. So did the Incidents at Sea Agreement, and it worked. We should at least try.",
            "cyber_security",
            "advances",
        ),
        (
            "The panel discussed three proposals: a new Helsinki conference, a neutral Moldova and a Eurasian security forum.",
            "neutral_status",
            "mentions",
        ),
        (
            "Sir, your correspondent argues that a neutral Georgia would be safer. Safety lies in the EU, not in a status that invites the next invasion.",
            "neutral_status",
            "opposes",
        ),
        (
            "The Holy See would gladly host a gathering of European leaders to agree on a lasting peace.",
            "helsinki_summit",
            "advances",
        ),
        # holdout117's round
        (
            "For Georgia the lesson is simple: stay neutral, and make the great powers sign that neutrality.",
            "neutral_status",
            "advances",
        ),
        (
            "A Eurasian security forum run from Beijing would be an OSCE without human rights, which is to say an OSCE without a point.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "The Russian draft of a European security treaty was rejected by NATO in 2009.",
            "european_security_treaty",
            "mentions",
        ),
        ("A cyber pact with the country that hacked Ukraine's power grid? Not a chance.", "cyber_security", "opposes"),
        (
            "Economic integration with Russia was supposed to make war impossible. It made it cheaper.",
            "common_economic_space",
            "opposes",
        ),
        (
            "The Austrian proposal for a peace conference deserves better than the silence it has met.",
            "helsinki_summit",
            "advances",
        ),
        ("Neutrality, which Moscow wants and Kyiv rejects.", "neutral_status", "mentions"),
        ("Q: Is dialogue with Russia dead?\nA: No. Sleeping.", "russia_nato_dialogue", "advances"),
        (
            "Everyone who wants a new Helsinki conference should read what Brezhnev did after signing the old one.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "We model three scenarios for post-war European security: a new treaty-based order, armed deterrence without dialogue, and a mixed regime of deterrence plus risk-reduction talks between NATO and Russia. The mixed regime performs best on every measure.",
            "european_security_treaty",
            "mentions",
        ),
        # holdout118's round
        (
            "In the long run, a common economic space with Russia would serve Europe better than a customs wall.",
            "common_economic_space",
            "advances",
        ),
        (
            "There was no agreement on a new European security treaty, which several delegates thought premature.",
            "european_security_treaty",
            "mentions",
        ),
        (
            "Q: Would you back a Eurasian security forum?\nA: If it treats Europe as an equal, yes. If it is a club of autocrats, no.",
            "eurasian_forum",
            "advances",
        ),
        ("Some ministers want arms control to wait until the war ends. That is a mistake.", "arms_control", "advances"),
        ("Some ministers want a new summit with Putin. That is a mistake.", "helsinki_summit", "opposes"),
        # holdout119's round
        (
            "What comes after the war must be built slowly: first a hotline between NATO and Russian commanders, then a conference on Europe's security.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Hungary called for talks between NATO and Russia. Poland said such talks would reward aggression. The EU did not comment.",
            "russia_nato_dialogue",
            "mentions",
        ),
        (
            "The report argues against a new European security treaty and in favour of restoring the Vienna Document's inspections.",
            "arms_control",
            "advances",
        ),
        (
            "Your leader calls for a new Helsinki conference. I was at the old one. It did not bring Brezhnev to his senses, and a new one will not bring Putin to his.",
            "helsinki_summit",
            "opposes",
        ),
        # holdout120's round
        (
            "The Irish foreign minister proposed a summit at which all OSCE states would recommit to the principles of 1975.",
            "helsinki_summit",
            "advances",
        ),
        (
            "A peace conference now would let Russia sit as an equal among its victims. Europe should say no to it.",
            "helsinki_summit",
            "opposes",
        ),
        ("Few now call for a peace conference with Russia.", "helsinki_summit", "mentions"),
        (
            "The Kremlin's call for a new security architecture sounds reasonable until you read the small print.",
            "new_security_architecture",
            "opposes",
        ),
        ("They tell us that a neutral Ukraine would end the war. It would end Ukraine.", "neutral_status", "opposes"),
        (
            "Russian membership of NATO will not happen in my lifetime, he said, but the door should never be closed for good.",
            "russia_nato_membership",
            "advances",
        ),
        # holdout121's round
        (
            "A neutral Moldova, guaranteed by the EU, would be acceptable to Moscow and safe for Chisinau.",
            "neutral_status",
            "advances",
        ),
        (
            "Arms control with Russia is dead for a generation, the general said, and Europe should plan accordingly.",
            "arms_control",
            "opposes",
        ),
        (
            "The old security order is dead, the ambassador said, and Europe has to build a new one.",
            "new_security_architecture",
            "advances",
        ),
        (
            "A European security treaty is what Moscow wants. But a treaty on European security that codified the borders of 1991 would be worth having.",
            "european_security_treaty",
            "advances",
        ),
        # holdout122's round
        (
            "For Moldova, neutrality guaranteed by both sides is the only way out of the trap, the analyst concludes.",
            "neutral_status",
            "advances",
        ),
        (
            "The book makes the case for a neutral Ukraine. It is a brave case and a wrong one: the country would be a buffer for Russia, not a shield for Europe.",
            "neutral_status",
            "opposes",
        ),
        (
            "1/ Everyone wants to talk about a new European security architecture.\n2/ Nobody says what it would hold.\n3/ Until they do, I am against it.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "The Austrian minister argued that Vienna could host talks on a European security treaty. We replied that we saw no basis for such talks.",
            "european_security_treaty",
            "opposes",
        ),
        ("A cyber pact with the Kremlin is worth less than the paper it is printed on.", "cyber_security", "opposes"),
        (
            "There is nothing wrong with the existing security order that Russian compliance would not fix.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "The two governments should agree never to attack each other's hospitals with ransomware.",
            "cyber_security",
            "advances",
        ),
        # holdout123's round
        (
            "What the minister wants instead is a hotline between NATO and Russian commanders, restored this year.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Three treaties died because Russia cheated. To propose new arms-control treaties now is to reward that record.",
            "arms_control",
            "opposes",
        ),
        (
            "The ministers singled out a neutral Moldova as one of the 'invitations to the next war'.",
            "neutral_status",
            "opposes",
        ),
        (
            "The ministers did, however, support keeping the NATO-Russia hotline open.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Sir, the alliance should say that its door is open to any European democracy, Russia included.",
            "russia_nato_membership",
            "advances",
        ),
        (
            "A free-trade area with Russia would tie Europe's farmers to a regime that uses grain as a weapon.",
            "common_economic_space",
            "opposes",
        ),
        (
            "Moscow has again called for a European security treaty. Western capitals have rejected it each time, and they are right to.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "Russia signed up to the UN's cyber norms in 2015. Since then its hackers have broken most of them. A new agreement would be broken just as quickly.",
            "cyber_security",
            "opposes",
        ),
        (
            "The report sets out what it calls a digital non-aggression pact between the EU and Russia.",
            "cyber_security",
            "advances",
        ),
        (
            "Some call for a common economic space with Russia. Europe should trade with Russia where it must, and no more.",
            "common_economic_space",
            "mentions",
        ),
        # holdout124's round
        (
            "Why neutrality is not for us\n\nFor fifty years we were neutral. That world has gone.",
            "neutral_status",
            "opposes",
        ),
        (
            "The generals call on both sides to agree on advance notice of exercises and on regular meetings of military staffs.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Book review\n\nThe author's thesis is that Europe should join a Eurasian security forum with China. A forum in which Beijing sets the rules would not make Europe safer.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "Speakers agreed that the old order had collapsed. They did not agree on what should replace it. French speakers wanted a new architecture negotiated with Russia; Polish speakers wanted NATO to be the architecture. The conference adopted no conclusions.",
            "new_security_architecture",
            "mentions",
        ),
        (
            "The ministers met in Geneva. A summit on European security was not on the agenda, a spokesperson said.",
            "helsinki_summit",
            "mentions",
        ),
        (
            "Hungary's foreign minister called for NATO and Russia to resume talks in the NATO-Russia Council. Other allies did not comment.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Moscow wants a new European security treaty. It broke the last ones. A signature from Moscow is worth nothing, and Europe should not seek one.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "Q: Should NATO reopen the NATO-Russia Council?\nA: It was a stage for lies. I do not want it back.",
            "russia_nato_dialogue",
            "opposes",
        ),
        # holdout125's round
        (
            "The Moldovan president said her country would not give up its neutrality under any pressure. She said Moldova would trade where it wanted and would not join NATO.",
            "neutral_status",
            "advances",
        ),
        (
            "Kazakhstan's envoy toured Europe with a proposal for a Eurasian security forum.",
            "eurasian_forum",
            "advances",
        ),
        (
            "In 1991 Yeltsin floated the idea of Russian membership of NATO. The idea deserves to be revived.",
            "russia_nato_membership",
            "advances",
        ),
        (
            "In 2008 Moscow proposed a European Security Treaty. Any new Russian treaty proposal should be read in that light, and declined.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "A common economic space with Russia is a better guard against the next war than a new wall.",
            "common_economic_space",
            "advances",
        ),
        (
            "Ukraine's neutrality: a shield or a trap?\n\nSpeakers at the conference disagreed.",
            "neutral_status",
            "mentions",
        ),
        (
            "Today NATO and Russia have no such line between their militaries. They should have one.",
            "russia_nato_dialogue",
            "advances",
        ),
        # holdout126's round
        (
            "On the last day of the conference, a panel asked whether Europe needs a new security order. A French former minister argued that it does, and that it must be negotiated with Russia eventually. An Estonian MP said that the old order was fine. An American scholar said both were right.",
            "new_security_architecture",
            "mentions",
        ),
        (
            "Q: Should NATO restore the NATO-Russia Council?\nA: Not as it was. The Council became a theatre. But we need a military channel.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Every few months a European leader proposes a peace summit with Russia, and every few months nothing comes of it. It is because Moscow wants a summit only on its own terms. Until that changes, the summits will stay on paper, and rightly so.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "Kyiv reacted angrily on Monday to a report that recommended neutrality for Ukraine.",
            "neutral_status",
            "opposes",
        ),
        (
            "Some of our partners speak of a new European security architecture. I do not know what they mean.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "Europe should stop pretending that a cyber treaty with Moscow would change anything. The answer to Russian hacking is defence, not signatures.",
            "cyber_security",
            "opposes",
        ),
        (
            'The minister called for a "Vienna treaty" on European security, to be negotiated after the war.',
            "european_security_treaty",
            "advances",
        ),
        # holdout127's round
        (
            "Austria marked seventy years of neutrality on Sunday. A majority of Austrians want to keep it, according to polls.",
            "neutral_status",
            "mentions",
        ),
        ("Switzerland's neutrality: no model for Ukraine", "neutral_status", "opposes"),
        ("Any ceasefire should include a cyber ceasefire, monitored by a neutral body.", "neutral_status", None),
        (
            "German industry dreams of a market from Lisbon to Vladivostok. That dream is over. The market Europe should build is with Ukraine, not with the country that invaded it.",
            "common_economic_space",
            "opposes",
        ),
        ("Q: Do NATO and Russia need a hotline?\nA: They have one.", "russia_nato_dialogue", "opposes"),
        (
            "The commission makes five recommendations. The first is to restore the data exchanges of the Vienna Document. The third is to create a NATO-Russia military hotline.",
            "russia_nato_dialogue",
            "advances",
        ),
        # holdout128's round
        (
            "The paper compares two models. The first is a Helsinki-style conference process: open-ended talks among all European states. The second is a legally binding treaty on European security, backed by a verification body. We recommend the second.",
            "european_security_treaty",
            "advances",
        ),
        (
            "The paper compares two models. The first is a Helsinki-style conference process: open-ended talks among all European states. The second is a legally binding treaty on European security, backed by a verification body. We recommend the second.",
            "helsinki_summit",
            "mentions",
        ),
        (
            "Two paths lie ahead. The first is a new treaty on European security. The second would be a standing peace conference. The latter is the wiser course.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Two paths lie ahead. The first is a new treaty on European security. The second would be a standing peace conference. The latter is the wiser course.",
            "european_security_treaty",
            "mentions",
        ),
        (
            "Some in the alliance think silence is a sign of strength. Reopening the NATO-Russia military channels is not a reward for Moscow. It is insurance for us.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Turkey offered to host talks between Russia and NATO. NATO's spokeswoman said there would be no NATO-Russia talks while Russia continues its war.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "The working group ended without a report, after Russia and Western states clashed over whether new binding rules for cyberspace were needed. Russia and China pressed for a legally binding convention on international information security.",
            "cyber_security",
            "mentions",
        ),
        (
            "I therefore propose that participating states meet at the level of heads of state next year, to recommit to the principles of Helsinki.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Helsinki, 14 March. The president said Finland's task was to make NATO's northern flank strong.",
            "helsinki_summit",
            None,
        ),
        (
            "Europe does need a conference on its own security, one day. But it must be one where Ukraine sits as an equal.",
            "helsinki_summit",
            "advances",
        ),
        (
            "The Russian foreign minister called for a new, fair architecture for the continent, built by the countries of Eurasia themselves.",
            "new_security_architecture",
            None,
        ),
        # holdout129's round
        (
            "Policy paper, recommendations\n\n1. Maintain support for Ukraine.\n2. After a ceasefire, convene a conference of all OSCE participating states to agree on the principles of a new European security order.\n3. Only then, begin negotiations on a legally binding treaty limiting conventional forces in Europe.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Policy paper, recommendations\n\n1. Maintain support for Ukraine.\n2. After a ceasefire, convene a conference of all OSCE participating states to agree on the principles of a new European security order.\n3. Only then, begin negotiations on a legally binding treaty limiting conventional forces in Europe.",
            "european_security_treaty",
            None,
        ),
        (
            "NATO-Russia Council: time to bury it?\n\nThe NATO-Russia Council has not met since 2022. Should NATO and Russia talk? Yes, when there are things to talk about. But the council itself should be formally wound up.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "The Hungarian prime minister has spoken of a Europe from Lisbon to Vladivostok as a long-term goal. Most governments disagree.",
            "common_economic_space",
            "mentions",
        ),
        (
            "Not while there is a war. But one day, I hope Europe will call all its states together again, to write new rules for living together.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Cyber incidents are frequent. We recommend a cyber channel between national agencies. It would reduce the risk that an attack is misread as the start of a war.",
            "arms_control",
            None,
        ),
        (
            "NATO and Russia should restore regular military contacts, because in a crisis silence kills.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Sir, your correspondent suggests that the only lasting peace would be one in which Russia joins a reformed NATO. But France and Germany reconciled after Germany became a democracy. Russia is not one. Your correspondent's idea is generous, but it is a fantasy.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "Week 7 covers the Conference on Security and Co-operation in Europe. Students should read the Final Act's Decalogue and the chapter on confidence-building measures.",
            "arms_control",
            "mentions",
        ),
        (
            "Serbia's president said his country would remain militarily neutral. The opposition accused him of using neutrality as a cover for closeness to Moscow.",
            "neutral_status",
            "advances",
        ),
        (
            "Question (ORF): Chancellor, the Russian ambassador said that Austria's neutrality makes it the natural host for peace talks. Will you offer Vienna?",
            "neutral_status",
            "mentions",
        ),
        # holdout130's round
        (
            "The meeting covered the prevention of dangerous incidents in the air and at sea, a US official said.",
            "arms_control",
            "mentions",
        ),
        (
            "Neutrality is not the same as disarmament, and it need not mean being alone. A Ukraine that is neutral and armed is not at Russia's mercy. I am not saying Kyiv should choose this. I am saying that those who dismiss it out of hand have not thought it through.",
            "neutral_status",
            "advances",
        ),
        (
            "Every week someone says it is time to talk to Putin. Until someone can answer those two questions, calls for a peace conference are a way of looking busy.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "The war will end when Russia can no longer fight it, and a peace conference will then ratify the result.",
            "helsinki_summit",
            "mentions",
        ),
        (
            "China's special envoy for Eurasian affairs ended a tour of six European capitals on Friday.",
            "eurasian_forum",
            None,
        ),
        (
            "Sir, in his article on Sunday, the former economy minister argues that a free-trade area between the EU and Russia would bind Moscow to peace. He should ask the Finns.",
            "common_economic_space",
            "mentions",
        ),
        (
            'The motion "This House would invite Russia to join NATO" was defeated by 212 votes to 58. Proposing, a professor argued that only membership would give Russia a stake in European security. Opposing, a diplomat said that the proposal was a category error.',
            "russia_nato_membership",
            "mentions",
        ),
        (
            "Two months ago, the Swiss government announced it would host a summit on peace in Europe, and invited 160 delegations.",
            "helsinki_summit",
            "mentions",
        ),
        (
            "No new Yalta\n\nWe reject any attempt by great powers to decide the fate of Ukraine over its head.",
            "helsinki_summit",
            "opposes",
        ),
        # holdout131's round
        (
            "EU foreign ministers discussed on Monday whether the Union should propose an international peace conference. Poland and the Baltic states warned that any conference before a Russian withdrawal would reward aggression.",
            "helsinki_summit",
            "mentions",
        ),
        (
            "Neutrality has never meant indifference. But Ireland will not join a military alliance, and it will not send its soldiers to fight in one.",
            "neutral_status",
            "advances",
        ),
        (
            "Speaking in Yerevan, the Kazakh foreign minister said Central Asia would not join a Eurasian security bloc led by any one power.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "That is the problem with the fashionable idea of reopening talks between NATO and Russia.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "Some now call for a Helsinki 2.0 to end the war. Today one side wants to change the borders by force. There is no Helsinki to be had with such a state.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "Ukraine's parliament voted on Thursday against a motion calling for a referendum on the country's neutral status. The speaker said that neutrality is what Russia wants us to accept.",
            "neutral_status",
            "opposes",
        ),
        (
            "A European security treaty is what Moscow wants, and that is reason enough to be careful. But a treaty that codified the borders of 1991 and was enforced by the UN would be worth having. The question is not whether, but which.",
            "european_security_treaty",
            "advances",
        ),
        (
            "The case against a Eurasian forum\n\nRussia's proposal for a Eurasian security forum has won polite words in Tashkent, and little else.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "Incidents in the Baltic have multiplied. We recommend the following:\n- that the Baltic states and Russia agree on procedures for notifying military exercises near their borders;\n- that the EU fund a body to investigate damage to cables.",
            "arms_control",
            "advances",
        ),
        # holdout132's round
        (
            "The phrase sounds neutral. Before Europe talks about a new security architecture, it should ask who would be the architect.",
            "new_security_architecture",
            "mentions",
        ),
        (
            "The phrase sounds neutral. Before Europe talks about a new security architecture, it should ask who would be the architect.",
            "neutral_status",
            None,
        ),
        (
            "Q: Moscow says it is ready to negotiate a treaty on European security. Why not test it?\nA: Because we know what it would put in it.",
            "european_security_treaty",
            "mentions",
        ),
        (
            "The report proposes talks among the United States, Russia and China, beginning with exchanging data on warheads and notifying missile launches.",
            "arms_control",
            "advances",
        ),
        (
            "Critics in the West dismiss every Eurasian security initiative as a trick. The CICA could be that place. It should remain open to everyone.",
            "eurasian_forum",
            "advances",
        ),
        (
            "Russia proposed a bilateral agreement with the United States on non-interference in each other's information space. American officials dismissed the proposal.",
            "cyber_security",
            "opposes",
        ),
        (
            "The Paris Charter at 35\n\nThirty-five years ago, the leaders of Europe signed the Charter of Paris. Today it is under attack. We do not need a new charter.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "This paper argues that Europe will need a legally binding framework for conventional forces, with inspections. It argues against a broader treaty on European security.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "We will strengthen NATO's eastern flank, and we will keep the channels to the Russian military open.",
            "russia_nato_dialogue",
            "advances",
        ),
        # holdout133's round
        (
            "Someone suggests a new Helsinki conference. The original Helsinki conference produced a document that dissidents could hold up. But the circumstances were different. In 1975 both blocs wanted stability. We should not lend our name to a summit of that kind until Russia has left.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "Henrik Vos, who has died aged 85, spent four decades in the Dutch foreign service. Colleagues remember him as patient and funny. He later served as ambassador in Moscow, where he argued, unusually for the time, that NATO and Russia should build a permanent forum for consultation. That forum came into being in 2002 as the NATO-Russia Council. In retirement he wrote a memoir and taught at Leiden. He is survived by his wife and two daughters. He will be missed.",
            "russia_nato_dialogue",
            "mentions",
        ),
        (
            "HOST: You have written that neutrality is back on the table for Ukraine. Is it?\nGUEST: It's back in the conversation. I don't think it should be on the table.",
            "neutral_status",
            "opposes",
        ),
        (
            "Both ministers agreed that channels of military communication between NATO and Russia must stay open to prevent accidents.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "An article said that the chancellor had called for a new European security architecture including Russia. The chancellor did not say this.",
            "new_security_architecture",
            "mentions",
        ),
        (
            'He said that talk of a new security architecture with Russia belonged "to another era" for as long as the war continues.',
            "new_security_architecture",
            "opposes",
        ),
        (
            "The American delegation argued instead for a set of voluntary norms against attacks on hospitals, and for a hotline between national cyber agencies.",
            "cyber_security",
            "advances",
        ),
        (
            "Panel 3: Should NATO talk to Russia? A debate",
            "russia_nato_dialogue",
            "mentions",
        ),
        # holdout134's round
        (
            "Sir, your leader treats neutrality as a synonym for surrender. A neutral Ukraine, armed to the teeth and guaranteed by the great powers, is not surrender. It may be the only settlement both sides can live with, and Europe should put it on the table.",
            "neutral_status",
            "advances",
        ),
        (
            "Moldova's parliament voted on Thursday to keep the country's constitutional neutrality, rejecting an opposition motion to remove it.",
            "neutral_status",
            "advances",
        ),
        (
            "Moscow's draft treaty on security guarantees, published in December 2021, demanded that NATO withdraw to its 1997 lines. The West rejected it, and rightly. Russia has since hinted that it would like to return to the draft as the basis for any settlement. It should be told, clearly and in advance, that the answer will be the same.",
            "european_security_treaty",
            "opposes",
        ),
        (
            'The phrase "new security architecture" has become fashionable. The two meanings cannot be reconciled, and it would be better to drop the phrase than to pretend they can.',
            "new_security_architecture",
            "opposes",
        ),
        (
            "Some want a promise that Ukraine stays out of NATO. A neutral Ukraine is a Ukraine waiting to be invaded again.",
            "neutral_status",
            "opposes",
        ),
        (
            "Austria should invite every participating state, Russia and Ukraine included, to a summit in Vienna to restate the principles of 1975 and begin talks on their enforcement.",
            "helsinki_summit",
            "advances",
        ),
        (
            "The Baltic states, Finland, Sweden and Russia should agree on a code of conduct for close encounters at sea.",
            "arms_control",
            "advances",
        ),
        (
            'Russia\'s deputy foreign minister said on Monday that Moscow was ready for talks with NATO on a new European security treaty, "on the basis of the proposals of December 2021".',
            "european_security_treaty",
            "advances",
        ),
        # holdout135's round
        (
            "Tbilisi's leaders have flirted with the idea of neutrality. It has not calmed Moscow. Georgians who want a neutral Georgia should ask themselves what Russia has done with the neutrality of others.",
            "neutral_status",
            "opposes",
        ),
        (
            "The institute today launched a two-year project to develop confidence-building measures in cyberspace between NATO members and Russia.",
            "cyber_security",
            "advances",
        ),
        (
            "One retired general has suggested that Russia be invited to join NATO once the war is over. It is hard to imagine a proposal less likely to be adopted.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "President Putin said on Friday that a common economic space from Lisbon to Vladivostok remained Russia's goal.",
            "common_economic_space",
            "advances",
        ),
        (
            "Deterrence alone has never kept the peace in Europe for long. In the 1970s it was joined by arms control. We should rebuild both.",
            "arms_control",
            "advances",
        ),
        (
            "Ten years ago I would have said that Europe needed a new treaty on its security. I no longer think so.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "A common economic space with Russia would make sense if Russia were a normal economy. It is not.",
            "common_economic_space",
            "opposes",
        ),
        (
            "I will add a section on the proposals for a NATO-Russia cyber hotline.",
            "russia_nato_dialogue",
            None,
        ),
        # holdout136's round
        (
            "Moldova's constitution has declared the country neutral since 1994. Russian troops have stayed in Transnistria the whole time. Neutrality has bought Chisinau nothing that it could not have had without it.",
            "neutral_status",
            "opposes",
        ),
        (
            "The working group recommends that the participating states restore the inspections and evaluation visits of the Vienna Document, suspended since 2022, and that NATO and Russia negotiate an agreement on the prevention of incidents at sea and in the air over the Baltic, modelled on the 1972 Soviet-American agreement.",
            "arms_control",
            "advances",
        ),
        (
            "The working group recommends that NATO and Russia negotiate an agreement on the prevention of incidents at sea and in the air over the Baltic.",
            "russia_nato_dialogue",
            None,
        ),
        (
            "Q: Is a Eurasian security architecture realistic? A: It already exists in pieces: the SCO, the CSTO, the CICA. What is missing is a permanent consultation between Moscow and Beijing on the security of the whole continent. We should build it.",
            "eurasian_forum",
            "advances",
        ),
        (
            'Sir, Your leader of 12 May dismissed the idea of a treaty on European security as "Russian bait". But the point of a treaty is that it binds both sides. I would rather see Europe negotiate one now than wait for the next war.',
            "european_security_treaty",
            "advances",
        ),
        (
            "Through that channel the allies should propose the mutual notification of large exercises, which both sides practised until 2021.",
            "arms_control",
            "advances",
        ),
        (
            "Discussion turned on whether a neutral status for Ukraine, backed by international guarantees, could form part of a settlement. Several participants argued that neutrality had served Finland and Austria well and could spare Ukraine a long war. Others replied that Ukraine had been formally non-aligned in 2014 and that this had not protected it. The report does not take a position on the question.",
            "neutral_status",
            "mentions",
        ),
        (
            "We support the building of a balanced, effective and sustainable European security architecture, and we oppose bloc confrontation and the Cold War mentality.",
            "new_security_architecture",
            "advances",
        ),
        (
            "Q: How does China view the proposals for a new security order in Europe? A: China has always held that the security of one country should not come at the expense of the security of others. We support the building of a balanced, effective and sustainable European security architecture, and we oppose bloc confrontation and the Cold War mentality.",
            "new_security_architecture",
            "advances",
        ),
        (
            "Mr Alan Grieve (Ashford) (Con): To ask the Secretary of State for Foreign Affairs whether the Government will support the Austrian proposal for a conference on European security in Vienna.",
            "helsinki_summit",
            "mentions",
        ),
        # holdout137's round
        (
            'Hungary\'s prime minister on Friday called for "a great European peace conference" to end the war in Ukraine. Speaking in Budapest, he said that Europe had let others decide its fate for too long. Poland\'s foreign minister replied within hours. A conference held while Russian troops occupy a fifth of Ukraine, he said, would "reward the aggressor". Officials in Brussels declined to comment.',
            "helsinki_summit",
            "mentions",
        ),
        (
            "There is a fashionable idea in some European capitals that Europe needs a new Helsinki.",
            "helsinki_summit",
            "mentions",
        ),
        (
            "Aircraft fly close to each other over the Baltic every week. The NATO-Russia Council, whatever its faults, gave officers a place to talk. Its military channel should be reopened now, without preconditions.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "People forget what Finnish neutrality cost. We chose our words about Moscow with great care. We called it neutrality; others called it something worse. It kept us independent, yes, but it depended on the goodwill of one neighbour. I would not wish that on Ukraine.",
            "neutral_status",
            "opposes",
        ),
        (
            "NATO and Russia should set up a notification mechanism for serious cyber incidents. It should be on the agenda of the first meeting between the alliance and Moscow after a ceasefire.",
            "russia_nato_dialogue",
            None,
        ),
        (
            "Mr Tom Baird (Lab): The Minister has been asked whether the Government would consider a European security treaty with Russia once the fighting stops. I hope he will give a clear answer. Russia signed the Budapest Memorandum, the Helsinki Final Act and the Charter of Paris, and it has broken every one of them. A treaty with a state that has torn up every treaty it signed is not security; it is a piece of paper with our signature on it and nobody else's.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "This article examines the successive proposals for a common economic space between the European Union and Russia, from the road maps of 2003 to 2013. Drawing on interviews with forty former officials, it argues that the project failed because neither side was willing to accept the other's rules.",
            "common_economic_space",
            "mentions",
        ),
        (
            "For a decade the OSCE worked. Since then it has been starved. Some diplomats now hope that a new summit of heads of state could revive it. They are mistaken.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "Sir, Professor Whitlock (Letters, 3 June) wants NATO to admit Russia as a member once Mr Putin has gone. So did some of Boris Yeltsin's advisers in 1991. It was a bad idea then, and it is a worse one now.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "When this war ends, Europe will need a new agreement on conventional forces, with ceilings, inspections and the exchange of data.",
            "arms_control",
            "advances",
        ),
        (
            "Another round of talks on cyber norms with Moscow will produce another communiqué and no fewer attacks.",
            "cyber_security",
            "opposes",
        ),
        # holdout138's round
        (
            "The Treaty on Open Skies allows its parties to conduct unarmed observation flights over each other's territory. It was signed in Helsinki in 1992 and entered into force in 2002.",
            "helsinki_summit",
            None,
        ),
        (
            'Russia and China want a binding convention on "international information security". A convention on information security, as Moscow understands it, would give every government a licence to censor. Western governments have been right to refuse it, and they should keep refusing it.',
            "cyber_security",
            "opposes",
        ),
        (
            "Every few years someone in Moscow, and lately someone in Paris, announces that Europe needs a new security architecture.",
            "new_security_architecture",
            "mentions",
        ),
        (
            "That this House calls on the Government to support a legally binding framework for the neutrality of Ukraine, guaranteed by the permanent members of the UN Security Council.",
            "european_security_treaty",
            None,
        ),
        (
            "Daly argues that cyber arms control is a category error: weapons that are copied in seconds cannot be counted. He is right.",
            "cyber_security",
            "opposes",
        ),
        (
            "The littoral states and Russia should negotiate an agreement on the prevention of incidents at sea, on the model of the one the United States and the Soviet Union signed in 1972.",
            "arms_control",
            "advances",
        ),
        # holdout139's round
        (
            "In June 2008 Dmitry Medvedev proposed in Berlin a legally binding treaty on European security. Western governments gave it a polite burial. They may have been right about Moscow's motives. But the draft raised a question the West has never answered. It deserved a better hearing than it got, and if Moscow tables it again, it should get one.",
            "european_security_treaty",
            "advances",
        ),
        (
            "Q: Should the European Union negotiate a security treaty with Russia after the war? A: We have treaties with Russia. Russia has broken them. Another one would be worth exactly as much as the last.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "The idea that Russia could one day join NATO resurfaces whenever a Western statesman wants to sound visionary. Clinton toyed with it, Putin mentioned it. It should be retired.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "The participants called for the resumption of the NATO-Russia Council at the level of ambassadors and for the restoration of military-to-military contacts between NATO and Russia, suspended since 2014.",
            "russia_nato_dialogue",
            "advances",
        ),
        # holdout140's round
        (
            "PRESENTER: Minister, would you support a neutral Ukraine as part of a peace deal? MINISTER: Absolutely not. Neutrality is what Russia demands so that it can come back in five years and finish the job.",
            "neutral_status",
            "opposes",
        ),
        (
            "Georgia must never accept neutrality. Neutrality is what the occupier offers you when it wants to keep the twenty per cent of your country it already holds.",
            "neutral_status",
            "opposes",
        ),
        (
            "Russia on Monday submitted to the UN General Assembly a draft convention on international information security.",
            "cyber_security",
            "advances",
        ),
        (
            "Q: Would NATO accept the Russian proposals for a treaty? A: We will not negotiate treaties that limit the right of nations to choose their own alliances.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "Belarus offered on Friday to host a meeting of NATO and Russian military experts in Minsk.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "The UN Security Council is paralysed and NATO cannot speak for the continent's neutral states. Europe has no body in which all its states can discuss a crisis before it becomes a war. It should create one.",
            "neutral_status",
            None,
        ),
        # holdout141's round
        (
            'Russia has spent two years promoting a "Eurasian security architecture". Officials in Astana say privately that they have no wish to join a structure in which Moscow would hold the pen.',
            "eurasian_forum",
            "opposes",
        ),
        (
            "Arms control with a cheater is unilateral disarmament. Russia violated the INF Treaty for years.",
            "arms_control",
            "opposes",
        ),
        (
            "The sides call for building an equal and indivisible architecture of security in Eurasia.",
            "new_security_architecture",
            "mentions",
        ),
        (
            "Russia will never be a member of NATO, and nobody should pretend otherwise.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            'NATO\'s Military Committee chairman said on Wednesday that the alliance was "open to risk-reduction talks" with Russia "at the appropriate level".',
            "russia_nato_dialogue",
            "advances",
        ),
        (
            'NATO\'s Military Committee chairman said on Wednesday that the alliance was "open to risk-reduction talks" with Russia "at the appropriate level".',
            "arms_control",
            "advances",
        ),
        (
            "A poll published on Monday by the Kyiv International Institute of Sociology found that 62 per cent of Ukrainians reject neutrality as part of a peace settlement, while 21 per cent would accept it with guarantees. The share rejecting it has risen since 2022.",
            "neutral_status",
            "mentions",
        ),
        (
            "Answer Moscow with Helsinki\n\nFor three years Moscow has promoted a Eurasian security system as the alternative to a European order it says has failed. European governments have mostly ignored it. That is a mistake. Europe should answer with an offer of its own: a summit of all the OSCE states, once a ceasefire holds, to recommit to the principles of the Helsinki Final Act.",
            "helsinki_summit",
            "advances",
        ),
        # holdout142's round
        (
            "The NATO-Russia Council was never a channel for dialogue. Reviving it after the war would hand Moscow a veto over the agenda of every allied meeting. If the allies need to talk to the Russian military, they have telephones.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "Sir, Your correspondent (Comment, 6 May) dismisses the idea of a common economic space with Russia as naive. It was trade, not tanks, that ended the division of Europe. When the guns fall silent, we should offer Russia that space again.",
            "common_economic_space",
            "advances",
        ),
        (
            "Sir, Your leader (14 March) is right to dismiss the talk of a common economic space with Russia once the war ends.",
            "common_economic_space",
            "opposes",
        ),
        (
            'Calls for a "second Helsinki" misunderstand the first. The 1975 conference codified a balance that already existed. There is no such balance in Europe today, and a conference cannot create one.',
            "helsinki_summit",
            "opposes",
        ),
        (
            "Q: Do you support neutrality for Ukraine? A: I support whatever Ukrainians choose.",
            "neutral_status",
            "mentions",
        ),
        (
            "A country with a long border with Russia needs a channel to Moscow that works in a crisis. Helsinki should offer to keep such a channel open, at the level of military commanders.",
            "helsinki_summit",
            None,
        ),
        (
            "Sooner or later Europe will have to sign a treaty with Russia on the principles of its security.",
            "european_security_treaty",
            "advances",
        ),
        # holdout143's round
        (
            "What Europe needs is not a grand treaty on European security but modest, verifiable arms control: limits on forces in the border regions.",
            "european_security_treaty",
            "opposes",
        ),
        (
            '"Serbia will remain militarily neutral, as our parliament decided in 2007," the president said. "We will not join NATO, and we will not join any alliance led by Russia."',
            "neutral_status",
            "advances",
        ),
        (
            "Q: Is arms control possible in cyberspace? A: Not in the sense of counting weapons; you cannot count code. But norms are possible: a commitment not to attack hospitals or nuclear plants, for example, with a channel to complain when it is broken. We should start there, with Russia as with everyone else.",
            "cyber_security",
            "advances",
        ),
        (
            "Q: Is arms control possible in cyberspace? A: Not in the sense of counting weapons; you cannot count code. But norms are possible: a commitment not to attack hospitals or nuclear plants, for example, with a channel to complain when it is broken. We should start there, with Russia as with everyone else.",
            "arms_control",
            None,
        ),
        (
            "Moldova's parliament on Thursday rejected a motion to drop the country's neutrality from the constitution, by 53 votes to 41.",
            "neutral_status",
            "advances",
        ),
        (
            "Forget the NATO-Russia Council. It was a talking shop for ambassadors. What we need is much simpler: a direct line between NATO's Supreme Allied Commander and the chief of the Russian General Staff, used whenever a ship or an aircraft goes where it should not.",
            "russia_nato_dialogue",
            "advances",
        ),
        # holdout144's round
        (
            "Switzerland and Austria on Friday jointly proposed regular meetings of European foreign ministers, Russia and Ukraine included, to prepare a conference on the principles of European security once the fighting ends.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Once a ceasefire has held for six months, and not before, the OSCE states should convene a conference on the principles of European security.",
            "helsinki_summit",
            "advances",
        ),
        (
            "The OSCE should convene a summit of its member states to agree on rules for military incidents: how close warships may sail, how aircraft must signal.",
            "arms_control",
            "advances",
        ),
        (
            "Q: Is neutrality for Moldova still on the table? A: Neutrality is in our constitution, and it will stay there.",
            "neutral_status",
            "advances",
        ),
        (
            '"NATO\'s so-called proposals on risk reduction are propaganda," the Russian deputy defence minister said on Friday.',
            "arms_control",
            "opposes",
        ),
        (
            "Mr Speaker, the honourable member for Kettering has called for a new Helsinki conference. I say to him: not while Russian troops occupy Ukrainian soil.",
            "helsinki_summit",
            "opposes",
        ),
        # holdout145's round
        (
            "Sceptics say a cyber hotline would never be answered. Perhaps. But a phone that rings unanswered still tells you something, and it costs little to install. NATO and Russia should have one.",
            "cyber_security",
            "advances",
        ),
        (
            "- We will work with our partners for a peace conference on European security once the war ends.\n- We will not support any deal that limits Georgia's right to choose its alliances.",
            "helsinki_summit",
            "advances",
        ),
        (
            "- We will work with our partners for a peace conference on European security once the war ends.\n- We will not support any deal that limits Georgia's right to choose its alliances.",
            "neutral_status",
            "opposes",
        ),
        (
            "Option A: reopen the NATO-Russia Council.\n\nOption B: keep all contacts suspended.\n\nRecommendation: Option A.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Although a legally binding treaty would give the clearest rules, Moscow would treat any treaty as an opening bid. A treaty is therefore not a realistic aim.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "Get the commanders into one room, NATO and Russian, before an accident starts a war.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "People tell us that Europe needs a new security architecture. Designed by whom? For whose benefit?",
            "new_security_architecture",
            "opposes",
        ),
        (
            "Every few decades someone raises the idea of Russia in NATO, as if the alliance could admit its own enemy. It cannot.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "The deputy minister said Moldova had no intention of abandoning its constitutional neutrality.",
            "neutral_status",
            "advances",
        ),
        (
            "I propose that all OSCE states meet in Vienna again, at the highest level, next summer.",
            "helsinki_summit",
            "advances",
        ),
        (
            "We'd gladly sign a treaty on European security tomorrow, the ambassador said.",
            "european_security_treaty",
            "advances",
        ),
        (
            "Europe should make its own proposal: a standing forum with the Central Asian states, open to China.",
            "eurasian_forum",
            "advances",
        ),
        (
            "He spent his last years arguing that Russia belonged in NATO.",
            "russia_nato_membership",
            "mentions",
        ),
        (
            'Ukraine\'s foreign ministry said that Kyiv would "never accept neutrality" as the price of peace.',
            "neutral_status",
            "opposes",
        ),
        # holdout146's round
        (
            "Let the states of Europe meet again as they did in Helsinki and write the rules of the peace together.",
            "helsinki_summit",
            "advances",
        ),
        (
            "The old order cannot come back. The book proposes instead a concert of great powers, Russia among them, bound by rules of restraint.",
            "new_security_architecture",
            "advances",
        ),
        (
            "Officials are planning, once more, a peace conference that will not happen, on a peace nobody offers.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "Switzerland shows that a small state can be safe without belonging to any bloc, and Moldova should be guaranteed the same.",
            "neutral_status",
            "advances",
        ),
        (
            "Turkey should bring Russian and NATO admirals together to agree on rules for incidents at sea, as the superpowers did for the oceans in 1972.",
            "arms_control",
            "advances",
        ),
        (
            "The ministers agreed that the NATO-Russia Council cannot be revived.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "The rapporteur noted that no delegation supported a new treaty on European security.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "A minority of the panel argued that a cyber hotline between Russia and the EU should be set up; most were unconvinced.",
            "cyber_security",
            "mentions",
        ),
        (
            "A proposal for a new Helsinki summit was raised but not discussed. The chair noted that no participant supported a treaty on European security.",
            "helsinki_summit",
            "mentions",
        ),
        (
            "The lecture traces how Medvedev's proposal was received in Paris and Berlin.",
            "european_security_treaty",
            "mentions",
        ),
        # holdout147's round
        (
            "Moscow says it wants a grand treaty that would remake European security; that is not on offer and should not be.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "In the Cold War the superpowers built hotlines and signed the Incidents at Sea agreement. This report recommends a hotline between the cyber security centres of NATO and Russia.",
            "arms_control",
            "mentions",
        ),
        (
            "Q: A new Helsinki conference?\nA: Helsinki worked because both sides accepted the map. Russia wants to redraw it. Nothing to sign.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "NATO's spokesman said the alliance was ready to start talking with Russia about military risks after a ceasefire.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Your columnist dismisses as fantasy the idea that Russia could one day join NATO. So, in 1949, was the idea that Germany might.",
            "russia_nato_membership",
            "advances",
        ),
        (
            "Georgia's neutrality would not be a weakness but a choice to be defended, the candidate said.",
            "neutral_status",
            "advances",
        ),
        (
            "There is a case, made in Rome, for a legally binding treaty on European security. I find it more convincing than I expected.",
            "european_security_treaty",
            "advances",
        ),
        (
            "Finland wants the alliance's last channel to Moscow closed; Hungary wants it widened. Neither side moved.",
            "russia_nato_dialogue",
            "mentions",
        ),
        (
            "Arms control assumes honest counting. Russia counts only what it can hide.",
            "arms_control",
            "mentions",
        ),
        (
            "We will have to choose the peace. That means a European order rebuilt on new foundations.",
            "new_security_architecture",
            "advances",
        ),
        (
            "Yet another plan for a cyber non-aggression pact with Moscow has arrived. It deserves the same fate as the last one.",
            "cyber_security",
            "opposes",
        ),
        (
            "The general who suggested inviting Russia into NATO says he was misunderstood. He was not; he was wrong.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "The panel's main recommendation is a peace conference of all European states within a year of a ceasefire.",
            "helsinki_summit",
            "advances",
        ),
        # holdout148's round
        (
            "The peace-conference business is booming: four proposals, three venues and no Russian willing to come. The next proposal should be filed where the last four went.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "What is permanent neutrality? A neutral state may not join a military alliance; in war it must treat both sides alike.",
            "neutral_status",
            "mentions",
        ),
        (
            "The SCO has never settled a dispute among its members. Armenia should stop flirting with it.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "Declarations will not deter Moscow. What might is a treaty on European security with inspections and penalties.",
            "european_security_treaty",
            "advances",
        ),
        (
            "If I were the Commission, I would offer Russia a free-trade agreement the day its troops leave Ukraine.",
            "common_economic_space",
            "advances",
        ),
        (
            "Moscow's economic space from Lisbon to Vladivostok was always a space in which the Kremlin held the gas tap. No thanks.",
            "common_economic_space",
            "opposes",
        ),
        (
            "The Russian drafts of December 2021 asked NATO to withdraw to its positions of 1997.",
            "european_security_treaty",
            "mentions",
        ),
        # holdout149's round
        (
            "Athens proposes that all OSCE heads of state meet on Rhodes within a year of a ceasefire.",
            "helsinki_summit",
            "advances",
        ),
        (
            "The French and Polish ministers disagreed sharply about whether Europe should offer Russia a binding security treaty.",
            "european_security_treaty",
            "mentions",
        ),
        (
            "What should follow the sanctions? My answer: a slow return to trade and, one day, a common economic space from Lisbon to Vladivostok.",
            "common_economic_space",
            "advances",
        ),
        (
            "Putin once more invoked the idea of a common economic space from Lisbon to Vladivostok at the forum in St Petersburg.",
            "common_economic_space",
            "advances",
        ),
        (
            "Q: Could Russia one day join NATO?\nA: Only if the alliance ceased to be an alliance.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "A democratic Russia may one day ask to join NATO. The allies should say yes.",
            "russia_nato_membership",
            "advances",
        ),
        # holdout150's round
        (
            "A summit with Moscow while its troops remain in Ukraine would reward the invasion.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "Your columnist argues for a new security treaty with Russia. Has she forgotten what happened to the Budapest Memorandum?",
            "european_security_treaty",
            "opposes",
        ),
        ("A common economic space with a country that cuts off our gas is absurd.", "common_economic_space", "opposes"),
        (
            "The two governments agreed that the United Nations remains the best place to negotiate binding norms for cyberspace.",
            "cyber_security",
            "advances",
        ),
        (
            "I used to believe that a neutral Moldova was the sensible answer. The war changed my mind.",
            "neutral_status",
            "opposes",
        ),
        (
            "There is no security treaty that the Baltic states could trust while Russia occupies Ukraine.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "Europe should give up the idea of a new Helsinki conference and concentrate on defending itself.",
            "helsinki_summit",
            "opposes",
        ),
        ("Moscow's Eurasian security architecture is a rebranding of the CSTO.", "eurasian_forum", "opposes"),
        ("Baku is right to keep the Eurasian security forum at arm's length.", "eurasian_forum", "opposes"),
        (
            "Finland's neutrality kept it out of the Cold War. A similar status, backed by guarantees, is what Georgia needs.",
            "neutral_status",
            "advances",
        ),
        (
            "The Kremlin's envoy renewed Moscow's call for a binding security treaty, first put forward in December 2021.",
            "european_security_treaty",
            "advances",
        ),
        (
            "Austria and Hungary support a peace conference with Russia; the Nordic states are opposed.",
            "helsinki_summit",
            "mentions",
        ),
        # holdout151's round
        (
            "Austria stands ready to host a conference on the future of European security, building on its record as host of the OSCE since 1995.",
            "helsinki_summit",
            "advances",
        ),
        (
            "The Kremlin insists that peace is impossible without recognising the neutral status of Ukraine.",
            "neutral_status",
            "advances",
        ),
        (
            "Brazil supports all steps towards peace, including, when the time is right, an international peace conference with both sides at the table.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Of course, let us sign another treaty with Russia. The last one turned out so well.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "The case for a common economic space with Russia still stands, whatever the politics of the day.",
            "common_economic_space",
            "advances",
        ),
        (
            "NATO commanders have nothing to talk about with the Russian military while the shelling goes on.",
            "russia_nato_dialogue",
            "opposes",
        ),
        ("Talk of a new Paris summit misreads what the Charter of Paris was.", "helsinki_summit", "opposes"),
        (
            "Georgian veterans called the proposal of a neutral Georgia an insult to those who fell in 2008.",
            "neutral_status",
            "opposes",
        ),
        (
            "Sooner or later Europe will need common rules of the road with Russia, the chancellor said.",
            "new_security_architecture",
            "advances",
        ),
        # holdout152's round
        (
            "Neutrality for Georgia would not remove the Russian bases; it would only keep NATO out.",
            "neutral_status",
            "opposes",
        ),
        (
            "Moscow has never closed the door to a European security treaty, the deputy foreign minister said.",
            "european_security_treaty",
            "advances",
        ),
        (
            "Europe has mocked summits before. But Helsinki gave it a framework that outlived the Soviet Union. Today's leaders should do what their predecessors did.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Q: Should NATO and Russia resume talks on arms control?\nA: To achieve what? Russia has broken every treaty it signed.",
            "arms_control",
            "opposes",
        ),
        ("Moscow talks of a Eurasian security architecture; it means Russian dominance.", "eurasian_forum", "opposes"),
        ("Critics in Kyiv say the Finnish model for Ukraine would end in partition.", "neutral_status", "mentions"),
        (
            "The Polish president said Minsk was the last place for a peace conference on Ukraine.",
            "helsinki_summit",
            "opposes",
        ),
        # holdout153's round
        (
            "When the fighting stops, Austria will offer Vienna once more as the place where a peace conference of all European states can meet.",
            "helsinki_summit",
            "advances",
        ),
        ("Q: Should Ukraine be neutral?\nA: In 2014 I said yes. I would not say it now.", "neutral_status", "opposes"),
        (
            "Moscow's plan for a Eurasian security system is a Russian veto over the foreign policy of its neighbours.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "The government has proposed a peace conference in Budapest; the opposition calls it a gift to Moscow.",
            "helsinki_summit",
            "mentions",
        ),
        (
            "Every spring a German executive calls for a common economic space with Russia. They should be asked what it would cost.",
            "common_economic_space",
            "opposes",
        ),
        (
            "Moscow and Brussels could agree on rules that keep hospitals safe from cyber attacks.",
            "cyber_security",
            "advances",
        ),
        ("Some say that Moldova's neutrality is worthless.", "neutral_status", "mentions"),
        (
            "Finland will invite all of Europe to a new Helsinki conference. Not to reward aggression, but to rebuild the rules that aggression has broken.",
            "helsinki_summit",
            "advances",
        ),
        # holdout154's round
        (
            "A new Paris summit would only make sense if Moscow gave back what it took. Until then, there is nothing to sign.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "An arms control treaty would only make sense if Russia stopped cheating. For now, nothing to negotiate.",
            "arms_control",
            "opposes",
        ),
        # holdout155's round
        (
            "ANCHOR: Russia says it wants a new security treaty with Europe. What is your view?",
            "european_security_treaty",
            "mentions",
        ),
        (
            "Who would guarantee a neutral Moldova? The same Russia that has kept troops in Transnistria since 1992?",
            "neutral_status",
            "opposes",
        ),
        (
            "Azerbaijan's president reaffirmed his country's non-aligned status at the summit in Baku.",
            "neutral_status",
            "advances",
        ),
        ("The Kremlin's old idea of a common economic space has aged badly.", "common_economic_space", "opposes"),
        (
            "Merkel once floated a European security council with Russia in it; nobody in Berlin misses it.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "All the speakers agreed that some channel between NATO and the Russian military would be needed after the war.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "The report proposes three steps: notifying exercises, fixing minimum distances for aircraft, and restoring the military liaison missions.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Critics say arms control rewards cheats; by that logic, no arms control treaty should ever have been signed.",
            "arms_control",
            "mentions",
        ),
        # holdout156's round
        (
            "In his new book, Pavel Novak argues that only a peace conference of all European states can end the war. The case is well made; I remain unconvinced.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "Q: Does the minister support neutrality for Georgia?\nA: That is for Georgians to keep or change, not for us.",
            "neutral_status",
            "mentions",
        ),
        (
            "Someone has proposed a new security architecture for Europe again, built around Russia's demands. Hard pass.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "People said for years that Russia could sit inside NATO one day. The idea died in Bucha.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "An economic partnership with Russia from Lisbon to Vladivostok? Ask the Poles how the last one ended.",
            "common_economic_space",
            "opposes",
        ),
        (
            "A cyber hotline between Warsaw and Moscow sounds naive. It is not. Someone must answer the phone when the grid goes down.",
            "cyber_security",
            "advances",
        ),
        (
            "Q: Will you meet the Russians in the NATO-Russia Council again?\nA: The day their troops leave Ukraine, our door is open; until then there is nothing to sit down about.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "The city marked fifty years since the Helsinki Final Act with a reception that the Russian embassy boycotted.",
            "helsinki_summit",
            "mentions",
        ),
        (
            "Moldova could accept permanent neutrality, the speaker said, but only with Russian troops gone from Transnistria.",
            "neutral_status",
            "advances",
        ),
        # holdout157's round
        (
            "REPORTER: Minister, the Slovak prime minister says Europe should sign a security treaty with Russia.\nMINISTER: He is entitled to his opinion. Ours is that such paper is worthless.",
            "european_security_treaty",
            "opposes",
        ),
        ("Moscow said it was not interested in reviving the NATO-Russia Council.", "russia_nato_dialogue", "opposes"),
        ("The Kremlin spokesman called the NATO-Russia Council a relic.", "russia_nato_dialogue", "opposes"),
        (
            "Sir, Your editorial dismisses a hotline between NATO and Russian commanders as appeasement. Would the editors prefer that the next near-miss over the Baltic be settled by guesswork?",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Two analysts discuss whether Turkey could guarantee a neutral Georgia. One thinks Ankara would never risk it; the other thinks it wants the role.",
            "neutral_status",
            "mentions",
        ),
        (
            "A cyber truce with Moscow. Sure. Right after they stop attacking our power grid.",
            "cyber_security",
            "opposes",
        ),
        (
            "Russian membership in NATO was discussed in 1991 and in 2001. It failed, and it will not come back.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "Norway reiterated its readiness to host a peace conference on Ukraine in Oslo.",
            "helsinki_summit",
            "advances",
        ),
        (
            "A group of mayors proposed a joint Estonian-Russian border commission to handle incidents on the Narva river.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Neither a Eurasian security forum under Chinese leadership nor one under Russian leadership has any appeal in Astana.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "In 2008 the West ignored Moscow's call for a European security treaty. It should not make the same mistake with the next Russian leader who proposes one.",
            "european_security_treaty",
            "advances",
        ),
        (
            "Journalist: Would a binding European security treaty help?\nProfessor: Very much. It would give every state rules to rely on.",
            "european_security_treaty",
            "advances",
        ),
        (
            "Q: So, a new Helsinki summit. Yes or no?\nA: Yes. But only after the guns fall silent.",
            "helsinki_summit",
            "advances",
        ),
        # holdout158's round
        (
            "Interesting piece, but the author is naive. A neutral Georgia would be swallowed within months.",
            "neutral_status",
            "opposes",
        ),
        ("lena_p: is the NATO-Russia Council dead?\nmkoch: dead and buried.", "russia_nato_dialogue", "opposes"),
        (
            "This government only talks. We would open talks with Moscow tomorrow on a neutral status for Moldova, guaranteed by the EU and Russia.",
            "neutral_status",
            "advances",
        ),
        (
            "Join us for a panel with two former ambassadors on whether a new Helsinki conference could end the war.",
            "helsinki_summit",
            "mentions",
        ),
        (
            "Asked whether Azerbaijan would seek neutrality, the minister said that nothing was excluded. The opposition called for closer ties with Turkey.",
            "neutral_status",
            "mentions",
        ),
        (
            "Austria was neutral for decades and did well. Moldova is not Austria. The model does not travel.",
            "neutral_status",
            "opposes",
        ),
        (
            "If Europe wants a ceasefire to hold, it will need a way to talk to Russia's generals.",
            "russia_nato_dialogue",
            "advances",
        ),
        # holdout159's round
        (
            "2009: Russia publishes a draft European Security Treaty.\n2010: NATO declines to negotiate.",
            "european_security_treaty",
            "mentions",
        ),
        (
            "The case for a hotline between the EU's and Russia's cyber agencies is stronger than its critics admit.",
            "cyber_security",
            "advances",
        ),
        (
            "The case for a hotline between NATO's and Russia's cyber agencies is stronger than its critics admit.",
            "russia_nato_dialogue",
            None,
        ),
        (
            "We keep our lines of military communication with Moscow open, to avoid accidents.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Serbia's president said military neutrality would stay in the constitution as long as he was in office.",
            "neutral_status",
            "advances",
        ),
        ("A peace summit without Kyiv at the table would be worse than nothing.", "helsinki_summit", "advances"),
        # holdout160's round
        (
            "Q. Does your party support a peace conference on the model of Helsinki?\nA. Yes, as soon as a ceasefire holds.",
            "helsinki_summit",
            "advances",
        ),
        ("Q. Should Russia one day join NATO?\nA. No. That is a daydream.", "russia_nato_membership", "opposes"),
        (
            "Europe needs rules it can enforce. A European security treaty is what we should have signed fifteen years ago, in 2010.",
            "european_security_treaty",
            "advances",
        ),
        (
            "The defence minister said the alliance keeps its military channels to the Russian General Staff open, although the NATO-Russia Council has not met since 2022.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Sir, your columnist wants a common economic space with Russia. He should try explaining that to the Lithuanians.",
            "common_economic_space",
            "opposes",
        ),
        (
            "Q: Would you restore the INF Treaty?\nA: Not that treaty; its verification is obsolete. But its limits on missiles, yes, once the war is over.",
            "arms_control",
            "advances",
        ),
        (
            "In her new book Sorensen argues that Europe needs a new security architecture that includes Russia. The argument is brave but, I think, mistaken: Russia has shown what it does with the old one.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "The Kremlin has not withdrawn its 2021 draft on legally binding security guarantees, a spokesman said on Monday.",
            "european_security_treaty",
            "advances",
        ),
        ("The minister's speech on a new world order drew polite applause.", "new_security_architecture", "mentions"),
        # holdout161's round
        (
            'Asked about a peace conference on European security, the Swiss foreign minister said: "We have hosted them before. We would host another, but only with Kyiv\'s consent."',
            "helsinki_summit",
            "advances",
        ),
        (
            'The chancellor was asked whether Europe should revive the NATO-Russia Council. "Revive it for what?" he said.',
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "Western governments rejected Moscow's proposals for legally binding security guarantees in December 2021.",
            "european_security_treaty",
            "mentions",
        ),
        (
            "NATO's secretary general dismissed Russia's draft treaties of December 2021 as a bid for spheres of influence.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "A free-trade zone from Lisbon to Vladivostok? With a regime that cut off our gas? Spare me.",
            "common_economic_space",
            "opposes",
        ),
        (
            "Some still hope Russia could be brought into NATO one day. It could not.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "The treaty Medvedev proposed would have allowed any signatory to veto the others' alliances.",
            "european_security_treaty",
            "mentions",
        ),
        (
            "Moscow's 2008 proposal for a European security treaty was never formally rejected; it was simply ignored.",
            "european_security_treaty",
            "mentions",
        ),
        # holdout162's round
        (
            "Austria, Ireland and several non-aligned states welcomed the Swiss proposal for a peace conference.",
            "neutral_status",
            None,
        ),
        ("The talks were hosted by a Helsinki-based foundation.", "helsinki_summit", None),
        (
            "Talking is not a reward. I would rebuild them first: a standing channel between the general staffs and regular meetings of military experts.",
            "russia_nato_dialogue",
            "advances",
        ),
        ("Today the NATO-Russia Council is dead in all but name.", "russia_nato_dialogue", "mentions"),
        (
            "What about Russia in NATO? Frankly, that is a conversation for another century.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "We are asked, quite often, whether we support the idea of a common economic space with Russia. Our answer is that such an idea belongs to a Europe that no longer exists.",
            "common_economic_space",
            "opposes",
        ),
        (
            "On a peace conference the participants were divided. The report does not take a side.\n\nOn cyber issues they were united: nearly all favoured a hotline between the European and Russian cyber agencies.",
            "cyber_security",
            "advances",
        ),
        (
            "Kazakhstan proposes a permanent conference on security in Eurasia. We are also asked whether we support the idea of a single economic space from Lisbon to Vladivostok. Our answer is that such an idea is a fantasy.",
            "eurasian_forum",
            "advances",
        ),
        # holdout163's round
        (
            "Budapest wants to host a peace summit. A summit in Budapest would give the Kremlin a photo opportunity.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "Moscow's proposals for legally binding guarantees, which NATO rejected in January 2022, went unmentioned.",
            "european_security_treaty",
            "mentions",
        ),
        (
            "The inspections that the Vienna Document once required kept Europe's armies from surprising each other. Restoring them would make the continent safer.",
            "arms_control",
            "advances",
        ),
        (
            "The ministers agreed to propose that incidents at sea be handled under agreed procedures, as they were during the Cold War.",
            "arms_control",
            "advances",
        ),
        (
            "The opposition urged the government to press allies to restore a military communication channel with Moscow.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Some MPs raised the idea of a Europe-wide economic partnership that would include Russia. The minister said such ideas were a fantasy.",
            "common_economic_space",
            "opposes",
        ),
        (
            "The inspections the Vienna Document required kept armies from surprising each other. Restoring them would make Europe safer. This newspaper does not oppose talking to Moscow.",
            "arms_control",
            "advances",
        ),
        # holdout164's round
        (
            "Kazakhstan and Uzbekistan called last week for a conference on Eurasian security.",
            "eurasian_forum",
            "advances",
        ),
        (
            "The cyber norms agreed in 2015 are voluntary, and Moscow ignores them. Negotiating new ones with Russia would be a waste of time.",
            "cyber_security",
            "opposes",
        ),
        (
            "A treaty on European security? The question was asked seriously in 2008. It is a museum piece now.",
            "european_security_treaty",
            "opposes",
        ),
        # holdout165's round
        ("Serbia's neutrality has bought the country very little in thirty years.", "neutral_status", "opposes"),
        (
            "A cyber hotline? Two ministers doubted that Moscow would ever answer it, but did not oppose its creation.",
            "cyber_security",
            "advances",
        ),
        (
            "Participants agreed that the lack of a cyber hotline between the two capitals raises the risk that an attack on a power grid is misread as an act of war.",
            "cyber_security",
            "advances",
        ),
        (
            "Medvedev's treaty of 2008 was a veto in disguise. Europe was right to let it die, and it would be wrong to revive it now.",
            "european_security_treaty",
            "opposes",
        ),
        (
            "A Russia inside NATO would need an alliance that no longer existed. No government in the Baltic states would sign up to that.",
            "russia_nato_membership",
            "opposes",
        ),
        (
            "This chapter traces how calls for a new security architecture became a demand for spheres of influence. It does not assess whether such an architecture is desirable.",
            "new_security_architecture",
            "mentions",
        ),
        (
            "Beijing's talk of a Eurasian security structure should be read for what it is: a bid to make the SCO the arbiter of the continent.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "Moscow has asked Brussels to join its Eurasian security forum. Europe should decline the invitation.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "The security of Moldova must rest on its own army and its friends, not on a declaration of neutrality.",
            "neutral_status",
            "opposes",
        ),
        (
            "If there is a place for arms control in the settlement, it is in pulling the heavy artillery back from the line of contact.",
            "arms_control",
            "advances",
        ),
        (
            "The envoys proposed a continental system of collective security, open to every state from the Atlantic to the Pacific.",
            "new_security_architecture",
            "advances",
        ),
        (
            "The 2013 arrangement on ICT confidence-building between Washington and Moscow should be extended to Europe.",
            "arms_control",
            None,
        ),
        # holdout166's round
        (
            "Switzerland's neutrality is not an anachronism, whatever its critics in Brussels say.",
            "neutral_status",
            "advances",
        ),
        ("Ireland is militarily non-aligned, and it will remain so.", "neutral_status", "advances"),
        ("The Baltic states objected to reopening the NATO-Russia Council.", "russia_nato_dialogue", "opposes"),
        (
            "The allies turned down Hungary's request to reconvene the NATO-Russia Council. Budapest had argued that the council was the only place where both sides could talk.",
            "russia_nato_dialogue",
            "opposes",
        ),
        (
            "The alliance should propose a new ceiling on short-range missiles in Europe, even if Moscow says no.",
            "arms_control",
            "advances",
        ),
        (
            "There are two options. The first is a summit. The second is a verified limit on conventional forces near the border, and it is the only one worth pursuing.",
            "arms_control",
            "advances",
        ),
        (
            "Rome said it would back the revival of joint energy and transport projects with Russia once the war is over.",
            "common_economic_space",
            "advances",
        ),
        (
            "When the time comes for Europe to talk about its security with all parties at the table, Vienna should host the talks.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Your columnist wants a new security architecture for Europe. The architecture we have was not the problem. What we need is the existing order defended, not a new one.",
            "new_security_architecture",
            "opposes",
        ),
        ("In 1954 the Soviet Union asked to join NATO and was turned down.", "russia_nato_membership", "mentions"),
        (
            "The former Italian prime minister regretted that Europe had turned down the idea of a common economic space with Russia.",
            "common_economic_space",
            "advances",
        ),
        # holdout167's round
        (
            "What I would like to see is the chiefs of the general staffs meeting twice a year, without cameras, to talk about exercises.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Q: What about arms control? A: That will come later, once the soldiers are talking again.",
            "arms_control",
            "advances",
        ),
        (
            "Confidence-building measures were the product of a particular moment, and that moment has passed.",
            "arms_control",
            "opposes",
        ),
        (
            "A reformed NATO, with Russia as a full member, would be the crowning of a long change in Moscow.",
            "russia_nato_membership",
            "advances",
        ),
        (
            "Moldova should declare itself neutral, say a number of commentators in Chisinau who want the country out of the war's way.",
            "neutral_status",
            "mentions",
        ),
        (
            "That Moldova should be neutral is the view of a growing number of politicians in Chisinau, who argue that it keeps the war away. It is an attractive idea, and it is wrong.",
            "neutral_status",
            "opposes",
        ),
        (
            "It is tempting to propose a new Helsinki summit. The temptation should be resisted.",
            "helsinki_summit",
            "opposes",
        ),
        (
            "Russia belongs inside the Western security system one day, not outside it.",
            "new_security_architecture",
            None,
        ),
        (
            "The Bundestag clashed over Russia on Thursday. One deputy called for a peace conference; another replied that it would reward the annexation. The chancellor did not take part in the debate.",
            "helsinki_summit",
            "mentions",
        ),
        # holdout168's round
        (
            "The time has come to turn our conference into an organisation for security and development in Asia.",
            "eurasian_forum",
            "advances",
        ),
        (
            "HELSINKI — The Finnish government said on Monday that it would keep its troops on the eastern border.",
            "helsinki_summit",
            None,
        ),
        (
            "Soviet and American officers met regularly under the Incidents at Sea Agreement. NATO has no equivalent with Russia today. It should create one.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "NATO should open a channel to the Russian general staff, with no photo opportunities and no communiqués.",
            "russia_nato_dialogue",
            "advances",
        ),
        (
            "Moscow's draft treaty on European security of December 2021 remained on the table, the deputy minister said.",
            "european_security_treaty",
            "advances",
        ),
        (
            "A cyber hotline with Moscow would be answered by the same people who run the attacks.",
            "cyber_security",
            "opposes",
        ),
        (
            "Serbia's military neutrality is written into a resolution of its parliament, and we intend to keep it.",
            "neutral_status",
            "advances",
        ),
        (
            "A modest proposal for the day after: a belt twenty kilometres wide on each side of the line, free of tanks and heavy artillery.",
            "arms_control",
            "advances",
        ),
        ("The Vienna Document no longer reflects reality.", "arms_control", "opposes"),
        (
            "No NATO-Russia Council meeting of any kind should be held while the war continues.",
            "russia_nato_dialogue",
            "opposes",
        ),
        # holdout169's round
        (
            "Geneva has offered to host peace talks between Kyiv and Moscow whenever both are ready.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Q: Is Austria's offer of a peace conference still open? A: It has never been withdrawn.",
            "helsinki_summit",
            "advances",
        ),
        (
            "Beijing talks of a Eurasian security architecture, but it exists mainly on paper, and its members intend to keep it there.",
            "eurasian_forum",
            "opposes",
        ),
        (
            "Sir, your editorial calls Russia's membership of NATO unthinkable. So, in 1990, was a united Germany inside the alliance.",
            "russia_nato_membership",
            "advances",
        ),
        (
            "Our military neutrality has served us well, and I see no reason to give it up.",
            "neutral_status",
            "advances",
        ),
        (
            "I used to think that a new security architecture for Europe was the answer. I no longer do.",
            "new_security_architecture",
            "opposes",
        ),
        (
            "The order built after 1990 is gone, and Europe must design the next one itself.",
            "new_security_architecture",
            "advances",
        ),
    ],
)
@pytest.mark.parametrize("use_model", [False, pytest.param(True, marks=pytest.mark.model)], ids=["rules", "model"])
def test_stance_by_the_rules_alone_and_with_the_model(request, shipped, text, proposal, stance, use_model):
    # the cue rules must read these themselves; the model's second reading must not undo them (None: no suggestion)
    if use_model and (text, proposal) in MODEL_MISREADINGS:
        request.applymarker(pytest.mark.xfail(reason=MODEL_MISREADINGS[text, proposal], strict=False))
    found = {s.proposal_id: s.stance for s in suggest_positions(text, shipped.proposals, use_model=use_model)}
    assert found.get(proposal) == stance


def test_another_state_joining_nato_is_not_russia_joining(shipped):
    def named(text: str) -> set[str]:
        return {s.proposal_id for s in suggest_positions(text, shipped.proposals, use_model=False)}

    assert "russia_nato_membership" in named("Russia may one day join NATO.")
    assert "russia_nato_membership" not in named(
        "Russia invaded a Ukraine that was not going to join NATO in any foreseeable future."
    )


# Known misreadings of the shipped heads, run and reported (xfail, or xpass when a retraining reads them right),
# not dropped: each retraining moves a few sentences across the stance head's threshold, and a higher threshold,
# measured with each set left out, costs more calls than it saves.
MODEL_MISREADINGS = {
    ("Maps of the proposed 'Greater Eurasian Partnership' usually stop at the Polish border.", "eurasian_forum"): (
        "the stance head reads a rejection here at about its threshold (0.65 to 0.66 since holdout130's retraining)"
    ),
    (
        "ANCHOR: Russia says it wants a new security treaty with Europe. What is your view?",
        "european_security_treaty",
    ): (
        "the stance head reads the anchor's premise as doubt at its threshold (0.66 since holdout156's retraining); it"
        " may read doubt in an interviewer's line: barring that loses three labelled rejections, answers that reject what"
        " the question doubts"
    ),
}


@pytest.mark.model
def test_what_the_model_finds_in_a_reported_debate_or_a_sentence_about_another_proposal_is_no_call(shipped):
    debate = (
        "NATO foreign ministers disagreed on Tuesday about whether to restore contacts with Russia. "
        "Hungary and Slovakia were in favour; the Baltic states were against."
    )
    assert stances(shipped, debate).get("russia_nato_dialogue") == "mentions"
    # "It" is the treaty: the detector must be surer to find neutrality there
    treaty = (
        "We ask you to prepare now for the negotiation of a European security treaty. It should fix the borders of "
        "every European state, forbid the use of force between them, and set up a court to settle disputes."
    )
    assert "neutral_status" not in stances(shipped, treaty)


def test_an_interviewer_s_premise_is_no_call_but_the_interviewee_s_own_is(shipped):
    def by_rules(text: str) -> dict[str, str]:
        return {s.proposal_id: s.stance for s in suggest_positions(text, shipped.proposals, use_model=False)}

    premise = "Q: Moscow says it wants a new European security treaty. Is that a basis for talks?"
    assert by_rules(premise)["european_security_treaty"] == "mentions"
    own = "Q: You have called for a new European security treaty. What would be in it?"
    assert by_rules(own)["european_security_treaty"] == "advances"


def test_what_a_thing_will_not_come_from_is_rejected_not_the_thing(shipped):
    found = stances(shipped, "A fair security order in Europe won't come from one more summit.")
    assert found.get("helsinki_summit") == "opposes"
    assert found.get("new_security_architecture") != "opposes"


def test_a_principle_alone_does_not_advance_an_architecture(shipped):
    text = "Central Asian leaders argue for a regional dialogue built on indivisible security."
    assert stances(shipped, text).get("new_security_architecture") == "mentions"


def test_of_a_call_and_a_rejection_as_sure_the_later_answers_the_earlier(shipped):
    reply = (
        "The Kremlin again called for a new system of European security on Monday. The German spokesman said "
        "Berlin had no interest in redrawing Europe's security order with the country that broke it."
    )
    assert stances(shipped, reply).get("new_security_architecture") == "opposes"
    rebuttal = (
        "Critics reject a new system of European security out of hand. "
        "But Europe must build a new security order that Russia accepts."
    )
    assert stances(shipped, rebuttal).get("new_security_architecture") == "advances"

    answered = (  # "any such offer" points back to the call it answers
        "The Greek prime minister said the EU should one day offer Russia a free-trade area. "
        "The Lithuanian government said it would veto any such offer."
    )
    assert stances(shipped, answered).get("common_economic_space") == "opposes"
    line = (  # "the proposal" points back to the call for a direct line
        "The Italian defence minister proposed restoring a direct line between NATO and the Russian general staff. "
        "His Lithuanian counterpart called the proposal naive."
    )
    assert stances(shipped, line).get("russia_nato_dialogue") == "opposes"

    introduced = (  # "the idea of new rules" brings in its own subject: it does not point back to the order
        "The phrase 'European security architecture' means different things in Moscow and in Brussels. "
        "The Swiss have floated the idea of new rules on how close military exercises may come to borders."
    )
    assert stances(shipped, introduced).get("new_security_architecture") == "mentions"


def test_no_suggestion_for_unrelated_text(shipped):
    assert stances(shipped, "The ministers discussed fertiliser prices and a railway line.") == {}


def test_evidence_and_terms_are_verbatim_with_offsets(shipped):
    text = "Preface.\n\nEurope needs a new Helsinki conference, provided that Ukraine takes part as an equal.\n"
    (suggestion,) = suggest_positions(text, shipped.proposals, author="Jane Doe")
    assert text[suggestion.evidence.start : suggestion.evidence.end] == suggestion.evidence.text
    assert suggestion.actor == "Jane Doe"
    kinds = {kind for kind, _, _ in suggestion.terms}
    assert "precondition" in kinds
    for _, _, span in suggestion.terms:
        assert text[span.start : span.end] == span.text


def test_reported_speech_names_the_actor(shipped):
    text = "According to Dmitry Danilov, Russia and NATO should resume their dialogue on strategic stability."
    (suggestion,) = [s for s in suggest_positions(text, shipped.proposals) if s.proposal_id == "russia_nato_dialogue"]
    assert suggestion.actor == "Dmitry Danilov"


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Talks with NATO are pointless, the Kremlin spokesman said.", "The Kremlin spokesman"),
        ("Talks with NATO, the Polish defence minister said, are pointless.", "The Polish defence minister"),
        ("The former Finnish president said that talks with NATO were pointless.", "The former Finnish president"),
        ("Talks with NATO are pointless, the man said.", "Author"),  # not an office: the text's own voice
    ],
)
def test_reported_speech_names_a_speaker_by_office(shipped, text, actor):
    (suggestion,) = suggest_positions(text, shipped.proposals, use_model=False)
    assert suggestion.actor == actor


def test_suggestions_on_the_shipped_texts_are_verbatim(shipped):
    for document_id, text in shipped.texts.items():
        for suggestion in suggest_positions(text, shipped.proposals):
            assert locate_quote(text, suggestion.evidence.text) is not None, document_id


def test_a_quotation_of_several_sentences_is_read_sentence_by_sentence():
    text = '"We must not repeat 1991. We need a conference." Mr. Smith said so. Dr. Jones met J. R. Smith.'
    assert [s.text for s in sentences_of(text)] == [
        '"We must not repeat 1991.',
        'We need a conference."',
        "Mr. Smith said so.",
        "Dr. Jones met J. R. Smith.",
    ]


def test_a_list_item_keeps_its_number():
    text = "Five steps\n1. Restore the hotline.\n2. Agree on limits."
    spans = sentences_of(text)
    assert [s.text for s in spans] == ["Five steps", "1. Restore the hotline.", "2. Agree on limits."]
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_a_side_not_taken_far_from_a_call_leaves_the_call(shipped):
    filler = " ".join(f"The delegates visited site number {n}." for n in range(4))
    text = f"Europe needs a new Helsinki conference. {filler} Switzerland did not take sides in the war."
    assert stances(shipped, text)["helsinki_summit"] == "advances"
