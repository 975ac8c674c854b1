import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUSY_REASONS, type BusyReading } from '../../main/core/busy';
import { chooseBusySource } from '../../main/busy';
import { classifyHolders, parseDisplaySleepHolders, PMSET_PATH } from '../../main/busy/mac/pmsetAssertions';
import type { CommandResult, RunCommand } from '../../main/policy/readers/windowsRegistry';

/** `pmset -g assertions` listings in macOS's format (tests/fixtures/busy/pmset/README.md). */
const listing = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/busy/pmset', name), 'utf8');

function fakePmset(result: CommandResult | Error) {
  const calls: string[][] = [];
  const run: RunCommand = (command, args) => {
    calls.push([command, ...args]);
    return result instanceof Error ? Promise.reject(result) : Promise.resolve(result);
  };
  return { run, calls };
}

const read = (result: CommandResult | Error, ownPid = 1): Promise<BusyReading> =>
  chooseBusySource('darwin', { run: fakePmset(result).run, ownPid }).read(['presentation', 'inhibitor']);
const printed = (stdout: string): CommandResult => ({ stdout, stderr: '', exitCode: 0 });
const UNKNOWN: BusyReading = { reasons: [], unknown: ['presentation', 'inhibitor'] };

describe('display-sleep assertions on macOS, from pmset', () => {
  it('runs /usr/bin/pmset -g assertions, found by its fixed path', async () => {
    const pmset = fakePmset(printed(listing('nothing-on-screen.txt')));
    await chooseBusySource('darwin', { run: pmset.run }).read(['inhibitor']);
    expect(pmset.calls).toEqual([[PMSET_PATH, '-g', 'assertions']]);
  });

  it('reads a video call and a slide show as a presentation', async () => {
    expect(await read(printed(listing('meeting-zoom.txt')))).toEqual({ reasons: ['presentation'], unknown: [] });
    expect(await read(printed(listing('slideshow-keynote.txt')))).toEqual({ reasons: ['presentation'], unknown: [] });
  });

  it("reads a browser's video and an older system's player as an inhibitor", async () => {
    expect(await read(printed(listing('video-browser.txt')))).toEqual({ reasons: ['inhibitor'], unknown: [] });
    expect(await read(printed(listing('legacy-player.txt')))).toEqual({ reasons: ['inhibitor'], unknown: [] });
  });

  it("is not busy when only system sleep is held off, or powerd keeps the display on for itself", async () => {
    expect(await read(printed(listing('nothing-on-screen.txt')))).toEqual({ reasons: [], unknown: [] });
  });

  it('lists each display-sleep holder with its process, and leaves out Breakwise itself', () => {
    const holders = parseDisplaySleepHolders(listing('meeting-zoom.txt'));
    expect(holders).toEqual([{ pid: 2214, process: 'zoom.us', name: 'zoom.us' }]);
    expect(classifyHolders(holders, 2214)).toEqual([]);
    expect(parseDisplaySleepHolders(listing('legacy-player.txt'))).toEqual([{ pid: 640, process: 'VLC', name: 'VLC media playback' }]);
  });

  it('is unknown when pmset fails, hangs, is missing, or prints something that is not its table', async () => {
    expect(await read({ stdout: '', stderr: 'pmset: error\n', exitCode: 1 })).toEqual(UNKNOWN);
    expect(await read(new Error(`${PMSET_PATH} did not finish within 2000 ms`))).toEqual(UNKNOWN);
    expect(await read(Object.assign(new Error('spawn /usr/bin/pmset ENOENT'), { code: 'ENOENT' }))).toEqual(UNKNOWN);
    expect(await read(printed(''))).toEqual(UNKNOWN);
    expect(await read(printed('Listed by owning process:\n   pid 905(Google Chrome): [0x1] 00:00:01 PreventUserIdleDisplaySleep named: "Video Wake Lock"\n'))).toEqual(UNKNOWN);
  });

  it('leaves camera, microphone, full screen, screen sharing and do not disturb unknown, and says so in the probe', async () => {
    const source = chooseBusySource('darwin', { run: fakePmset(printed(listing('video-browser.txt'))).run, ownPid: 1 });
    expect(await source.read(BUSY_REASONS)).toEqual({ reasons: ['inhibitor'], unknown: ['fullscreen', 'screen-share', 'camera', 'microphone', 'do-not-disturb'] });
    expect(await source.probe()).toEqual({
      presentation: 'works',
      fullscreen: 'unavailable',
      'screen-share': 'unavailable',
      camera: 'unavailable',
      microphone: 'unavailable',
      'do-not-disturb': 'unavailable',
      inhibitor: 'works',
    });
  });
});
