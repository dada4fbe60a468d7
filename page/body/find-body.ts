/**
 * The article body, as the engine looks for it: the body the page marks plainly, else
 * Readability's. Readability is injected only now, when a page needs it (see README, "Speed").
 */
import { type ArticleBody, findArticleBody, NEEDS_READABILITY } from './article-body.ts';
import type { PageSessionDeps } from '../engine/session-deps.ts';

export async function findBody(
  deps: Pick<PageSessionDeps, 'doc' | 'readability' | 'loadReadability'>,
  { force }: { force: boolean },
  timeWork: <T>(work: () => T) => T,
): Promise<ArticleBody | null> {
  const options = { force, Readability: deps.readability() };
  const found = timeWork(() => findArticleBody(deps.doc, options));
  if (found !== NEEDS_READABILITY) return found;
  const Readability = await deps.loadReadability();
  const retried = timeWork(() => findArticleBody(deps.doc, { ...options, Readability }));
  return retried === NEEDS_READABILITY ? null : retried;
}
