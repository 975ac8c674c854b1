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
 * the micro break after this one takes this one's place ("the routine wins"), so two breaks
 * never come back to back. A snooze holds back every break until it runs out; then the snoozed
 * break returns, or the routine in its place by the same rule.
 */
export function nextDueBreak(settings: Settings, clocks: SittingClocks, snoozed: PendingBreak | null): DueBreak | null {
  const micro = remainingFor(settings, clocks, 'micro');
  const routine = remainingFor(settings, clocks, 'routine');
  if (micro === null && routine === null) return null;
  // A snooze of a kind that has since been switched off holds nothing back.
  const snooze = snoozed !== null && breakSettings(settings, snoozed.kind).enabled ? snoozed : null;
  const untilSnoozeEnds = snooze === null ? null : snooze.dueOnClockMs - clockFor(clocks, snooze.kind);
  const microDue = untilSnoozeEnds ?? micro;
  const routineWins =
    routine !== null &&
    (micro === null || snooze?.kind === 'routine' || routine < Math.max(microDue ?? 0, 0) + minutesToMs(settings.microBreak.everyMinutes));
  const remainingMs = untilSnoozeEnds ?? (routineWins ? Math.min(routine, microDue ?? routine) : (microDue ?? 0));
  return { kind: routineWins ? 'routine' : 'micro', remainingMs };
}
