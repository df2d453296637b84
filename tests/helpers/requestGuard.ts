// Records every network request the current process makes, through Node's diagnostic channels:
// each request of fetch/undici ('undici:request:create', with its origin and path) and each TCP
// client socket that connects ('net.client.socket', whatever library opened it). The veille tests
// assert that none is made with fetching off, and only to the loopback hosts named as sources
// with it on.
import dc from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

export interface RequestGuard {
  /** 'http://127.0.0.1:5301/rss.xml' for each fetch request, in order. */
  readonly requests: string[];
  /** 'host:port' of each TCP connection opened. */
  readonly connections: string[];
  reset(): void;
  dispose(): void;
}

export function installRequestGuard(): RequestGuard {
  const requests: string[] = [];
  const connections: string[] = [];
  const onRequest = (msg: unknown) => {
    const { request } = msg as { request: { origin: string | URL; path: string } };
    requests.push(`${String(request.origin)}${request.path}`);
  };
  const onSocket = (msg: unknown) => {
    const { socket } = msg as { socket: Socket };
    socket.once('connect', () => connections.push(`${socket.remoteAddress}:${socket.remotePort}`));
  };
  dc.subscribe('undici:request:create', onRequest);
  dc.subscribe('net.client.socket', onSocket);
  return {
    requests,
    connections,
    reset() {
      requests.length = 0;
      connections.length = 0;
    },
    dispose() {
      dc.unsubscribe('undici:request:create', onRequest);
      dc.unsubscribe('net.client.socket', onSocket);
    },
  };
}
