import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUSY_REASONS, type BusyReading, type BusyReason } from '../../main/core/busy';
import { combineDetectors, DETECTOR_DEADLINE_MS, type BusyDetector } from '../../main/busy/detector';
import { chooseBusySource, probeBusySignals } from '../../main/busy';

/** A detector that answers from a table, and records what it was asked. */
function tableDetector(name: string, signals: BusyReason[], answer: (asked: readonly BusyReason[]) => BusyReading | Promise<BusyReading>) {
  const asked: (readonly BusyReason[])[] = [];
  const detector: BusyDetector = {
    name,
    signals,
    read: (share) => {
      asked.push(share);
      return Promise.resolve(answer(share));
    },
  };
  return { detector, asked };
}

describe('combining the detectors of one OS', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks each detector only about the asked signals it covers, and none that covers nothing asked', async () => {
    const gnome = tableDetector('gnome', ['inhibitor', 'presentation'], () => ({ reasons: [], unknown: [] }));
    const camera = tableDetector('camera', ['camera'], () => ({ reasons: [], unknown: [] }));
    const source = combineDetectors([gnome.detector, camera.detector]);
    expect(await source.read(['presentation', 'fullscreen'])).toEqual({ reasons: [], unknown: ['fullscreen'] });
    expect(gnome.asked).toEqual([['presentation']]);
    expect(camera.asked).toEqual([]);
  });

  it('is busy when any detector says so, and a signal is unknown only when no detector could answer it', async () => {
    const gnome = tableDetector('gnome', ['inhibitor', 'presentation'], () => ({ reasons: [], unknown: [] }));
    const kde = tableDetector('kde', ['inhibitor'], () => ({ reasons: [], unknown: ['inhibitor'] }));
    const dnd = tableDetector('dnd', ['do-not-disturb'], () => ({ reasons: ['do-not-disturb'], unknown: [] }));
    const portal = tableDetector('portal', ['do-not-disturb'], () => ({ reasons: [], unknown: ['do-not-disturb'] }));
    const source = combineDetectors([gnome.detector, kde.detector, dnd.detector, portal.detector]);
    expect(await source.read(BUSY_REASONS)).toEqual({
      reasons: ['do-not-disturb'],
      unknown: ['fullscreen', 'screen-share', 'camera', 'microphone'],
    });
  });

  it('keeps only what a detector was asked: an answer about another signal is dropped', async () => {
    const chatty = tableDetector('chatty', ['camera'], () => ({ reasons: ['camera', 'presentation'], unknown: ['microphone'] }));
    expect(await combineDetectors([chatty.detector]).read(['camera', 'microphone'])).toEqual({ reasons: ['camera'], unknown: ['microphone'] });
  });

  it("turns a detector that throws, rejects or returns nothing into unknown for its signals, and keeps the others' answers", async () => {
    const throwing: BusyDetector = {
      name: 'throws',
      signals: ['camera'],
      read: () => {
        throw new Error('no /proc');
      },
    };
    const rejecting: BusyDetector = { name: 'rejects', signals: ['fullscreen'], read: () => Promise.reject(new Error('xprop: unable to open display')) };
    const empty = { name: 'empty', signals: ['microphone'], read: () => Promise.resolve(undefined) } as unknown as BusyDetector;
    const working = tableDetector('works', ['presentation'], () => ({ reasons: ['presentation'], unknown: [] }));
    const reading = await combineDetectors([throwing, rejecting, empty, working.detector]).read(['camera', 'fullscreen', 'microphone', 'presentation']);
    expect(reading).toEqual({ reasons: ['presentation'], unknown: ['fullscreen', 'camera', 'microphone'] });
  });

  it('gives up on a detector that hangs at the deadline, and answers with the others', async () => {
    vi.useFakeTimers();
    let hangingAsked = false;
    const hanging: BusyDetector = {
      name: 'hangs',
      signals: ['inhibitor'],
      read: () => ((hangingAsked = true), new Promise<BusyReading>(() => undefined)),
    };
    const camera = tableDetector('camera', ['camera'], () => ({ reasons: ['camera'], unknown: [] }));
    let settled: BusyReading | undefined;
    void combineDetectors([hanging, camera.detector])
      .read(['inhibitor', 'camera'])
      .then((reading) => (settled = reading));
    await vi.advanceTimersByTimeAsync(DETECTOR_DEADLINE_MS - 1);
    expect(hangingAsked).toBe(true);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toEqual({ reasons: ['camera'], unknown: ['inhibitor'] });
  });

  it('reports in the order of BUSY_REASONS, each signal once, however they were asked', async () => {
    const a = tableDetector('a', ['camera', 'presentation'], () => ({ reasons: ['camera', 'presentation'], unknown: [] }));
    const b = tableDetector('b', ['presentation'], () => ({ reasons: ['presentation'], unknown: [] }));
    expect(await combineDetectors([a.detector, b.detector]).read(['camera', 'presentation', 'camera', 'screen-share'])).toEqual({
      reasons: ['presentation', 'camera'],
      unknown: ['screen-share'],
    });
  });
});

describe('which signals work on this machine', () => {
  it('says works for a signal read as busy or not busy, and unavailable for one that is unknown', async () => {
    const camera = tableDetector('camera', ['camera'], () => ({ reasons: [], unknown: [] }));
    const dnd = tableDetector('dnd', ['do-not-disturb'], () => ({ reasons: ['do-not-disturb'], unknown: [] }));
    const fullscreen = tableDetector('x11', ['fullscreen'], () => ({ reasons: [], unknown: ['fullscreen'] }));
    expect(await probeBusySignals(combineDetectors([camera.detector, dnd.detector, fullscreen.detector]))).toEqual({
      presentation: 'unavailable',
      fullscreen: 'unavailable',
      'screen-share': 'unavailable',
      camera: 'works',
      microphone: 'unavailable',
      'do-not-disturb': 'works',
      inhibitor: 'unavailable',
    });
    expect(camera.asked).toEqual([['camera']]);
  });

  it('says every signal is unavailable on an OS without detectors, and for a source that breaks its promise and rejects', async () => {
    const none = Object.fromEntries(BUSY_REASONS.map((signal) => [signal, 'unavailable']));
    expect(await chooseBusySource('aix').probe()).toEqual(none);
    expect(await probeBusySignals({ read: () => Promise.reject(new Error('broken')) })).toEqual(none);
  });

  it('starts nothing when created: no detector runs until the first read', async () => {
    const load = vi.fn(() => Promise.reject(new Error('not Windows')));
    const run = vi.fn(() => Promise.reject(new Error('no programs here')));
    const source = chooseBusySource('win32', { loadNotificationState: load, run, realpath: () => Promise.resolve('C:\\Windows') });
    chooseBusySource('darwin', { run });
    chooseBusySource('linux', { run, env: { DISPLAY: ':0' }, procRoot: '/nonexistent' });
    expect(load).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
    expect(await source.read(['camera'])).toEqual({ reasons: [], unknown: ['camera'] });
    expect(load).not.toHaveBeenCalled(); // the camera lives in the registry; shell32 was not needed
  });
});
