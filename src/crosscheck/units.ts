// Nouns that count people in general; "passengers" or "crew" count a part of them and stay apart.
const PEOPLE = new Set(['person', 'people', 'persons', 'individual', 'individuals', 'victim', 'victims']);

/** The unit a count is compared under: every general word for people is one unit. */
export const countedUnit = (unit: unknown): string => (unit === null || unit === undefined || PEOPLE.has(String(unit)) ? 'person' : String(unit));
