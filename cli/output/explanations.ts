/**
 * One plain sentence for the reader on why a flag matters, naming the cue that raised it, in the
 * scanner's language. The sentences live in locales/<code>.yml under `explanation`.
 */
import type { Category } from '../../detector/types.ts';
import { t } from './i18n.ts';

export function explain(category: Category, cue: string): string {
  return t(`explanation.${category}`, [cue.replace(/\s+/g, ' ').trim()]);
}
