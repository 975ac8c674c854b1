import { call, type DbusBus } from '../../power/linux/dbusBus';

/** A service on the session bus answers in milliseconds; a second means it is stuck or gone. */
export const DBUS_CALL_TIMEOUT_MS = 1_000;
/**
 * The NO_AUTO_START header flag (D-Bus specification, "Message Format"): ask a service only if it
 * is already running. Without it, asking about a notification server or a power manager that the
 * desktop does not use would start one.
 */
const NO_AUTO_START = 0x2;
/** Variants inside variants (the portal's old `Read` wraps its answer twice); more is not an answer. */
const MAX_VARIANT_DEPTH = 4;

export interface DbusQuery {
  readonly destination: string;
  readonly path: string;
  readonly interface: string;
  readonly member: string;
  readonly signature?: string;
  readonly body?: readonly unknown[];
}

export interface AskOptions {
  readonly timeoutMs: number;
  /** Let the bus start the service if it is not running (for services meant to be started on demand). */
  readonly autoStart?: boolean;
}

/** Calls a method; rejects on an error reply, a missing service, or no answer within the timeout. */
export function ask(bus: DbusBus, query: DbusQuery, options: AskOptions): Promise<unknown> {
  const { body, ...header } = query;
  const message: Record<string, unknown> = body === undefined ? { ...header } : { ...header, body: [...body] };
  if (options.autoStart !== true) message.flags = NO_AUTO_START;
  return call(bus, message, options.timeoutMs);
}

export function readProperty(bus: DbusBus, target: Omit<DbusQuery, 'member' | 'signature' | 'body'>, name: string, options: AskOptions): Promise<unknown> {
  return ask(
    bus,
    { destination: target.destination, path: target.path, interface: 'org.freedesktop.DBus.Properties', member: 'Get', signature: 'ss', body: [target.interface, name] },
    options,
  ).then(variantValue);
}

/** dbus-native hands a variant over as `[[{ type, child }], [value]]`. */
const isVariant = (value: unknown): value is [unknown[], [unknown]] =>
  Array.isArray(value) &&
  value.length === 2 &&
  Array.isArray(value[0]) &&
  value[0].length === 1 &&
  typeof (value[0][0] as { type?: unknown } | undefined)?.type === 'string' &&
  Array.isArray(value[1]) &&
  value[1].length === 1;

/** The value inside a variant, however many variants wrap it. */
export function variantValue(value: unknown): unknown {
  let inner = value;
  for (let depth = 0; depth < MAX_VARIANT_DEPTH && isVariant(inner); depth += 1) inner = inner[1][0];
  if (isVariant(inner)) throw new Error(`a variant nested more than ${MAX_VARIANT_DEPTH} deep`);
  return inner;
}

export function expectBoolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw new Error(`${what} answered ${JSON.stringify(value) ?? String(value)}, not a boolean`);
  return value;
}

export function expectString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`${what} answered ${JSON.stringify(value) ?? String(value)}, not a string`);
  return value;
}
