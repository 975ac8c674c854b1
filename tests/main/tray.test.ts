import { describe, expect, it } from 'vitest';
import type { BusyGroup, TrayView } from '../../main/core/engine/effects';
import { TrayController } from '../../main/tray/trayController';
import type { TrayActions } from '../../main/tray/trayPresentation';
import { systemTrayTheme, trayIconFile } from '../../main/tray/trayTheme';
import { createMainText } from '../../main/i18n/mainText';
import { createRecordingElectron } from '../support/electron/recordingElectron';

const view = (status: TrayView['status'], minutesToBreak: number | null = null, pausedUntilWallMs: number | null = null): TrayView => ({
  status,
  minutesToBreak,
  nextKind: minutesToBreak === null ? null : 'micro',
  pausedUntilWallMs,
  waiting: null,
});
const active = (minutes: number): TrayView => view('active', minutes);
const waiting = (group: BusyGroup, sittingMinutes: number, overdue = false): TrayView => ({ ...view('breakWaiting'), nextKind: 'micro', waiting: { group, sittingMinutes, overdue } });

const setup = (platform: NodeJS.Platform = 'linux') => {
  const electron = createRecordingElectron({ platform });
  const done: string[] = [];
  const actions: TrayActions = {
    breakNow: (kind) => done.push(`breakNow:${kind}`),
    pause: (until) => done.push(`pause:${until}`),
    resume: () => done.push('resume'),
    openPreferences: () => done.push('preferences'),
    openHistory: () => done.push('history'),
    about: () => done.push('about'),
    quit: () => done.push('quit'),
  };
  const theme = systemTrayTheme(electron.api.nativeTheme, platform);
  const tray = new TrayController(
    {
      createTray: electron.api.createTray,
      menu: electron.api.menu,
      iconPath: trayIconFile,
      theme,
      isMac: platform === 'darwin',
      now: () => 1_000_000,
    },
    actions,
    createMainText('en'),
  );
  tray.start();
  const fake = electron.trays[0];
  if (fake === undefined) throw new Error('no tray');
  return { electron, tray, fake, done, theme };
};

