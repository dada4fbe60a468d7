/**
 * Why *this* sentence is flagged, in the card's words: a question about the people its claim
 * rests on ("Who are “people familiar with the talks”? The article does not say."), built from
 * the flag's cue. The cue holds the source phrase and the words around it ("according to
 * insiders", "an insider claimed", "Others think"); the phrase alone is quoted, never the cue as
 * if it were a sentence of the article. The category's general meaning stays one click away.
 */
import { i18n } from '#i18n';
import type { PageFlag } from '../../contract/messages.ts';

/** A phrase longer than this is cut: the card is narrow, and the sentence is on the page beside it. */
export const MAX_PHRASE_CHARS = 80;

/** What leads into the source ("according to insiders", "per multiple sources", "citing officials"). */
const LEAD_IN = /^(?:according\s+to|per|citing|as|in\s+the\s+words\s+of|based\s+on)\s+/i;

/**
 * Words that end a cue after its source: the verb of speech or attitude, its helpers and
 * particles ("spoke with", "have said that"). Stripped from the end only, so a word inside the
 * phrase ("people familiar with the talks") stays; "report(s)" is left alone, being a source too.
 */
const TRAILING = new Set(
  (
    'say says said saying tell tells told claim claims claimed think thinks thought believe believes believed ' +
    'blame blames blamed speculate speculates speculated suggest suggests suggested argue argues argued insist ' +
    'insists insisted reported note notes noted add adds added warn warns warned fear fears ' +
    'feared expect expects expected speak speaks spoke spoken describe describes described confirm confirms ' +
    'confirmed reveal reveals revealed indicate indicates indicated estimate estimates estimated predict predicts ' +
    'predicted contend contends contended maintain maintains maintained acknowledge acknowledges acknowledged ' +
    'allege alleges alleged assert asserts asserted explain explains explained write writes wrote written agree ' +
    'agrees agreed doubt doubts doubted worry worries worried accuse accuses accused question questions ' +
    'questioned hope hopes hoped feel feels felt know knows knew disclose discloses disclosed ' +
    'is are was were be been has have had will would may might could can do does did also reportedly ' +
    'privately publicly widely that with to of who'
  ).split(' '),
);

/** Determiners that make the phrase one person ("an insider", "a senior official"). */
const SINGULAR_START = new Set(['a', 'an', 'one', 'another', 'someone', 'somebody', 'this', 'that']);
const ARTICLES = new Set(['a', 'an', 'the']);

/** The source phrase inside a cue: lead-in and trailing verb words taken off; empty when nothing is left. */
export function sourcePhrase(cue: string): string {
  const words = cue
    .trim()
    .replace(LEAD_IN, '')
    .replace(/[,:;.!?"“”]+$/u, '')
    .split(/\s+/)
    .filter(Boolean);
  // One word always stays: "Others", "reports".
  const trailing = (word: string) => TRAILING.has(word.toLowerCase().replace(/[,:;]$/, ''));
  while (words.length > 1 && trailing(words.at(-1)!)) words.pop();
  // A cue of verbs alone ("said") names nobody: no phrase to quote.
  return words.length === 1 && trailing(words[0]!) ? '' : words.join(' ');
}

/** A capital only there because the cue began the sentence ("Others think" → "others"). */
function sentenceCase(phrase: string, flag: PageFlag): string {
  const startsSentence = flag.sentence.text.trimStart().startsWith(flag.cue.text.trimStart());
  const [first = '', second = ''] = [...phrase];
  if (!startsSentence || second.toUpperCase() === second) return phrase;
  return first.toLowerCase() + phrase.slice(first.length);
}

function clip(phrase: string): string {
  if (phrase.length <= MAX_PHRASE_CHARS) return phrase;
  return `${phrase.slice(0, MAX_PHRASE_CHARS - 1).trimEnd()}…`;
}

/** One or two sentences on why this flag's sentence is flagged. */
export function explainFlag(flag: PageFlag): string {
  const phrase = clip(sentenceCase(sourcePhrase(flag.cue.text), flag));
  const words = phrase.split(/\s+/);
  switch (flag.category) {
    case 'anonymous':
      if (!phrase) return i18n.t('card.why.anonymousBare');
      return SINGULAR_START.has(words[0]!.toLowerCase())
        ? i18n.t('card.why.anonymousOne', { source: phrase })
        : i18n.t('card.why.anonymousMany', { source: phrase });
    case 'vague':
      return phrase ? i18n.t('card.why.vague', { source: phrase }) : i18n.t('card.why.vagueBare');
    case 'secondhand': {
      // "a news outlet" → which "news outlet": the article is the question's own.
      const named = ARTICLES.has(words[0]!.toLowerCase()) && words.length > 1 ? words.slice(1).join(' ') : phrase;
      return named ? i18n.t('card.why.secondhand', { source: named }) : i18n.t('card.why.secondhandBare');
    }
    case 'hedged':
      return i18n.t('card.why.hedged', { cue: clip(flag.cue.text.trim()) });
  }
}
