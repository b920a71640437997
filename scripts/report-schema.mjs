// Generates schema/report.schema.json from the Report type (src/report/types.ts); `--check` fails when the committed file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REPORT_SCHEMA_FILE = join(ROOT, 'schema/report.schema.json');

/** The report's JSON Schema (draft-07) as the text to commit. */
export function generateReportSchema() {
  const generator = createGenerator({
    path: join(ROOT, 'src/report/types.ts'),
    tsconfig: join(ROOT, 'tsconfig.json'),
    type: 'Report',
    expose: 'export',
    topRef: true,
    skipTypeCheck: true,
    additionalProperties: false,
  });
  const schema = generator.createSchema('Report');
  const out = { $schema: schema.$schema, title: 'triangulate report', ...schema };
  return `${JSON.stringify(out, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = generateReportSchema();
  if (process.argv.includes('--check')) {
    if (readFileSync(REPORT_SCHEMA_FILE, 'utf8') !== text) {
      process.stderr.write('schema/report.schema.json is out of date: run npm run schema\n');
      process.exit(1);
    }
  } else writeFileSync(REPORT_SCHEMA_FILE, text);
}
