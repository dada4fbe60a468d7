/**
 * The detector for German, French and Spanish: text in, the same `Analysis` as the English
 * `analyze` out (flags, sentences and sources; offsets are string indices into `text`).
 *
 * Each list of the language's knowledge is read once over the whole text; then, sentence by
 * sentence, cues inside quotations or inside a phrase that is no attribution are dropped, hedges a
 * named speaker says are the speaker's, and one cue a sentence makes its flag, by the order of
 * what-is-flagged.md (anonymous > vague > secondhand > hedged), then the earliest.
 */
import { CATEGORIES, type Analysis, type Category, type Flag, type Span } from '../types.ts';
import { type CompiledLanguage, compileLanguage, type ListName, SpanCursor } from './compiled.ts';
import { GERMAN } from './de.ts';
import { SPANISH } from './es.ts';
import { FRENCH } from './fr.ts';
import type { LanguageCode, LanguageKnowledge } from './knowledge.ts';
import { Quotations } from './quotes.ts';
import { NamedSpeakers } from './named.ts';
import { LanguageSources } from './sources.ts';

export const LANGUAGES: Record<LanguageCode, LanguageKnowledge> = { de: GERMAN, fr: FRENCH, es: SPANISH };

interface Cue extends Span {
  category: Category;
}

/** How many sentences without the Konjunktiv a named speaker's indirect speech carries over. */
const CARRIED_SENTENCES = 3;

/** A speaker and a verb of speech belong together when at most a comma and spaces part them. */
const SPEAKER_REACH = 3;

const overlaps = (a: Span, spans: Span[]) => spans.some((b) => a.start < b.end && b.start < a.end);

/** All the lists, read in one pass over the text, handed out sentence by sentence. */
function readLists(text: string, language: CompiledLanguage): Record<ListName, SpanCursor> {
  const found = language.index.scan(text);
  return Object.fromEntries(Object.entries(found).map(([name, spans]) => [name, new SpanCursor(spans as Span[])])) as Record<
    ListName,
    SpanCursor
  >;
}

function bestCue(cues: Cue[]): Cue | undefined {
  let best: Cue | undefined;
  for (const cue of cues) {
    const rank = best ? CATEGORIES.indexOf(cue.category) - CATEGORIES.indexOf(best.category) : -1;
    if (!best || rank < 0 || (rank === 0 && cue.start < best.start)) best = cue;
  }
  return best;
}

/** What one sentence holds: its cues (not yet chosen), its named attributions, its reported mood. */
interface SentenceReading {
  cues: Cue[];
  unnamed: Cue[];
  named: Span[];
  mood: Span[];
}

/** Reads an article sentence by sentence; sentences must be read in order. */
class ArticleReader {
  private readonly lists: Record<ListName, SpanCursor>;
  private readonly speakers: NamedSpeakers;
  private readonly quotations: Quotations;

  constructor(
    private readonly text: string,
    private readonly language: CompiledLanguage,
  ) {
    this.lists = readLists(text, language);
    this.speakers = new NamedSpeakers(language);
    this.quotations = new Quotations(text, language.knowledge.quotes);
  }

  read(sentence: Span, speakerCarried: boolean): SentenceReading {
    const { lists, quotations } = this;
    const notCues = lists.notCues.within(sentence);
    const keep = (span: Span) => !quotations.has(span.start) && !overlaps(span, notCues);
    const cues: Cue[] = [];
    for (const category of CATEGORIES)
      for (const span of lists[category].within(sentence)) if (keep(span)) cues.push({ ...span, category });

    const attributions = this.speakers.find(
      this.text,
      sentence,
      lists.namedAfter.within(sentence),
      lists.namedBefore.within(sentence),
      lists.namedForms.within(sentence),
    );
    // An unnamed person is a source when a verb of speech goes with them, not with a named speaker
    // after it ("Mitarbeiter … erhalten mehr Geld, teilte die Stadt mit").
    const speech = lists.speech
      .within(sentence)
      .filter((verb) => !attributions.inverted.some((named) => named.start === verb.start));
    for (const span of lists.anonymousSpeakers.within(sentence)) {
      const says = speech.some(
        (verb) => verb.start >= span.end || (verb.end <= span.start && span.start - verb.end <= SPEAKER_REACH),
      );
      if (says && keep(span)) cues.push({ ...span, category: 'anonymous' });
    }
    const unnamed = cues.filter((cue) => cue.category !== 'hedged');
    const named = attributions.all.filter((span) => !quotations.has(span.start) && !overlaps(span, cues));

    // The mood is a hedge only where no word says so more plainly ("…, hieß es").
    const mood = lists.reportedMood.within(sentence).filter(keep);
    const moodIsHedge =
      mood.length > 0 &&
      cues.length === unnamed.length &&
      !this.language.isHypothetical(this.text.slice(sentence.start, sentence.end)) &&
      !(speakerCarried && unnamed.length === 0);
    if (moodIsHedge) for (const span of mood) cues.push({ ...span, category: 'hedged' });
    return { cues, unnamed, named, mood };
  }
}

export function analyzeInLanguage(text: string, code: LanguageCode): Analysis {
  const language = compileLanguage(LANGUAGES[code]);
  const sentences = language.splitter.split(text);
  const reader = new ArticleReader(text, language);
  const sources = new LanguageSources(text, language);
  const flags: Flag[] = [];
  // German indirect speech goes on in the Konjunktiv after a named speaker, across a quotation or
  // two: "Müller sagte, … . „…“ Man habe …". It ends at a flag or after sentences with neither.
  let carriedFor = 0;

  for (const sentence of sentences) {
    const { cues, unnamed, named, mood } = reader.read(sentence, carriedFor > 0);
    // A hedge a named speaker says is the speaker's: "Laut Müller soll der Minister …".
    const cue = bestCue(named.length > 0 ? unnamed : cues);
    if (cue) {
      flags.push({
        category: cue.category,
        cue: { start: cue.start, end: cue.end, text: text.slice(cue.start, cue.end) },
        sentence: { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) },
      });
    }
    for (const span of unnamed) sources.addUnnamed(span.start, span.end, span.category);
    for (const span of named) sources.addNamedIn(span.start, span.end);
    if (!language.knowledge.moodCarriesSpeaker || cue) carriedFor = 0;
    else if (named.length > 0 || (carriedFor > 0 && mood.length > 0)) carriedFor = CARRIED_SENTENCES;
    else carriedFor = Math.max(0, carriedFor - 1);
  }
  return { sentences, flags, sources: sources.result(), stats: { sentences: sentences.length, flagged: flags.length } };
}
