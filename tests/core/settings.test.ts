import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../main/core/settings';

describe('settings', () => {
  it('defaults to the evidence-based schedule', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      microBreak: { everyMinutes: 20, durationSeconds: 30 },
      routineBreak: { everyMinutes: 60, durationSeconds: 180 },
      idle: { pauseAfterSeconds: 120, naturalBreakAfterSeconds: 300 },
      noticeSeconds: 30,
      snooze: { minutes: 5, maxPerBreak: 2 },
      strict: false,
      workingHours: { enabled: false },
    });
  });

  it('merges a partial object over the defaults', () => {
    const result = parseSettings({ microBreak: { everyMinutes: 30 } });
    expect(result).toMatchObject({ ok: true, settings: { microBreak: { everyMinutes: 30, durationSeconds: 30 }, noticeSeconds: 30 } });
  });

  it.each([
    [{ microBreak: { everyMinutes: 0 } }, 'microBreak.everyMinutes'],
    [{ idle: { pauseAfterSeconds: 600, naturalBreakAfterSeconds: 300 } }, 'idle.naturalBreakAfterSeconds: must be at least'],
    [{ snooze: { minutes: '5' } }, 'snooze.minutes'],
    [{ workingHours: { days: { friday: [{ from: '9:00', to: '17:00' }] } } }, 'workingHours.days.friday.0.from'],
    [{ workingHours: { days: { friday: [{ from: '09:00', to: '12:00' }, { from: '11:00', to: '13:00' }] } } }, 'must not overlap'],
    [{ noticeSeconds: 200, microBreak: { everyMinutes: 3 } }, 'noticeSeconds: must be shorter than microBreak.everyMinutes'],
    [{ colour: 'blue' }, 'Unrecognized key'],
  ])('refuses %j with a message naming the field', (input, message) => {
    const result = parseSettings(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain(message);
  });
});
