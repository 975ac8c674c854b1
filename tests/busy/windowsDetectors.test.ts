import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BUSY_REASONS, type BusyReading } from '../../main/core/busy';
import { chooseBusySource } from '../../main/busy';
import { CONSENT_STORE_KEY, deviceInUse } from '../../main/busy/windows/capabilityConsent';
import { QUNS, type NotificationStateBinding } from '../../main/busy/windows/notificationState';
import { KERNEL_SYSTEM_ROOT, type CommandResult, type RunCommand } from '../../main/policy/readers/windowsRegistry';

/** reg.exe listings of the consent store in reg.exe's format (tests/fixtures/busy/windows/README.md). */
const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/busy/windows', name), 'utf8');
const listed = (name: string): CommandResult => ({ stdout: fixture(name), stderr: '', exitCode: 0 });

const WINDOWS_DIRECTORY = 'C:\\Windows';
const REG_EXE = 'C:\\Windows\\System32\\reg.exe';
const kernelRealpath = (path: string): Promise<string> =>
  path === KERNEL_SYSTEM_ROOT ? Promise.resolve(`\\\\?\\${WINDOWS_DIRECTORY}`) : Promise.reject(new Error(`unexpected realpath ${path}`));

/** reg.exe as a table from device key to answer; records every call. */
function fakeReg(answers: { webcam?: CommandResult | Error; microphone?: CommandResult | Error }) {
  const calls: string[][] = [];
  const run: RunCommand = (command, args) => {
    calls.push([command, ...args]);
    const device = (args[1] ?? '').split('\\').pop() as 'webcam' | 'microphone';
    const answer = answers[device] ?? new Error(`unexpected query ${args.join(' ')}`);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  return { run, calls };
}

/** shell32 stood in for by a fake with one state (the real one is loaded through koffi on Windows). */
const binding = (state: number | (() => number)): (() => Promise<NotificationStateBinding>) => () =>
  Promise.resolve({ SHQueryUserNotificationState: typeof state === 'number' ? () => state : state });

const windowsSource = (options: { state?: number | (() => number); reg?: Parameters<typeof fakeReg>[0] } = {}) =>
  chooseBusySource('win32', {
    loadNotificationState: binding(options.state ?? QUNS.ACCEPTS_NOTIFICATIONS),
    run: fakeReg(options.reg ?? {}).run,
    realpath: kernelRealpath,
  });

const NOTIFICATION_SIGNALS = ['presentation', 'fullscreen', 'do-not-disturb'] as const;

describe('SHQueryUserNotificationState', () => {
  it.each([
    ['QUNS_NOT_PRESENT (locked)', QUNS.NOT_PRESENT, { reasons: [], unknown: ['do-not-disturb'] }],
    ['QUNS_BUSY (a full-screen app)', QUNS.BUSY, { reasons: ['fullscreen'], unknown: ['do-not-disturb'] }],
    ['QUNS_RUNNING_D3D_FULL_SCREEN', QUNS.RUNNING_D3D_FULL_SCREEN, { reasons: ['fullscreen'], unknown: ['do-not-disturb'] }],
    ['QUNS_PRESENTATION_MODE', QUNS.PRESENTATION_MODE, { reasons: ['presentation'], unknown: ['do-not-disturb'] }],
    ['QUNS_ACCEPTS_NOTIFICATIONS', QUNS.ACCEPTS_NOTIFICATIONS, { reasons: [], unknown: ['do-not-disturb'] }],
    ['QUNS_QUIET_TIME', QUNS.QUIET_TIME, { reasons: ['do-not-disturb'], unknown: [] }],
    ['QUNS_APP (a Store app, windowed since Windows 10)', QUNS.APP, { reasons: [], unknown: ['do-not-disturb'] }],
  ])('reads %s', async (_, state, expected) => {
    expect(await windowsSource({ state }).read(NOTIFICATION_SIGNALS)).toEqual(expected);
  });

  it('keeps the documented values of QUERY_USER_NOTIFICATION_STATE (shellapi.h)', () => {
    expect(QUNS).toEqual({ NOT_PRESENT: 1, BUSY: 2, RUNNING_D3D_FULL_SCREEN: 3, PRESENTATION_MODE: 4, ACCEPTS_NOTIFICATIONS: 5, QUIET_TIME: 6, APP: 7 });
  });

  it('is unknown for a state no documentation names, a failing call, or a binding that cannot load', async () => {
    const unknown: BusyReading = { reasons: [], unknown: [...NOTIFICATION_SIGNALS] };
    expect(await windowsSource({ state: 0 }).read(NOTIFICATION_SIGNALS)).toEqual(unknown);
    expect(await windowsSource({ state: 8 }).read(NOTIFICATION_SIGNALS)).toEqual(unknown);
    const failing = () => {
      throw new Error('SHQueryUserNotificationState failed with HRESULT 0x80004005');
    };
    expect(await windowsSource({ state: failing }).read(NOTIFICATION_SIGNALS)).toEqual(unknown);
    const noBinding = chooseBusySource('win32', { loadNotificationState: () => Promise.reject(new Error('Cannot find the native Koffi module')) });
    expect(await noBinding.read(NOTIFICATION_SIGNALS)).toEqual(unknown);
  });

  it('loads the binding once, on the first read that needs it, and asks it on every read', async () => {
    const query = vi.fn(() => QUNS.BUSY);
    const load = vi.fn(() => Promise.resolve({ SHQueryUserNotificationState: query }));
    const source = chooseBusySource('win32', { loadNotificationState: load, run: fakeReg({}).run, realpath: kernelRealpath });
    expect(load).not.toHaveBeenCalled();
    await source.read(['fullscreen']);
    await source.read(['fullscreen', 'camera']);
    expect(load).toHaveBeenCalledTimes(1);
    expect(query).toHaveBeenCalledTimes(2);
  });

  it("reports unknown, and does not throw, with the real koffi loader where there is no shell32 (this machine, if it isn't Windows)", async () => {
    const source = chooseBusySource('win32', { run: fakeReg({}).run, realpath: kernelRealpath });
    const reading = await source.read(NOTIFICATION_SIGNALS);
    if (process.platform === 'win32') expect(reading.unknown).not.toContain('fullscreen');
    else expect(reading).toEqual({ reasons: [], unknown: [...NOTIFICATION_SIGNALS] });
  });
});

describe('camera and microphone, from the consent store', () => {
  it('reads a desktop program under NonPackaged whose stop time is 0 as the camera in use, asking the kernel-located reg.exe', async () => {
    const reg = fakeReg({ webcam: listed('webcam-nonpackaged-in-use.txt') });
    const source = chooseBusySource('win32', { loadNotificationState: binding(QUNS.ACCEPTS_NOTIFICATIONS), run: reg.run, realpath: kernelRealpath });
    expect(await source.read(['camera'])).toEqual({ reasons: ['camera'], unknown: [] });
    expect(reg.calls).toEqual([[REG_EXE, 'query', `${CONSENT_STORE_KEY}\\webcam`, '/s']]);
  });

  it('reads a packaged app whose stop time is 0 as the microphone in use', async () => {
    expect(await windowsSource({ reg: { microphone: listed('microphone-packaged-in-use.txt'), webcam: listed('webcam-idle.txt') } }).read(['camera', 'microphone'])).toEqual({
      reasons: ['microphone'],
      unknown: [],
    });
  });

  it('is not in use when every app has stopped', async () => {
    expect(await windowsSource({ reg: { microphone: listed('microphone-idle.txt'), webcam: listed('webcam-idle.txt') } }).read(['camera', 'microphone'])).toEqual({
      reasons: [],
      unknown: [],
    });
  });

  it('queries only the devices asked about', async () => {
    const reg = fakeReg({ microphone: listed('microphone-idle.txt') });
    await chooseBusySource('win32', { loadNotificationState: binding(QUNS.ACCEPTS_NOTIFICATIONS), run: reg.run, realpath: kernelRealpath }).read(['microphone', 'fullscreen']);
    expect(reg.calls.map((call) => call[2])).toEqual([`${CONSENT_STORE_KEY}\\microphone`]);
  });

  it('is unknown when reg.exe exits 1 (no consent store before Windows 10 1903), hangs, or prints another key or no listing', async () => {
    const missing: CommandResult = { stdout: '', stderr: fixture('missing-key.err'), exitCode: 1 };
    const otherKey: CommandResult = { stdout: '\r\nHKEY_CURRENT_USER\\Software\\Policies\\Breakwise\r\n    LastUsedTimeStop    REG_QWORD    0x0\r\n', stderr: '', exitCode: 0 };
    const answers: (CommandResult | Error)[] = [missing, new Error(`${REG_EXE} did not finish within 2000 ms`), otherKey, { stdout: 'Access is denied.\r\n', stderr: '', exitCode: 0 }];
    for (const webcam of answers) {
      expect(await windowsSource({ reg: { webcam } }).read(['camera'])).toEqual({ reasons: [], unknown: ['camera'] });
    }
  });

  it('is unknown when the Windows directory cannot be found from the kernel, without running any reg.exe', async () => {
    const reg = fakeReg({ webcam: listed('webcam-nonpackaged-in-use.txt') });
    const source = chooseBusySource('win32', { loadNotificationState: binding(QUNS.ACCEPTS_NOTIFICATIONS), run: reg.run, realpath: () => Promise.resolve('\\Device\\HarddiskVolume3') });
    expect(await source.read(['camera'])).toEqual({ reasons: [], unknown: ['camera'] });
    expect(reg.calls).toEqual([]);
  });

  it('ignores a stop time of 0 on the device key itself, which is not an app', () => {
    const key = `${CONSENT_STORE_KEY}\\webcam`;
    const own = `\r\nHKEY_CURRENT_USER${key.slice('HKCU'.length)}\r\n    Value    REG_SZ    Allow\r\n    LastUsedTimeStop    REG_QWORD    0x0\r\n`;
    expect(deviceInUse(own, key)).toBe(false);
  });

  it('leaves screen sharing and the inhibitor signal unknown on Windows', async () => {
    const source = windowsSource({ state: QUNS.BUSY, reg: { webcam: listed('webcam-idle.txt'), microphone: listed('microphone-packaged-in-use.txt') } });
    expect(await source.read(BUSY_REASONS)).toEqual({ reasons: ['fullscreen', 'microphone'], unknown: ['screen-share', 'do-not-disturb', 'inhibitor'] });
  });
});
