import { breakSettings, type BreakKind, type Settings } from '../settings';
import { minutesToMs } from '../time';
import { clockFor, type SittingClocks } from './clocks';
import type { PendingBreak } from './state';

export interface DueBreak {
  readonly kind: BreakKind;
  /** Sitting time until it is due; zero or less means it is due now. */
  readonly remainingMs: number;
}

function remainingFor(settings: Settings, clocks: SittingClocks, kind: BreakKind): number | null {
  if (!breakSettings(settings, kind).enabled) return null;
  return minutesToMs(breakSettings(settings, kind).everyMinutes) - clockFor(clocks, kind);
}

/**
 * The next break and how much sitting is left before it. A routine that would fall due before
 * the following micro break takes the micro break's place ("the routine wins"), so two breaks
 * never come back to back. A snooze holds back every break until it runs out; then the snoozed
 * break returns, or the routine if that has fallen due meanwhile.
 */
export function nextDueBreak(settings: Settings, clocks: SittingClocks, snoozed: PendingBreak | null): DueBreak | null {
  const micro = remainingFor(settings, clocks, 'micro');
  const routine = remainingFor(settings, clocks, 'routine');
  if (snoozed !== null && (micro !== null || routine !== null)) {
    const untilSnoozeEnds = snoozed.dueOnClockMs - clockFor(clocks, snoozed.kind);
    const routineReturns = routine !== null && (micro === null || snoozed.kind === 'routine' || routine <= untilSnoozeEnds);
    return { kind: routineReturns ? 'routine' : 'micro', remainingMs: untilSnoozeEnds };
  }
  if (micro === null) return routine === null ? null : { kind: 'routine', remainingMs: routine };
  if (routine === null) return { kind: 'micro', remainingMs: micro };
  const routineWins = routine < Math.max(micro, 0) + minutesToMs(settings.microBreak.everyMinutes);
  return routineWins ? { kind: 'routine', remainingMs: Math.min(micro, routine) } : { kind: 'micro', remainingMs: micro };
}
