import placeholders from './data/placeholders.json' with { type: 'json' };
import { caseless } from '../text/index.js';

const patterns = placeholders.patterns.map((p) => caseless(p));

/** Image slots and lone photo/credit lines left by saved pages ("header-image", "Credit: site.com"). */
export function isImagePlaceholder(line: string): boolean {
  const text = line.trim();
  return text !== '' && patterns.some((p) => p.test(text));
}
