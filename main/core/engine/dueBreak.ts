import { breakSettings, type BreakKind, type Settings } from '../settings';
import { minutesToMs } from '../time';
import { clockFor, type SittingClocks } from './clocks';
import type { PendingBreak } from './state';

export interface DueBreak {
  readonly kind: BreakKind;
  /** Sitting time until it is due; zero or less means it is due now. */
  readonly remainingMs: number;
}

function remainingFor(settings: Settings, clocks: SittingClocks, snoozed: PendingBreak | null, kind: BreakKind): number | null {
  if (!breakSettings(settings, kind).enabled) return null;
  const dueOnClock = snoozed?.kind === kind ? snoozed.dueOnClockMs : minutesToMs(breakSettings(settings, kind).everyMinutes);
  return dueOnClock - clockFor(clocks, kind);
}

/**
 * The next break and how much sitting is left before it. A routine that would fall due before
 * the following micro break takes the micro break's place ("the routine wins"), so two breaks
 * never come back to back; a snoozed micro break keeps its kind unless the routine is due too.
 */
export function nextDueBreak(settings: Settings, clocks: SittingClocks, snoozed: PendingBreak | null): DueBreak | null {
  const micro = remainingFor(settings, clocks, snoozed, 'micro');
  const routine = remainingFor(settings, clocks, snoozed, 'routine');
  if (micro === null) return routine === null ? null : { kind: 'routine', remainingMs: routine };
  if (routine === null) return { kind: 'micro', remainingMs: micro };
  const microDue = Math.max(micro, 0);
  const routineWins =
    snoozed?.kind === 'micro' ? routine <= microDue : routine < microDue + minutesToMs(settings.microBreak.everyMinutes);
  return routineWins ? { kind: 'routine', remainingMs: Math.min(micro, routine) } : { kind: 'micro', remainingMs: micro };
}
