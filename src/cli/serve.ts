import { type Command, InvalidArgumentError } from 'commander';
import { analysisSource, startServer } from '../server/index.js';

interface ServeOptions {
  port: number;
  host: string;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return n;
}

/** Registers `triangulate serve [PATH...]`: analyses the paths in memory and serves the workbench until interrupted. */
export function registerServe(program: Command, setExit: (code: number) => void): Command {
  return program
    .command('serve')
    .description('open the analyst workbench in the browser: stories, conflicts, claims, entities, graph, timeline, map')
    .argument('[paths...]', 'files or folders of articles, analysed in memory')
    .option('--port <port>', 'port to listen on (0: any free port)', port, 4173)
    .option('--host <host>', 'address to bind; anything but 127.0.0.1 exposes the workbench to the network', '127.0.0.1')
    .action(async (paths: string[], opts: ServeOptions) => {
      if (!paths.length) {
        process.stderr.write('error: give files or folders of articles to serve\n');
        return setExit(2);
      }
      const source = analysisSource(paths);
      const [story] = await source.stories();
      if (!story.documents) {
        process.stderr.write(`error: no readable articles in ${paths.join(', ')}\n`);
        return setExit(1);
      }
      const server = await startServer(source, opts).catch((err: Error) => {
        process.stderr.write(`error: cannot listen on ${opts.host}:${opts.port}: ${err.message}\n`);
        return null;
      });
      if (!server) return setExit(1);
      process.stdout.write(`triangulate workbench: ${story.name}, ${story.documents} documents, ${story.conflicts} conflicts\n${server.url}\n(Ctrl+C to stop)\n`);
      await new Promise<void>((done) => {
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done());
      });
      await server.close();
      setExit(0);
    });
}
