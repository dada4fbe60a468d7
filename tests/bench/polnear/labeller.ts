/**
 * Labels PolNeAR relations with the what-is-flagged.md taxonomy, the way the dev benchmark's README
 * describes its gold (shared/bench/polnear-dev): from the source span's head word, its part of
 * speech and named-entity class (CoreNLP), and the sources before it. Used to derive labels for
 * the train split, which has none. On dev it agrees with the human labels on 95% of relations
 * but only at F1 0.76 on flagged sentences (check-labeller.ts prints both): the held-out
 * fold's figure is measured against labels this noisy.
 */
import { verbLemma } from '../../../detector/text/lemma.ts';
import {
  ATTITUDE_ADJECTIVES,
  ATTRIBUTION_LEMMAS,
  DIRECTIVE_VERBS,
  HEDGE_ADVERBS,
  MODALS,
  NEGATED_BE,
  PREDICATE_SKIPS,
  SUBJECT_PRONOUNS,
} from '../../../detector/knowledge/lexicon.ts';
import type { CoreToken, Relation } from './corpus.ts';

export type Label = 'named' | 'nosource' | 'anonymous' | 'vague' | 'secondhand' | 'hedged';

const set = (list: string) => new Set(list.trim().split(/\s+/));
const HEDGE_CUE =
  /\b(?:reportedly|allegedly|apparently|seemingly|supposedly|purportedly|reputedly|considered|thought|believed|rumou?red|said to|mentioned as|viewed|seen as|dubbed|understood|talk|rumou?rs?)\b/i;
const INSIDERS = set(
  'official aide adviser advisor source insider staffer ally confidant confidante surrogate associate friend operative loyalist lieutenant intimate',
);
const MEDIA = set('media outlet newspaper tabloid press report reporting paper');
/** Words that give unnamed people access: "people familiar with", "those close to". */
const ACCESS = set('familiar close briefed knowledgeable involved privy');
const FINDINGS = set('poll survey study analysis estimate research projection finding polling');
const ON_RECORD = set(`
  campaign company administration government police court committee team board agency department office party state country
  union organization organisation firm panel council commission congress senate house pac camp establishment legislature
  ministry army military record email ad statement slide memo complaint problem program rule proposal tweet video letter
  document law message book bill plan page website account release article editorial transcript summary interview speech
  post platform footage legislation argument agreement evidence precedent lawsuit filing datum data percent % majority half
  statistic ruling return standard judge prosecutor investigator authority
  number two-third third quarter average result tally count share portion plurality minority fraction proportion you nobody
`);
const CROWDS = set('some many others other few several most all everyone everybody anyone anybody none both');
const COLLECTIVES = set('group number chorus handful couple lot dozen member one');
const GROUP_PROPER =
  /^(?:republican|democrat|american|conservative|liberal|progressive|evangelical|christian|muslim|european|mexican|hispanic|latino|african-american|independent|libertarian|millennial|gop|dem|birther|socialist|catholic|jew|immigrant|[a-z]+ans?|[a-z]+ese|[a-z]+is)$/;
/** Nouns for people, by form ("reporter", "analyst", "historian") or by list; things are never unnamed sources. */
const PERSON_NOUNS = set(`
  man woman person friend source official aide judge doctor expert voter citizen resident neighbour neighbor parent mother
  father son daughter wife husband child kid student member fan worker employee staff colleague partner relative witness
  victim guard cop detective agent officer spokesman spokeswoman republican democrat conservative liberal insider veteran
  immigrant candidate delegate leader chief head critic ally donor activist patient nurse teacher lawmaker senator someone
  somebody architect lawyer attorney
`);
const LEGAL_VOICES = set('lawyer attorney counsel');
const PERSON_FORM = /(?:er|or|ist|ian|ant|ent|ee|eer|man|woman|person|ive|ic)$/;
const isPersonNoun = (lemma: string) => PERSON_NOUNS.has(lemma) || PERSON_FORM.test(lemma);
const DEFINITE = set('the these those this that his her their its our both');
const INDEFINITE = set('a an one another some someone somebody');

const lemmaOf = (token: CoreToken) => token[1].toLowerCase();
const pos = (token: CoreToken) => token[4];

