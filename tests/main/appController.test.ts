import { describe, expect, it } from 'vitest';
import { AppController, type EngineCommands } from '../../main/app/appController';
import { systemCalendar } from '../../main/core/calendar';
import type { CommandAnswer } from '../../main/core/deskTimeService';
import type { HistoryRecord, PauseRecord } from '../../main/core/engine/effects';
import { NO_ADMIN_POLICY, type AdminPolicy } from '../../main/core/policy/policyLayers';
import { DEFAULT_SETTINGS, type Settings } from '../../main/core/settings';
import { createMainText } from '../../main/i18n/mainText';

const NOW = Date.UTC(2026, 2, 2, 9);
const MINUTE_MS = 60_000;

function setup(options: { admin?: Partial<AdminPolicy>; saved?: PauseRecord | null; answer?: CommandAnswer; settings?: Settings; language?: 'en' | 'de'; doneScreenShown?: boolean } = {}) {
  const calls: string[] = [];
  const logged: string[] = [];
  const records: HistoryRecord[] = [];
  const changes: [string, unknown][] = [];
  const saves: (PauseRecord | null)[] = [];
  let saved = options.saved ?? null;
  const answer = (call: string): CommandAnswer => (calls.push(call), options.answer ?? null);
  const engine: EngineCommands = {
    respond: (response) => answer(`respond:${response}`),
    breakFinished: () => answer('breakFinished'),
    breakNow: (kind) => answer(`breakNow:${kind}`),
    pause: (until) => answer(`pause:${until}`),
    resume: () => answer('resume'),
  };
  let quits = 0;
  const controller = new AppController({
    engine,
    settings: () => options.settings ?? DEFAULT_SETTINGS,
    admin: () => ({ ...NO_ADMIN_POLICY, ...options.admin }),
    setSetting: (path, value) => changes.push([path, value]),
    savedPause: () => saved,
    savePause: (pause) => {
      saved = pause;
      saves.push(pause);
    },
    excludeExercise: (id) => id === 'seated-chin-tuck' || id === 'walk-tall',
    record: (record) => records.push(record),
    quitApp: () => quits++,
    nowWallMs: () => NOW,
    closeDoneScreen: () => options.doneScreenShown === true,
    calendar: systemCalendar,
    text: () => createMainText(options.language ?? 'en'),
    log: (message) => logged.push(message),
  });
  return { controller, calls, logged, records, changes, saves, quits: () => quits };
}

