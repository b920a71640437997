import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { lilconfig } from 'lilconfig';
import { z } from 'zod';
import type { ColorSetting } from './color.js';

/** The names searched for, in each folder from the current one upwards. */
export const CONFIG_FILES = ['triangulate.config.json', '.triangulaterc', '.triangulaterc.json'] as const;

/** What each key means; the error for a bad value is this text. */
const KEYS = {
  $schema: 'a string (the URL of a schema, ignored)',
  db: 'a store: a folder or a postgres:// URL',
  components: 'a pipeline configuration file (a path relative to this file) or a list of components as in that file',
  threads: 'a whole number of worker threads from 0 to 256',
  color: 'true, false or "auto"',
  quiet: 'true or false',
} as const;

const component = z.union([z.string().min(1), z.strictObject({ module: z.string().min(1), options: z.record(z.string(), z.unknown()).optional() })]);

const schema = z.strictObject({
  $schema: z.string().optional(),
  db: z.string().min(1).optional(),
  components: z.union([z.string().min(1), z.array(component)]).optional(),
  threads: z.number().int().min(0).max(256).optional(),
  color: z.union([z.boolean(), z.literal('auto')]).optional(),
  quiet: z.boolean().optional(),
});

/** The defaults a config file gives; command-line flags beat them. */
export interface CliConfig {
  /** the file read, or null when none was found (then every default is today's) */
  file: string | null;
  db?: string;
  /** the pipeline configuration file to load components from (`analyze --config`); an inline list means the config file itself */
  components?: string;
  threads?: number;
  color?: ColorSetting;
  quiet?: boolean;
}

export class ConfigError extends Error {}

/** Parses a config file's text, naming the file and the bad key on any problem. */
export function parseConfig(file: string, text: string): CliConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${file}: not valid JSON: ${(err as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${file}: must be a JSON object of settings (keys: ${Object.keys(KEYS).join(', ')})`);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue.code === 'unrecognized_keys') throw new ConfigError(`${file}: unknown key "${issue.keys[0]}" (known keys: ${Object.keys(KEYS).filter((k) => k !== '$schema').join(', ')})`);
    const key = String(issue.path[0]) as keyof typeof KEYS;
    throw new ConfigError(`${file}: key "${issue.path.join('.')}" must be ${KEYS[key] ?? 'something else'}`);
  }
  const c = parsed.data;
  return {
    file,
    db: c.db,
    components: c.components === undefined ? undefined : typeof c.components === 'string' ? resolve(dirname(file), c.components) : file,
    threads: c.threads,
    color: c.color,
    quiet: c.quiet,
  };
}

const NONE: CliConfig = { file: null };

/** Reads `explicit` when given, else the first of CONFIG_FILES found from `cwd` upwards; nothing found gives no defaults. */
export async function loadConfig(explicit: string | undefined, cwd: string = process.cwd()): Promise<CliConfig> {
  if (explicit) {
    const file = resolve(cwd, explicit);
    const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
      throw new ConfigError(`${file}: cannot read the config file: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
    });
    return parseConfig(file, text);
  }
  const found = await lilconfig('triangulate', {
    searchPlaces: [...CONFIG_FILES],
    loaders: { '.json': (file, content) => parseConfig(file, content), noExt: (file, content) => parseConfig(file, content) },
    cache: false,
  }).search(cwd);
  return (found?.config as CliConfig | undefined) ?? NONE;
}