/** The head of the source span, and the quantifier of a partitive ("many of his supporters"). */
function headOf(tokens: CoreToken[]): { head: CoreToken | null; quantifier: CoreToken | null } {
  let head: CoreToken | null = null;
  let quantifier: CoreToken | null = null;
  for (const token of tokens) {
    if (/^(?:IN|WDT|WP|,|-LRB-|VB.*|TO|:|PRP)$/.test(pos(token)) && head && !/^PRP/.test(pos(head))) {
      const value = lemmaOf(head);
      if (
        lemmaOf(token) === 'of' &&
        (INDEFINITE.has(value) || CROWDS.has(value) || pos(head) === 'CD' || COLLECTIVES.has(value))
      ) {
        quantifier = head;
        head = null;
        continue;
      }
      break;
    }
    if (/^(?:NN|NNS|NNP|NNPS|PRP|WP|CD|PRP\$|WDT)$/.test(pos(token)) || CROWDS.has(lemmaOf(token))) head = token;
  }
  return { head, quantifier };
}

interface Context {
  all: CoreToken[];
  sourceStart: number;
  earlier: Array<{ label: Label; at: number }>;
}

/** A relative pronoun's antecedent: the noun phrase just before it. */
function antecedent(context: Context): CoreToken[] {
  const before = context.all.filter((t) => t[3] <= context.sourceStart && t[3] > context.sourceStart - 120);
  let end = before.length;
  while (end > 0 && /^(?:,|-LRB-|-RRB-)$/.test(pos(before[end - 1]!))) end--;
  let start = end;
  while (start > 0 && !/^(?:IN|VB.*|,|TO|WDT|WP|CC|:)$/.test(pos(before[start - 1]!))) start--;
  return before.slice(start, end);
}

function pronounLabel(lemma: string, context: Context): Label {
  if (['who', 'which', 'that', 'whom'].includes(lemma)) {
    const phrase = antecedent(context);
    return phrase.length ? classify(phrase, { ...context, sourceStart: phrase[0]![2] }) : 'named';
  }
  if (lemma !== 'they' && lemma !== 'them') return 'named';
  const recent = context.earlier.filter((earlier) => earlier.at > context.sourceStart - 400);
  return recent.at(-1)?.label ?? 'named';
}

/**
 * A proper name in a finding's phrase names it ("a 2015 Pew Research survey", "a POLITICO analysis"),
 * whatever class the NER gave it; a place does not ("polls in Pennsylvania"), nor a capital opening a headline.
 */
function byName(tokens: CoreToken[], head: CoreToken, context: Context): boolean {
  return tokens.some(
    (t, index) =>
      t !== head &&
      (/^NNP/.test(pos(t)) || isAcronym(t, context)) &&
      t[5] !== 'LOCATION' &&
      (index > 0 || pos(tokens[1] ?? t) === 'POS'),
  );
}

/** "a POLITICO analysis", "a CNN/WMUR poll": the tagger calls a brand in capitals a common noun; not in a headline set in capitals. */
function isAcronym(token: CoreToken, context: Context): boolean {
  if (!/^[A-Z][A-Z/&.-]*[A-Z]$/.test(token[0])) return false;
  const at = context.all.indexOf(token);
  const near = context.all.slice(Math.max(0, at - 4), at + 5).filter((t) => t !== token && /^[A-Za-z]{2,}$/.test(t[0]));
  return near.filter((t) => t[0] === t[0].toUpperCase()).length <= 1;
}

