import { readFileSync } from 'node:fs';

/** triangulate's version, read once from package.json (the one place it is written); src/ and dist/ both sit beside it. */
export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
