import { type Command, InvalidArgumentError } from 'commander';
import { caseFileSource } from '../casefile/source.js';
import { analysisSource, type CaseSource, startServer } from '../server/index.js';
import { openStore, type Store, storeTarget } from '../store/index.js';
import { formatError } from '../text/errors.js';

interface ServeOptions {
  port: number;
  host: string;
  db?: string;
  allowedHost: string[];
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return n;
}

/** Registers `triangulate serve [PATH...] [--db …]`: serves the case file (or the paths, analysed in memory) until interrupted. */
export function registerServe(program: Command, setExit: (code: number) => void): Command {
  return program
    .command('serve')
    .description('open the analyst workbench in the browser: stories, conflicts, claims, entities, graph, timeline, map')
    .argument('[paths...]', 'files or folders of articles, analysed in memory instead of reading the case file')
    .option('--db <dir|url>', 'case file: a folder (embedded) or postgres:// URL; default $DATABASE_URL, else .triangulate/')
    .option('--port <port>', 'port to listen on (0: any free port)', port, 4173)
    .option('--host <host>', 'address to bind; anything but 127.0.0.1 exposes the workbench to the network', '127.0.0.1')
    .option('--allowed-host <name>', 'also answer requests addressed to this host name (repeatable); others get 421', (v: string, all: string[]) => [...all, v], [] as string[])
    .action(async (paths: string[], opts: ServeOptions) => {
      let store: Store | null = null;
      let source: CaseSource;
      if (paths.length) source = analysisSource(paths);
      else {
        store = await openStore(storeTarget(opts.db)).catch((err: unknown) => {
          process.stderr.write(`error: cannot open the case file ${storeTarget(opts.db)}: ${formatError(err)}\n`);
          return null;
        });
        if (!store) return setExit(1);
        source = caseFileSource(store);
      }
      const stories = await source.stories();
      if (!stories.some((s) => s.documents)) {
        process.stderr.write(paths.length ? `error: no readable articles in ${paths.join(', ')}\n` : 'error: the case file has no stories yet: run `triangulate ingest PATH` first\n');
        await store?.close();
        return setExit(1);
      }
      const server = await startServer(source, { port: opts.port, host: opts.host, allowedHosts: opts.allowedHost }).catch((err: unknown) => {
        process.stderr.write(`error: cannot listen on ${opts.host}:${opts.port}: ${formatError(err)}\n`);
        return null;
      });
      if (!server) {
        await store?.close();
        return setExit(1);
      }
      const summary = stories.map((s) => `${s.name}: ${s.documents} documents, ${s.conflicts} conflicts`).join('\n');
      process.stdout.write(`triangulate workbench\n${summary}\n${server.url}\n(Ctrl+C to stop)\n`);
      await new Promise<void>((done) => {
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done());
      });
      await server.close();
      await store?.close();
      setExit(0);
    });
}