function commonNounLabel(tokens: CoreToken[], head: CoreToken, opener: string, quantified: boolean, context: Context): Label {
  const lemma = lemmaOf(head);
  const plural = pos(head) === 'NNS';
  if (/^spokes(?:man|woman|person|people)$/.test(lemma)) return 'named';
  const afterHead = (t: CoreToken) => t[2] > head[2];
  const comma = tokens.findIndex((t) => afterHead(t) && pos(t) === ',');
  if (comma !== -1 && tokens.slice(comma).some((t) => t[5] === 'PERSON')) return 'named'; // apposition
  const properAfter = tokens.some((t) => afterHead(t) && /^NNP/.test(pos(t)) && /^(?:ORGANIZATION|PERSON|MISC)$/.test(t[5]));
  const properBefore = tokens.some(
    (t) =>
      t[2] < head[2] &&
      /^NNP/.test(pos(t)) &&
      (t[5] === 'ORGANIZATION' || t[5] === 'PERSON' || (t[5] === 'MISC' && !GROUP_PROPER.test(lemmaOf(t)))),
  );
  if (MEDIA.has(lemma)) return properBefore || properAfter || (opener === 'the' && !plural) ? 'named' : 'secondhand';
  if (FINDINGS.has(lemma))
    return properBefore || properAfter || byName(tokens, head, context) || DEFINITE.has(opener) ? 'named' : 'vague';
  if (INSIDERS.has(lemma)) return 'anonymous';
  if (lemma === 'person' || lemma === 'people') {
    if (tokens.some((t) => ACCESS.has(lemmaOf(t)))) return 'anonymous';
    return 'vague';
  }
  if (!plural) {
    if (tokens.some((t) => t[0].startsWith('@'))) return 'named'; // a handle names its writer
    const properLater = tokens.some((t) => afterHead(t) && /^NNP/.test(pos(t)));
    if (properLater && !tokens.some((t) => lemmaOf(t) === 'to' || lemmaOf(t) === 'of')) return 'named';
    if (pos(head) === 'NN' && !isPersonNoun(lemma)) return 'named';
    return INDEFINITE.has(opener) || quantified ? 'anonymous' : 'named';
  }
  // "her lawyers", "Clinton's attorneys": a party's legal voice, on record like a spokesman
  if (LEGAL_VOICES.has(lemma) && tokens.some((t) => t[2] < head[2] && (pos(t) === 'PRP$' || pos(t) === 'POS'))) return 'named';
  // "attorneys for the family" speak for a party, on record
  if (tokens.some((t) => afterHead(t) && lemmaOf(t) === 'for')) return 'named';
  return DEFINITE.has(opener) ? 'named' : 'vague';
}

function classify(tokens: CoreToken[], context: Context): Label {
  // "those close to him", "those familiar with the talks": insiders, whatever the phrase's last noun.
  if (lemmaOf(tokens[0]!) === 'those' && ACCESS.has(lemmaOf(tokens[1] ?? tokens[0]!))) return 'anonymous';
  const { head, quantifier } = headOf(tokens);
  if (!head) return 'named';
  const lemma = lemmaOf(head);
  const opener = quantifier ? lemmaOf(quantifier) : lemmaOf(tokens[0]!);
  if (/^(?:PRP|WP|WDT|PRP\$)$/.test(pos(head))) return pronounLabel(lemma, context);
  // "CNS reported", "AROS said": an organisation's initials, whatever the tagger made of them.
  if (isAcronym(head, context) && tokens.every((t) => t === head || !/^[A-Z]/.test(t[0]))) return 'named';
  // "Delegates questioned": a capital opening the sentence makes no name of a plural person noun.
  const singular = lemma.replace(/s$/, '');
  if (pos(head) === 'NNPS' && head[5] === 'O' && PERSON_NOUNS.has(singular))
    return commonNounLabel(tokens, [head[0], singular, head[2], head[3], 'NNS', head[5]], opener, quantifier !== null, context);
  if (pos(head) === 'NNP' || pos(head) === 'NNPS') {
    const group =
      GROUP_PROPER.test(singular) &&
      (pos(head) === 'NNPS' || INDEFINITE.has(opener) || quantifier) &&
      !['PERSON', 'ORGANIZATION', 'LOCATION'].includes(head[5]);
    if (!group) return 'named';
    return INDEFINITE.has(opener) && pos(head) !== 'NNPS' ? 'anonymous' : 'vague';
  }
  if (CROWDS.has(lemma) && !quantifier) return 'vague';
  if (ON_RECORD.has(lemma)) return lemma === 'group' && (pos(head) === 'NNS' || INDEFINITE.has(opener)) ? 'vague' : 'named';
  return commonNounLabel(tokens, head, opener, quantifier !== null, context);
}

/** Verbs of judging, which pass on a view as much as "say" does: "voters see him as", "experts praised". */
const JUDGING = set('see view regard consider echo point question praise criticize criticise cite despise respect denounce');

/** A question or a chant passes on no claim: "veterans ask", "protesters chanted" (the dev README's chanting crowd). */
const NO_CLAIM = set('ask chant');

/**
 * "urged surrogates to parrot…", "warned the Fed not to act": advice, not a claim
 * (what-is-flagged.md; dev's human labels call "proponents have urged Congress to…" none).
 */