describe('the app controller', () => {
  it('"Back to work" ends the break, or, on the end screen of a break that ran its course, only closes it', () => {
    const during = setup();
    expect(during.controller.breakFinished()).toEqual({});
    expect(during.calls).toEqual(['breakFinished']);
    const after = setup({ doneScreenShown: true });
    expect(after.controller.breakFinished()).toEqual({});
    expect(after.calls).toEqual([]);
  });

  it('hands the engine the pauses the organization allows, and only those', () => {
    const { controller, calls, logged } = setup({ admin: { maxPauseMinutes: 60 } });
    expect(controller.pause(NOW + 30 * MINUTE_MS)).toBe(true);
    expect(controller.pause(NOW + 90 * MINUTE_MS)).toBe(false);
    expect(controller.pause(null)).toBe(false);
    expect(calls).toEqual([`pause:${NOW + 30 * MINUTE_MS}`]);
    expect(logged).toEqual(['Your organization allows pauses of up to 60 minutes.', 'Your organization allows pauses of up to 60 minutes.']);
  });

  it('quits only where the organization allows quitting', () => {
    const allowed = setup();
    allowed.controller.quit();
    expect(allowed.quits()).toBe(1);
    const refused = setup({ admin: { allowQuit: false } });
    refused.controller.quit();
    expect(refused.quits()).toBe(0);
    expect(refused.logged).toEqual(['Quitting is turned off by your organization.']);
  });

  it('translates each command-line command', () => {
    const { controller, calls, quits } = setup();
    controller.apply({ type: 'launch' });
    controller.apply({ type: 'pause', until: { minutes: 45 } });
    controller.apply({ type: 'pause', until: 'tomorrow' });
    controller.apply({ type: 'pause', until: 'indefinitely' });
    controller.apply({ type: 'resume' });
    controller.apply({ type: 'breakNow', kind: 'routine' });
    controller.apply({ type: 'quit' });
    expect(calls).toEqual([`pause:${NOW + 45 * MINUTE_MS}`, `pause:${Date.UTC(2026, 2, 3)}`, 'pause:null', 'resume', 'breakNow:routine']);
    expect(quits()).toBe(1);
  });

  it('logs what the engine refused, also when it answers later', async () => {
    const now = setup({ answer: 'Breakwise is paused; resume it first.' });
    now.controller.breakNow('micro');
    expect(now.logged).toEqual(['Breakwise is paused; resume it first.']);
    const later = setup({ answer: Promise.resolve('Breakwise is not paused.') });
    later.controller.resume();
    await Promise.resolve();
    expect(later.logged).toEqual(['Breakwise is not paused.']);
  });

  it('answers the break window with nothing on success and the reason on refusal, at once or later', async () => {
    expect(setup().controller.respond('start')).toEqual({});
    expect(setup({ answer: 'There is no break to skip.' }).controller.respond('skip')).toBe('There is no break to skip.');
    expect(await setup({ answer: Promise.resolve(null) }).controller.breakFinished()).toEqual({});
  });

  it('takes an exercise that hurt out of this run and out of the saved exclusions, and records it', () => {
    const { controller, records, changes } = setup({ settings: { ...DEFAULT_SETTINGS, exercises: { ...DEFAULT_SETTINGS.exercises, excluded: ['walk-tall'] } } });
    expect(controller.hurt('no-such-exercise')).toBe('No exercise "no-such-exercise" in the library.');
    expect(controller.hurt('seated-chin-tuck')).toEqual({});
    expect(controller.hurt('walk-tall')).toEqual({});
    expect(records).toEqual([
      { type: 'hurt', atWallMs: NOW, exerciseId: 'seated-chin-tuck' },
      { type: 'hurt', atWallMs: NOW, exerciseId: 'walk-tall' },
    ]);
    expect(changes).toEqual([['exercises.excluded', ['walk-tall', 'seated-chin-tuck']]]);
  });

  it('keeps the saved pause in step with the engine, writing only what changed', () => {
    const { controller, saves } = setup();
    controller.follow([{ type: 'pauseChanged', pause: { untilWallMs: null } }, { type: 'hideNotice' }]);
    controller.follow([{ type: 'pauseChanged', pause: { untilWallMs: null } }]);
    controller.follow([{ type: 'pauseChanged', pause: null }]);
    expect(saves).toEqual([{ untilWallMs: null }, null]);
  });

  it('restores a saved pause that is still running, and forgets one that ran out or is no longer allowed', () => {
    const running = setup({ saved: { untilWallMs: NOW + MINUTE_MS } });
    running.controller.restorePause();
    expect(running.calls).toEqual([`pause:${NOW + MINUTE_MS}`]);
    const over = setup({ saved: { untilWallMs: NOW } });
    over.controller.restorePause();
    expect([over.calls, over.saves]).toEqual([[], [null]]);
    const forbidden = setup({ saved: { untilWallMs: null }, admin: { allowPause: false } });
    forbidden.controller.restorePause();
    expect([forbidden.calls, forbidden.saves]).toEqual([[], [null]]);
  });

  it("words the notification in the person's language", () => {
    expect(setup().controller.notification({ type: 'notice', kind: 'routine' })).toEqual({ title: 'Movement routine in 30 seconds', body: 'Click to start it now.' });
    expect(setup({ language: 'de', settings: { ...DEFAULT_SETTINGS, noticeSeconds: 1 } }).controller.notification({ type: 'notice', kind: 'micro' })).toEqual({
      title: 'Haltungspause in 1 Sekunde',
      body: 'Klicken, um sie jetzt zu starten.',
    });
  });

  it('words the overdue notification of a break that waited for a meeting, in English and German', () => {
    expect(setup().controller.notification({ type: 'overdue', kind: 'micro', sittingMinutes: 80 })).toEqual({
      title: 'Posture reset overdue',
      body: 'You have been sitting for 80 minutes. The break comes when you are free, or start it from the Breakwise icon.',
    });
    expect(setup({ language: 'de' }).controller.notification({ type: 'overdue', kind: 'routine', sittingMinutes: 1 })).toEqual({
      title: 'Bewegungsroutine überfällig',
      body: 'Sie sitzen seit 1 Minute. Die Pause kommt, sobald Sie frei sind – oder starten Sie sie über das Breakwise-Symbol.',
    });
  });
});
