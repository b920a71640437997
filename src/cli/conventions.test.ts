// The CLI conventions of issue 18, through the built program (bin/triangulate.js runs dist/): standard output for every
// export, colour, progress on a terminal (a pseudo-terminal from util-linux `script`) and off it, --quiet, --help and
// --version on every command, shell completion, the config file.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { ensureBuild } from '../../test/build.js';
import { VERSION } from '../version.js';
import { completionScript } from './completion.js';
import { EXPORT_FORMATS } from './exports.js';
import { allCommands } from './help.js';
import { buildProgram, EXIT, main } from './index.js';

const repo = join(import.meta.dirname, '../..');
const bin = join(repo, 'bin/triangulate.js');
const fixtures = join(repo, 'test/fixtures/components');
const has = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const SGR = /\x1b\[[0-9;]*m/;

let root: string;
let good: string;
let many: string;
let store: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

// the children see no colour or store wishes of the machine running the tests
const cleanEnv = (env: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const base = { ...process.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'DATABASE_URL', 'CI']) delete base[k];
  return { ...base, ...env };
};

/** bin/triangulate.js with pipes for stdin, stdout and stderr (none of them a terminal). */
function run(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, env: cleanEnv(opts.env), maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}

const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** A shell command line run on a pseudo-terminal (`script -qec`); returns what the terminal showed. */
function onTerminal(commandLine: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    const child = spawn('script', ['-qec', commandLine, '/dev/null'], { cwd: root, env: cleanEnv({ TERM: 'xterm', ...env }) });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.on('close', (code) => done({ code, stdout: out, stderr: '' }));
  });
}

const triangulate = (args: string[]) => ['node', sh(bin), ...args.map(sh)].join(' ');

const article = (i: number) =>
  `Harbour crane ${i} fails at Port Lenner\n\nCrane ${i} at Port Lenner stopped working on Tuesday, the harbour authority said. ` +
  `About ${20 + i} containers waited on the quay. Engineer Mara Voss said: "The motor of crane ${i} overheated after the storm and needs new parts."\n`;

beforeAll(async () => {
  ensureBuild('cli/index.js');
  root = await mkdtemp(join(tmpdir(), 'triangulate-conventions-'));
  good = join(root, 'good');
  many = join(root, 'many');
  store = join(root, 'store');
  await mkdir(good);
  await mkdir(many);
  await writeFile(join(good, 'a.txt'), article(1));
  await writeFile(join(good, 'b.txt'), article(2));
  for (let i = 0; i < 20; i++) await writeFile(join(many, `n${String(i).padStart(2, '0')}.txt`), article(i));
}, 120_000);

afterAll(() => rm(root, { recursive: true, force: true }));

