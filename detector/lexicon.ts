/**
 * The words of the who-says-what grammar, lower-case. Lists of single words, not of whole
 * phrases: the grammar in attribution.ts combines them, which is what lets it generalise.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Heads of a source phrase that are unnamed people whatever modifies them. */
export const ANONYMOUS_HEADS = words(`
  insider insiders source sources confidant confidants confidante confidantes tipster tipsters
  whistleblower whistleblowers mole
`);

/**
 * Heads naming a role: unnamed when no name follows them ("a senior official said"), named
 * when one does ("aide Jane Smith said").
 */
export const ROLE_HEADS = words(`
  official officials aide aides adviser advisers advisor advisors staffer staffers ally allies
  associate associates friend friends relative relatives executive executives employee employees
  diplomat diplomats operative operatives strategist strategists donor donors lawmaker lawmakers those
  member members person people someone individual individuals figure figures player players
  teammate teammates colleague colleagues acquaintance acquaintances pal pals family
  investigator investigators officer officers agent agents negotiator negotiators
  manager managers director directors partner partners representative representatives
`);

/** Role heads that are unnamed only with an anonymity modifier ("people familiar with", "a person close to"). */
export const NEEDS_ANONYMITY_MODIFIER = words(`
  those person people someone individual individuals figure figures member members player players
  partner partners representative representatives manager managers director directors
  officer officers agent agents
`);

/** Heads of a vague crowd or authority. */
export const CROWD_HEADS = words(`
  critics critic experts analysts observers fans skeptics sceptics detractors commentators pundits
  economists scientists researchers historians scholars academics doctors experts observers
  watchers insiders-say naysayers opponents supporters pundits many some others people most
  several residents voters viewers readers users locals onlookers followers commenters
  traders investors
`);

/** Quantifiers that make a plural noun a vague crowd: "some fans", "many economists". */
export const CROWD_QUANTIFIERS = words(`some many other others most several few numerous countless various certain plenty lots`);

/** Pronoun-like crowd subjects: "Others think", "Some say", "Many believe". */
export const CROWD_PRONOUNS = words(`some others many most few several`);

/** Determiners and numbers that may open a source phrase. */
export const DETERMINERS = words(`
  a an one two three four five six seven eight nine ten several multiple some many numerous various
  other the those these two-dozen dozens half a-handful no
`);

/** Modifiers that mark an unnamed person: "familiar with", "close to", "briefed on". */
export const ANONYMITY_MODIFIERS = words(`familiar close briefed knowledgeable involved privy`);

/** Verbs of attribution, in every form the grammar accepts after a subject. */
export const ATTRIBUTION_VERBS = words(`
  say says said saying tell tells told claim claims claimed speculate speculates speculated
  believe believes believed think thinks thought argue argues argued expect expects expected
  note noted suggest suggests suggested warn warns warned insist insists insisted
  confirm confirms confirmed reveal reveals revealed disclose discloses disclosed describe
  describes described add adds added explain explains explained predict predicts predicted
  fear fears feared worry worries worried blame blames blamed accuse accuses accused allege
  alleges alleged contend contends contended maintain maintains maintained assert asserts
  asserted indicate indicates indicated acknowledge acknowledges acknowledged admit admits
  admitted estimated spoke speak speaks wonder wonders wondered questioned
  doubt doubts doubted stressed cautioned
  countered complained complain complains criticized criticised criticize
  criticise criticizes criticises praised characterized characterised concede concedes
  conceded hint hints hinted whisper whispers whispered dished gushed gush gushes
  shared reported recalled recall recalls described reckon reckons
  reckoned feel feels felt agree agrees agreed pointed portray portrayed
  speculating suspect suspects suspected assume assumes assumed charged
  accuse urged urge urges
`);

/** Words allowed between a subject and its verb: auxiliaries and adverbs ("have long argued"). */
export const VERB_PREFIXES = words(`
  have has had also long privately publicly previously now already are were is was repeatedly
  reportedly still often widely quickly later earlier separately further even increasingly
  openly do does did would could might may will continue continued continue to began begin
  have-long been
`);

/** Prepositions that may open a modifier between a source phrase and its verb. */
export const MODIFIER_PREPOSITIONS = words(
  `in at of from on inside within across around near among close familiar with to for outside`,
);

/** Words before a noun that make it an object rather than a subject. */
export const OBJECT_MARKERS = words(`
  at for with by against among about to from hired hire hires consulted consult told tell tells
  asked ask asks interviewed called contacted blamed blame blaming criticized slammed
  thanked met meet meets into onto over under between
`);

/** Unnamed reports and outlets (secondhand). */
export const REPORT_HEADS = words(`report reports reporting`);
export const OUTLET_HEADS = words(`
  outlet outlets newspaper newspapers tabloid tabloids paper papers magazine publication
  publications website websites site sites blog blogs broadcaster broadcasters network
  networks station channel media press
`);
export const MEDIA_MODIFIERS = words(`
  media news press local state national foreign international regional domestic unconfirmed
  earlier previous recent published multiple several various numerous conflicting gossip
  celebrity entertainment online tabloid british american french german russian chinese iranian
  israeli turkish indian japanese korean italian spanish australian canadian official
  government-run state-run state-controlled pro-government opposition independent
`);

/** Passive hedges: "is said to", "was rumored", "are believed to". */
export const HEDGE_PARTICIPLES = words(`said rumored rumoured believed thought understood alleged reputed purported`);
export const BE_FORMS = words(`is are was were be been being 's`);

/** One-word hedges. */
export const HEDGE_ADVERBS = words(`reportedly allegedly supposedly apparently purportedly reputedly rumoredly ostensibly`);

/** Titles before a name. */
export const TITLES = words(`
  mr mrs ms dr prof gov sen rep president vice former mayor governor senator representative
  secretary minister chancellor premier king queen prince princess judge justice chief
  coach manager captain ceo chairman chairwoman chair director spokesperson spokesman
  spokeswoman sheriff commissioner general gen col lt sgt officer detective inspector
  superintendent ambassador speaker leader
`);

/** Organisation voices that speak for a named body: never anonymous. */
export const SPOKESPERSON_HEADS = words(`spokesperson spokesman spokeswoman spokespeople representative statement`);
