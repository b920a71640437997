/** A literal string as a regular-expression source. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Literal forms as one alternation, longest first (so "tam" never wins over "tammikuu"), a space matching any run of spaces. */
export function alternation(forms: Iterable<string>): string {
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map((f) => escapeRegex(f).replace(/ /g, String.raw`\s+`))
    .join('|');
}
