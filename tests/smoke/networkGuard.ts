import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

/**
 * Records every attempt to open a network connection or resolve a name, and stops it. The
 * smoke test installs this before loading the app, so any module that reaches for the network
 * is caught, whatever library it goes through.
 */
export const networkAttempts: string[] = [];

const refuse = (what: string) => () => {
  networkAttempts.push(what);
  throw new Error(`network access refused in the smoke test: ${what}`);
};

export function guardNetwork(): void {
  net.Socket.prototype.connect = refuse('net.Socket.connect') as never;
  net.connect = refuse('net.connect') as never;
  net.createConnection = refuse('net.createConnection') as never;
  tls.connect = refuse('tls.connect') as never;
  http.request = refuse('http.request') as never;
  http.get = refuse('http.get') as never;
  https.request = refuse('https.request') as never;
  https.get = refuse('https.get') as never;
  dns.lookup = refuse('dns.lookup') as never;
  dns.resolve = refuse('dns.resolve') as never;
  globalThis.fetch = refuse('fetch') as never;
}
