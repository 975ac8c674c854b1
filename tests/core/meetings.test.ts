import { describe, expect, it } from 'vitest';
import { BUSY_REASONS, type BusyReason } from '../../main/core/busy';
import { BUSY_ANSWER_TIMEOUT_MS, BUSY_RECHECK_MS, busyGroup } from '../../main/core/engine/deferral';
import type { Effect } from '../../main/core/engine/effects';
import { EngineDriver } from '../support/engineDriver';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
/** The micro break falls due after 20 minutes of sitting; its notice would show 30 s before. */
const NOTICE_AT = 20 * MINUTE - 30;

const startKinds = (e: EngineDriver) => e.effects('startBreak').map((x) => (x.type === 'startBreak' ? x.options.kind : null));
const startOf = (e: EngineDriver, index = 0) => e.effects('startBreak')[index] as Extract<Effect, { type: 'startBreak' }> | undefined;
const askTimes = (e: EngineDriver) => e.busyAsks.map((ask) => ask.atSeconds);
const trayOf = (e: EngineDriver) => e.model.ctx.tray;
/** Micro breaks only, so a routine does not join in unless a test wants it. */
const MICRO_ONLY = { routineBreak: { enabled: false } };

/** Sits through a meeting from the start: typing on, busy for `reasons`. */
function inMeeting(settings: ConstructorParameters<typeof EngineDriver>[0] = MICRO_ONLY, reasons: readonly BusyReason[] = ['camera']) {
  const e = new EngineDriver(settings);
  e.busyNow = reasons;
  return e;
}

