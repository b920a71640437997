import { Argument, Command, CommanderError } from 'commander';
import { analyzePathsParallel } from '../parallel/index.js';
import { ComponentError, loadComponents } from '../components/index.js';
import { analyzePaths } from '../pipeline.js';
import { registerCaseFileCommands } from './casefile.js';
import { formatError } from '../text/errors.js';
import { registerServe } from './serve.js';
import { registerTag } from './tag.js';
import { buildReport, renderTerminal, safe } from '../report/index.js';
import { addExportOptions, type ExportOptions, exportsToStdout, writeExports } from './exports.js';
import { VERSION } from '../version.js';
import { type ColorPrefs, colorsFor } from './color.js';
import { completionScript, SHELLS, type Shell } from './completion.js';
import { type CliConfig, ConfigError, loadConfig } from './config.js';
import { addConventions } from './help.js';
import { threadCount } from './options.js';
import { createMeter } from './progress.js';

/** Exit codes: documented in the README. */
export const EXIT = { ok: 0, failed: 1, usage: 2, skipped: 3 } as const;

interface AnalyzeOptions extends ExportOptions {
  quiet?: boolean;
  entities: boolean;
  threads?: number;
  config?: string;
}

// below this many files, starting worker threads costs more than it saves
const PARALLEL_FROM_FILES = 200;

/** What every command may read beside its own options: the config file's defaults and the colour wishes. */
export interface CliContext {
  config: CliConfig;
  colors(): ColorPrefs;
}


async function runAnalyze(paths: string[], opts: AnalyzeOptions, ctx: CliContext): Promise<number> {
  let components: Awaited<ReturnType<typeof loadComponents>> = [];
  try {
    components = opts.config ? await loadComponents(opts.config) : [];
  } catch (err) {
    if (!(err instanceof ComponentError)) throw err;
    process.stderr.write(`error: ${safe(err.message)}\n`);
    return EXIT.usage;
  }
  const meter = createMeter('reading', { quiet: opts.quiet });
  const onFile = (path: string, _i: number, total: number) => {
    meter.setTotal(total);
    meter.tick(path);
  };
  let complete = false;
  let analysis: Awaited<ReturnType<typeof analyzePaths>>;
  try {
    analysis =
      opts.threads === 0
        ? await analyzePaths(paths, { onFile, components })
        : await analyzePathsParallel(paths, { threads: opts.threads, onFile, components, minFiles: opts.threads === undefined ? PARALLEL_FROM_FILES : 0 });
    complete = true;
  } finally {
    meter.stop(complete);
  }
  // every message names its file already
  for (const m of analysis.messages) if (m.severity !== 'info') process.stderr.write(`${m.severity}: ${safe(m.message)}\n`);
  if (!analysis.documents.length) {
    process.stderr.write(`error: no readable articles in ${paths.join(', ')}\n`);
    return EXIT.failed;
  }
  const report = buildReport(analysis);
  const written = await writeExports(report, opts, `triangulate report: ${paths.join(', ')}`);
  if (!opts.quiet && !exportsToStdout(opts)) process.stdout.write(renderTerminal(report, { entities: opts.entities, colors: colorsFor(process.stdout, ctx.colors()) }));
  if (written.length) process.stderr.write(`wrote ${written.join(', ')}\n`);
  const read = new Set(analysis.documents.map((d) => d.path));
  const skipped = analysis.messages.some((m) => m.severity !== 'info' && !read.has(m.file));
  return skipped ? EXIT.skipped : EXIT.ok;
}

/**
 * Sets the config file's defaults on the command about to run, where the command line gave none (commander's 'config'
 * source). DATABASE_URL, when set, beats the file's `db` as it beats the built-in default.
 */
function applyConfig(command: Command, config: CliConfig, env: NodeJS.ProcessEnv = process.env): void {
  const has = (name: string) => command.options.some((o) => o.attributeName() === name);
  const set = (name: string, value: unknown) => {
    if (value === undefined || !has(name)) return;
    const source = command.getOptionValueSource(name);
    if (source === undefined || source === 'default') command.setOptionValueWithSource(name, value, 'config');
  };
  if (!env.DATABASE_URL) set('db', config.db);
  set('threads', config.threads);
  set('quiet', config.quiet);
  // analyze --config names a pipeline configuration file: the config file's `components` is its default
  if (command.name() === 'analyze') set('config', config.components);
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('triangulate')
    .description('Cross-check many news reports of one story: entities, claims, corroboration and contradictions, with evidence.')
    .version(VERSION, '-V, --version', 'output the version number')
    .option('--config-file <file>', 'read defaults from this file instead of the first triangulate.config.json or .triangulaterc found from here upwards')
    .option('--color', 'colour the terminal report even when not on a terminal')
    .option('--no-color', 'never colour (as NO_COLOR=1 does)')
    .exitOverride()
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const ctx: CliContext = { config: { file: null }, colors: () => ({ flag: program.opts<{ color?: boolean }>().color, config: ctx.config.color }) };
  program.hook('preAction', async (_program, command) => {
    ctx.config = await loadConfig(program.opts<{ configFile?: string }>().configFile);
    applyConfig(command, ctx.config);
  });
  addExportOptions(
    program
      .command('analyze')
      .description('read articles (text or HTML files, folders) and report what holds up and what conflicts')
      .argument('<paths...>', 'files or folders of articles'),
  )
    .option('-q, --quiet', 'no terminal report, no progress')
    .option('--no-entities', 'leave the entity list out of the terminal report')
    .option('--config <file>', 'a pipeline configuration (JSON) naming extra components to run on each document (see README)')
    .option('--threads <n>', `worker threads for reading and annotating; 0 = none (default: every core, from ${PARALLEL_FROM_FILES} files)`, threadCount)
    .action(async (paths: string[], opts: AnalyzeOptions) => setExit(await runAnalyze(paths, opts, ctx)));
  registerServe(program, setExit);
  registerCaseFileCommands(program, setExit);
  registerTag(program, setExit);
  program
    .command('completion')
    .description('print a shell completion script for bash, zsh or fish (see README: Command line)')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .action((shell: Shell) => {
      process.stdout.write(completionScript(program, shell));
      setExit(EXIT.ok);
    });
  addConventions(program, VERSION);
  return program;
}

/** Entry point: returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (err instanceof ConfigError) {
      process.stderr.write(`error: ${safe(err.message)}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`error: ${formatError(err)}\n`);
    return EXIT.failed;
  }
}
