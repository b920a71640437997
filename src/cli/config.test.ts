import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colorEnabled } from './color.js';
import { ConfigError, loadConfig, parseConfig } from './config.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'triangulate-config-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('parseConfig', () => {
  it('reads every key, resolving a components file against the config file and an inline list to the file itself', () => {
    const file = join(root, 'triangulate.config.json');
    expect(parseConfig(file, JSON.stringify({ db: 'postgres://a@b/c', components: 'pipes/p.json', threads: 2, color: 'auto', quiet: true }))).toEqual({
      file,
      db: 'postgres://a@b/c',
      components: join(root, 'pipes/p.json'),
      threads: 2,
      color: 'auto',
      quiet: true,
    });
    expect(parseConfig(file, JSON.stringify({ components: ['./a.mjs', { module: 'b', options: { n: 1 } }] })).components).toBe(file);
  });

  it('names the file and the bad key', () => {
    const file = '/x/.triangulaterc';
    const error = (text: string) => {
      try {
        parseConfig(file, text);
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as Error).message;
      }
      throw new Error('no error');
    };
    expect(error('{"threads": 2.5}')).toBe('/x/.triangulaterc: key "threads" must be a whole number of worker threads from 0 to 256');
    expect(error('{"colour": true}')).toMatch(/^\/x\/\.triangulaterc: unknown key "colour" \(known keys: db, components, threads, color, quiet\)$/);
    expect(error('{"color": "yes"}')).toBe('/x/.triangulaterc: key "color" must be true, false or "auto"');
    expect(error('{"components": [{"options": {}}]}')).toMatch(/^\/x\/\.triangulaterc: key "components" must be a pipeline configuration file/);
    expect(error('{"db": 5')).toMatch(/^\/x\/\.triangulaterc: not valid JSON/);
    expect(error('[1]')).toMatch(/^\/x\/\.triangulaterc: must be a JSON object/);
  });
});

describe('loadConfig', () => {
  it('finds triangulate.config.json or .triangulaterc from the folder upwards, and nothing gives no defaults', async () => {
    const project = join(root, 'project');
    const deep = join(project, 'a', 'b');
    await mkdir(deep, { recursive: true });
    expect(await loadConfig(undefined, deep)).toEqual({ file: null });
    await writeFile(join(project, '.triangulaterc'), '{"quiet": true}');
    expect(await loadConfig(undefined, deep)).toMatchObject({ file: join(project, '.triangulaterc'), quiet: true });
    await writeFile(join(project, 'a', 'triangulate.config.json'), '{"threads": 0}');
    expect(await loadConfig(undefined, deep)).toMatchObject({ file: join(project, 'a', 'triangulate.config.json'), threads: 0 });
  });

  it('reads the file --config-file names, and names it when it is missing', async () => {
    await writeFile(join(root, 'other.json'), '{"db": "store"}');
    expect(await loadConfig('other.json', root)).toMatchObject({ file: join(root, 'other.json'), db: 'store' });
    await expect(loadConfig('missing.json', root)).rejects.toThrow(`${join(root, 'missing.json')}: cannot read the config file: no such file`);
  });
});

describe('colorEnabled', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  it('follows the terminal, NO_COLOR turns it off, FORCE_COLOR on, the flag beats both', () => {
    expect(colorEnabled(tty, {}, {})).toBe(true);
    expect(colorEnabled(pipe, {}, {})).toBe(false);
    expect(colorEnabled(tty, {}, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled(tty, {}, { NO_COLOR: '' })).toBe(true);
    expect(colorEnabled(pipe, {}, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled(tty, {}, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled(pipe, {}, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(colorEnabled(pipe, {}, { CI: 'true' })).toBe(false);
    expect(colorEnabled(tty, { flag: false }, { FORCE_COLOR: '1' })).toBe(false);
    expect(colorEnabled(pipe, { flag: true }, { NO_COLOR: '1' })).toBe(true);
  });

  it('takes the config file between the environment and the terminal', () => {
    expect(colorEnabled(tty, { config: false }, {})).toBe(false);
    expect(colorEnabled(pipe, { config: true }, {})).toBe(true);
    expect(colorEnabled(pipe, { config: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled(tty, { config: 'auto' }, {})).toBe(true);
  });
});
