/**
 * Reads one split of PolNeAR from a bare git mirror of the public repository ($POLNEAR_GIT):
 * article texts, one BRAT annotation each (Source, Cue and Content spans of every attribution)
 * and CoreNLP tokens and sentences. The texts stay in memory and in a cache file in the system's
 * temporary folder, never in the repository.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** word, lemma, start, end, part of speech, named-entity class (CoreNLP). */
export type CoreToken = [string, string, number, number, string, string];

export interface Span {
  start: number;
  end: number;
}

export interface Relation {
  source: Span | null;
  cue: Span;
  cueText: string;
  /** What is attributed: a hedge inside it belongs to the source, not to the article. */
  content: Span | null;
}

export interface Article {
  id: string;
  text: string;
  relations: Relation[];
  /** CoreNLP sentences, as token lists. */
  sentences: CoreToken[][];
}

const show = (git: string, path: string): string =>
  execFileSync('git', ['--git-dir', git, 'show', `HEAD:${path}`], {
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'ignore'],
  }).toString('utf8');
const list = (git: string, dir: string): string[] =>
  execFileSync('git', ['--git-dir', git, 'ls-tree', '-r', '--name-only', 'HEAD', dir], { encoding: 'utf8', maxBuffer: 1 << 26 })
    .split('\n')
    .filter(Boolean);

/** Attribution relations of one BRAT file, in text order of their source (or cue). */
export function parseAnnotation(ann: string, text: string): Relation[] {
  const spans = new Map<string, Span>();
  const relations: Relation[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const parts = body.split(' ').slice(1).join(' ').split(';');
      const first = parts[0]!.split(' ').map(Number);
      const last = parts.at(-1)!.split(' ').map(Number);
      spans.set(id, { start: first[0]!, end: last[1]! });
    } else if (id.startsWith('E')) {
      const roles = new Map(body.split(' ').map((part) => part.split(':') as [string, string]));
      const role = (name: string) => [...roles].find(([key]) => key.replace(/\d+$/, '') === name)?.[1];
      const cue = spans.get(role('Cue') ?? '');
      if (!cue) continue;
      const source = spans.get(role('Source') ?? '') ?? null;
      const content = spans.get(role('Content') ?? '') ?? null;
      relations.push({ source, cue, cueText: text.slice(cue.start, cue.end), content });
    }
  }
  const at = (relation: Relation) => relation.source?.start ?? relation.cue.start;
  return relations.sort((a, b) => at(a) - at(b));
}

function parseCoreNlp(xml: string): CoreToken[][] {
  const token =
    /<word>(.*?)<\/word>\s*<lemma>(.*?)<\/lemma>\s*<CharacterOffsetBegin>(\d+)<\/CharacterOffsetBegin>\s*<CharacterOffsetEnd>(\d+)<\/CharacterOffsetEnd>\s*<POS>(.*?)<\/POS>\s*<NER>(.*?)<\/NER>/g;
  return xml
    .split('<sentence id=')
    .slice(1)
    .map((sentence) => [...sentence.matchAll(token)].map((m) => [m[1]!, m[2]!, +m[3]!, +m[4]!, m[5]!, m[6]!] as CoreToken))
    .filter((tokens) => tokens.length > 0);
}

/** Every article of the split that has a text, an annotation and a parse (cached in the temporary folder). */
export function readSplit(split: 'train' | 'dev', git = process.env.POLNEAR_GIT): Article[] {
  if (!git) throw new Error('set POLNEAR_GIT to the git dir of a clone of networkdynamics/PolNeAR');
  const cache = join(tmpdir(), `sourcelight-polnear-${split}-v2.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Article[];
  const annotations = new Map<string, string>();
  for (const path of list(git, `data/${split}/attributions`)) {
    const id = path
      .split('/')
      .pop()!
      .replace(/_[0-9a-f]+\.ann$/, '');
    if (!annotations.has(id)) annotations.set(id, path);
  }
  const articles: Article[] = [];
  for (const path of list(git, `data/${split}/text`)) {
    const id = path
      .split('/')
      .pop()!
      .replace(/\.txt$/, '');
    const annotation = annotations.get(id);
    if (!annotation) continue;
    let xml: string;
    try {
      xml = show(git, `data/${split}/corenlp/${id}.txt.xml`);
    } catch {
      continue; // a few parses are missing from the mirror
    }
    const text = show(git, path);
    articles.push({ id, text, relations: parseAnnotation(show(git, annotation), text), sentences: parseCoreNlp(xml) });
  }
  writeFileSync(cache, JSON.stringify(articles));
  return articles;
}
