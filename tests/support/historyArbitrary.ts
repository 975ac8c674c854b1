import fc from 'fast-check';
import type { Calendar } from '../../main/core/calendar';
import type { BreakOutcome, HistoryRecord } from '../../main/core/engine/effects';
import { emptyDay, type DaySummary } from '../../main/core/history/daySummary';
import type { DayGoal } from '../../main/core/history/streaks';

/**
 * Random history for property tests: streams of engine records while time walks on, the clock
 * jumps days either way and the time zone changes (real IANA zones, read through Intl), and
 * histories of days on a calendar with many days off.
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Daylight saving in both hemispheres, half- and quarter-hour offsets, both sides of the date line. */
export const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Pacific/Chatham', 'America/St_Johns', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'] as const;
export type Zone = (typeof ZONES)[number];
/** Streams start up to three days before a 2026 change: US, EU, southern end, NZ and AU start, EU and US end. */
const DST_CHANGES = ['2026-03-08', '2026-03-29', '2026-04-05', '2026-09-27', '2026-10-04', '2026-10-25', '2026-11-01'].map((d) => Date.parse(`${d}T00:00:00Z`));
const OUTCOMES: readonly BreakOutcome[] = ['taken', 'snoozed', 'skipped', 'ignored', 'cancelled'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The Calendar port for an IANA zone (the app's own calendar follows TZ instead). */
function zoneCalendar(timeZone: Zone): Calendar {
  const options = { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', weekday: 'short' } as const;
  const format = new Intl.DateTimeFormat('en-US', options);
  return {
    localParts(wallMs) {
      const parts = Object.fromEntries(format.formatToParts(wallMs).map((p) => [p.type, p.value]));
      return { weekday: WEEKDAYS.indexOf(parts.weekday ?? ''), minuteOfDay: Number(parts.hour) * 60 + Number(parts.minute), dateKey: `${parts.year}-${parts.month}-${parts.day}` };
    },
    wallAtLocalMinute() {
      throw new Error('history never needs a local minute');
    },
  };
}
const CALENDARS = new Map(ZONES.map((zone) => [zone, zoneCalendar(zone)]));
export const calendarOf = (zone: Zone): Calendar => CALENDARS.get(zone) as Calendar;

/** A second, independent way to a local date: Swedish dates are written YYYY-MM-DD. */
const SWEDISH = new Map(ZONES.map((timeZone) => [timeZone, new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })]));
export const localDate = (wallMs: number, zone: Zone): string => (SWEDISH.get(zone) as Intl.DateTimeFormat).format(wallMs);

/** A record and the zone in force when it was emitted. */
export type Dated = { readonly record: HistoryRecord; readonly zone: Zone };

/** Fractional seconds, spread evenly (fc.double crowds near zero). */
const seconds = (max: number) => fc.integer({ min: 0, max: max * 1000 }).map((ms) => ms / 1000);
const template = fc.oneof(
  fc.record({ type: fc.constant('break' as const), kind: fc.constantFrom('micro' as const, 'routine' as const), outcome: fc.constantFrom(...OUTCOMES), prompted: fc.boolean(), durationMs: fc.integer({ min: 0, max: 10 * MINUTE_MS }) }),
  fc.record({ type: fc.constant('naturalBreak' as const), gapMs: fc.integer({ min: 5 * MINUTE_MS, max: 16 * HOUR_MS }) }),
  fc.record({ type: fc.constant('checkIn' as const), feeling: fc.constantFrom('better' as const, 'same' as const, 'worse' as const) }),
  fc.record({ type: fc.constant('hurt' as const) }),
  fc.record({ type: fc.constant('day' as const), activeSeconds: seconds(36_000), longestPercent: fc.integer({ min: 0, max: 100 }) }),
);
const step = fc.record({
  advanceMs: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 3 * HOUR_MS }) },
    { weight: 1, arbitrary: fc.integer({ min: DAY_MS, max: 10 * DAY_MS }) },
    { weight: 1, arbitrary: fc.integer({ min: -10 * DAY_MS, max: -DAY_MS }) },
  ),
  zone: fc.option(fc.constantFrom(...ZONES), { freq: 6 }),
  made: template,
});
type Template = typeof template extends fc.Arbitrary<infer T> ? T : never;

