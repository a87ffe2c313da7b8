"""The names of the shipped codebook's proposals the suggester knows beyond their codebook aliases.

A codebook of one's own needs none of this: its names and aliases are read from
its proposals table. These lists add, for the shipped proposals, the other ways
texts name them, the phrases where a name belongs to a neighbouring proposal,
and the past events a proposal is modelled on.
"""

from __future__ import annotations

# "A treaty limiting missiles", "treaties capping troops": arms control's, never the European security treaty's.
_ARMS_TREATY = (
    # (with what may come before it: "a legally binding treaty limiting conventional forces" is arms control's)
    r"(?:(?:legally[- ])?binding )?(?:treat(?:y|ies)|agreements?) (?:limiting|capping|banning|on limiting) (?:[\w'’-]+ ){0,2}"
    r"(?:weapons|arms|missiles|warheads|forces|troops|tanks|them)\b"
)

# Curated names of the shipped proposals, beyond their codebook aliases. A clause
# naming a proposal by a strong name can advance it; a weak name (a principle or a
# generic word the proposal shares with others) only ever makes a mention.
LEXICON: dict[str, tuple[str, ...]] = {
    "helsinki_summit": (
        r"helsinki",
        r"paris (?:summit|charter)",
        r"charter of paris",
        r"final act",
        r"peace (?:conference|forum|congress|summit)s?",
        r"host\w* (?:the |any |future )?peace talks",  # "Vienna has offered to host peace talks before."
        r"summit on (?:ukraine|the war|peace|ending the war)\b",
        # "invite every participating state to a summit in Vienna to restate the principles of 1975"
        r"(?:summit|conference)(?: in [A-Z]\w+)? to (?:restate|reaffirm|renew|update|restore) the principles of (?:1975|1990|helsinki|the final act)\b",
        r"congress of vienna",
        r"(?:gathering|meeting|conference|summit) of (?:all )?(?:the )?(?:european|europe(?:'s|’s)|the continent(?:'s|’s)) (?:heads of (?:state|government)|leaders)\b",  # "a gathering of all European heads of government"
        r"(?:new|second|another) yalta",  # a great-powers' conference, the pejorative twin of a new Helsinki
        r"finlandia hall",
        r"(?<!modelled on the )(?<!modeled on the )csce",  # an Asian conference "modelled on the CSCE" is no summit
        r"(?:new|second|grand|standing) (?:european )?(?:security |peace )?(?:summit|conference)",
        r"international (?:peace )?(?:conference|summit)(?! on (?:cyber|climate|arms|nuclear|eurasian|asian|central asian))",
        r"conference on europe(?:'s|’s) security\b",  # "and only then, perhaps, a conference on Europe's security"
        r"summit (?:at which|where|of|with) all (?:[\w-]+ ){0,2}(?:states|countries|leaders|governments)\b",  # "a summit at which all participating states …"
        r"(?<!asian )conference on (?:european )?security(?! (?:in|for|across) (?:the whole of |all of )?(?:eurasia|asia|central asia))",
        r"conference on (?:the )?(?:principles|rules|future) of (?:european )?security\b",  # "a conference on the principles of European security"
        r"summit[^.;]{0,80}(?:european security|security order|rules|borders)",
        r"(?:conference|summit|meeting) of all (?:its|europe(?:'s|’s)|the continent(?:'s|’s)|european) (?:states|nations|countries)",
        r"summit with (?:putin|putin(?:'s|’s) russia|the kremlin|russia|moscow)\b",  # "A summit with Putin now would be a photo opportunity"
        r"summit between (?:russia|moscow) and (?:ukraine|kyiv)|summit between (?:ukraine|kyiv) and (?:russia|moscow)",
        r"(?:wider|broader|larger|comprehensive|pan-european) (?:\w+ )?(?:peace )?(?:conference|summit)",
        r"european security (?:conference|summit)",
        r"conference on the future of (?:the continent(?:'s|’s)|europe(?:'s|’s)|european) security",  # "a European security conference for the spring"
        r"conference (?:[\w'’-]+ ){0,3}to settle (?:europe(?:'s|’s) borders|the borders of europe)",
        r"(?:european security|security order)[^.;]{0,60}summit",
        r"(?:conference|summit|congress|meeting) (?:of|for|with) (?:all )?(?:the )?(?:european|osce) (?:participating )?(?:states|countries|nations|leaders|governments)",
        r"(?:conference|summit|congress) (?:of|for|with) all (?:its|their|the|europe(?:'s|’s)) (?:[\w'’-]+ )?(?:states|countries|nations)",
        r"(?:presidents|prime ministers|heads of (?:state|government))\b[^.;]{0,60}\bsit down (?:together|with)",
        r"all (?:of )?europe\b[^.;]{0,30}\bsit down together",
        r"(?:conference|summit|meeting) of (?:the )?heads of (?:state|government) on (?:european )?security",  # "after a ceasefire, yes, all of Europe should sit down together"
        # "wants Europe's leaders, Russia's included, to meet and agree on rules"
        # "I hope Europe will have the wisdom to call all its states together again, as in Paris"
        r"(?:call|calls|calling|bring|brings|bringing|gather|gathers|gathering|convene|convenes|convening) all (?:its|their|the|europe(?:'s|’s)) (?:[\w-]+ )?(?:states|nations|countries|leaders) together",
        # "I propose that participating states meet at the level of heads of state next year"
        # "Ljubljana wants all OSCE heads of government to meet at Lake Bled"; 'a "Bled Process" for European security'
        r"(?:all )?(?:osce|european) heads of (?:state|government)\b[^.;]{0,30}?\bmeet\b",
        r"[\"“]?[\w-]+ process[\"”]? (?:for|on) (?:european|europe(?:'s|’s)) security",
        r"(?:participating|osce|european|all) states (?:should |to |would |could |will )?meet\b[^.;]{0,20}?\bat (?:the )?"
        r"(?:level of heads of (?:state|government)|summit level|highest level)",
        r"europe\b[^.;]{0,40}\bconference on (?:its|our) own security",  # "Europe does need a conference on its own security"
        # "When the day comes for Europe to talk again about its security with all parties at the table"
        r"(?:talk|negotiate|sit down|meet)\w* (?:again )?(?:about|on) (?:its|their|our|europe(?:'s|’s)|european) (?:own )?security with (?:all|every) (?:the )?(?:parties|sides|states|countries)",
        r"leaders\b[^.;]{0,30}\brussia(?:'s|’s)? (?:included|too|as well|among them)\b[^.;]{0,30}\b(?:to )?(?:meet|gather|sit down)\b",
    ),
    "neutral_status": (
        # not "monitored by a neutral body"
        r"(?<!sounds )(?<!sounded )(?<!looks )(?<!seems )neutral(?:ity)?(?! (?:body|bodies|party|parties|observers?|mediators?|monitors?|arbiters?|brokers?|venue|ground|chair|umpire|referee|commission|inspectors?)\b)",
        r"non-?bloc",
        r"(?:austrian|finnish|swiss) (?:solution|model|option)\b",  # 'the "Austrian solution" for Ukraine'
        r"non-?aligned",
        r"non-?alignment",
        r"without belonging to (?:either|any)(?: (?:bloc|alliance|side))?\b",  # "can be safe without belonging to either"
        r"bloc-?free",
        r"buffer (?:state|zone|belt)s?",
        r"outside (?:of )?(?:any |the |military )*(?:alliances?|blocs?)",
        r"(?:not|never) (?:to )?join(?:ing)? (?:any |a |military )+(?:alliances?|blocs?)",
        r"join(?:s|ing)? (?:neither|no)\b(?: military)? (?:alliances?|blocs?|nato|the csto)",
        r"finlandi[sz]ation",
        r"(?:not|never) join(?:ing)? (?:nato|the alliance|the west) either",  # "…lost faith in the Russian-led alliance, but would not join NATO either"
        r"(?:ukraine|moldova|georgia|armenia|serbia|kyiv|chisinau|tbilisi)\b[^.;]{0,10}\boutside (?:of )?(?:both )?(?:nato|the alliance|the blocs)\b",
        # "if Kyiv gives up its NATO bid": staying out of the alliance, by another name
        r"(?:give|gives|giving|gave|drop|drops|dropping|dropped|abandon\w*|renounc\w*|shelv\w*) (?:up )?(?:on )?(?:its|their|her|his|the|any) nato (?:bid|ambitions?|aspirations?|application)",
        r"(?:ukraine|moldova|georgia|armenia|serbia|kyiv|chisinau|tbilisi)\b[^.;]{0,40}\b(?:stays?|staying|remains?|remaining|kept|keeps?) out(?:side)? (?:of )?(?:nato|the alliance)",
        r"(?:status|position|model|path|road) (?:like|of|similar to) (?:finland|austria|switzerland)(?:'s|’s)?",
        r"(?:finland|austria|switzerland)(?:'s|’s) (?:[\w-]+ )?(?:status|model|path)",
        # a neutrality imposed, by what it takes away: "any arrangement that limits Ukraine's right to choose its alliances"
        r"(?:limits?|limiting|restricts?|restricting|bars?|barring|denies|denying|curtails?|curtailing|takes? away) (?:[\w'’-]+ ){0,2}"
        r"right to (?:choose|join|pick) (?:its|their|her) (?:own )?(?:alliances?|allies|security arrangements)",
    ),
    "arms_control": (
        # "a zone 50 kilometres deep on each side of the line of contact, free of heavy artillery and tanks"
        r"(?:zone|belt|strip|corridor)\b[^.;]{0,80}\bfree of (?:heavy )?(?:artillery|tanks|weapons|forces|troops|missiles|armou?r)\b|demilitari[sz]ed zone",
        r"arms control",
        r"arms-control",
        r"disarmament",
        r"confidence[- ]building",
        r"confidence- and security-building",  # the Stockholm and Vienna CSBMs, spelt out
        r"(?:talks|dialogue|consultations|negotiations|one)\b[^.;]{0,40}\bon (?:the )?(?:military|nuclear) risks?\b",  # "talks between NATO and Russia on military risks"
        r"csbms?",
        r"risk[- ]reduction",
        r"reduc\w* (?:the )?(?:military )?risks?",
        r"vienna document",
        r"open skies",
        r"inf(?: treaty)?",
        r"new start",
        r"cfe",
        r"conventional armed forces in europe",
        r"(?:force|troop|arms) (?:reductions?|limits?|ceilings?|limitations?)",
        r"reduc\w* (?:of )?(?:military )?forces",
        r"ceilings on (?:tanks|troops|forces|weapons)",
        r"missile (?:limits|ceilings|reductions)",  # "talks on missile limits"
        r"talks on (?:conventional|nuclear) (?:forces|arms|weapons)\b",  # "a new round of talks on conventional forces in Europe"
        r"(?:agreement|treaty|accord|regime|deal) on (?:conventional|nuclear) (?:forces|arms|weapons)\b",  # "a new agreement on conventional forces"
        r"limits? on (?:the number of )?(?:tanks|troops|forces|soldiers|missiles|warheads)\b",  # "limits on the number of troops"
        r"(?:missile|weapons?) deployments?",
        r"moratorium",
        r"military transparency",
        r"code of conduct for (?:military )?(?:flights|aircraft|warships|naval \w+|exercises|(?:close|dangerous|unplanned) (?:encounters|incidents))",
        r"transponders?",  # "rules for military aircraft over the Baltic: transponders on, flight plans filed"
        r"notification of (?:[\w-]+ ){0,2}(?:military )?exercises",  # "the mutual notification of large exercises"
        r"notifying (?:each other of |one another of )?(?:[\w'’-]+ ){0,2}(?:military )?(?:exercises|missile launches)",  # "procedures for notifying military exercises"
        r"announc\w* (?:[\w'’-]+ ){0,2}exercises",  # "announce large exercises well in advance"
        r"monitor\w* (?:[\w-]+ ){0,2}military (?:activit(?:y|ies)|movements|exercises|deployments)",
        r"notify (?:each other|one another) (?:of|about) (?:any |all )?(?:[\w'’-]+ ){0,2}(?:flights?|exercises?|manoeuvres|maneuvers|deployments|movements|launches)",
        r"(?:notify|limit|restrict|cap)(?: (?:and|or) (?:notify|limit|restrict))? (?:[\w'’-]+ ){0,2}(?:military )?exercises",
        r"accept\w* (?:mutual |on-site )?inspections",
        r"exchange of (?:military )?(?:information|data) on (?:military )?(?:exercises|forces|deployments|manoeuvres)",
        r"notify (?:each other|one another) (?:of|about) (?:[\w'’-]+ ){0,2}(?:military )?exercises",
        r"ottawa convention|(?:land)?mine[- ]ban treaty|convention on cluster munitions",
        # "invite Russian officers to observe its next exercise", "observers at each other's exercises"
        r"observ(?:e|ers?|ing) (?:at |of )?(?:[\w'’-]+ ){0,3}(?:military )?(?:exercises?|manoeuvres|maneuvers|drills)",
        r"incidents? at sea",
        r"arms limitation",
        r"non-?proliferation",
        r"on-site inspections?",
        r"inspections? of (?:[\w'’-]+ ){0,2}(?:bases|forces|units|troops|sites|arsenals|exercises|deployments|missiles|silos)",
        _ARMS_TREATY,
        r"talks on (?:[\w-]+ ){0,2}(?:weapons|missiles|warheads|arms|arsenals)",
        r"talk\w* (?:again )?about (?:the )?(?:[\w-]+ ){0,2}(?:missiles|warheads|nuclear weapons|arsenals)\b",  # "to talk again about the missiles"
        r"(?:missiles?|warheads|weapons) (?:may|can|could|would|will) be (?:placed|deployed|stationed|based)\b",
        r"(?:limits?|caps?|ceilings?) (?:on|to) (?:[\w'’-]+ ){0,2}(?:troops?|forces|missiles?|weapons?|armou?r|deployments?|exercises|tanks|artillery)",
        r"reductions? (?:of|in) (?:[\w-]+ ){0,2}(?:troops|forces|arms|weapons|missiles|arsenals?)",
        r"(?:limit|cap|reduc|cut)\w* (?:their|its|our|the) (?:\w+ )?(?:forces|troops|arsenals?|missiles|weapons)",
        r"incidents? (?:in the air|at sea)",
        r"rules (?:for|on|governing) (?:dangerous |military )?(?:incidents|encounters)\b",  # "to agree on rules for military incidents"
        r"prevent(?:ing|ion of) (?:military |dangerous )?incidents",  # "talks … on preventing incidents in the High North"
        r"troop deployments?",
        r"(?:limiting|capping|reducing|cutting) (?:[\w-]+ )?(?:troops|forces|missiles|warheads|arsenals|deployments)\b",
        r"exchange of military (?:data|information)",
        r"(?:military )?data exchanges?",
        r"pull(?:s|ed|ing)? (?:[\w'’-]+ ){0,3}(?:weapons|forces|troops|artillery|missiles|tanks) back",  # "pull their heaviest weapons back"
        r"(?:each other(?:'s|’s)|mutual) inspect(?:ors|ions)",
        r"treat(?:y|ies)(?:'s|’s) (?:limits|ceilings|caps)",
        r"withdraw\w* (?:of )?(?:\w+ ){0,2}(?:forces|troops)",
        r"verification regimes?",
        r"keep (?:[\w'’-]+ ){0,3}(?:exercises|troops|forces|missiles|weapons) (?:at least )?(?:[\w-]+ ){0,2}(?:kilometres|kilometers|km|miles) (?:from|away)",
        r"(?:zones?|areas?|belts?|corridors?) (?:[\w'’-]+ ){0,4}free of (?:[\w'’-]+ ){0,2}(?:military )?(?:exercises|troops|forces|weapons|missiles)",
        r"(?:reducing|limiting|cutting|capping) the number of (?:[\w-]+ ){0,2}(?:troops|forces|missiles|weapons|warheads|tanks)",
        r"rules of the road (?:for|in|at|over) (?:[\w'’-]+ ){0,3}(?:air|sea|skies|navies|ships|aircraft|pilots|militar\w*|armed forces)",  # not a summit's agenda
        r"(?:agreements?|rules|accords?) on (?:the prevention of )?dangerous military activit(?:y|ies)",
        r"non-?deployment",
        r"(?:limit|cap|restrict|ban)\w* (?:the )?(?:deployment|stationing|number) of (?:[\w'’-]+ ){0,3}(?:missiles?|weapons|warheads|troops|forces)",
        r"intermediate-range (?:nuclear )?(?:missiles|forces|weapons)",
        r"(?:rules|limits|restrictions) (?:for|on) military (?:activit(?:y|ies)|exercises|flights)",
        r"(?:agreements?|accords?|deals?|treat(?:y|ies)) on (?:arms|weapons|missiles)\b",
        r"missile treat(?:y|ies)\b",  # "Talk to me about missile treaties after Russia loses"
        r"(?:agreements?|accords?|deals?|treat(?:y|ies)) (?:that|which|to) (?:would )?(?:limits?|caps?|bans?|restricts?|reduces?) (?:[\w'’-]+ ){0,2}(?:missiles|weapons|warheads|troops|forces|arsenals?)",
    ),
    "eurasian_forum": (
        # "to turn our conference into a full organisation for security and development in Asia"
        r"(?:organi[sz]ation|structure|system|mechanism|forum) for security (?:and [\w-]+ )?(?:in|across|for) (?:asia|eurasia)\b",
        r"eurasia\w*\b(?! economic)",
        r"sco",
        r"shanghai cooperation",
        r"cica",
        # the codebook's "Russia-China consultations on Eurasian security"
        r"(?:permanent |regular |standing )?consultations? between (?:moscow|russia) and (?:beijing|china) on (?:the )?security\b",
        r"continental security",
        r"(?:pan-|all-)?asian security (?:forum|organi[sz]ation|structure|council|conference)",
        r"security (?:framework|structure|organi[sz]ation|forum|architecture|system|pact|council) for (?:the caspian|central asia|the caucasus|the south caucasus)",
        r"security pact (?:among|between|for) the (?:caspian|central asian|caucasian|south caucasus)",
        r"asian (?:version|equivalent|counterpart) of the (?:osce|csce)",
        r"conference on interaction and confidence[- ]building measures in asia",
        r"(?:security )?(?:forum|structure|bloc|organi[sz]ation) in which (?:moscow|russia|beijing|china)\b",
        r"central asia\w*\b[^.;]{0,40}\b(?:forum|organi[sz]ation|structure|council) (?:for|on) security",
        # "a standing dialogue with the Central Asian states, open to China"
        r"(?:standing |permanent |regular )?(?:dialogue|forum|consultations?|conference)s? (?:with|among|between|of) (?:the )?central asian "
        r"(?:states|countries|governments|republics)\b(?=[^.;]{0,30}\b(?:china|beijing|security)\b)",
        # "no security structure that Moscow led, however it was named"
        r"(?:moscow|russia|kremlin)-led (?:security )?(?:structure|bloc|organi[sz]ation|order|system|forum)",
        r"security (?:structure|bloc|organi[sz]ation|system|forum) (?:that|which) (?:moscow|russia|the kremlin) (?:led|leads|would lead|runs|ran)",
    ),
    "new_security_architecture": (
        # A security system "for Eurasia" is the Eurasian forum's, not a new European order (and see FOREIGN_NAMES).
        r"(?<!eurasian )security architecture",
        r"(?:common|single|shared|indivisible) (?:space|area) of security",  # "from Vancouver to Vladivostok"
        r"security (?:community|space|area) from vancouver to vladivostok",
        r"(?<!eurasian )security order",
        r"(?:a|the) new order (?:built|designed|drawn up|written|negotiated|made) (?:to|with|by|for)\b",  # "a new order built to satisfy Moscow"
        r"(?<!eurasian )(?<!western )security system",  # (not the West's own: "Russia inside the Western security system")
        r"new architecture",
        r"(?:standing |permanent )?european security council",  # a new institution: "a standing European security council"
        r"new (?:set of )?(?:european |pan-european )?security arrangements?",
        r"(?:europe|the continent)\b[^.;]{0,40}\b(?:a|the) new order\b",  # "Europe does not need a new order"
        r"new order (?:for|in) europe",
        r"new (?:world|global|international) order",  # Moscow's "new world order" of equal and indivisible security
        r"common european home",
        r"order (?:built|created|made|established) (?:after|in|since) (?:1989|1990|1991|the cold war)\b",  # "The order built after 1990 is gone"
        # the unipolar order's end: "The era when a single bloc could decide for everyone is over."
        r"(?:era|age|days|time) (?:when|of|in which) (?:a single|one|any single) (?:bloc|power|alliance|superpower)\b[^.;]{0,50}\b(?:is|are) (?:over|gone|past)\b",
        r"(?:new|fair|stable|lasting) balance of (?:security|interests)",
        r"(?<!eurasian )security framework",
        r"(?:new|fair|fairer|just|juster|common|different|inclusive|continental|pan-european)\W+(?:[\w-]+\W+){0,2}?system of (?:[\w-]+ )?security(?![^.;]{0,40}eurasia)",
        r"architectures? of (?:european )?security",
        r"(?:new|common|shared) rules of the road (?:with|between|for) (?:russia|moscow|europe|the continent)\b",  # "Europe would need new rules of the road with Russia"
        r"(?:european |security |new )?order (?:re)?built on new (?:foundations|principles|rules)",  # "a European order rebuilt on new foundations"
        # "a 'concert' model of European security, in which the great powers, Russia included, agree on rules"
        r"[\"“]?concert[\"”]? (?:model|system|of (?:europe|(?:the )?(?:great )?powers))\b",
        r"(?:tear\w*|tore|torn|rip\w*|scrap\w*|dismantl\w*|replac\w*|rebuild\w*|remak\w*|redesign\w*|overhaul\w*)(?: up| down)? (?:[\w'’-]+ ){0,2}security institutions",
    ),
    "european_security_treaty": (
        r"european security treaty",
        r"(?:a|the|any) new treat(?:y|ies) on (?:its|their|our) (?:own )?security\b",  # "Europe needed a new treaty on its security"
        r"(?:russian|kremlin|moscow(?:'s|’s)) treaty (?:proposals?|offers?|drafts?)",  # "Any new Russian treaty proposal"
        r"(?:russian|kremlin|moscow(?:'s|’s)|russia(?:'s|’s)) (?:proposals?|offers?|drafts?) for a (?:new )?treaty\b",  # "the Russian proposals for a treaty"
        r"legally binding",
        r"(?<!collective )security treaty(?! organi[sz]ation)",
        r"treaty['’\"”]? (?:with [\w-]+ )?on (?:european )?security",  # 'a "Vienna treaty" on European security'
        r"treat(?:y|ies) (?:that )?(?:russia|moscow|the kremlin|medvedev) (?:proposed|drafted|tabled|published)\b",  # "The treaty Russia proposed in 2021", "The treaty Medvedev proposed in Berlin"
        r"(?:another|(?:a|no|any) new) treaty with (?:russia|moscow|the kremlin)\b(?! on (?:arms|missiles|nuclear|forces|troops))",  # "another treaty with Russia"
        r"binding (?:rules|guarantees|commitments|treat(?:y|ies))",
        r"binding agreements? on (?:european )?security",
        r"treaty-based",
        r"treat(?:y|ies) (?:that|which) (?:would )?binds?",
        r"treat(?:y|ies) (?:would|will) bind (?:nato|the alliance|russia|moscow|both|all|every)\b",  # "A new treaty would bind NATO and leave Russia free to cheat"
        r"treat(?:y|ies) signed with (?:the kremlin|moscow|russia)\b",
        r"treat(?:y|ies)\b[^.;]{0,80}\bratified by (?:the |their |all )?parliaments",
        r"(?:ratified|written|binding) (?:[\w-]+,? ){0,2}agreements? (?:that|which) (?:would )?binds?",  # "a written, ratified agreement that binds both sides"
        r"treat(?:y|ies) (?:that|which) (?:would )?guarantees? (?:the )?security",
        # "a grand treaty that would remake European security"
        r"treat(?:y|ies) (?:that|which) (?:would |will )?(?:remake|rewrite|reshape|redraw|settle|govern|regulate)s? (?:the )?(?:european security|europe(?:'s|’s) security|the security of europe)",
        r"treat(?:y|ies) (?:that|which) (?:would )?(?:codif|enshrin|establish)\w* (?:the )?(?:indivisibility of security|indivisible security)",  # Moscow's principle as a treaty
        r"(?:russian?|moscow|the kremlin)(?:'s|’s)?\b[^.;]{0,40}\bdraft (?:agreements?|treat(?:y|ies))",
        r"treat(?:y|ies)\b[^.;]{0,40}\bbinds? (?:every|all|each) (?:state|country|nation)s? (?:in|of) europe",  # "a treaty … that binds every state in Europe"
        r"(?:russia|moscow)(?:'s|’s) drafts?\b(?! (?:laws?|resolutions?|budgets?|constitutions?|bills?|decrees?))",
        r"(?:russian|moscow) drafts? (?:treat(?:y|ies) )?of (?:\d{1,2} )?december 2021\b",  # "The Russian drafts of December 2021 demanded …"
        r"medvedev(?:'s|’s) (?:[\w-]+ )?(?:treaty|proposal|initiative|draft)",  # the 2008 European Security Treaty
        r"(?:pan-|all-)?european security convention",
        # Not "a security pact with its neighbours", a country's own.
        r"(?:pan-|all-)?european security pact",
        r"security pact (?:for|covering|spanning) (?:all of |the whole of )?europe",
        r"security pact with (?:russia|moscow)",
        r"(?<!peace )treaty with (?:russia|moscow)(?: that| which|,| guaranteeing| to guarantee| is only| on (?:the )?(?:principles of )?(?:its |their |our |european )?security)",  # "no treaty with Russia that both sides respect", "a treaty with Russia on the principles of its security"
    ),
    "russia_nato_dialogue": (
        r"nato-russia council",
        # "a direct line between NATO's Supreme Allied Commander and the chief of the Russian General Staff"
        r"(?:direct )?(?:line|channel|hotline) between (?![^.;]{0,40}\bcyber)(?:nato(?:'s|’s)?|the alliance(?:'s|’s)?)\b[^.;]{0,60}\band (?:the )?[^.;]{0,30}\b(?:russian|russia(?:'s|’s)|moscow(?:'s|’s))\b",
        r"(?:nato|the alliance)\b[^.;]{0,40}?\btalk(?:s|ing)?\b[^.;]{0,20}?with (?:russia|moscow|the kremlin)\b",  # 'the alliance was "open to risk-reduction talks" with Russia'
        r"(?:meetings?|talks|contacts?) (?:of|between) (?:nato and russian|russian and nato) (?:military )?(?:experts|officers|commanders|officials|diplomats)\b",  # "a meeting of NATO and Russian military experts"
        r"(?:a|the|its|their) (?:direct )?military (?:channel|hotline)\b",  # "But we need a military channel."
        r"(?:nato and russia|russia and nato) (?:have|had|need|needs|lack|lacked) (?:no |a )?(?:such )?(?:direct )?(?:line|hotline|channel)s?\b",  # "NATO and Russia have no such line"
        r"(?:regular |direct )?(?:meetings|contacts?) (?:of|between) (?:the )?(?:military staffs|general staffs|chiefs of staff)\b",  # "regular meetings of military staffs"
        r"(?:chiefs of (?:the )?general staffs?|chiefs of staff|general staffs)\b[^.;]{0,20}\b(?:meeting|meet|talking|talk)\b",  # "the chiefs of the general staffs meeting twice a year"
        r"(?:nato and russia|russia and nato) talking\b",
        r"(?:should|must|can|could|will|would) (?:nato|the alliance) (?:\w+ )?talk (?:to|with) (?:moscow|russia|the kremlin|the russians)\b",  # "Should NATO talk to Russia?"
        # "we will keep the channels to the Russian military open"
        r"(?:keep|keeps|kept|keeping) (?:the |our |its |their )?(?:[\w-]+ )?(?:channels?|lines?|contacts?) (?:to|with) (?:the )?russian (?:military|armed forces|general staff|generals|commanders) open",
        r"military (?:communications? |contact )?(?:channels?|lines?|links?) (?:to|with) (?:russia|moscow|the kremlin|the russian)\b",  # "restore a military communication channel with Moscow"
        r"(?:keep|keeps|kept|keeping) (?:the |our |its |their )?(?:channels?|lines?) of (?:military )?communication (?:to|with) (?:russia|moscow|the kremlin)\b",  # "We keep our channels of military communication with Russia open"
        # "NATO and Russia should restore regular military contacts" (a cyber hotline is cyber security's)
        r"(?:nato and russia|russia and nato) (?:should |must |to |would |could |will )?(?:re-?establish|restore|reopen|resume|keep)\b"
        r"(?: (?!cyber)[\w'’-]+){0,3} (?:channels?|lines?|contacts?|talks|dialogue|consultations?)\b(?![^.;]{0,20}\bcyber)",
        r"(?:nato|the alliance)\b[^.;]{0,30}\b(?:keep|keeps|kept|continue|continues|go on) talking (?:to|with) (?:moscow|russia|the kremlin)\b",
        r"(?:nato|the alliance)\b[^.;]{0,40}\bkeep\w* (?:its |their |the )?(?:[\w-]+ )?(?:channels?|lines?|contacts?) (?:to|with) (?:moscow|russia|the kremlin) (?:closed|shut|frozen|open)\b",
        r"(?:nato and russia|russia and nato)\b[^.;]{0,40}\btheir (?:joint )?council",
        r"talk(?:ing|s)? (?:to|with) (?:the )?(?:russian|russia(?:'s|’s)) (?:military|general staff|armed forces|generals|commanders)",
        r"russia-nato council",
        r"nrc",
        r"(?:russia-nato|nato-russia) (?!cyber)(?:[\w-]+ )?(?:dialogue|dialog|channels?|contacts?|hotlines?|groups?|talks|meetings?)",  # (a "NATO-Russia cyber hotline" is cyber security's)
        r"talk(?:ing)? (?:to|with) (?:nato|the alliance)",
        r"(?:nato|the alliance)\b[^.;]{0,40}\b(?:contacts?|dealings) with (?:russia|moscow|the kremlin)\b",  # "NATO should have no contact with Russia"
        r"(?:nato|the alliance)\b[^.;]{0,30}\b(?:should|must|needs? to|has to|ought to|will|would|can|could) (?:\w+ )?talk (?:to|with) (?:moscow|russia|the kremlin|the russians)\b",  # "NATO should talk to Russia now"
        # "Talking to Moscow now would be a betrayal": talks as such; "Talks with Moscow about cyber norms" are the topic's
        r"^\W*talk(?:ing|s)? (?:to|with) (?:moscow|russia|the kremlin)\b(?! (?:about|on|over)\b)",
        r"(?:rul\w* out|reject\w*|refus\w*|resum\w*|reopen\w*|restor\w*) talks (?:to|with) (?:moscow|russia|the kremlin)\b(?! (?:about|on|over)\b)",
        r"(?:nato|the alliance)\b[^.;]{0,40}\b(?:reopen|restor|resum|clos|cut)\w* (?:its |their |the )?(?:regular |direct |military )?(?:channels?|lines?|contacts?) (?:to|with) (?:moscow|russia|the kremlin)\b",
        # "channels of military communication between NATO and Russia must stay open"
        r"(?:hotlines?|(?:direct|telephone|communication) (?:lines?|links?)|channels?(?: of (?:[\w-]+ )?communication)?|contacts?|talks|meetings?|diplomacy) between (?:nato|the alliance)(?:'s|’s)? and (?:russia|moscow|(?:the )?russian)",
        r"(?:hotlines?|channels?|contacts?|talks|meetings?|diplomacy) between (?:the )?(?:russia|moscow|russian)(?:'s|’s)? and (?:nato|the alliance)",
        r"(?:(?:talk\w*|meet\w*|sit\w* down) with|meet(?:s|ing)?) (?:the )?(?:russian|russia(?:'s|’s)|moscow(?:'s|’s)) (?:generals|military|commanders|officers|chiefs)",
        r"dialog(?:ue)? (?:between|with) (?:russia and nato|nato and russia|nato|russia|moscow)",
        r"(?:dialog(?:ue)?|talks)\b[^.;]{1,40}?\bbetween (?:russia and nato|nato and russia)",  # "a structured dialogue on risk reduction" between NATO and Russia
        r"military-to-military",
        r"(?:generals|commanders|officers|militaries|military chiefs)\b[^.;]{0,30}\b(?:nato and russian|russian and nato)\b",  # "Get the generals in a room, NATO and Russian"
        r"(?:generals|commanders|militaries|military chiefs) (?:should|must|need to|ought to) (?:be )?(?:talking|talk|speaking|speak)\b",  # "The generals should be talking"
        r"silence between (?:nato|the alliance|the west) and (?:russia|moscow)\b",
        r"russia(?:'s|’s) (?:ambassador|envoy|permanent representative) to nato\b",
        r"(?:nato|western|american) and (?:soviet|russian) (?:commanders|generals|officers|militaries|military chiefs)\b",  # "NATO and Soviet commanders could pick up a phone"
        r"(?:soviet|russian) and (?:nato|western|american) (?:commanders|generals|officers|militaries|military chiefs)\b",
        r"(?:contacts?|talks|channels?) with (?:the )?russian (?:military|general staff|armed forces|generals|commanders)\b",  # "Contacts with the Russian military only legitimise it"
        r"(?:standing|permanent|direct) military (?:channel|line|hotline)s?\b",  # "NATO should propose to Russia a standing military channel"
        r"(?:nato and russia|russia and nato)\b[^.;]{0,40}\b(?:a |the )?military (?:hotline|channel|line)s?\b",  # "NATO and Russia should restore a military hotline"
        r"(?:nato|the alliance)\b[^.;]{0,30}\bnothing to (?:discuss|talk about) with (?:russia|moscow|the kremlin)\b",  # "NATO has nothing to discuss with Russia"
        r"nothing to (?:discuss|talk about) with (?:the )?russian (?:military|general staff|armed forces|generals|commanders)\b",  # "… with the Russian General Staff until …"
        r"(?:military )?liaison missions? (?:with|to|from) (?:russia|moscow|nato)\b",  # "restore the military liaison missions with Russia"
        r"(?:reopen|restor|resum|reviv)\w* (?:the )?military liaison missions?\b",  # "and reopening the military liaison missions"
        r"(?:say|speak) to (?:the )?russian (?:military|generals|general staff|armed forces|commanders)\b",
        # an ally's own channel: "a joint Finnish-Russian border commission to handle incidents"
        r"(?:finnish|estonian|latvian|lithuanian|polish|norwegian)-russian (?:border )?(?:commissions?|committees?|channels?|hotlines?|working groups?)\b",
        r"(?:possible|necessary|time|right|wrong|useful|pointless|safe) to talk (?:to|with) (?:russia|moscow|the kremlin)\b",  # "Is it possible to talk to Russia now?"
        r"(?:channels?|lines?|hotlines?) to the russian (?:military(?: leadership)?|general staff|high command)\b",
        r"military (?:hotlines?|channels?|lines?) (?:with|to) (?:moscow|russia|the kremlin|the russians)\b",  # "keep the military hotline with Moscow working"
        r"(?:nato|allied) and russian (?:[\w-]+ )?(?:commanders|officers|generals|militaries|military chiefs)\b",  # "NATO and Russian naval commanders … should talk"
        r"(?:nato|the alliance)\b[^.;]{0,40}\bto russian (?:diplomats|envoys|officials)\b",  # "NATO should not reopen its doors to Russian diplomats"
        r"keep\w* talking (?:to|with) the russians\b",  # "We should keep talking to the Russians" (Moscow: anyone's talks)
        r"(?:hotlines?|lines?|channels?) between (?:the|their) (?:two )?general staffs",
        r"(?:nato|the alliance)\b[^.;]{0,40}\b(?:working |direct |open |permanent )?(?:lines?|channels?) (?:to|with) (?:moscow|russia|the kremlin)\b",  # "NATO needs a working line to Moscow"
        r"(?:nato|the alliance)(?:'s|’s)?\b[^.;]{0,60}\b(?:meet\w*|talks?) with (?:the )?russian (?:foreign|defence|defense) minister",
        r"(?:russia(?:'s|’s)?|russian|its) (?:permanent )?(?:mission|delegation) to (?:nato|the alliance)",  # a standing channel
        # "NATO and Russia should restore a direct line between their military headquarters"
        r"(?:nato and russia|russia and nato)\b[^.;]{0,40}\b(?:hotlines?|lines?|channels?|contacts?) between their\b",
        r"(?:talks|contacts|consultations|channels?) with (?:nato|the alliance)",
        r"(?:channels?|lines?) (?:of communication|(?:\w+ ){0,2}open)",  # "the channels should stay open"
        r"(?:direct )?(?:lines?|channels?) to (?:their|its|the) russian counterparts?",
        # "a line between the Supreme Allied Commander and the Russian chief of the general staff"
        r"(?:lines?|channels?) between (?:the )?[^.;]{0,60}\b(?:and|with) (?:the )?russian (?:[\w-]+ ){0,3}(?:general staff|military|army|generals|commanders?|chiefs?)\b",
        r"second track",
        r"track[- ]two",
        r"strategic stability",
        r"(?:russia|moscow|russian)\b[^.;]{0,30}\b(?:and|with) (?:nato|the alliance)\b[^.;]{0,40}\b(?:meet|talk|discuss|consult|negotiat)\w*",
        r"(?:nato|the alliance)\b[^.;]{0,30}\b(?:and|with) (?:russia|moscow)\b[^.;]{0,40}\b(?:meet|talk|discuss|consult|negotiat)\w*",
    ),
    "cyber_security": (
        r"cyber\w*",
        r"non-?interference in (?:each other(?:'s|’s)|one another(?:'s|’s)|the other(?:'s|’s)) (?:information|digital|cyber) space",
        r"digital security",
        r"\bict (?:confidence|security|incidents?)\b",  # "the 2013 arrangement on ICT confidence-building"
        r"computer emergency (?:response )?teams?",  # "staffed by the national computer emergency teams"
        r"information security",
        r"information (?:warfare|attacks?|operations)",
        r"attack\w* (?:[\w-]+ )?online|online attacks?",  # "systems that neither side will attack online"
        r"malware|ransomware|notpetya|wannacry|hack(?:ers?|ing)\b",
        r"digital (?:non-aggression|peace|truce|ceasefire|arms control|geneva convention)",  # "a pact not to attack each other's grids with malware"
    ),
    "common_economic_space": (
        # "a Europe-wide economic partnership that would include Russia"
        r"(?:europe-wide|pan-european|continental) economic (?:partnership|area|zone|space|community)\b[^.;]{0,40}\b(?:include|includes|including|with) russia\b",
        r"lisbon to vladivostok",
        r"vladivostok to lisbon",
        r"economic integration (?:with|between) (?:russia|moscow|the eu and russia)",
        r"free[- ]trade (?:agreement|deal|pact) (?:with|between the eu and) (?:russia|moscow)",
        r"offer\w* (?:russia|moscow) a free[- ]trade (?:agreement|deal|pact)",
        r"(?:eu|europe|european union)\b[^.;]{0,40}\b(?:russia|moscow)\b[^.;]{0,25}\b(?:economic|trade) partnership",
        r"common economic space",
        r"(?:four )?common spaces",
        r"(?:common|single|joint) economic (?:zone|area)",
        r"economic space",
        r"free[- ]trade (?:area|zone)",
        r"(?:single|common|joint|shared) market",
        r"(?:econom|trade|market|business|commerc|industr|energy)\w*\b[^.;]{0,80}from the atlantic to the (?:pacific|urals)",
        r"from the atlantic to the (?:pacific|urals)\b[^.;]{0,60}(?:econom|trade|market|business|commerc)",
        r"joint (?:[\w-]+ ){0,2}(?:economic|industrial|energy|transport|infrastructure)(?: and [\w-]+)? projects?",  # "the revival of joint energy and transport projects"
        r"joint (?:russia|russian|eu|european)[\w-]* (?:[\w-]+ )?projects?",
        r"(?:between|linking|joining|connecting) the (?:eu|european union) and the eurasian economic union",
    ),
    "russia_nato_membership": (
        r"russia(?:'s|’s)? (?:joining|accession to|membership (?:in|of)) (?:nato|the alliance)",
        r"nato membership for russia",
        # "the only lasting peace would be one in which Russia eventually joins a reformed NATO"
        r"russia (?:eventually |one day |someday |ultimately |itself )?join(?:s|ing)? (?:a |an |the )?(?:reformed |new |renewed |transformed )?(?:nato|the (?:atlantic )?alliance)\b",
        r"russia (?:should|could|would|must|might|will|can)(?: never| not)? (?:one day |someday |eventually |ultimately )?(?:be|belong|sit) (?:in|inside|within|to|part of|a member of) (?:nato|the alliance)\b",  # "Russia should one day be in NATO", "Russia will never be a member of NATO"
        r"membership (?:track|path|perspective|action plan|prospects?) for (?:russia|moscow)",
        r"russia (?:belongs|belonged) (?:in|inside) (?:nato|the alliance)",  # "arguing … that Russia belonged in NATO"
        r"russian membership (?:in|of) (?:nato|the alliance)",
        r"(?:nato|the alliance)\b[^.;]{0,60}\brussian membership\b",  # "the alliance should stop talking about Russian membership"
        r"(?:bring\w*|invit\w*|admit\w*|integrat\w*) (?:a |an )?(?:democratic |reformed |future |post-putin )?russia (?:in)?to (?:nato|the alliance)",
        r"(?:invit\w*|let\w*|allow\w*) (?:russia|moscow) (?:in\b|to join)",
        r"russia (?:could|would|should|might|can|will)(?: never| not)? be (?:brought|taken|let|admitted|invited) in(?:to)? (?:nato|the alliance)\b",  # "Russia could be brought into NATO"
        r"russia\b[^.;]{0,10}\bnot outside (?:nato|the alliance)\b",  # "a Europe in which Russia is not outside NATO but inside it"
        r"russia (?:itself )?(?:as|becoming|is|becomes) a (?:full )?member of (?:nato|the (?:atlantic |western )?alliance)",
        r"russia would participate as a full member",
        r"russia (?:would|will|could|should|might) be invited to join\b",
        r"russia (?:would|will|could|should|might) be welcomed? as a member\b",  # "a democratic Russia would be welcome as a member"
        r"(?:prospect|promise|offer) of (?:nato )?membership (?:to|for) (?:a |an )?(?:[\w-]+ ){0,3}russia\b",  # "the prospect of membership to a future democratic Russia"
        # "If Russia ever becomes a democracy, it should be invited to join NATO"
        r"russia\b[^.;]{0,60}\b(?:invited|allowed|welcomed|admitted) (?:to join|into) (?:nato|the alliance)",
        r"(?:nato|the alliance)\b[^.;]{0,80}\b(?:russia|moscow) (?:inside it |in it |within it )?as (?:a |its )?(?:full |new )?member\b",  # "A reformed NATO, with Russia as a member"
        r"(?:the soviet union|the ussr)\b[^.;]{0,30}\bjoin(?:s|ed|ing)? (?:nato|the alliance)",  # "In 1954 the Soviet Union applied to join NATO"
        # not "a say over who may join NATO", nor another state joining: "Russia invaded a Ukraine that was not going to join NATO"
        r"russia\b(?:(?!\b(?:ukraine|georgia|moldova|finland|sweden|armenia|azerbaijan|serbia|kyiv|tbilisi|chisinau)\b)[^.;]){0,60}\b"
        r"(?<!who )(?<!who may )(?<!who can )(?<!who could )(?<!who will )join(?:s|ed|ing)? (?:nato|the alliance)",
        r"russia\b[^.;]{0,60}\b(?:full )?(?:nato|alliance) membership",
        r"russia\b[^.;]{0,60}\bmembership (?:in|of) (?:nato|the alliance)",
        r"(?:alliance|nato) (?:that|which) russia (?:could|would|might|can|may) (?:one day )?join",
        r"(?:nato|the alliance)\b[^.;]{0,60}\b(?:russia|moscow) (?:applied|applies|apply|asked|sought|wanted|tried|were) to join\b",
        r"russia(?:'s|’s)? admission to (?:nato|the alliance)",
        r"russia\b[^.;]{0,25}\b(?:be|become|becomes|became|being) (?:a )?part of (?:nato|the alliance)",
        r"(?:nato|alliance) that (?:included|includes|would include|took in|admitted) (?:russia|moscow)",
        r"(?:russia(?:'s|’s)?|offer\w* (?:russia|moscow)) (?:a |an )?(?:path|way|road|door|route) (?:in)?to (?:nato|the alliance)",
        r"(?:nato|the alliance)\b[^.;]{0,40}\boffer\w* (?:russia|moscow) (?:a |an |the same )?(?:path|way|road|door|route) to membership",
        r"(?:nato|alliance) with russia in it\b",  # "A NATO with Russia in it would be a NATO without purpose"
        r"(?:nato|the alliance)\b[^.;?]{0,60}\b(?:bring|invit|admit)\w* (?:russia|moscow) into it\b",
        r"(?:nato|the alliance)\b[^.;]{0,40}\brussia(?:'s|’s)? membership\b",
        r"(?:nato|the alliance) (?:should |must |could |would |will |to )?(?:never |not |one day )?admit\w* (?:russia|moscow)\b",
        r"(?:nato|the alliance)\b[^.;]{0,40}\bdoor (?:is |remains? |stays? |should be |must be )?open to\b[^.;]{0,50}\b(?:russia|moscow)\b",  # "…, Russia included"
        r"russia\b[^.;]{0,60}\bwould (?:also )?be a (?:better|good|fine|useful|valuable) member\b",
        r"open(?:s|ed|ing)? (?:nato|the alliance)(?:'s door)? to (?:russia|moscow)",
        r"russia\b[^.;]{0,30}\b(?:admitted|accepted) (?:in)?to (?:nato|the alliance)",
        r"russia (?:sits |sitting |is |being )?(?:inside|within|in) (?:a |the )?(?:\w+ )?(?:nato|alliance)",
        r"russia\b[^.;]{0,40}\bbelongs? in (?:nato|the alliance)",
        r"(?:russia|moscow) a (?:place|seat) in (?:nato|the alliance)",
        # "A future NATO should be open to Russia"; not "NATO should keep channels open to Russia"
        r"(?:nato|the alliance)(?:'s door)? (?:(?:should|must|would|could|will|might|can|may|is|be|remain|stay)s? ){1,3}open to (?:russia|moscow)",
        r"(?:its|nato(?:'s|’s)|the alliance(?:'s|’s)) doors? (?:remains?|is|stays?|should remain|will remain) open to (?:a |an )?(?:[\w-]+ ){0,3}russia\b",
        r"(?:nato(?:'s|’s)|the alliance(?:'s|’s)) doors? (?:is|remains?|stays?) (?:firmly |still )?(?:closed|shut) to (?:russia|moscow)\b",  # "NATO's door is closed to Russia"
        r"russia\b[^.;]{0,40}\ba place (?:in|inside) (?:nato|the alliance)",  # "A democratic Russia deserves a place in NATO"
        r"russia\b[^.;]{0,60}\b(?:welcome|admit|accept|invite)\w* (?:it|her|russia) (?:as a member|into (?:nato|the alliance))",  # "If Russia becomes a democracy, NATO should welcome it as a member"
    ),
}
# Phrases that belong to a neighbouring proposal, so no name of this one inside them counts: OSCE's confidence-building measures for
# cyberspace, or binding rules for it, are the cyber proposal's, not arms control's or the treaty's.
# A title ("the arms-control expert argues") or neutral states as hosts ("Europe's neutral states are well placed to
# host it") name nobody's proposal.
FOREIGN_NAMES: dict[str, tuple[str, ...]] = {
    "eurasian_forum": (
        r"eurasian economic (?:union|community|commission|forum)",
        r"(?:envoy|representative|ambassador|department|director|commissioner)s? (?:for|on) eurasian affairs",  # an office's title
        r"security (?:framework|order|system|architecture) (?:in|for) europe\b(?! and (?:asia|eurasia))",  # Europe's, not Eurasia's
    ),
    # "a gathering of every state from Lisbon to Vladivostok": the span of a summit, not an economic space
    "common_economic_space": (
        r"(?:every|all|each|the) (?:\w+ )?(?:states?|countries|nations|capitals|leaders|governments) from (?:lisbon to vladivostok|vladivostok to lisbon)",
    ),
    "helsinki_summit": (
        r"(?-i:^\W*HELSINKI\b)",  # a wire story's dateline: "HELSINKI — President Stubb on Wednesday dismissed …"
        r"(?:us |u\.s\. |congressional )?helsinki commission",  # a US congressional body
        r"(?:language|vocabulary|rhetoric) of helsinki",  # its principles, not a summit
        r"(?:on|onto) the agenda of (?:any|a|the) (?:future )?(?:peace )?(?:conference|summit|talks)",  # a venue for another call
        r"(?:by|at|until|before) the next (?:summit|conference)",  # a time: "communiqués that are forgotten by the next summit"
        r"(?:based|built|founded|resting|rests?) on (?:the )?(?:helsinki|final act)(?:'s|’s)? principles",  # "one based on the Helsinki principles"
        # a treaty's content, not a summit: "a treaty … that would codify the principles of the Paris Charter"
        r"(?:codify|codifies|codified|codifying|enshrine|enshrines|enshrined|enshrining|incorporate|incorporates|incorporating) "
        r"(?:[\w'’-]+ ){0,2}principles of (?:the )?(?:1975 |1990 )?(?:helsinki final act|helsinki|final act|paris charter|charter of paris)",
        r"(?:conference|summit|forum|congress) of (?:all )?(?:the )?(?:eurasian|asian|central asian) (?:states|countries|nations)",
        # the Eurasian forum's (from its first word: "a standing conference on Eurasian security")
        r"(?:(?:new|second|grand|standing|permanent|international) )?(?:conference|summit|forum|congress|council) (?:on|for) (?:eurasian|asian|central asian) security",
        # "Asia, too, needs its Helsinki", "an Asian Helsinki": another continent's forum, by analogy
        r"(?:asia|asian|eurasia|eurasian|africa|african|the gulf|the middle east|the pacific)\b[^.;]{0,20}\bhelsinki",
        r"helsinki (?:for|in) (?:asia|eurasia|the gulf|the middle east|africa|the pacific)",
        r"helsinki (?:business|economic|city|university|airport|stock exchange|book fair|marathon|office|embassy|court)",
        r"helsinki-(?:based|born|headquartered)",  # "a Helsinki-based research institute"
        # the place where another treaty was signed: "The Treaty on Open Skies … was signed in Helsinki in 1992"
        r"(?:signed|concluded|agreed) in helsinki in (?!1975)(?:19|20)\d\d",
        # Finland's government: "Helsinki should offer to keep such a channel open"
        r"helsinki (?:should|must|will|would|could|can) (?:offer|propose|keep|join|send|tell|ask|insist|press|refuse|reject|accept|support|back|help|act)\b",
        r"helsinki (?:offered|proposed|says|said|wants|wanted|fears|feared|insists|insisted|refused|rejected|joined)\b",
        # a dateline: "Helsinki, 14 March."
        r"helsinki,? (?:\d{1,2} )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b",
    ),
    "arms_control": (
        r"reduc\w* the risk that\b",  # what something else is for: "It would reduce the risk that an attack is misread"
        r"confidence[- ]building measures? (?:for|in) cyber",
        r"(?:cyber(?:space)?|ict|digital|online) confidence[- ]building",
        r"arms[- ]control (?:expert|negotiator|specialist|analyst|researcher|scholar|official|veteran|community)s?\b",
        r"cyber[- ]arms[- ]control",
        r"arms[- ]control\b[^.;]{0,20}\bin cyberspace",  # "Is arms control possible in cyberspace?"
        r"conference on interaction and confidence[- ]building measures in asia",  # an Asian forum, the CICA
        r"(?:stop|halt|end)\w* (?:arming|supplying arms to|sending (?:arms|weapons) to)",  # military aid, not arms control
        # the occupier's withdrawal, a war aim: "any talks must begin with the withdrawal of Russian troops"
        r"withdrawal of (?:all )?russian (?:troops|forces)",
        # a withdrawal as the condition of something else: "a new order that includes Russia once it has withdrawn its forces"
        r"(?:once|after|when|until|unless|if|before) (?:[\w'’-]+ ){0,3}(?:has |have |had )?withdraw\w* (?:[\w'’-]+ ){0,2}(?:forces|troops)",
    ),
    # a hotline between cyber commands is the cyber proposal's, not a NATO-Russia channel
    "russia_nato_dialogue": (
        r"cyber (?:commands?|hotlines?|incidents?)\b",
        r"(?:hotlines?|lines?|channels?) between [^.;]{0,40}\bcyber (?:commands?|agencies|units)\b",  # "a hotline between NATO's and Russia's cyber commands"
        # a venue for another call: "It should be on the agenda of the first meeting between the alliance and Moscow"
        r"(?:on|onto) the agenda of (?:any|a|the) (?:first |next |future )?(?:meeting|talks|session|round)",
        r"hotlines? (?:on|for) cyber",
        # arms control's: "NATO and Russia should start talks on reducing the number of troops"
        r"(?:(?:nato and russia|russia and nato)\b[^.;]{0,30}\b)?talks on (?:reducing|limiting|cutting|capping) ",
        r"(?:(?:nato and russia|russia and nato)\b[^.;]{0,30}\b)?talks on (?:a )?(?:moratorium|ban|limits|ceilings)\b",  # arms control's
        r"(?:nato and russia|russia and nato) (?:should |must |could |would )?negotiat\w* (?:limits|ceilings|caps|reductions|cuts|a ban|a moratorium)",  # arms control's
        # "NATO and Russia negotiate an agreement on the prevention of incidents at sea": arms control's
        r"(?:nato and russia|russia and nato) (?:should |must |could |would |to )?negotiat\w* (?:an? |the )?(?:agreement|accord|treaty) on (?:the )?(?:prevention|avoidance|reduction|limitation|notification) of",
        # arms control's: "open to talks with Russia on arms control" (not "on risk reduction", a channel as well)
        r"talks (?:with|between) [^.;]{0,40}\b(?:on|about|over) (?:arms control|arms limits|missiles|nuclear (?:arms|weapons))",
    ),
    "neutral_status": (
        r"neutral (?:states?|countr(?:y|ies)|nations?|governments?|switzerland|austria|ireland|malta)\b[^.;]{0,40}\b(?:host|mediat|good offices|placed to|positioned to|go-between)",
        r"neutral (?:capital|venue|ground|city|soil|site|location|hosts?|mediators?|brokers?|arbiters?|observers?)\b",  # a place or a go-between
        r"from neutral (?:countries|states|nations)\b",  # "checked by inspectors from neutral countries"
        # states acting, not a status proposed: "Austria, Ireland and several non-aligned states welcomed the paper"
        r"(?:several|many|other|some|a few|most|\d+) (?:[\w-]+ )?non-?aligned (?:states|countries|nations|delegations|members)\b(?! (?:between|in|on|along|around)\b)",
        r"(?:the continent(?:'s|’s)|europe(?:'s|’s)) neutral (?:states|countries|nations)\b",  # a group that exists: "NATO cannot speak for the continent's neutral states"
    ),
    "new_security_architecture": (
        r"(?:new |european |regional )?security (?:architecture|order|system|framework)[^.;]{0,40}(?:eurasia|central asia|the caspian|the caucasus)",
        r"architectures? of (?:[\w-]+ ){0,2}security (?:in|for) (?:eurasia|asia|the asia-pacific|central asia)\b",  # "an equal and indivisible architecture of security in Eurasia"
        r"eurasian (?:states|countries|nations|partners)\b[^.;]{0,60}\bsecurity (?:architecture|order|system|framework)",  # "called on all Eurasian states to build a new security architecture"
        r"eurasian (?:security )?(?:architecture|order|system|framework)",
        # "a 'new, fair architecture' for the continent, built by the countries of Eurasia themselves"
        r"(?:architecture|order|system|framework)\b[^.;]{0,60}\b(?:by|among|of) the (?:countries|states|nations|peoples) of (?:eurasia|asia)",
    ),
    "european_security_treaty": (
        r"(?:legally )?binding (?:rules|norms|agreements?|conventions?|treat(?:y|ies))[^.;]{0,40}\b(?:cyber|information security|digital)",
        # arms control's: "a legally binding framework for conventional forces"
        r"(?:legally[- ])?binding (?:framework|regime|limits?) (?:for|on) (?:conventional |nuclear )?(?:forces|arms|weapons|missiles|troops)",
        r"(?:cyber|information security|digital)\w*\b[^.;]{0,40}\b(?:legally )?binding (?:rules|norms)",  # "a convention on cyber security with binding rules"
        r"treat(?:y|ies) on (?:security|security guarantees) in (?:eurasia|asia|central asia)",  # the Eurasian forum's
        _ARMS_TREATY,  # arms control's, not the security treaty's
        r"(?:new start|start|inf|cfe|open skies|abm|salt)(?: ii| i)? treat(?:y|ies)",
        r"treat(?:y|ies)(?:'s|’s) (?:limits|ceilings|caps)",
        # guarantees of one state's status (neutrality's terms), not a treaty for Europe
        r"(?:legally )?binding guarantees? (?:of|for) (?:the country(?:'s|’s)|its|their|[\w-]+(?:'s|’s)) (?:permanent )?neutrality",
        r"(?:legally )?binding (?:framework|regime|arrangement|status)s? (?:of|for) (?:the )?(?:permanent )?neutrality",  # "a legally binding framework for the neutrality of Ukraine"
        r"binding (?:security )?guarantees (?:from|by|of) (?:the )?(?:permanent members|great powers|guarantor|security council|five)",
    ),
}
# The past events a proposal is modelled on: a sentence that names it only by them ("the Final Act's principles are
# taught in every course") tells history unless the cue rules read a call in it, and the stance head makes none of it.
PAST_MODELS: dict[str, tuple[str, ...]] = {
    "helsinki_summit": (
        r"(?<!new )(?<!second )(?<!another )(?<!back to )(?<!return to )helsinki(?![- ](?:2|ii|two|type|style|like)\b)(?: final act| process| accords?)?",
        r"final act",
        r"charter of paris",
        r"paris charter",
        r"congress of vienna",
        r"finlandia hall",
        r"(?<!new )(?<!second )(?<!another )csce",
    ),
}
WEAK_LEXICON: dict[str, tuple[str, ...]] = {
    "new_security_architecture": (
        r"indivisib\w+ (?:of )?security",
        r"indivisible security",
        r"equal and indivisible",
        r"security of (?:one|any) (?:country|state|nation) (?:should|must|shall|cannot|can ?not|may not) (?:not )?(?:come |be (?:ensured|achieved|strengthened) )?at the expense of",  # the principle, stated
        r"multipolar\w*",
        r"security arrangements",
    ),
    "cyber_security": (r"hybrid threats?",),
    # the 1997 framework, named in lists of what Russia violated: a mention at most
    "russia_nato_dialogue": (r"(?:nato-russia )?founding act", r"permanent joint council"),
    "common_economic_space": (
        r"economic (?:partnership|cooperation) between (?:russia|the eu)",
        r"(?:russia|moscow)\b[^.;]{0,20}\b(?:the eu|the european union)\b[^.;]{0,30}\bpartnership (?:and cooperation )?agreement",
    ),
}
