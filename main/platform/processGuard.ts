import type { Cancel } from '../core/ports';

/** The part of Node's `process` the guard listens on. */
export interface ProcessEvents {
  on(event: string, listener: (reason: unknown) => void): unknown;
  removeListener(event: string, listener: (reason: unknown) => void): unknown;
}

export interface ProcessGuardPorts {
  readonly log: (message: string) => void;
  readonly after: (delayMs: number, callback: () => void) => Cancel;
  /**
   * Brings the engine back in step (a fresh sample, which plans its next wake-up again): an
   * error thrown while effects were delivered may have cut the plan short.
   */
  readonly resync: () => void;
}

/** Errors that come in a burst share one resync, a moment later rather than inside the failing call. */
export const RESYNC_DELAY_MS = 1_000;
/** A resync that fails is tried again later and later, up to once a minute. */
export const RESYNC_MAX_DELAY_MS = 60_000;

const describe = (reason: unknown): string => (reason instanceof Error ? (reason.stack ?? `${reason.name}: ${reason.message}`) : String(reason));

/**
 * A listener that throws in the main process (a window gone, a tray call failing) must not end
 * Breakwise or leave it silent: an uncaught exception or an unhandled rejection is logged instead
 * of Electron's error dialog, and the engine is resynced. Returns the function that stops guarding.
 */
export function guardProcess(process: ProcessEvents, ports: ProcessGuardPorts): () => void {
  let pending: Cancel | null = null;
  let delayMs = RESYNC_DELAY_MS;
  const resyncSoon = (): void => {
    pending ??= ports.after(delayMs, () => {
      pending = null;
      try {
        ports.resync();
        delayMs = RESYNC_DELAY_MS;
      } catch (error) {
        delayMs = Math.min(delayMs * 2, RESYNC_MAX_DELAY_MS);
        ports.log(`resync after an error failed, trying again in ${delayMs / 1000} s: ${describe(error)}`);
        resyncSoon();
      }
    });
  };
  const onException = (error: unknown): void => {
    ports.log(`uncaught exception: ${describe(error)}`);
    resyncSoon();
  };
  const onRejection = (reason: unknown): void => {
    ports.log(`unhandled rejection: ${describe(reason)}`);
    resyncSoon();
  };
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.removeListener('uncaughtException', onException);
    process.removeListener('unhandledRejection', onRejection);
    pending?.();
    pending = null;
  };
}
