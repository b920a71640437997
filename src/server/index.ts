import { type ServerType, serve } from '@hono/node-server';
import { type AppOptions, createApp } from './app.js';
import type { CaseSource } from './source.js';

export { type AppOptions, createApp, DEFAULT_WEB_ROOT } from './app.js';
export { openapi } from './openapi.js';
export { analysisSource, type CaseSource, type StorySummary } from './source.js';

export interface ServeOptions extends AppOptions {
  /** 0 picks a free port */
  port: number;
  host: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the workbench on host:port; resolves once it listens. */
export function startServer(source: CaseSource, opts: ServeOptions): Promise<RunningServer> {
  const app = createApp(source, opts);
  return new Promise((done, fail) => {
    let server: ServerType | null = null;
    server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      done({ url: `http://${host}:${info.port}/`, close: () =>
          new Promise((ok) => {
            server?.close(() => ok());
            // browsers keep connections alive; close them so shutdown does not wait for their timeout
            if (server && 'closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', fail);
  });
}
