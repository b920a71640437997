import data from './data/units.json' with { type: 'json' };

interface UnitClass {
  plural: string;
  /** the class counts people */
  human?: boolean;
  nouns: string[];
}

const CLASSES = data.classes as Record<string, UnitClass>;
const EXACT = new Map<string, string>();
const STEMS: [string, string][] = [];
for (const [name, c] of Object.entries(CLASSES)) {
  for (const n of c.nouns) {
    if (n.endsWith('*')) STEMS.push([n.slice(0, -1), name]);
    else EXACT.set(n, name);
  }
}
STEMS.sort((a, b) => b[0].length - a[0].length);

/**
 * The unit a count is compared under: every word for people, in any language, is one class ("people", "Menschen",
 * "personnes", "человек"), so are children and soldiers; a count with no noun counts people; other nouns stay as written.
 */
export const countedUnit = (unit: unknown): string => {
  if (unit === null || unit === undefined) return 'person';
  const u = String(unit).toLowerCase();
  return EXACT.get(u) ?? STEMS.find(([stem]) => u.startsWith(stem))?.[1] ?? u;
};

/** How a counted class is named in a question: "people", "children", else an English plural of the noun. */
export const unitPlural = (unit: string): string =>
  CLASSES[unit]?.plural ?? (/(?:s|x|ch|sh)$/.test(unit) ? `${unit}es` : /[^aeiou]y$/.test(unit) ? `${unit.slice(0, -1)}ies` : `${unit}s`);

/** Whether a counted class is people of some kind (people, men, perpetrators), as units.json marks it. */
export const isHumanUnit = (unit: string): boolean => CLASSES[unit]?.human === true;
