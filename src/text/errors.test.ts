import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { formatError } from './errors.js';

const never = (s: string) => {
  expect(s).not.toMatch(/\[object \w+\]/);
  expect(s).not.toMatch(/\n|\s+at \S+ \(/); // one line, no stack frames
  expect(s.length).toBeGreaterThan(0);
};

describe('formatError', () => {
  it('gives an Error its message, without the stack', () => {
    const s = formatError(new Error('disk full'));
    never(s);
    expect(s).toBe('disk full');
  });

  it('names an Error subclass that has no message', () => {
    class QuotaError extends Error {}
    const e = new QuotaError();
    e.name = 'QuotaError';
    expect(formatError(e)).toBe('QuotaError');
    expect(formatError(new TypeError(''))).toBe('TypeError');
  });

  it('prints a thrown string, and says so when it is empty', () => {
    expect(formatError('no such story')).toBe('no such story');
    never(formatError(''));
    expect(formatError('  ')).toMatch(/empty message/);
  });

  it.each([
    [null, /null/],
    [undefined, /undefined/],
    [42, /^42$/],
    [false, /^false$/],
    [10n, /^10$/],
    [Symbol('boom'), /Symbol\(boom\)/],
  ])('prints %s', (value, expected) => {
    const s = formatError(value);
    never(s);
    expect(s).toMatch(expected);
  });

  it('prints a plain object by its message, else as short JSON, else by its type', () => {
    expect(formatError({ message: 'lock held', code: 'ELOCKED' })).toBe('lock held (code ELOCKED)');
    const json = formatError({ reason: 'gone', retry: false });
    never(json);
    expect(json).toContain('"reason":"gone"');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    never(formatError(circular));
    never(formatError({}));
    class Weird {}
    expect(formatError(new Weird())).toMatch(/Weird/);
    expect(formatError(Object.create(null))).toMatch(/without a message/);
    expect(formatError({ toString: () => 'custom text' })).toBe('custom text');
  });

  it('prints an Emscripten file-system error (what PGlite throws on a broken data folder)', () => {
    const errno = Object.assign(Object.create({ name: 'ErrnoError' }), { errno: 44 });
    const s = formatError(errno);
    never(s);
    expect(s).toBe('ErrnoError (errno 44)');
  });

  it('prints a real PGlite database error with its code and detail', async () => {
    const db = await PGlite.create();
    let thrown: unknown;
    try {
      await db.exec('create table t (id int primary key); insert into t values (1); insert into t values (1);');
    } catch (e) {
      thrown = e;
    } finally {
      await db.close();
    }
    const s = formatError(thrown);
    never(s);
    expect(s).toMatch(/duplicate key value violates unique constraint/);
    expect(s).toMatch(/code 23505/);
    expect(s).toMatch(/detail: Key \(id\)=\(1\) already exists/);
  }, 30_000);

  it("prints pg's DatabaseError with its code, detail and hint", () => {
    const e = new pg.DatabaseError('relation "stories" does not exist', 100, 'error');
    Object.assign(e, { code: '42P01', hint: 'run the migrations' });
    expect(formatError(e)).toBe('relation "stories" does not exist (code 42P01; hint: run the migrations)');
  });

  it('lists the errors of an AggregateError, and a cause', () => {
    const s = formatError(new AggregateError([new Error('connect ECONNREFUSED 127.0.0.1:5432'), 'timeout', { code: 'EHOSTUNREACH' }], 'all attempts failed'));
    never(s);
    expect(s).toMatch(/^all attempts failed: connect ECONNREFUSED 127\.0\.0\.1:5432; timeout; .*EHOSTUNREACH/);
    // Node's own connection errors are AggregateErrors with an empty message
    const bare = formatError(new AggregateError([new Error('connect ECONNREFUSED ::1:5432')]));
    expect(bare).toMatch(/AggregateError: connect ECONNREFUSED ::1:5432/);
    expect(formatError(new Error('cannot open the store', { cause: new Error('permission denied') }))).toBe('cannot open the store (cause: permission denied)');
  });

  it('strips control characters and bounds the length', () => {
    expect(formatError('bad \u001b[31mred\u001b[0m file\nname')).toBe('bad [31mred[0m file name');
    expect(formatError('x'.repeat(10_000)).length).toBeLessThanOrEqual(2001);
  });
});
