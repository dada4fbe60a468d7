/**
 * One plain sentence for the reader on why a flag matters, naming the cue that raised it. The
 * sentences live in locales/en.yml under `explanation`, where the extension's card finds them too.
 */
import type { Category } from '../../detector/types.ts';
import { t } from './i18n.ts';

export function explain(category: Category, cue: string): string {
  return t(`explanation.${category}`, [cue.replace(/\s+/g, ' ').trim()]);
}