function isDirective(relation: Relation, tokens: CoreToken[]): boolean {
  const verb = cueWords(relation.cueText).find((w) => !w.endsWith('ly') && !MODALS.has(w));
  if (!verb || !DIRECTIVE_VERBS.has(verbLemma(verb)) || !relation.content) return false;
  const after = tokens.filter((t) => t[2] >= relation.cue.end && t[2] < relation.content!.end).slice(0, 6);
  for (const [index, token] of after.entries()) {
    const word = token[0].toLowerCase();
    if (word === 'that' || !/^[a-z'-]/i.test(word) || SUBJECT_PRONOUNS.has(word)) return false;
    if (word === 'to') return index > 0;
  }
  return false;
}

/** A cue's words, lower-case, without the auxiliaries and particles a predicate skips. */
const cueWords = (cueText: string): string[] =>
  cueText
    .toLowerCase()
    .replaceAll('’', "'")
    .split(/[^a-z'-]+/)
    .filter((w) => w && !PREDICATE_SKIPS.has(w));

/**
 * Whether a relation's cue passes on a claim: speech, belief or attitude ("say", "worry", "are
 * afraid"), not an action ("approved", "filed"). A crowd that only acts is no source (what-is-flagged.md).
 */
function passesClaim(cueText: string): boolean {
  const words = cueWords(cueText).filter((w) => !MODALS.has(w) && !NEGATED_BE.has(w) && !/^(?:be|is|are|was|were|been)$/.test(w));
  const first = words.find((w) => !w.endsWith('ly')) ?? '';
  const lemma = verbLemma(first);
  if (NO_CLAIM.has(lemma)) return false;
  return first === 'according' || ATTRIBUTION_LEMMAS.has(lemma) || JUDGING.has(lemma) || ATTITUDE_ADJECTIVES.has(first);
}

const QUANTIFIERS = set('many some few several most other others all');
const isQuantified = (tokens: CoreToken[]) => tokens.length > 1 && QUANTIFIERS.has(lemmaOf(tokens[0]!));
const PARTY = /^(?:republicans|democrats)$/i;
const STATEMENT_LEMMAS = set('say tell call accuse note argue blast describe ask charge claim insist add write state respond');

/** "Republicans said": a party's members in Congress speaking as a body, on record (not "Republicans fear"). */
const isBareParty = (tokens: CoreToken[]) => tokens.length === 1 && PARTY.test(tokens[0]![0]);

function isStatement(cueText: string): boolean {
  return cueWords(cueText).some((w) => !w.endsWith('ly') && STATEMENT_LEMMAS.has(verbLemma(w)));
}

const hedgedCue = (cueText: string) =>
  cueText
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((word) => HEDGE_ADVERBS.has(word));

/** One label per relation, in the order given (text order). */
export function labelRelations(tokens: CoreToken[], relations: Relation[]): Label[] {
  const earlier: Context['earlier'] = [];
  return relations.map((relation) => {
    if (!relation.source) return HEDGE_CUE.test(relation.cueText) ? 'hedged' : 'nosource';
    const { start, end } = relation.source;
    const inside = tokens.filter((t) => t[2] >= start && t[3] <= end);
    let label = inside.length ? classify(inside, { all: tokens, sourceStart: start, earlier }) : 'named';
    if (label === 'vague' && !passesClaim(relation.cueText) && !isQuantified(inside)) label = 'named';
    // "a doctor had typed", "aides replacing it": unnamed people who act pass on no claim either.
    if (label === 'anonymous' && !passesClaim(relation.cueText)) label = 'named';
    if (label === 'vague' && isBareParty(inside) && isStatement(relation.cueText)) label = 'named';
    // "some Democrats privately express": a crowd speaking off the record speaks anonymously.
    if (label === 'vague' && /\bprivately\b/i.test(relation.cueText)) label = 'anonymous';
    if ((label === 'vague' || label === 'anonymous') && isDirective(relation, tokens)) label = 'named';
    // "Trump will reportedly be delivering", "Soros apparently regretted": a hedge in the cue hedges a named subject's deed or view.
    if (label === 'named' && hedgedCue(relation.cueText)) label = 'hedged';
    earlier.push({ label, at: start });
    return label;
  });
}

/** Labels that make a sentence flagged. */
export const FLAGGED: ReadonlySet<Label> = new Set(['anonymous', 'vague', 'secondhand', 'hedged']);