describe('a break that falls due in a meeting', () => {
  it('asks the OS once, just before the notice would show, and shows the notice at once when nobody is busy', () => {
    const e = new EngineDriver(MICRO_ONLY);
    e.run(21 * MINUTE);
    expect(e.busyAsks).toEqual([{ atSeconds: NOTICE_AT, signals: BUSY_REASONS }]);
    expect(e.timesOf('showNotice')).toEqual([NOTICE_AT]);
    expect(e.timesOf('startBreak')).toEqual([20 * MINUTE]);
    expect(startOf(e)?.deferredSeconds).toBe(0);
  });

  it('waits for the answer, but no longer than its timeout: no answer, and the notice shows anyway', () => {
    const e = new EngineDriver(MICRO_ONLY);
    e.busyNow = null;
    e.run(NOTICE_AT);
    expect(e.state.name).toBe('checkingBusy');
    expect(e.wake.afterMs).toBe(BUSY_ANSWER_TIMEOUT_MS);
    e.run(MINUTE);
    expect(e.timesOf('showNotice')).toEqual([NOTICE_AT + BUSY_ANSWER_TIMEOUT_MS / 1000]);
  });

  it('is deferred while busy: no notice, no break window, the tray says it waits and for how long they have sat', () => {
    const e = inMeeting();
    e.run(45 * MINUTE);
    expect(e.effects('showNotice')).toEqual([]);
    expect(e.effects('startBreak')).toEqual([]);
    expect(e.state).toMatchObject({ name: 'deferred', reasons: ['camera'] });
    expect(trayOf(e)).toMatchObject({ status: 'breakWaiting', nextKind: 'micro', minutesToBreak: null, waiting: { group: 'meeting', overdue: false } });
    // Sitting keeps counting: 45 minutes, give or take the minute the tray waits for its next look.
    expect(trayOf(e)?.waiting?.sittingMinutes).toBeGreaterThanOrEqual(44);
    expect(e.activeSeconds).toBe(45 * MINUTE);
  });

  it('asks again once a minute while the break waits, and that look is its only wake-up', () => {
    const e = inMeeting();
    e.run(NOTICE_AT);
    const wakeups = e.run(10 * MINUTE);
    expect(askTimes(e)).toEqual(Array.from({ length: 11 }, (_, i) => NOTICE_AT + (i * BUSY_RECHECK_MS) / 1000));
    expect(wakeups).toBe(10);
  });

  it('comes after the grace once the meeting ends, with its usual notice', () => {
    const e = inMeeting();
    e.run(40 * MINUTE);
    e.busyNow = [];
    const endedAt = e.seconds;
    e.run(5 * MINUTE);
    const seenFreeAt = (askTimes(e).find((t) => t > endedAt) ?? 0);
    expect(seenFreeAt - endedAt).toBeLessThanOrEqual(BUSY_RECHECK_MS / 1000);
    // graceSeconds 60: the notice 30 s after the meeting was seen to end, the break 60 s after.
    expect(e.timesOf('showNotice')).toEqual([seenFreeAt + 30]);
    expect(e.timesOf('startBreak')).toEqual([seenFreeAt + 60]);
    expect(startOf(e)?.deferredSeconds).toBe(seenFreeAt + 60 - 20 * MINUTE);
  });

  it('counts the tray down through the grace', () => {
    const e = inMeeting();
    e.run(30 * MINUTE);
    e.busy([]);
    expect(e.state).toMatchObject({ name: 'deferred', reasons: [] });
    expect(trayOf(e)).toMatchObject({ status: 'active', minutesToBreak: 1, nextKind: 'micro', waiting: null });
  });

  it('gives a grace shorter than the notice its full notice', () => {
    const e = inMeeting({ ...MICRO_ONLY, meetings: { graceSeconds: 0 } });
    e.run(30 * MINUTE);
    e.busyNow = [];
    e.run(2 * MINUTE);
    const seenFreeAt = askTimes(e).at(-1) ?? 0;
    expect(e.timesOf('showNotice')).toEqual([seenFreeAt]);
    expect(e.timesOf('startBreak')).toEqual([seenFreeAt + 30]);
  });

  it('looks once more at the end of the grace: a meeting that follows straight on keeps the break waiting', () => {
    const e = inMeeting();
    e.run(30 * MINUTE);
    e.busy([]);
    e.busyNow = ['presentation'];
    e.run(5 * MINUTE);
    expect(e.effects('showNotice')).toEqual([]);
    expect(e.state).toMatchObject({ name: 'deferred', reasons: ['presentation'] });
    expect(trayOf(e)?.waiting?.group).toBe('presentation');
  });

  it('makes one break of a micro break and a routine that both fell due in the meeting: the routine', () => {
    const e = inMeeting({});
    e.run(75 * MINUTE);
    e.busyNow = [];
    e.run(10 * MINUTE, () => e.state.name !== 'onBreak');
    expect(startKinds(e)).toEqual(['routine']);
    // Both clocks start again: the next break is a micro break 20 minutes of sitting later.
    e.run(25 * MINUTE, () => e.state.name !== 'onBreak');
    expect(startKinds(e)).toEqual(['routine', 'micro']);
    const [first, second] = e.timesOf('startBreak');
    expect((second ?? 0) - (first ?? 0)).toBe(180 + 20 * MINUTE);
  });

  it('uses only the signals the person chose', () => {
    const e = new EngineDriver({ ...MICRO_ONLY, meetings: { signals: ['presentation', 'screen-share'] } });
    e.busyNow = null;
    e.run(NOTICE_AT);
    expect(e.busyAsks[0]?.signals).toEqual(['presentation', 'screen-share']);
    // A source that says more than it was asked is not believed beyond the chosen signals.
    e.busy(['camera', 'fullscreen']);
    expect(e.timesOf('showNotice')).toEqual([NOTICE_AT]);
  });

  it('changes nothing for an answer that comes after the notice has shown', () => {
    const e = new EngineDriver(MICRO_ONLY);
    e.busyNow = null;
    e.run(NOTICE_AT + BUSY_ANSWER_TIMEOUT_MS / 1000);
    expect(e.state.name).toBe('notice');
    e.busy(['camera']);
    expect(e.state.name).toBe('notice');
    expect(e.refusal).toBeNull();
  });

  it('counts an unanswered look while deferred as "no longer busy": a detector that hangs holds nothing back', () => {
    const e = inMeeting();
    e.run(30 * MINUTE);
    e.busyNow = null;
    e.run(5 * MINUTE);
    expect(e.timesOf('startBreak')).toHaveLength(1);
  });
});

