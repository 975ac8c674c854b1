import * as dbusNative from '@homebridge/dbus-native';

/** The library's own typings cover little of it; this is the part used here. */
const client = dbusNative as unknown as { sessionBus(options: { busAddress: string }): unknown };

/** A D-Bus message as the client library hands it over. */
export interface DbusMessage {
  readonly type: number;
  readonly path?: string;
  readonly interface?: string;
  readonly member?: string;
  readonly body?: unknown[];
}

/** The part of a bus connection Breakwise uses (the pure-JavaScript @homebridge/dbus-native client). */
export interface DbusBus {
  addMatch(rule: string, callback: (error: unknown) => void): void;
  invoke(message: Record<string, unknown>, callback: (error: unknown, value: unknown) => void): void;
  readonly connection: {
    on(event: 'message', listener: (message: DbusMessage) => void): void;
    on(event: 'error', listener: (error: Error) => void): void;
    end(): void;
  };
}

/** Message type 4 is a signal (D-Bus specification, "Message Types"). */
export const SIGNAL_MESSAGE = 4;

/** Connects to the bus at a D-Bus address such as `unix:path=/run/user/1000/bus`. */
export function openBus(address: string): DbusBus {
  return client.sessionBus({ busAddress: address }) as DbusBus;
}

/** Calls a method and waits for its answer, giving up after `timeoutMs`. */
export function call(bus: DbusBus, message: Record<string, unknown>, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from ${String(message.destination)} within ${timeoutMs} ms`)), timeoutMs);
    bus.invoke(message, (error, value) => {
      clearTimeout(timer);
      if (error === undefined || error === null) resolve(value);
      else reject(new Error(describe(error)));
    });
  });
}

const describe = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : String(error);