describe('every export format streams to standard output with -', () => {
  it('analyze: standard output holds exactly what the file gets, nothing else', async () => {
    const files = EXPORT_FORMATS.flatMap((f) => [`--${f.option}`, join(root, `all.${f.option}`)]);
    const [all, ...each] = await Promise.all([run(['analyze', good, ...files, '--quiet']), ...EXPORT_FORMATS.map((f) => run(['analyze', good, `--${f.option}`, '-']))]);
    expect(all.code).toBe(EXIT.ok);
    for (const [i, f] of EXPORT_FORMATS.entries()) {
      expect(each[i].code, f.option).toBe(EXIT.ok);
      expect(each[i].stdout.length, f.option).toBeGreaterThan(0);
      expect(each[i].stdout, f.option).toBe(await readFile(join(root, `all.${f.option}`), 'utf8'));
    }
    expect(JSON.parse(each[0].stdout).documents).toHaveLength(2);
  }, 120_000);

  it('stops quietly when the reader closes the pipe early (| head)', () => {
    // bash with pipefail: the exit code is the CLI's, not head's
    const out = execFileSync('bash', ['-o', 'pipefail', '-c', `node ${JSON.stringify(bin)} analyze ${JSON.stringify(good)} --annotations - 2>&1 | head -c 10`], { encoding: 'utf8' });
    expect(out).toHaveLength(10);
    expect(out).not.toMatch(/EPIPE|Error/);
  }, 60_000);

  describe('report, from a case file', () => {
    let out: string[];
    let spy: MockInstance;
    let errSpy: MockInstance;
    beforeAll(async () => {
      // the case file of these tests, stored through a pipe: progress as one line per 10 %
      const ingest = await run(['ingest', many, '--db', store, '--story', 'cranes', '--threads', '0']);
      expect(ingest.code).toBe(EXIT.ok);
      const lines = ingest.stderr.split('\n').filter((l) => l.startsWith('ingest: '));
      expect(lines.map((l) => l.match(/^ingest: (\d+)% \((\d+)\/20, [\d.]+\/s/)?.slice(1, 3))).toEqual(
        [10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((p) => [String(p), String(p / 5)]),
      );
      expect(ingest.stderr).toContain('20 ok, 0 skipped, 0 failed');
    }, 180_000);
    beforeEach(() => {
      out = [];
      spy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => out.push(String(s)) > 0);
      errSpy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    });
    afterEach(() => {
      spy.mockRestore();
      errSpy.mockRestore();
    });

    it('writes each format to standard output alone, the same as to its file', async () => {
      for (const f of EXPORT_FORMATS) {
        const file = join(root, `report.${f.option}`);
        expect(await main(['node', 'triangulate', 'report', 'cranes', '--db', store, `--${f.option}`, file])).toBe(EXIT.ok);
        expect(out.join('')).toBe('');
        expect(await main(['node', 'triangulate', 'report', 'cranes', '--db', store, `--${f.option}`, '-'])).toBe(EXIT.ok);
        expect(out.join(''), f.option).toBe(await readFile(file, 'utf8'));
        out.length = 0;
      }
    }, 180_000);
  });
});

describe.skipIf(!has('script'))('progress', () => {
  it('draws a bar with rate and ETA on a terminal, and no 10 % lines', async () => {
    const tty = await onTerminal(`${triangulate(['analyze', many, '--threads', '0', '--json', join(root, 'tty.json')])} > /dev/null`);
    expect(tty.code).toBe(0);
    expect(tty.stdout).toMatch(/reading \[[=-]{24}\] \d+% \d+\/20 \| [\d.]+\/s \| ETA \d+s/);
    expect(tty.stdout).toMatch(/reading \[={24}\] 100% 20\/20/);
    expect(tty.stdout).not.toMatch(/reading: \d+%/);
    // the bar is cleared once the work is done: the last thing shown is the line naming the file written
    expect(tty.stdout.trimEnd().endsWith(`wrote ${join(root, 'tty.json')}`)).toBe(true);
  }, 60_000);

  it('writes one line per 10 % when stderr is not a terminal', async () => {
    const piped = await run(['analyze', many, '--threads', '0', '--json', join(root, 'piped.json')]);
    expect(piped.code).toBe(EXIT.ok);
    const lines = piped.stderr.split('\n').filter((l) => l.startsWith('reading'));
    expect(lines).toHaveLength(10);
    expect(lines.map((l) => Number(l.match(/^reading: (\d+)% \(\d+\/20, [\d.]+\/s(, ETA \d+s)?\)$/)?.[1]))).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(piped.stderr).not.toContain('\x1b');
  }, 60_000);

  it('shows nothing with --quiet, on a terminal or not', async () => {
    const [tty, piped] = await Promise.all([onTerminal(triangulate(['analyze', many, '--threads', '0', '--quiet'])), run(['analyze', many, '--threads', '0', '--quiet'])]);
    expect(tty.code).toBe(0);
    expect(tty.stdout).toBe('');
    expect(piped.stdout).toBe('');
    expect(piped.stderr).toBe('');
  }, 60_000);

  it('draws the bar for ingest on a terminal, then the summary', async () => {
    const tty = await onTerminal(triangulate(['ingest', good, '--db', join(root, 'tty-store'), '--threads', '0']));
    expect(tty.code).toBe(0);
    expect(tty.stdout).toMatch(/ingest \[[=-]{24}\] \d+% \d\/2 \| [\d.]+\/s \| ETA/);
    expect(tty.stdout).toContain('2 ok, 0 skipped, 0 failed');
  }, 120_000);
});

describe.skipIf(!has('script'))('colour', () => {
  const report = (env: Record<string, string> = {}, extra: string[] = []) => onTerminal(`${triangulate([...extra, 'analyze', good, '--threads', '0'])} 2>/dev/null`, env);

  it('colours the terminal report on a terminal; not with NO_COLOR, --no-color or color: false in the config file', async () => {
    const config = join(root, 'no-colour.json');
    await writeFile(config, '{"color": false}');
    const [on, noColor, flag, configured, emptyNoColor] = await Promise.all([
      report(),
      report({ NO_COLOR: '1' }),
      report({}, ['--no-color']),
      report({}, ['--config-file', config]),
      report({ NO_COLOR: '' }),
    ]);
    for (const r of [on, noColor, flag, configured, emptyNoColor]) expect(r.stdout).toContain('Documents (2)');
    expect(on.stdout).toMatch(SGR);
    expect(noColor.stdout).not.toMatch(SGR);
    expect(flag.stdout).not.toMatch(SGR);
    expect(configured.stdout).not.toMatch(SGR);
    expect(emptyNoColor.stdout).toMatch(SGR);
  }, 60_000);

  it('leaves a pipe plain, also under CI, and colours it with FORCE_COLOR', async () => {
    const [plain, ci, forced] = await Promise.all([run(['analyze', good]), run(['analyze', good], { env: { CI: 'true' } }), run(['analyze', good], { env: { FORCE_COLOR: '1' } })]);
    expect(plain.stdout).toContain('Documents (2)');
    expect(plain.stdout).not.toMatch(SGR);
    expect(ci.stdout).not.toMatch(SGR);
    expect(forced.stdout).toMatch(SGR);
  }, 60_000);
});

describe('--help and --version on every command', () => {
  let out: string[];
  let spy: MockInstance;
  beforeEach(() => {
    out = [];
    spy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => out.push(String(s)) > 0);
  });
  afterEach(() => spy.mockRestore());

  const paths = allCommands(buildProgram(() => {})).map((c) => {
    const names: string[] = [];
    for (let at: typeof c | null = c; at?.parent; at = at.parent) names.unshift(at.name());
    return names;
  });

  it('covers every command', () => {
    expect(paths.map((p) => p.join(' '))).toEqual(['', 'analyze', 'serve', 'ingest', 'status', 'stories', 'stories merge', 'stories split', 'report', 'watch', 'worker', 'tag', 'completion']);
  });

  it.each(paths.map((p) => [p.join(' ') || '(program)', p]))('%s: help with examples of the command itself, and the version', async (_label, path) => {
    expect(await main(['node', 'triangulate', ...path, '--help'])).toBe(EXIT.ok);
    const help = out.join('');
    expect(help).toMatch(/^Usage: triangulate/);
    const examples = help.slice(help.indexOf('\nExamples:\n'));
    expect(examples.length).toBeGreaterThan(12);
    for (const line of examples.trim().split('\n').slice(1)) expect(line).toMatch(new RegExp(`^  \\$ (echo .* \\| )?triangulate ${path.join(' ')}`));
    out.length = 0;
    expect(await main(['node', 'triangulate', ...path, '--version'])).toBe(EXIT.ok);
    expect(out.join('')).toBe(`${VERSION}\n`);
  });

  it('reads the version from package.json, and the report says the same', async () => {
    expect(VERSION).toBe(JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')).version);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await main(['node', 'triangulate', 'analyze', good, '--json', '-', '--threads', '0'])).toBe(EXIT.ok);
    } finally {
      err.mockRestore();
    }
    expect(JSON.parse(out.join('')).tool).toEqual({ name: 'triangulate', version: VERSION });
  }, 60_000);
});

