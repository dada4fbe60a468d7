/**
 * A flag's name across visits: its category and its sentence, with spacing folded. Offsets and
 * ids change when the outlet edits the page; the sentence mostly does not.
 */
import type { Category } from '../detector/types.ts';

export function flagKey(category: Category, sentence: string): string {
  return `${category}:${sentence.replace(/\s+/g, ' ').trim().toLowerCase()}`;
}
