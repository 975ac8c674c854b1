import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EtcOverlay } from '../support/etcOverlay';

/**
 * The life of a setting, as an organization and a person live it, through the built main bundle
 * on the recording double: every step is a real start of the app over the same data folder and
 * a real /etc/breakwise/policies (tests/support/etcOverlay.ts), and every assertion is on the
 * settings view the person would see.
 */

interface View {
  values: Record<string, unknown>;
  sources: Record<string, string>;
}
interface Start {
  views: View[];
  welcomeOpen: boolean;
}

const unavailable = EtcOverlay.unavailableReason();
if (unavailable !== null) console.info(`skipped: the life of a setting through real /etc policy files — ${unavailable}`);

const valueAt = (view: View, path: string): unknown => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], view.values);
/** What the person sees for one setting: its value and where it comes from. */
const shown = (view: View | undefined, path: string): { value: unknown; source: string | undefined } => ({ value: view === undefined ? undefined : valueAt(view, path), source: view?.sources[path] });

const RECOMMENDED = { SnoozeMinutes: 10, StrictMode: true, NoticeSeconds: 60, MicroBreakEveryMinutes: 45 };

describe.skipIf(unavailable !== null)('the life of a setting across real restarts, with real policy files', () => {
  let etc: EtcOverlay;
  let userData: string;

  beforeAll(() => {
    etc = new EtcOverlay();
    userData = mkdtempSync(join(tmpdir(), 'breakwise-life-'));
  });
  afterAll(() => {
    etc.dispose();
    rmSync(userData, { recursive: true, force: true });
  });

  /** One start of the app: the actions, then Quit. */
  const start = (actions: readonly Record<string, unknown>[]): Start => {
    const run = etc.run(process.execPath, ['--import', './tests/smoke/useElectronDouble.mjs', '--import', 'tsx', 'tests/smoke/settingLife.ts', 'out/main/index.js', JSON.stringify(actions)], {
      ...process.env,
      BREAKWISE_DOUBLE_USER_DATA: userData,
    });
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as Start;
  };
  const storedSettings = (): unknown => (JSON.parse(readFileSync(join(userData, 'preferences.json'), 'utf8')) as { settings: unknown }).settings;

  it('keeps recommended values through the welcome, a change, a reset and every restart, and follows policy changes', () => {
    etc.writePolicy('recommended', '50-org.json', JSON.stringify(RECOMMENDED));

    // A fresh start: the organization's recommendations are what the person sees.
    const fresh = start([{ do: 'show' }, { do: 'welcome', plan: 'standard', startAtLogin: false }]);
    for (const view of fresh.views) {
      expect(shown(view, 'snooze.minutes')).toEqual({ value: 10, source: 'recommended' });
      expect(shown(view, 'strict')).toEqual({ value: true, source: 'recommended' });
      expect(shown(view, 'noticeSeconds')).toEqual({ value: 60, source: 'recommended' });
      expect(shown(view, 'microBreak.everyMinutes')).toEqual({ value: 45, source: 'recommended' });
    }
    expect(fresh.welcomeOpen).toBe(false);

    // After the welcome and a restart, nothing the person did not choose became theirs.
    const afterWelcome = start([{ do: 'show' }, { do: 'set', path: 'snooze.minutes', value: 3 }]);
    expect(shown(afterWelcome.views[0], 'snooze.minutes')).toEqual({ value: 10, source: 'recommended' });
    expect(shown(afterWelcome.views[0], 'strict')).toEqual({ value: true, source: 'recommended' });
    expect(shown(afterWelcome.views[0], 'microBreak.everyMinutes')).toEqual({ value: 45, source: 'recommended' });
    expect(shown(afterWelcome.views[0], 'startAtLogin')).toEqual({ value: false, source: 'user' });
    expect(shown(afterWelcome.views[1], 'snooze.minutes')).toEqual({ value: 3, source: 'user' });
    expect(afterWelcome.welcomeOpen).toBe(false);

    // The person's own value survives a restart; a reset goes back to the recommendation.
    const changed = start([{ do: 'show' }, { do: 'reset', path: 'snooze.minutes' }]);
    expect(shown(changed.views[0], 'snooze.minutes')).toEqual({ value: 3, source: 'user' });
    expect(shown(changed.views[1], 'snooze.minutes')).toEqual({ value: 10, source: 'recommended' });

    // ...and the reset survives a restart too.
    const afterReset = start([{ do: 'show' }]);
    expect(shown(afterReset.views[0], 'snooze.minutes')).toEqual({ value: 10, source: 'recommended' });
    expect(storedSettings()).toEqual({ startAtLogin: false });

    // The organization changes its recommendation and locks strict mode off.
    etc.writePolicy('recommended', '50-org.json', JSON.stringify({ ...RECOMMENDED, SnoozeMinutes: 12 }));
    etc.writePolicy('managed', '50-org.json', JSON.stringify({ StrictMode: false }));
    const policyChanged = start([{ do: 'show' }]);
    expect(shown(policyChanged.views[0], 'snooze.minutes')).toEqual({ value: 12, source: 'recommended' });
    expect(shown(policyChanged.views[0], 'strict')).toEqual({ value: false, source: 'enforced' });

    // The organization withdraws its policy: the defaults, and the person's one choice.
    etc.clearPolicies();
    const withdrawn = start([{ do: 'show' }]);
    expect(shown(withdrawn.views[0], 'snooze.minutes')).toEqual({ value: 5, source: 'default' });
    expect(shown(withdrawn.views[0], 'strict')).toEqual({ value: false, source: 'default' });
    expect(shown(withdrawn.views[0], 'microBreak.everyMinutes')).toEqual({ value: 20, source: 'default' });
    expect(shown(withdrawn.views[0], 'startAtLogin')).toEqual({ value: false, source: 'user' });
    expect(withdrawn.welcomeOpen).toBe(false);
  }, 120_000);

  it('keeps the data folder and its files private to their owner', () => {
    start([{ do: 'set', path: 'snooze.minutes', value: 7 }]);
    expect(statSync(userData).mode & 0o777).toBe(0o700);
    expect(statSync(join(userData, 'preferences.json')).mode & 0o777).toBe(0o600);
    expect(statSync(join(userData, 'history.json')).mode & 0o777).toBe(0o600);
  }, 60_000);

  it('--policy-report reads real policy files and the person\'s file exactly as the app does', () => {
    etc.writePolicy('recommended', '50-org.json', JSON.stringify(RECOMMENDED));
    etc.writePolicy('managed', '50-org.json', JSON.stringify({ StrictMode: false, NotAPolicyKey: 1 }));
    // Saved by a Windows editor (a byte-order mark) and by a newer Breakwise: the app keeps both values.
    const text = JSON.stringify({ schemaVersion: 3, settings: { snooze: { minutes: 4 }, noticeSeconds: 45 }, firstRun: null, pause: null, addedLater: true });
    writeFileSync(join(userData, 'preferences.json'), `\uFEFF${text}`);
    const before = readFileSync(join(userData, 'preferences.json'));

    const report = etc.run(process.execPath, ['--import', './tests/smoke/useElectronDouble.mjs', '--import', 'tsx', 'tests/smoke/policyReportBundle.ts', 'out/main/index.js'], {
      ...process.env,
      BREAKWISE_DOUBLE_USER_DATA: userData,
    });
    expect(report.status, report.stderr).toBe(0);
    const [json, exitLine] = report.stdout.trim().split(/\n(?=exit )/);
    expect(exitLine).toBe('exit 0 trays 0 windows 0');
    const printed = JSON.parse(json ?? '') as { settings: { path: string; value: unknown; source: string }[]; rejected: { key: string; reason: string }[] };
    const reported = (path: string) => printed.settings.find((s) => s.path === path);
    expect(reported('snooze.minutes')).toMatchObject({ key: 'SnoozeMinutes', value: 4, source: 'user' });
    expect(reported('noticeSeconds')).toMatchObject({ value: 45, source: 'user' });
    expect(reported('microBreak.everyMinutes')).toMatchObject({ value: 45, source: 'recommended' });
    expect(reported('strict')).toMatchObject({ value: false, source: 'enforced' });
    expect(printed.rejected).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'NotAPolicyKey', reason: expect.stringContaining('not a Breakwise policy key') })]));
    // The report writes nothing.
    expect(readFileSync(join(userData, 'preferences.json')).equals(before)).toBe(true);

    // The app, started over the same files, shows the same values.
    const app = start([{ do: 'show' }]);
    expect(shown(app.views[0], 'snooze.minutes')).toEqual({ value: 4, source: 'user' });
    expect(shown(app.views[0], 'noticeSeconds')).toEqual({ value: 45, source: 'user' });
    expect(shown(app.views[0], 'strict')).toEqual({ value: false, source: 'enforced' });
  }, 60_000);
});
