import { BUSY_REASONS, type BusyReason, type BusySource, type ImmediateBusySource } from '../core/busy';

/** Whether this machine can answer a signal at all: `works` even when it answers "not busy". */
export type SignalAvailability = 'works' | 'unavailable';
export type BusyProbe = Readonly<Record<BusyReason, SignalAvailability>>;

/**
 * Reads every signal once and says which of them this machine can read, for the settings
 * window's list of meeting signals ("Camera in use — not available on this computer"). A signal
 * the source reports as unknown is unavailable; one it reads, busy or not, works. Never rejects.
 * Call it when the settings window opens, not on a timer: each call is one full read.
 */
export async function probeBusySignals(source: BusySource | ImmediateBusySource | undefined): Promise<BusyProbe> {
  const reading = await Promise.resolve()
    .then(() => source?.read(BUSY_REASONS) ?? { reasons: [], unknown: BUSY_REASONS })
    .catch(() => ({ reasons: [], unknown: BUSY_REASONS }));
  return Object.fromEntries(BUSY_REASONS.map((signal) => [signal, reading.unknown.includes(signal) ? 'unavailable' : 'works'])) as Record<
    BusyReason,
    SignalAvailability
  >;
}
