import { describe, expect, it } from 'vitest';
import { systemCalendar } from '../../main/core/calendar';
import { settingsWith, EngineDriver } from '../support/engineDriver';
import { isWithinWorkingHours, nextWorkingHoursBoundary } from '../../main/core/workingHours';
import { pinTimeZone } from '../support/timeZone';

const MINUTE = 60;
const berlin = (iso: string): number => Date.parse(`${iso}`);

describe('working hours (Europe/Berlin)', () => {
  pinTimeZone('Europe/Berlin');

  const hours = settingsWith({
    workingHours: { enabled: true, days: { monday: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:30' }], saturday: [] } },
  }).workingHours;

  it('allows prompts only inside one of the day’s ranges', () => {
    expect(isWithinWorkingHours(hours, systemCalendar, berlin('2026-03-02T07:59:00+01:00'))).toBe(false);
    expect(isWithinWorkingHours(hours, systemCalendar, berlin('2026-03-02T08:00:00+01:00'))).toBe(true);
    expect(isWithinWorkingHours(hours, systemCalendar, berlin('2026-03-02T12:30:00+01:00'))).toBe(false);
    expect(isWithinWorkingHours(hours, systemCalendar, berlin('2026-03-07T10:00:00+01:00'))).toBe(false);
  });

  it('finds the next boundary across the lunch gap, the weekend and a daylight-saving change', () => {
    expect(nextWorkingHoursBoundary(hours, systemCalendar, berlin('2026-03-02T12:10:00+01:00'))).toBe(berlin('2026-03-02T13:00:00+01:00'));
    // Friday evening to Monday morning; on 29 March 2026 Berlin moves to summer time (+02:00).
    expect(nextWorkingHoursBoundary(hours, systemCalendar, berlin('2026-03-27T18:00:00+01:00'))).toBe(berlin('2026-03-30T08:00:00+02:00'));
  });

  it('prompts nothing outside working hours and gives one notice when they begin', () => {
    const e = new EngineDriver({ workingHours: { enabled: true } }, berlin('2026-03-02T08:00:00+01:00'));
    e.run(59 * MINUTE);
    expect(e.effects('tray').at(-1)).toMatchObject({ view: { status: 'outsideHours', minutesToBreak: null } });
    expect(e.effects('showNotice')).toEqual([]);
    e.run(3 * MINUTE);
    expect(e.timesOf('showNotice')).toEqual([60 * MINUTE]);
    expect(e.effects('showNotice')).toHaveLength(1);
    expect(e.effects('showNotice')[0]).toMatchObject({ options: { kind: 'routine' } });
  });
});