describe('the cap on a deferred break', () => {
  it('sends one overdue notification after maxDeferMinutes of waiting, and marks the tray overdue', () => {
    const e = inMeeting();
    e.run(NOTICE_AT + HOUR + 5 * MINUTE);
    expect(e.timesOf('breakOverdue')).toEqual([NOTICE_AT + HOUR]);
    expect(e.effects('breakOverdue')[0]).toEqual({ type: 'breakOverdue', kind: 'micro', sittingMinutes: 79 });
    expect(trayOf(e)?.waiting).toMatchObject({ overdue: true, group: 'meeting' });
    e.run(HOUR);
    expect(e.effects('breakOverdue')).toHaveLength(1);
  });

  it('never notifies while presenting or sharing the screen: only the tray changes', () => {
    for (const reason of ['presentation', 'screen-share'] as const) {
      const e = inMeeting(MICRO_ONLY, [reason]);
      e.run(NOTICE_AT + 2 * HOUR);
      expect(e.effects('breakOverdue')).toEqual([]);
      expect(trayOf(e)?.waiting).toMatchObject({ overdue: true, group: 'presentation' });
    }
  });

  it('notifies at the first look after the presentation ends, if the meeting goes on', () => {
    const e = inMeeting(MICRO_ONLY, ['screen-share', 'camera']);
    e.run(NOTICE_AT + 70 * MINUTE);
    expect(e.effects('breakOverdue')).toEqual([]);
    e.busyNow = ['camera'];
    e.run(2 * MINUTE);
    expect(e.timesOf('breakOverdue')).toEqual([NOTICE_AT + 71 * MINUTE]);
  });

  it('counts from the first deferral across a short gap in the meeting', () => {
    const e = inMeeting();
    e.run(40 * MINUTE);
    e.run(3 * MINUTE, false); // listening: away after 2 minutes, back before a natural break
    e.run(NOTICE_AT + HOUR - 43 * MINUTE + MINUTE);
    expect(e.timesOf('breakOverdue')).toEqual([NOTICE_AT + HOUR]);
  });

  it('looks again at the cap itself: a presentation that began since the last look gets no notification', () => {
    const e = inMeeting();
    e.run(NOTICE_AT + 30);
    e.power('lock').power('unlock'); // the looks now fall half a minute after each whole minute of the wait
    expect(askTimes(e).at(-1)).toBe(NOTICE_AT + 30);
    e.run(HOUR - 20 - 30);
    expect(askTimes(e).at(-1)).toBe(NOTICE_AT + HOUR - 30);
    e.busyNow = ['presentation'];
    e.run(20);
    expect(askTimes(e).at(-1)).toBe(NOTICE_AT + HOUR);
    expect(e.effects('breakOverdue')).toEqual([]);
    expect(trayOf(e)?.waiting).toMatchObject({ overdue: true, group: 'presentation' });
  });

  it('follows maxDeferMinutes', () => {
    const e = inMeeting({ ...MICRO_ONLY, meetings: { maxDeferMinutes: 15 } });
    e.run(NOTICE_AT + 20 * MINUTE);
    expect(e.timesOf('breakOverdue')).toEqual([NOTICE_AT + 15 * MINUTE]);
  });
});

