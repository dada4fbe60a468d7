/**
 * One plain sentence for the reader on why a flag matters, naming the cue that raised it. The
 * sentences live in locales/en.yml under `explanation`, where the extension's card finds them too.
 */
import type { Category } from '../detector/types.ts';
import { t } from './i18n.ts';

const EXPLANATION_KEYS = {
  anonymous: 'explanation.anonymous',
  vague: 'explanation.vague',
  secondhand: 'explanation.secondhand',
  hedged: 'explanation.hedged',
} as const satisfies Record<Category, string>;

export function explain(category: Category, cue: string): string {
  return t(EXPLANATION_KEYS[category], [cue.replace(/\s+/g, ' ').trim()]);
}
