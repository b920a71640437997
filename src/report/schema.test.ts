import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { exampleReport, exampleStories, reviewOf } from '../../test/reports.js';
import { loadComponents } from '../components/index.js';
import { analyzePaths } from '../pipeline.js';
import { buildReport } from './index.js';

const ROOT = join(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const problems = () => (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message}`);

describe('the report JSON Schema', () => {
  it('is what the Report type generates (npm run schema)', async () => {
    await expect(promisify(execFile)(process.execPath, [join(ROOT, 'scripts/report-schema.mjs'), '--check'])).resolves.toBeDefined();
  }, 120_000);

  it.each(exampleStories())('validates the report of %s, as written, with and without a review', async (name) => {
    const plain = await exampleReport(name);
    expect(plain.claims.length).toBeGreaterThan(0);
    const written = JSON.parse(JSON.stringify(plain));
    expect(validate(written), problems().join('; ')).toBe(true);
    const reviewed = JSON.parse(JSON.stringify({ ...plain, review: reviewOf(plain) }));
    expect(validate(reviewed), problems().join('; ')).toBe(true);
  }, 60_000);

  it('validates a report with the layers of configured components', async () => {
    const components = await loadComponents(join(ROOT, 'test/fixtures/components/pipeline.json'));
    const r = buildReport(await analyzePaths([join(ROOT, 'examples', exampleStories()[0])], { components }));
    expect(r.documents.some((d) => d.layers)).toBe(true);
    expect(validate(JSON.parse(JSON.stringify(r))), problems().join('; ')).toBe(true);
  }, 60_000);

  it('rejects a report that drifts from the type', async () => {
    const r = JSON.parse(JSON.stringify(await exampleReport(exampleStories()[0])));
    r.claims[0].extra = 1;
    delete r.documents[0].text;
    expect(validate(r)).toBe(false);
    expect(problems().join('; ')).toMatch(/additional properties|text/);
  }, 60_000);
});
