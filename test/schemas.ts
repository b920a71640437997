import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type AnySchema } from 'ajv';

const ROOT = join(import.meta.dirname, '..');

/** A JSON Schema file (path from the repository root) compiled with ajv; `check` gives its errors, none when valid. */
export function schemaCheck(path: string): (value: unknown) => string[] {
  const schema = JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as AnySchema;
  const validate = new Ajv({ allErrors: true, allowUnionTypes: true, strictTypes: false }).compile(schema);
  return (value) => (validate(value) ? [] : (validate.errors ?? []).slice(0, 8).map((e) => `${e.instancePath || '/'} ${e.message}`));
}