describe('shell completion', () => {
  const program = buildProgram(() => {});

  /** What bash completes for the words typed so far (the last one is being typed), with the script loaded. */
  const complete = (words: string[]) =>
    execFileSync('bash', ['-c', `${completionScript(program, 'bash')}\nCOMP_WORDS=(${words.map(sh).join(' ')}); COMP_CWORD=${words.length - 1}; _triangulate_completion; printf '%s\\n' "\${COMPREPLY[@]}"`], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);

  it('bash completes command names, subcommands, options and the shells', () => {
    expect(complete(['triangulate', 'ana'])).toEqual(['analyze']);
    expect(complete(['triangulate', 'st'])).toEqual(['status', 'stories']);
    expect(complete(['triangulate', '--no-color', 'ing'])).toEqual(['ingest']);
    expect(complete(['triangulate', 'stories', 'me'])).toEqual(['merge']);
    expect(complete(['triangulate', 'analyze', '--js'])).toEqual(['--json', '--jsonl']);
    expect(complete(['triangulate', 'stories', 'split', '--d'])).toEqual(['--docs', '--db']);
    expect(complete(['triangulate', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
    // an option's value is a file name
    expect(complete(['triangulate', 'analyze', '--json', 'goo'])).toEqual(['good']);
  });

  it('prints the script from the command line, one for each shell', async () => {
    const [bash, bad] = await Promise.all([run(['completion', 'bash']), run(['completion', 'tcsh'])]);
    expect(bash.stdout).toBe(completionScript(program, 'bash'));
    expect(completionScript(program, 'zsh')).toMatch(/^#compdef triangulate\n/);
    for (const shell of ['zsh', 'fish'] as const) for (const name of ['analyze', 'ingest', 'merge', 'completion', 'json', 'config-file']) expect(completionScript(program, shell)).toContain(name);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toMatch(/Allowed choices are bash, zsh, fish/);
  }, 60_000);

  it.skipIf(!has('zsh'))('zsh reads the zsh script and completes with it in an interactive shell', async () => {
    execFileSync('zsh', ['-n', '-c', completionScript(program, 'zsh')]);
    const dir = await mkdtemp(join(tmpdir(), 'triangulate-zsh-'));
    const script = join(dir, '_triangulate');
    await writeFile(script, completionScript(program, 'zsh'));
    // test/fixtures/zsh/complete.zsh types the line and a tab into zsh on a pseudo-terminal and prints what is offered
    const driver = join(import.meta.dirname, '../../test/fixtures/zsh/complete.zsh');
    const completions = (line: string) =>
      execFileSync('zsh', ['-f', driver, script, line], { encoding: 'utf8', timeout: 20_000, cwd: dir })
        .split('\n')
        .filter(Boolean)
        .sort();
    try {
      expect(completions('triangulate ana')).toEqual(['analyze']);
      expect(completions('triangulate st')).toEqual(['status', 'stories']);
      expect(completions('triangulate stories m')).toEqual(['merge']);
      expect(completions('triangulate analyze --js')).toEqual(['--json', '--jsonl']);
      expect(completions('triangulate completion ')).toEqual(['bash', 'fish', 'zsh']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it.skipIf(!has('fish'))('fish completes with the fish script', () => {
    const completions = (line: string) =>
      execFileSync('fish', ['-c', `${completionScript(program, 'fish')}\ncomplete -C ${sh(line)}`], { encoding: 'utf8' })
        .split('\n')
        .map((l) => l.split('\t')[0])
        .filter(Boolean);
    expect(completions('triangulate ana')).toEqual(['analyze']);
    expect(completions('triangulate stories m')).toEqual(['merge']);
    expect(completions('triangulate completion ')).toEqual(['bash', 'fish', 'zsh']);
  });
});

describe('the config file', () => {
  let project: string;
  let deep: string;
  beforeAll(async () => {
    project = join(root, 'project');
    deep = join(project, 'sub', 'dir');
    await mkdir(deep, { recursive: true });
  });
  const config = (settings: object, name = 'triangulate.config.json') => writeFile(join(project, name), JSON.stringify(settings));

  it('is found from the current folder upwards and gives defaults: quiet', async () => {
    await config({ quiet: true, threads: 0 });
    const quiet = await run(['analyze', good], { cwd: deep });
    expect(quiet.code).toBe(EXIT.ok);
    expect(quiet.stdout).toBe('');
    const elsewhere = await run(['analyze', good]);
    expect(elsewhere.stdout).toContain('Documents (2)');
  }, 60_000);

  it('names the pipeline components (a file or a list), and analyze --config beats it', async () => {
    await config({ components: join(fixtures, 'bad-order.json') });
    const bad = await run(['analyze', good, '--quiet'], { cwd: deep });
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toContain('bad-order.json: component "speakers" reads "quotes"');
    const flag = await run(['analyze', good, '--quiet', '--config', join(fixtures, 'pipeline.json'), '--json', '-'], { cwd: deep });
    expect(flag.code).toBe(EXIT.ok);
    await config({ components: [join(fixtures, 'quotes.mjs')] });
    const inline = await run(['analyze', good, '--json', '-'], { cwd: deep });
    expect(inline.code).toBe(EXIT.ok);
    for (const r of [flag, inline]) expect(JSON.parse(r.stdout).documents.some((d: { layers?: { quotes?: unknown[] } }) => d.layers?.quotes?.length)).toBe(true);
  }, 120_000);

  it('gives the store; --db and DATABASE_URL beat it', async () => {
    await config({ db: store });
    const empty = join(root, 'empty-store');
    const [fromConfig, fromFlag] = [await run(['stories'], { cwd: deep }), await run(['stories', '--db', empty], { cwd: deep })];
    const fromEnv = await run(['stories'], { cwd: deep, env: { DATABASE_URL: empty } });
    expect(fromConfig.stdout).toMatch(/^cranes\t20 documents/);
    expect(fromFlag.stdout).toBe('no stories yet\n');
    expect(fromEnv.stdout).toBe('no stories yet\n');
  }, 180_000);

  it('stops with exit 2 and names the file and the bad key', async () => {
    await config({ threads: '4' });
    const file = join(project, 'triangulate.config.json');
    const badValue = await run(['analyze', good], { cwd: deep });
    expect(badValue.code).toBe(EXIT.usage);
    expect(badValue.stderr).toBe(`error: ${file}: key "threads" must be a whole number of worker threads from 0 to 256\n`);
    await config({ qiet: true });
    const unknown = await run(['analyze', good], { cwd: deep });
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.stderr).toContain(`${file}: unknown key "qiet"`);
    const missing = await run(['--config-file', join(root, 'nope.json'), 'analyze', good]);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.stderr).toContain(`${join(root, 'nope.json')}: cannot read the config file: no such file`);
  }, 60_000);
});
