import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { type AppOptions, createApp } from './app.js';
import securityHeaders from './data/security-headers.json' with { type: 'json' };
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

const plain = (status: number, text: string) => new Response(`${text}\n`, { status, headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' } });

// a request too malformed to reach the app (bad Host header, bad URL): a short 400, with the security headers
const rejected = () => plain(400, 'bad request');

// a request Node cannot even parse (bad HTTP, headers too large): answered on the socket, with the same headers
function clientError(err: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) return void socket.destroy();
  const [status, reason] = err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : [400, 'Bad Request'];
  const headers = Object.entries({ ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close', 'Content-Length': String(reason.length + 1) });
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${headers.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${reason.toLowerCase()}\n`);
}

/** Starts the workbench on host:port; resolves once it listens. */
export function startServer(source: CaseSource, opts: ServeOptions): Promise<RunningServer> {
  const app = createApp(source, { boundHost: opts.host, ...opts });
  const server: Server = createServer(getRequestListener(app.fetch, { hostname: opts.host, errorHandler: rejected }));
  server.on('clientError', clientError);
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(opts.port, opts.host, () => {
      const info = server.address();
      if (!info || typeof info === 'string') return fail(new Error('the server has no address'));
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      done({
        url: `http://${host}:${info.port}/`,
        close: () =>
          new Promise((ok) => {
            server.close(() => ok());
            // browsers keep connections alive; close them so shutdown does not wait for their timeout
            server.closeAllConnections();
          }),
      });
    });
  });
}
