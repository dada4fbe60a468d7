/**
 * Nouns for people and the things that speak for them, by lemma (singular, lower-case), written
 * for the grammar: who can be a source of a claim, and what kind of source an unnamed one is.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** People who pass on what they know from the inside: unnamed, they are `anonymous`. */
export const INSIDER_NOUNS = words(`
  insider source confidant confidante tipster whistleblower mole official aide adviser advisor
  staffer ally associate friend operative loyalist lieutenant intimate pal surrogate relative
  aide-de-camp handler deputy
`);

/** Bodies and officers that speak on record when unnamed ("the police said"): never flagged alone. */
export const ON_RECORD_NOUNS = words(`
  police prosecutor investigator authority court judge coroner spokesperson spokesman spokeswoman
  spokespeople lawyer attorney counsel campaign company administration government agency department ministry office
  committee council commission board panel team firm club league army military navy
  legislature parliament congress senate cabinet
`);

/** Relatives, who speak for a family: unnamed when the one they belong to is ("the victim's mother"). */
export const KIN_NOUNS = words(`
  mother father son daughter brother sister sibling husband wife spouse cousin uncle aunt
  grandmother grandfather grandparent relative
`);

/** A police force's own people: after the force is mentioned, "officers said" is the force speaking. */
export const POLICE_MEMBERS = words(`officer detective trooper constable`);

/** Things that carry findings: unnamed, they are `vague` ("polls show", "one study found"). */
export const FINDING_NOUNS = words(`
  poll survey study analysis estimate research projection forecast census polling
`);

/** Reports and outlets: unnamed, they are `secondhand`. */
export const MEDIA_NOUNS = words(`
  report reporting media outlet newspaper tabloid paper magazine publication website site blog
  broadcaster network station channel press
`);

/**
 * People and groups by role, trade or stance. A plural or a quantified one is a crowd ("experts
 * say", "many voters"); a singular indefinite one is one unnamed person ("a witness said").
 */
export const PERSON_NOUNS = words(`
  person individual man woman child kid teen teenager adult resident neighbor neighbour witness bystander
  onlooker passerby local citizen voter taxpayer consumer customer shopper user reader viewer
  listener audience fan follower supporter backer opponent critic detractor skeptic sceptic
  naysayer defender proponent advocate activist campaigner protester protestor demonstrator
  marcher picketer striker organizer organiser volunteer member delegate superdelegate elector
  expert analyst observer commentator pundit columnist blogger journalist reporter correspondent
  editor writer author historian scholar academic professor researcher scientist economist
  sociologist psychologist psychiatrist physician doctor doc surgeon nurse paramedic medic
  pharmacist dentist therapist clinician epidemiologist virologist biologist chemist physicist
  engineer architect litigator jurist accountant banker trader investor
  shareholder stockholder creditor lender borrower landlord tenant homeowner renter owner
  entrepreneur businessman businesswoman executive manager director boss employer employee
  worker laborer labourer farmer rancher miner driver pilot crew crewmember passenger traveler
  traveller tourist visitor guest host player teammate athlete coach trainer referee umpire
  scout agent actor actress singer musician artist rapper comedian dancer producer
  filmmaker star celebrity model designer chef cook waiter waitress bartender barman
  cashier clerk shopkeeper vendor seller buyer dealer broker consultant contractor lobbyist
  strategist pollster diplomat envoy ambassador negotiator mediator lawmaker legislator
  senator congressman congresswoman representative politician candidate nominee contender
  challenger incumbent mayor governor minister secretary commissioner regulator inspector
  officer soldier veteran trooper sheriff deputy detective guard firefighter rescuer teacher
  policeman policewoman paramedic nurse medic juror
  student pupil parent mother father son daughter brother sister husband wife spouse partner
  cousin uncle aunt grandmother grandfather grandparent sibling family relative acquaintance
  colleague coworker co-worker classmate peer rival enemy victim survivor patient caller
  participant attendee respondent constituent immigrant migrant refugee asylum-seeker worshipper
  parishioner pastor priest rabbi imam cleric bishop leader chief head elder official monitor
  futurist forecaster statistician demographer planner developer builder
  programmer hacker influencer youtuber streamer commenter poster tweeter people
  practitioner specialist investigator examiner auditor watchdog
  donor fundraiser fund-raiser contributor sponsor booster loyalist
  conservative liberal progressive moderate centrist radical extremist hardliner hard-liner
  nationalist populist socialist libertarian evangelical independent millennial boomer
  questioner speaker eyewitness homemaker retiree pensioner mourner watcher maker policymaker
  group coalition alliance chorus faction camp community
`);

/**
 * Partisan, national and religious groups, capitalised but no names: "Republicans fear",
 * "Europeans worry". Lemmas; a capitalised plural ending like a demonym counts too.
 */
export const GROUP_PROPER_NOUNS = words(`
  republican democrat dem gop american european mexican briton brit german russian chinese
  japanese israeli palestinian iranian syrian iraqi afghan pakistani indian canadian australian
  french british italian spanish korean turk ukrainian pole african african-american latino
  latina hispanic asian arab muslim christian catholic protestant evangelical jew mormon
  conservative liberal progressive independent libertarian socialist tory labourite millennial
  westerner northerner southerner easterner californian texan floridian londoner
  parisian washingtonian virginian
`);

/** A capitalised plural that looks like a demonym: "Mexicans", "Israelis", "Europeans". */
export const DEMONYM_PLURAL = /^[A-Z][a-z]{3,}(?:ans|ians|eans)$/;

/** Crowd pronouns and quantifiers standing alone as subjects: "some say", "many believe". */
export const CROWD_WORDS = words(`some many others most few several all everyone everybody`);

/** Quantifiers before a plural noun that make it a crowd: "some Democrats", "many experts". */
export const CROWD_QUANTIFIERS = words(`
  some many other others most several few numerous countless various certain plenty lots dozens
  hundreds thousands multiple fellow more
`);

/** Singular openers that make one unnamed person: "a witness", "one neighbour", "another aide". */
export const INDEFINITE_OPENERS = words(`a an one another`);

/** Openers that point back at people already introduced: "the researchers", "these experts". */
export const DEFINITE_OPENERS = words(`the these those this that both`);
