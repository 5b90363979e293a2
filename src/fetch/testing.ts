/**
 * A local HTTP server for fetch tests: routes answer from a table, every request is
 * recorded, and the server listens on 127.0.0.1 only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FetchPolicy } from './fetch.js';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  url: (path: string) => string;
  port: number;
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  close: () => Promise<void>;
}

export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path: req.url ?? '/', headers: req.headers });
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A policy that lets the test server (and only it) through the private-address check. */
export function testPolicy(server: Pick<TestServer, 'port'>, overrides: Partial<FetchPolicy> = {}): FetchPolicy {
  return {
    maxBytes: 1024 * 1024,
    timeoutMs: 5_000,
    allowPrivate: false,
    userAgent: 'corroborate-test',
    exempt: (address, port) => address === '127.0.0.1' && (port === null || port === server.port),
    ...overrides,
  };
}
