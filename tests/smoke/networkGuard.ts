import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

/**
 * Records every attempt to open a network connection or resolve a name, and stops it. The
 * smoke test installs this before loading the app, so any module that reaches for the network
 * is caught, whatever library it goes through. Unix-domain sockets (D-Bus) are local IPC, not
 * network: they are listed apart and also stopped, so the test stays self-contained.
 */
export const networkAttempts: string[] = [];
export const localSocketAttempts: string[] = [];

const refuse = (what: string) => () => {
  networkAttempts.push(what);
  throw new Error(`network access refused in the smoke test: ${what}`);
};

/** A connect call to a filesystem path (a Unix socket) rather than a host and port. */
const socketPath = (args: unknown[]): string | null => {
  const [first] = args;
  if (typeof first === 'string' && Number.isNaN(Number(first))) return first;
  if (typeof first === 'object' && first !== null && 'path' in first && typeof first.path === 'string') return first.path;
  return null;
};

const refuseUnlessLocal = (what: string) =>
  function (...args: unknown[]): never {
    const path = socketPath(args);
    if (path === null) return refuse(what)();
    localSocketAttempts.push(path);
    throw new Error(`local sockets are not used in the smoke test: ${path}`);
  };

export function guardNetwork(): void {
  net.Socket.prototype.connect = refuseUnlessLocal('net.Socket.connect') as never;
  net.connect = refuseUnlessLocal('net.connect') as never;
  net.createConnection = refuseUnlessLocal('net.createConnection') as never;
  tls.connect = refuse('tls.connect') as never;
  http.request = refuse('http.request') as never;
  http.get = refuse('http.get') as never;
  https.request = refuse('https.request') as never;
  https.get = refuse('https.get') as never;
  dns.lookup = refuse('dns.lookup') as never;
  dns.resolve = refuse('dns.resolve') as never;
  globalThis.fetch = refuse('fetch') as never;
}
