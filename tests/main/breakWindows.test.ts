import { describe, expect, it } from 'vitest';
import type { Session } from '../../preload/contract';
import { BreakWindows } from '../../main/windows/breakWindows';
import { NoticeWindow } from '../../main/windows/noticeWindow';
import { createRecordingElectron } from '../support/electron/recordingElectron';

const session = (untilWallMs: number): Session => ({ mode: 'break', kind: 'micro', untilWallMs, canSnooze: true, canSkip: true, steps: [] });

const setup = (displays: number, initial: 'all' | 'primary' = 'all') => {
  const electron = createRecordingElectron({ displays });
  const setting = { choice: initial, title: 'Breakwise break' };
  const windows = new BreakWindows(electron.screen, electron.api.createWindow, (w) => void w.loadURL('app://breakwise/index.html'), () => setting.choice, () => setting.title);
  windows.start();
  const open = () => electron.windows.filter((w) => !w.destroyed);
  return { electron, windows, setting, open };
};

describe('break windows', () => {
  it('are created once per display at start, hidden, and reused for every break', () => {
    const { electron, windows } = setup(2);
    expect(electron.windows).toHaveLength(2);
    expect(electron.windows.every((w) => !w.visible && w.loaded === 'app://breakwise/index.html')).toBe(true);
    for (let i = 0; i < 3; i++) {
      windows.show(session(1000 + i));
      expect(electron.windows.every((w) => w.visible)).toBe(true);
      windows.hide();
    }
    expect(electron.windows).toHaveLength(2);
    expect(electron.windows.map((w) => w.shows)).toEqual([3, 3]);
  });

  it('cover each display and share one end time', () => {
    const { electron, windows } = setup(2);
    windows.show(session(5000));
    expect(electron.windows.map((w) => w.bounds.x)).toEqual([0, 1920]);
    const lastSent = electron.windows.map((w) => w.webContents.sent.at(-1)?.value);
    expect(lastSent).toEqual([session(5000), session(5000)]);
  });

  it('follows a display plugged in during a break, and one unplugged', () => {
    const { electron, windows, open } = setup(1);
    windows.show(session(5000));
    electron.screen.add(7);
    expect(electron.windows).toHaveLength(2);
    expect(electron.windows[1]).toMatchObject({ visible: true });
    expect(electron.windows[1]?.webContents.sent.at(-1)?.value).toEqual(session(5000));
    electron.screen.remove(7);
    expect(electron.windows[1]?.destroyed).toBe(true);
    expect(open()).toHaveLength(1);
  });

  it('can be limited to the primary display', () => {
    const { electron } = setup(3, 'primary');
    expect(electron.windows).toHaveLength(1);
  });

  it('follow a change of the display setting at once, during a break too, and a change of language', () => {
    const { windows, setting, open } = setup(3);
    windows.show(session(5000));
    setting.choice = 'primary';
    windows.refresh();
    expect(open()).toHaveLength(1);
    setting.choice = 'all';
    windows.refresh();
    expect(open()).toHaveLength(3);
    expect(open().every((w) => w.visible && w.webContents.sent.at(-1)?.value !== undefined)).toBe(true);
    setting.title = 'Breakwise-Pause';
    windows.refresh();
    expect(open().map((w) => w.title)).toEqual(['Breakwise-Pause', 'Breakwise-Pause', 'Breakwise-Pause']);
  });
});

describe('the notice window', () => {
  it('never takes keyboard focus: not focusable, shown inactive, on top, in the corner', () => {
    const electron = createRecordingElectron();
    const notice = new NoticeWindow(electron.screen, electron.api.createWindow, () => undefined);
    notice.start();
    notice.show({ mode: 'notice', kind: 'routine', untilWallMs: 1, canSnooze: true, canSkip: false, steps: [] });
    const [window] = electron.windows;
    expect(window?.options).toMatchObject({ focusable: false, alwaysOnTop: true, skipTaskbar: true, frame: false });
    expect(window).toMatchObject({ shows: 0, inactiveShows: 1, alwaysOnTop: [true, 'floating'] });
    expect(window?.bounds).toMatchObject({ x: 1920 - 360 - 16, y: 1040 - 132 - 16 });
    notice.hide();
    notice.show({ mode: 'notice', kind: 'micro', untilWallMs: 2, canSnooze: true, canSkip: true, steps: [] });
    expect(electron.windows).toHaveLength(1);
  });
});
