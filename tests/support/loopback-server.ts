/** Starts a fake's HTTP server on an ephemeral 127.0.0.1 port, as every local fake in the tests does. */
import type http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackServer {
  baseUrl: string;
  /** Drops open connections (keep-alive, streams left hanging) so that closing never waits on a client. */
  close(): Promise<void>;
}

export async function listenOnLoopback(server: http.Server): Promise<LoopbackServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