describe('the tray', () => {
  it('shows an icon for each state, light or dark as the OS is', () => {
    const { tray, fake, electron } = setup();
    tray.show(active(12));
    expect(fake.image).toBe('active-light.png');
    tray.show(view('breakSoon', 1));
    expect(fake.image).toBe('break-soon-light.png');
    tray.show(view('paused'));
    expect(fake.image).toBe('paused-light.png');
    tray.show(view('outsideHours'));
    expect(fake.image).toBe('outside-hours-light.png');
    electron.nativeTheme.setSystem({ dark: true });
    expect(fake.image).toBe('outside-hours-dark.png');
    tray.setDetection({ available: false, reason: 'no idle time on this Wayland session' });
    expect(fake.image).toBe('unavailable-dark.png');
    expect(fake.tooltip).toBe('Breakwise — Idle detection unavailable: no idle time on this Wayland session');
    expect(fake.menu[0]).toMatchObject({ label: 'Idle detection unavailable: no idle time on this Wayland session', enabled: false });
  });

  it('says a break waits for the meeting, the presentation or full screen, with the sitting so far, in English and German', () => {
    const { tray, fake } = setup('darwin');
    tray.show(waiting('meeting', 23));
    expect(fake.tooltip).toBe('Breakwise — Break waiting — in a meeting (23 min sitting)');
    expect(fake.image).toBe('break-soonTemplate.png');
    expect(fake.title).toBe('');
    expect(fake.menu[0]).toMatchObject({ label: 'Break waiting — in a meeting (23 min sitting)', enabled: false });
    expect(fake.menu.find((item) => item.label === 'Start posture reset now')).toMatchObject({ enabled: true });
    tray.show(waiting('presentation', 61, true));
    expect(fake.tooltip).toBe('Breakwise — Break overdue — presenting (61 min sitting)');
    tray.show(waiting('fullscreen', 30));
    expect(fake.tooltip).toBe('Breakwise — Break waiting — full screen (30 min sitting)');
    tray.setText(createMainText('de'));
    expect(fake.tooltip).toBe('Breakwise – Pause wartet – Vollbild (30 Min. gesessen)');
    tray.show(waiting('meeting', 75, true));
    expect(fake.tooltip).toBe('Breakwise – Pause überfällig – im Meeting (75 Min. gesessen)');
  });

  it('updates the tooltip only when the minute changes, with a title on macOS', () => {
    const { tray, fake } = setup('darwin');
    tray.show(active(12));
    const before = { ...fake.updates };
    tray.show(active(12));
    tray.show(active(12));
    expect(fake.updates).toEqual(before);
    tray.show(active(11));
    expect(fake.tooltip).toBe('Breakwise — Next posture reset in 11 min');
    expect(fake.title).toBe('11m');
    expect(fake.updates.tooltip).toBe(before.tooltip + 1);
  });

  it('offers the menu the person expects, each item doing its job', () => {
    const { tray, fake, done } = setup();
    tray.show(active(5));
    expect(fake.menu.map((i) => i.label ?? '—')).toEqual([
      'Next posture reset in 5 min',
      '—',
      'Start posture reset now',
      'Start movement routine now',
      '—',
      'Pause',
      'Resume',
      '—',
      'Preferences…',
      'History…',
      'About Breakwise',
      '—',
      'Quit',
    ]);
    expect(fake.menu.find((i) => i.label === 'Pause')?.submenu?.map((i) => i.label)).toEqual([
      'For 30 minutes',
      'For 1 hour',
      'For 2 hours',
      'Until tomorrow',
      'Until I resume',
    ]);
    fake.click('Start posture reset now');
    fake.click('Start movement routine now');
    fake.click('Pause', 'For 1 hour');
    fake.click('Pause', 'Until I resume');
    fake.click('Preferences…');
    fake.click('History…');
    fake.click('About Breakwise');
    fake.click('Quit');
    expect(done).toEqual(['breakNow:micro', 'breakNow:routine', `pause:${1_000_000 + 3_600_000}`, 'pause:null', 'preferences', 'history', 'about', 'quit']);
    expect(() => fake.click('Resume')).toThrow(/disabled/);
  });

  it("offers Resume, and no Pause, while paused, saying until when from the engine's view", () => {
    const { tray, fake, done } = setup();
    tray.show(view('paused', null, new Date(2026, 2, 2, 14, 30).getTime()));
    expect(fake.tooltip).toMatch(/^Breakwise — Paused until 2:30\sPM$/u);
    tray.show(view('paused'));
    expect(fake.tooltip).toBe('Breakwise — Paused until you resume');
    expect(() => fake.click('Pause', 'For 1 hour')).toThrow(/disabled/);
    fake.click('Resume');
    expect(done).toEqual(['resume']);
  });

  it("follows the Windows taskbar's theme, not Breakwise's own, and changes when the OS says so", () => {
    const { fake, electron } = setup('win32');
    electron.nativeTheme.themeSource = 'dark'; // the person's choice for Breakwise's windows
    electron.nativeTheme.setSystem({ dark: true, taskbarDark: false });
    expect(fake.image).toBe('active-light.png');
    electron.nativeTheme.setSystem({ dark: false, taskbarDark: true });
    expect(fake.image).toBe('active-dark.png');
  });

  it('uses template images on macOS, which the menu bar colours itself', () => {
    const { fake, electron } = setup('darwin');
    expect(fake.image).toBe('activeTemplate.png');
    electron.nativeTheme.setSystem({ dark: true });
    expect(fake.image).toBe('activeTemplate.png');
  });

  it("on Linux follows the OS colour scheme, keeping the last reading while Breakwise's own theme overrides it", () => {
    const { fake, electron } = setup('linux');
    electron.nativeTheme.setSystem({ dark: true });
    expect(fake.image).toBe('active-dark.png');
    electron.nativeTheme.themeSource = 'light';
    expect(fake.image).toBe('active-dark.png');
    electron.nativeTheme.themeSource = 'system';
    electron.nativeTheme.setSystem({ dark: false });
    expect(fake.image).toBe('active-light.png');
  });

  it('stops listening to the OS theme once disposed', () => {
    const { tray, theme, electron } = setup('win32');
    expect(electron.nativeTheme.count('updated')).toBe(1);
    tray.dispose();
    theme.dispose();
    expect(electron.nativeTheme.count('updated')).toBe(0);
  });

  it('speaks the language it is given, and switches it live', () => {
    const { tray, fake } = setup();
    tray.show(active(5));
    tray.setText(createMainText('de'));
    expect(fake.tooltip).toBe('Breakwise – Nächste Haltungspause in 5 Min.');
    expect(fake.menu.map((i) => i.label).filter((label) => label !== undefined)).toContain('Einstellungen…');
    expect(fake.menu.find((i) => i.label === 'Pausieren')?.submenu?.map((i) => i.label)).toEqual(['30 Minuten', '1 Stunde', '2 Stunden', 'Bis morgen', 'Bis ich fortsetze']);
  });
});
