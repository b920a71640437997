import aliases from './data/outlet-aliases.json' with { type: 'json' };

const canonical = new Map<string, string>();
for (const [name, spellings] of Object.entries(aliases)) {
  for (const spelling of [name, ...spellings]) canonical.set(aliasKey(spelling), name);
}

function aliasKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^(?:www\.)/, '')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .trim();
}

/** Canonical spelling of a well-known outlet, or null when the name is not in the alias list. */
export function knownOutlet(name: string): string | null {
  return canonical.get(aliasKey(name)) ?? null;
}

/** Canonical spelling of a well-known outlet ("Aljazeera" -> "Al Jazeera"); unknown outlets come back as written, trimmed. */
export function normaliseOutlet(name: string): string {
  const written = name.replace(/\s+/g, ' ').trim();
  return knownOutlet(written) ?? written;
}
