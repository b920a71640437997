import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One real HTTP/1.1 request with exactly the headers given (Host included), to a server on 127.0.0.1. */
export function rawGet(url: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  const { port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: Number(port), path, method, headers, setHost: !('Host' in headers || 'host' in headers) }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}