describe('what else ends a deferred break', () => {
  it('a natural break clears it, as a natural break clears any break that is due', () => {
    const e = inMeeting();
    e.run(30 * MINUTE);
    e.run(6 * MINUTE, false);
    expect(e.records('naturalBreak')).toHaveLength(0); // not yet: the gap closes when they return
    e.busyNow = [];
    e.run(15 * MINUTE);
    expect(e.records('naturalBreak')).toHaveLength(1);
    expect(e.model.ctx.deferral).toBeNull();
    expect(e.effects('showNotice')).toEqual([]);
  });

  it('sitting counts on while it waits, exactly as it would with no breaks at all', () => {
    const typing = (t: number) => t % 400 < 300; // gaps of 100 s: sitting, never away
    const waiting = inMeeting();
    waiting.run(3 * HOUR, typing);
    const noBreaks = new EngineDriver({ microBreak: { enabled: false }, routineBreak: { enabled: false } });
    noBreaks.run(3 * HOUR, typing);
    expect(waiting.effects('startBreak')).toEqual([]);
    expect(waiting.activeSeconds).toBe(noBreaks.activeSeconds);
    expect(waiting.activeSeconds).toBeGreaterThan(2 * HOUR);
  });

  it('"break now" starts it, saying how long it waited', () => {
    const e = inMeeting();
    e.run(30 * MINUTE);
    e.send({ type: 'breakNow', kind: 'micro' });
    expect(e.state.name).toBe('onBreak');
    expect(startOf(e)?.deferredSeconds).toBe(30 * MINUTE - 20 * MINUTE);
    expect(e.model.ctx.deferral).toBeNull();
  });

  it('a pause clears it; after the pause the break is asked about afresh', () => {
    const e = inMeeting();
    e.run(30 * MINUTE);
    e.send({ type: 'pause', untilWallMs: null });
    expect(e.model.ctx.deferral).toBeNull();
    e.send({ type: 'resume' });
    expect(e.state.name).toBe('deferred');
    expect(e.model.ctx.deferral?.sinceMs).toBe(30 * MINUTE * 1000);
  });

  it('a lock leaves it for away; back at the desk, the break is asked about again', () => {
    const e = inMeeting();
    e.run(30 * MINUTE);
    e.power('lock');
    expect(e.state.name).toBe('away');
    e.skip(MINUTE);
    e.power('unlock');
    expect(e.state.name).toBe('deferred');
    expect(e.busyAsks.at(-1)?.atSeconds).toBe(31 * MINUTE);
  });

  it('turning meetings.defer off brings it at once; leaving working hours stops it waiting', () => {
    const e = inMeeting();
    e.run(30 * MINUTE);
    e.send({ type: 'settings', settings: { ...e.model.ctx.settings, meetings: { ...e.model.ctx.settings.meetings, defer: false } } });
    expect(e.timesOf('showNotice')).toEqual([30 * MINUTE]);

    const late = inMeeting({ ...MICRO_ONLY, workingHours: { enabled: true, days: { monday: [{ from: '09:00', to: '09:30' }] } } });
    late.run(40 * MINUTE);
    expect(late.state.name).toBe('sitting');
    expect(trayOf(late)?.status).toBe('outsideHours');
  });
});

describe('no look without a break about to be due', () => {
  it('asks nothing while the next break is still ahead', () => {
    const e = inMeeting();
    e.run(NOTICE_AT - 1);
    expect(e.busyAsks).toEqual([]);
  });

  it('asks nothing with breaks off, with meetings.defer off, or with no signal chosen', () => {
    for (const settings of [
      { microBreak: { enabled: false }, routineBreak: { enabled: false } },
      { meetings: { defer: false } },
      { meetings: { signals: [] } },
    ]) {
      const e = inMeeting(settings);
      e.run(3 * HOUR, () => e.state.name !== 'onBreak');
      expect(e.busyAsks).toEqual([]);
      expect(e.effects('breakOverdue')).toEqual([]);
    }
  });

  it('adds no wake-up when nobody is busy', () => {
    const withMeetings = new EngineDriver();
    const without = new EngineDriver({ meetings: { defer: false } });
    const a = withMeetings.run(3 * HOUR, () => withMeetings.state.name !== 'onBreak');
    const b = without.run(3 * HOUR, () => without.state.name !== 'onBreak');
    expect(a).toBe(b);
    expect(withMeetings.timesOf('startBreak')).toEqual(without.timesOf('startBreak'));
  });
});

describe('the words for what a break waits for', () => {
  it('names presenting first, then a call, then full screen; do-not-disturb and an inhibitor read as a meeting', () => {
    expect(busyGroup(['fullscreen', 'screen-share'])).toBe('presentation');
    expect(busyGroup(['fullscreen', 'camera'])).toBe('meeting');
    expect(busyGroup(['fullscreen'])).toBe('fullscreen');
    expect(busyGroup(['do-not-disturb'])).toBe('meeting');
    expect(busyGroup(['inhibitor'])).toBe('meeting');
  });
});
