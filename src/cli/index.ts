import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { analyzePathsParallel } from '../parallel/index.js';
import { ComponentError, loadComponents } from '../components/index.js';
import { analyzePaths } from '../pipeline.js';
import { registerCaseFileCommands } from './casefile.js';
import { formatError } from '../text/errors.js';
import { registerServe } from './serve.js';
import { registerTag } from './tag.js';
import { buildReport, renderTerminal, safe } from '../report/index.js';
import { addExportOptions, type ExportOptions, exportsToStdout, writeExports } from './exports.js';

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

function threadCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 256) throw new InvalidArgumentError('threads is a whole number from 0 to 256');
  return n;
}

async function runAnalyze(paths: string[], opts: AnalyzeOptions): Promise<number> {
  const tty = process.stderr.isTTY;
  const onFile = (path: string, i: number, total: number) => {
    if (tty) process.stderr.write(`\rreading ${i + 1}/${total} ${safe(path).slice(-60).padEnd(60)}`);
  };
  let components: Awaited<ReturnType<typeof loadComponents>> = [];
  try {
    components = opts.config ? await loadComponents(opts.config) : [];
  } catch (err) {
    if (!(err instanceof ComponentError)) throw err;
    process.stderr.write(`error: ${safe(err.message)}\n`);
    return EXIT.usage;
  }
  const analysis =
    opts.threads === 0
      ? await analyzePaths(paths, { onFile, components })
      : await analyzePathsParallel(paths, { threads: opts.threads, onFile, components, minFiles: opts.threads === undefined ? PARALLEL_FROM_FILES : 0 });
  if (tty) process.stderr.write('\r\x1b[K');
  // every message names its file already
  for (const m of analysis.messages) if (m.severity !== 'info') process.stderr.write(`${m.severity}: ${safe(m.message)}\n`);
  if (!analysis.documents.length) {
    process.stderr.write(`error: no readable articles in ${paths.join(', ')}\n`);
    return EXIT.failed;
  }
  const report = buildReport(analysis);
  const written = await writeExports(report, opts, `triangulate report: ${paths.join(', ')}`);
  if (!opts.quiet && !exportsToStdout(opts)) process.stdout.write(renderTerminal(report, { entities: opts.entities }));
  if (written.length) process.stderr.write(`wrote ${written.join(', ')}\n`);
  const read = new Set(analysis.documents.map((d) => d.path));
  const skipped = analysis.messages.some((m) => m.severity !== 'info' && !read.has(m.file));
  return skipped ? EXIT.skipped : EXIT.ok;
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('triangulate')
    .description('Cross-check many news reports of one story: entities, claims, corroboration and contradictions, with evidence.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  addExportOptions(
    program
      .command('analyze')
      .description('read articles (text or HTML files, folders) and report what holds up and what conflicts')
      .argument('<paths...>', 'files or folders of articles'),
  )
    .option('-q, --quiet', 'no terminal report')
    .option('--no-entities', 'leave the entity list out of the terminal report')
    .option('--config <file>', 'a pipeline configuration (JSON) naming extra components to run on each document (see README)')
    .option('--threads <n>', `worker threads for reading and annotating; 0 = none (default: every core, from ${PARALLEL_FROM_FILES} files)`, threadCount)
    .action(async (paths: string[], opts: AnalyzeOptions) => setExit(await runAnalyze(paths, opts)));
  registerServe(program, setExit);
  registerCaseFileCommands(program, setExit);
  registerTag(program, setExit);
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
    process.stderr.write(`error: ${formatError(err)}\n`);
    return EXIT.failed;
  }
}
