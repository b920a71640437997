import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStatic, resolveInside } from './static.js';

describe('resolveInside', () => {
  const root = '/srv/web';
  it('maps URL paths to files under the root, folders to their index.html', () => {
    expect(resolveInside(root, '/')).toBe('/srv/web/index.html');
    expect(resolveInside(root, '/assets/app.js')).toBe('/srv/web/assets/app.js');
    expect(resolveInside(root, '/assets/')).toBe('/srv/web/assets/index.html');
  });

  it.each(['/../secret', '/..%2fsecret', '/assets/../../secret', '/%2e%2e/secret', '/..%5csecret', '/a%00b', '/%E0%A4%A', '/..'])('refuses %s', (path) => {
    expect(resolveInside(root, path)).toBeNull();
  });

  it('refuses a sibling folder whose name starts like the root', () => {
    expect(resolveInside(root, '/../web-private/x')).toBeNull();
  });
});

describe('readStatic', () => {
  it('reads a file with its content type and marks hashed assets immutable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'static-'));
    await writeFile(join(dir, 'index.html'), '<!doctype html>');
    const page = await readStatic(dir, '/');
    expect(page?.type).toBe('text/html; charset=utf-8');
    expect(page?.immutable).toBe(false);
    expect(await readStatic(dir, '/nothing.js')).toBeNull();
    expect(await readStatic(dir, '/..')).toBeNull();
  });
});
