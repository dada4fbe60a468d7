/**
 * The words of the who-says-what grammar, lower-case. Lists of single words, not of whole
 * phrases: the grammar (phrases.ts, links.ts and the fixed patterns) combines them, and verbs are
 * matched by lemma (ATTRIBUTION_LEMMAS), which is what lets it generalise. People nouns are in
 * people.ts.
 */

import { verbLemma } from '../text/lemma.ts';

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
  teammate teammates colleague colleagues acquaintance acquaintances pal pals
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
  economists scientists researchers historians scholars academics doctors
  watchers naysayers opponents supporters many some others people most
  several residents voters viewers readers users locals onlookers followers commenters
  traders investors
`);

/** Pronoun-like crowd subjects: "Others think", "Some say", "Many believe". */
export const CROWD_PRONOUNS = words(`some others many most few several`);

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
  shared reported recalled recall recalls reckon reckons
  reckoned feel feels felt agree agrees agreed pointed portray portrayed
  speculating suspect suspects suspected assume assumes assumed charged
  urged urge urges
`);

/** Words allowed between a subject and its verb: auxiliaries and adverbs ("have long argued"). */
export const VERB_PREFIXES = words(`
  have has had also long privately publicly previously now already are were is was repeatedly
  reportedly still often widely quickly later earlier separately further even increasingly
  openly do does did would could might may will continue continued began begin
  been
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

/** Words before a noun phrase that make it an object, never the subject of what follows. */
export const SUBJECT_BLOCKERS = new Set([...OBJECT_MARKERS, ...words('of in on than like upon via per')]);

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
export const HEDGE_ADVERBS = words(`reportedly allegedly supposedly apparently purportedly reputedly ostensibly seemingly`);

/** Titles before a name. */
export const TITLES = words(`
  mr mrs ms dr prof gov sen rep president vice former mayor governor senator representative
  secretary minister chancellor premier king queen prince princess judge justice chief
  coach manager captain ceo chairman chairwoman chair director spokesperson spokesman
  spokeswoman sheriff commissioner general gen col lt sgt officer detective inspector
  superintendent ambassador speaker leader
`);

/** Words that never sit inside a source phrase: function words, auxiliaries, attribution verbs. */
export const PHRASE_STOPS = words(`
  and or but nor that who whom whose which what when where why how if as than because while after
  before since so not no to per according citing by with without about against into onto over
  under between through during from at for on in of off up down out like unlike he she it they we
  i you him her them us me his their its our my your is are was were be been being am 's has have
  had having do does did will would shall should can could may might must said says say told tells
  tell added adds claimed claims there here then also just even still only very too
`);

export const POSSESSIVE_PRONOUNS = words(`his her their its our my your whose`);

/** Pronouns that open a clause of their own: "told POLITICO they planned to…". */
export const SUBJECT_PRONOUNS = words(`i we you he she it they`);

/** Verbs of advice or order: with an object told "to" do something, no claim is passed on ("warned drivers to stay home"). */
/** What an unnamed poll or study does when it passes on a finding: "polls show", "one study found". */
export const FINDING_VERBS = words(`show find suggest indicate reveal conclude`);

export const DIRECTIVE_VERBS = words(`warn urge advise tell ask order instruct encourage implore beg`);

export const NUMBER_WORDS = words(`
  one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
  hundred hundreds dozen dozens thousand thousands million millions half
`);

/** Words between a subject and its predicate: auxiliaries, negation, common adverbs ("have long argued"). */
export const PREDICATE_SKIPS = words(`
  have has had do does did not n't never also still now long already often always even just
  repeatedly privately publicly previously increasingly reportedly allegedly generally widely
  largely mostly further too so very quite almost again once yet soon later earlier separately
  openly quickly recently initially originally only all both themselves himself herself itself
  then rather don't doesn't didn't haven't hasn't hadn't
`);

/** Function words that are never the predicate of a source phrase. */
export const NOT_PREDICATES = words(`
  and or but nor that which who whom whose what the a an of in on at to for with from by as than
  if so because while when where his her their its our my your this these those some any every
  each other another such same per via into onto upon over under about against between among
`);

/** Auxiliaries that open a predicate after a source phrase: "officials at the agency have said". */
export const AUXILIARIES = words(`
  is are was were has have had do does did will would shall should can could may might must
  isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't can't
  couldn't shouldn't
`);

/** Modal auxiliaries: a source phrase before one is more often an actor in a forecast than a speaker. */
export const MODALS = words(`will would shall should can could may might must won't wouldn't can't couldn't shouldn't`);

/** Negated forms of "be", read as "be" before a predicate: "aides weren't happy". */
export const NEGATED_BE = words(`isn't aren't wasn't weren't`);

/** Nouns of speech and attitude that take their source after "from", "among", "by" or "of". */
export const SPEECH_NOUNS = words(`
  criticism critique outcry complaint pressure warning concern objection opposition
  praise call demand pronouncement claim accusation allegation question speculation skepticism
  scepticism backlash condemnation protest chorus plea appeal support endorsement assessment
  estimate prediction forecast fear worry doubt suspicion denunciation attack rebuke
  ridicule scorn anger outrage frustration fury chagrin dismay alarm
`);

/** Speech nouns whose "of" names what they are about, not who utters them: "criticism of the plan", "allegations of fraud". */
export const ABOUT_OF_NOUNS = words(`
  criticism critique condemnation denunciation accusation allegation warning claim question
  speculation suspicion attack rebuke ridicule scorn
`);

/** Adjectives of attitude after "be" that pass on a belief: "Democrats are afraid that", "aides were coy". */
export const ATTITUDE_ADJECTIVES = words(`
  afraid worried concerned confident convinced sure certain hopeful optimistic pessimistic
  skeptical sceptical wary nervous anxious uneasy fearful frustrated angry furious incensed
  outraged upset unhappy happy pleased glad eager keen reluctant coy adamant insistent critical
  dismissive divided split unconvinced doubtful aware unaware clear unclear opposed supportive
  alarmed troubled disappointed dissatisfied satisfied resigned determined desperate cautious
  bullish bearish complimentary unsettled skeptic angered dismayed shocked stunned puzzled
  baffled perplexed encouraged heartened
`);

/** Lemmas of verbs that pass on speech, belief or attitude, in any inflection ("are questioning", "urged"). */
export const ATTRIBUTION_LEMMAS = new Set([
  ...[...ATTRIBUTION_VERBS].map(verbLemma),
  ...words(`
    call warn echo urge express threaten deny insist question slam blast criticize criticise
    praise condemn denounce decry lament accuse demand predict caution announce declare state
    tweet post write respond reply argue estimate find show conclude suggest report charge
    contend assert maintain allege acknowledge admit concede complain fear worry hope expect
    believe think feel doubt wonder suspect assume view regard consider know learn hear
    want wish prefer support oppose reject dismiss welcome applaud celebrate lambaste rip
    attack knock pan mock ridicule scoff balk bristle fume seethe grumble gripe fret agonize
    speculate predict estimate project forecast calculate reckon guess recall remember
    recount describe characterize characterise portray paint label brand dub term
    confirm reveal disclose divulge indicate signal hint imply note observe point stress emphasize
    emphasise underscore highlight add explain continue tell ask push press plead implore
    beg appeal protest vow pledge promise cite
    comment debate quip joke muse opine remark declare proclaim recount testify retort counter
    concur dispute contest challenge defend applaud hail endorse back embrace decry deplore
  `),
]);

// Verbs of speech and attitude that the grammar reads in one place each.
/** Inflected forms that mark another attribution in the sentence ("…, the company said"). */
export const SPEECH_MARKS = new Set(['said', 'says', 'say', 'told', 'tells', 'according', 'added', 'wrote', 'stated']);
/** Verbs of speech that name a speaker, besides the attribution verbs: "Google declined to comment". */
export const SPEAKING_VERBS = new Set([
  'declined',
  'responded',
  'announced',
  'testified',
  'tweeted',
  'posted',
  'replied',
  'answered',
]);
/** Speech verbs (lemmas) that may come before their subject: ", said one aide". */
export const INVERTING_VERBS = new Set([
  'say',
  'tell',
  'add',
  'claim',
  'write',
  'note',
  'explain',
  'continue',
  'argue',
  'insist',
  'warn',
]);
/** Speech verbs (inflected) that close a quotation: "…," said the official. */
export const CLOSING_SPEECH = new Set([
  'said',
  'says',
  'told',
  'added',
  'wrote',
  'reported',
  'noted',
  'explained',
  'argued',
  'insisted',
]);
/** Agentless passives of opinion: "is considered a threat", "was seen as", "has been mentioned as". */
export const VIEW_PARTICIPLES = new Set([
  'considered',
  'seen',
  'viewed',
  'regarded',
  'mentioned',
  'dubbed',
  'touted',
  'tipped',
  'billed',
]);

/** Days, months and words of the calendar: "said Friday" names a day, not a speaker. */
export const CALENDAR = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december today tonight yesterday tomorrow
`);