function recordOf(made: Template, t: number, zone: Zone): HistoryRecord {
  switch (made.type) {
    case 'break':
      return { type: 'break', kind: made.kind, outcome: made.outcome, prompted: made.prompted, startedWallMs: t, endedWallMs: t + made.durationMs };
    case 'naturalBreak':
      return { type: 'naturalBreak', fromWallMs: t, toWallMs: t + made.gapMs };
    case 'checkIn':
      return { type: 'checkIn', atWallMs: t, feeling: made.feeling };
    case 'hurt':
      return { type: 'hurt', atWallMs: t, exerciseId: 'chin-tuck' };
    case 'day':
      return { type: 'day', dateKey: localDate(t, zone), activeSeconds: made.activeSeconds, longestSittingSeconds: (made.activeSeconds * made.longestPercent) / 100 };
  }
}

/** Records as the engine would emit them; a jump of a day or more also emits its clockJump record. */
export const recordStream: fc.Arbitrary<Dated[]> = fc
  .record({ change: fc.constantFrom(...DST_CHANGES), leadMs: fc.integer({ min: 0, max: 3 * DAY_MS }), zone: fc.constantFrom(...ZONES), steps: fc.array(step, { maxLength: 60, size: 'max' }) })
  .map(({ change, leadMs, zone: firstZone, steps }) => {
    const dated: Dated[] = [];
    let [t, zone] = [change - leadMs, firstZone];
    for (const { advanceMs, zone: next, made } of steps) {
      zone = next ?? zone;
      t += advanceMs;
      if (Math.abs(advanceMs) >= DAY_MS) dated.push({ zone, record: { type: 'clockJump', atWallMs: t, seconds: advanceMs / 1000 } });
      dated.push({ zone, record: recordOf(made, t, zone) });
    }
    return dated;
  });

// --- Histories of days for streaks ---

const EPOCH_MS = Date.parse('2026-01-01T00:00:00Z');
export const keyOf = (dayNumber: number): string => new Date(EPOCH_MS + dayNumber * DAY_MS).toISOString().slice(0, 10);
export const dayNumberOf = (key: string): number => Math.round((Date.parse(`${key}T00:00:00Z`) - EPOCH_MS) / DAY_MS);
export const isRealDate = (key: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(key) && new Date(`${key}T00:00:00Z`).toISOString().slice(0, 10) === key;

export const few = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 6 }));
const summaryOn = (dayNumber: number): fc.Arbitrary<DaySummary> =>
  fc
    .record({ active: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 36_000 })), longestMinutes: fc.integer({ min: 0, max: 180 }), prompted: few, taken: few, natural: few, snoozed: few, skipped: few, hurt: few })
    .map(({ active, longestMinutes, prompted, taken, natural, snoozed, skipped, hurt }) => ({
      ...emptyDay(keyOf(dayNumber)),
      activeSeconds: active,
      longestSittingSeconds: Math.min(active, longestMinutes * 60),
      breaksPrompted: prompted,
      breaksTaken: taken,
      naturalBreaks: natural,
      breaksSnoozed: snoozed,
      breaksSkipped: skipped,
      hurtReports: hurt,
    }));

/** Up to 40 days (each date once, in no particular order) among 61 dates; many without activity. */
export const daysArbitrary: fc.Arbitrary<DaySummary[]> = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 40, size: 'max' }).chain((ns) => fc.tuple(...ns.map(summaryOn)));
/** Days with only check-ins or "this hurts" reports, or nothing at all: no desk activity. */
export const quietDaysArbitrary: fc.Arbitrary<DaySummary[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: 70 }), { maxLength: 20, size: 'max' })
  .chain((ns) => fc.tuple(...ns.map((n) => few.map((k) => ({ ...emptyDay(keyOf(n)), hurtReports: k, checkIns: { better: k, same: 0, worse: k } })))));
export const goalArbitrary: fc.Arbitrary<DayGoal> = fc.record({ breaksPerDay: fc.integer({ min: 1, max: 6 }), maxSittingMinutes: fc.integer({ min: 20, max: 180 }) });
/** Anywhere in the range, so some days lie after today. */
export const todayArbitrary: fc.Arbitrary<string> = fc.integer({ min: 0, max: 70 }).map(keyOf);
