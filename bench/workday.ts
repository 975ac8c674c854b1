import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * Realistic office days as trace JSON Lines, from a seed: typing bursts with short reading
 * pauses, a few unlocked pauses of 2–5 minutes, coffee with the screen locked, a locked
 * meeting or two, lunch with the laptop asleep. Multi-day runs sleep overnight and over weekends.
 */
const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const FIRST_MONDAY = Date.UTC(2026, 2, 2);
const WORKDAYS_PER_WEEK = 5;
const DAYS_PER_WEEK = 7;

type Rng = ReturnType<typeof xoroshiro128plus>;

class DayWriter {
  readonly lines: object[] = [];
  constructor(public nowMs: number) {}
  private iso = (ms: number): string => new Date(ms).toISOString();
  at(event: string): void {
    this.lines.push({ at: this.iso(this.nowMs), event });
  }
  active(ms: number): void {
    this.lines.push({ from: this.iso(this.nowMs), to: this.iso(this.nowMs + ms), event: 'active' });
    this.nowMs += ms;
  }
  wait(ms: number): void {
    this.nowMs += ms;
  }
  /** A meeting from `fromMs` (now): a busy line that the lines after it overlap. Answers when it ends. */
  busy(fromMs: number, ms: number, reason: string): number {
    this.lines.push({ from: this.iso(fromMs), to: this.iso(fromMs + ms), event: 'busy', reason });
    return fromMs + ms;
  }
  away(lock: 'lock' | 'suspend', ms: number): void {
    this.wait(SECOND_MS);
    this.at(lock);
    this.wait(ms);
    this.at(lock === 'lock' ? 'unlock' : 'resume');
  }
}

const between = (rng: Rng, minMs: number, maxMs: number): number => uniformInt(rng, minMs / SECOND_MS, maxMs / SECOND_MS) * SECOND_MS;
const chance = (rng: Rng, percent: number): boolean => uniformInt(rng, 1, 100) <= percent;

/** Video calls on a day with meetings: an hour each, from these local hours (UTC here), camera on. */
const VIDEO_CALL_HOURS = [10, 14, 15.5];

function writeWorkday(rng: Rng, w: DayWriter, dayStartMs: number, withCalls: boolean): void {
  const lunchAt = dayStartMs + 12 * HOUR_MS + between(rng, 0, 45 * MINUTE_MS);
  const endAt = dayStartMs + 17 * HOUR_MS + between(rng, 0, HOUR_MS);
  const calls = withCalls ? VIDEO_CALL_HOURS.map((hour) => dayStartMs + hour * HOUR_MS) : [];
  let callsUntilMs = -Infinity;
  let lunched = false;
  let meetings = 0;
  while (w.nowMs < endAt) {
    // A call starts at its hour, or as soon as the day reaches it and the call before has ended;
    // the typing and pauses below go on in it.
    if (calls[0] !== undefined && w.nowMs >= calls[0] && w.nowMs >= callsUntilMs) {
      calls.shift();
      callsUntilMs = w.busy(w.nowMs, HOUR_MS, 'camera');
    }
    w.active(between(rng, 2 * MINUTE_MS, 20 * MINUTE_MS));
    if (!lunched && w.nowMs >= lunchAt) {
      w.away('suspend', between(rng, 35 * MINUTE_MS, 60 * MINUTE_MS));
      lunched = true;
    } else if (meetings < 2 && chance(rng, 4)) {
      w.away('lock', between(rng, 25 * MINUTE_MS, 60 * MINUTE_MS));
      meetings++;
    } else if (chance(rng, 7)) {
      w.away('lock', between(rng, 5 * MINUTE_MS, 12 * MINUTE_MS));
    } else if (chance(rng, 10)) {
      w.wait(between(rng, 2 * MINUTE_MS, 5 * MINUTE_MS));
      w.at('input');
    } else {
      w.wait(between(rng, 5 * SECOND_MS, 100 * SECOND_MS));
    }
  }
}

/**
 * `days` consecutive calendar days from a Monday, in one trace; the machine sleeps between
 * workdays. With `videoCalls`, each workday also holds three one-hour video calls (busy lines).
 */
export function workdaysTrace(seed: number, days: number, { videoCalls = false } = {}): string {
  const rng = xoroshiro128plus(seed);
  const startMs = FIRST_MONDAY + 8 * HOUR_MS + between(rng, 0, HOUR_MS);
  const w = new DayWriter(startMs);
  w.at('start');
  for (let day = 0; day < days; day++) {
    const dayStartMs = FIRST_MONDAY + day * DAY_MS;
    if (day % DAYS_PER_WEEK >= WORKDAYS_PER_WEEK) continue;
    if (day > 0) {
      const morning = dayStartMs + 8 * HOUR_MS + between(rng, 0, HOUR_MS);
      w.away('suspend', morning - w.nowMs - SECOND_MS);
    }
    writeWorkday(rng, w, dayStartMs, videoCalls);
  }
  w.wait(SECOND_MS);
  w.at('end');
  return w.lines.map((line) => JSON.stringify(line)).join('\n');
}
