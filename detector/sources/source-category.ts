/**
 * The category an unnamed source phrase gives a claim, or null when the phrase is named or points
 * back to a named source: insiders and unnamed individuals are `anonymous`, crowds and unnamed
 * findings `vague`, unnamed reports and outlets `secondhand` (what-is-flagged.md).
 */
import type { DocumentState } from '../discourse.ts';
import type { SourcePhrase } from '../phrases/phrases.ts';
import type { Category } from '../types.ts';

/** Local news's unnamed individuals: their words are passed on one by one (what-is-flagged.md). */
const WITNESSES = new Set(['witness', 'eyewitness', 'neighbor', 'neighbour', 'resident', 'bystander', 'passerby', 'onlooker']);

/** Crowds that belong to someone and speak as a crowd: "his supporters say", "her critics argue". */
const FOLLOWINGS = new Set(['supporter', 'critic', 'fan', 'follower', 'opponent', 'detractor', 'backer', 'admirer', 'defender']);

function personCategory(phrase: SourcePhrase, state: DocumentState): Category | null {
  if (phrase.anonymity || phrase.family) return 'anonymous';
  if (phrase.opener === 'possessive' && phrase.plural && FOLLOWINGS.has(phrase.lemma)) return 'vague';
  if (phrase.partOfThePeople) return 'anonymous'; // "two of the people said": of the sources already met
  if (WITNESSES.has(phrase.lemma) && phrase.opener !== 'definite' && phrase.opener !== 'possessive') return 'anonymous';
  if (phrase.opener === 'indefinite' && !phrase.plural) return 'anonymous'; // "a doctor", "one Republican"
  if (phrase.opener === 'definite' || phrase.opener === 'possessive') {
    // "the researchers" points back: unnamed only when the article left them unnamed.
    return phrase.plural ? (state.unnamedCategory(phrase.lemma) ?? null) : null;
  }
  if (!phrase.plural) return null;
  if (phrase.opener === 'bare' && state.isAnchored(phrase.lemma)) return null;
  return 'vague';
}

export function sourceCategory(phrase: SourcePhrase, state: DocumentState): Category | null {
  if (phrase.named || phrase.withName) return null;
  switch (phrase.headClass) {
    case 'record':
      return null;
    case 'insider':
      if (phrase.elected) return 'vague'; // "elected officials" are politicians, speaking in public
      if (phrase.opener === 'definite' && !phrase.plural && phrase.lemma !== 'source' && phrase.lemma !== 'insider')
        return state.unnamedCategory(phrase.lemma) ?? null;
      return 'anonymous';
    case 'media':
      if (phrase.proper || phrase.opener === 'possessive' || phrase.opener === 'owner') return null;
      if (phrase.opener === 'definite' && !phrase.plural) return null;
      return 'secondhand';
    case 'finding':
      if (phrase.proper || phrase.opener === 'definite' || phrase.opener === 'possessive' || phrase.opener === 'owner')
        return null;
      return 'vague';
    case 'crowd':
      return 'vague';
    default:
      if (phrase.anchored) return null;
      // "Clinton's supporters say", "as Clinton supporters point out": a named figure's following is still a crowd nobody names.
      if (
        (phrase.opener === 'owner' || (phrase.opener === 'bare' && phrase.proper)) &&
        phrase.plural &&
        FOLLOWINGS.has(phrase.lemma)
      )
        return 'vague';
      // "Scott's relatives", "scientists at the University of Oslo": people of a named owner or body.
      if (phrase.proper && (phrase.opener === 'owner' || phrase.opener === 'bare' || phrase.opener === 'definite')) {
        if (phrase.headClass === 'person') return null;
      }
      return personCategory(phrase, state);
  }
}
