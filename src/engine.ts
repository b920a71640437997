import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

/**
 * The JavaScript engine settings the pipeline runs best with, for the process that runs it (the command line, the bench,
 * the eval); worker threads share them. The annotators are made of a few hundred regular expressions, many of them
 * large alternations. By default V8 first interprets a regular expression and compiles it to machine code after its
 * first use, and throws the machine code away again when the expression looks unused; on a run of many documents it then
 * keeps interpreting and recompiling them, which made whole runs take up to twice as long, by chance, from one run to
 * the next. Compiling each expression to machine code once, at its first use, makes a run both faster and steady.
 * Takes effect for expressions not yet run, so call it before the pipeline's modules are used. V8's flags are the
 * process's, shared by its threads, and changing them while another thread runs JavaScript crashes V8: so it is set from
 * the main thread only, before any worker thread starts, and is a no-op inside a worker thread.
 */
export const ENGINE_FLAGS = ['--no-regexp-tier-up'] as const;

export function tuneEngine(): void {
  if (!isMainThread) return;
  for (const flag of ENGINE_FLAGS) setFlagsFromString(flag);
}
