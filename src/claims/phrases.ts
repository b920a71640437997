// Words and phrases of the claims stage's data files as regular-expression sources, one way for every reader.

/** A phrase of a data file, literal: a space matches any run of spaces, an apostrophe either apostrophe. */
export const phraseSource = (s: string): string =>
  s
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/ /g, '\\s+')
    .replace(/['’]/g, "['’]");

/** A word of a data file: a stem ending in * takes any letters after it, anything else is a phrase. */
export const termSource = (w: string): string => (w.endsWith('*') ? `${phraseSource(w.slice(0, -1))}[\\p{L}\\p{M}]*` : phraseSource(w));

/** Words as one alternation, longest first (so "north-eastern" is tried before "eastern"), each read by `term`. */
export const alternationOf = (ws: string[], term: (w: string) => string = termSource): string =>
  [...ws]
    .sort((a, b) => b.length - a.length)
    .map(term)
    .join('|');
