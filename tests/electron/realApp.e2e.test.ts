import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ElectronApplication } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentLauncher, finished, launchDevelopment, newSandbox, PROJECT_ROOT, runOnce, savedDays, type Sandbox } from './support/appUnderTest';
import { clickTrayItem, paintedColours, probeTray, themeSource, windowShowing } from './support/mainProcess';
import { breakPage, completeWelcome, eventually, finishBreak, firstExercise, pageAt, prefersDark } from './support/pages';
import { realElectron, skipUnless } from './support/realElectron';

const electron = realElectron();
const skip = skipUnless(electron, 'the development build in real Electron (tests/electron/realApp.e2e.test.ts)');
const SCREENSHOTS = join(PROJECT_ROOT, 'artifacts', 'screenshots');
const WALK_MS = 120_000;

/**
 * The app as a person meets it, in Electron itself: one run of the development build, walked
 * step by step (each test goes on from where the one before left the app).
 */
describe.skipIf(skip)('Breakwise in real Electron: the development build', () => {
  let sandbox: Sandbox;
  let app: ElectronApplication;
  const launcher = developmentLauncher(electron.runs ? electron.binary : '');
  const pages = () => app.windows();

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    sandbox = newSandbox();
    app = await launchDevelopment(sandbox);
  }, WALK_MS);

  afterAll(async () => {
    if (app.process().exitCode === null) await app.close().catch(() => undefined);
    sandbox.dispose();
  });

  it('lives in the tray, with its menu', async () => {
    const tray = await eventually('the tray and its menu', async () => {
      const probe = await probeTray(app);
      return probe.trays === 1 && probe.menu.length > 0 ? probe : undefined;
    });
    expect(tray.menu.map((item) => item.label)).toEqual(expect.arrayContaining(['Start posture reset now', 'Start movement routine now', 'Preferences…', 'History…', 'Quit']));
    expect(tray.menu.find((item) => item.label === 'Pause')?.submenu.length).toBeGreaterThan(0);
  }, WALK_MS);

  it('welcomes a first start, and closes the welcome once a plan is chosen', async () => {
    const welcome = await pageAt(pages, '#welcome');
    await welcome.screenshot({ path: join(SCREENSHOTS, 'electron-welcome.png') });
    await completeWelcome(welcome);
    await eventually('the welcome to close', async () => !(await windowShowing(app, '#welcome')));
  }, WALK_MS);

  it('shows the break window with its first exercise painted when a second launch says --break-now', async () => {
    const second = await runOnce(launcher, sandbox, ['--break-now']);
    expect(second.code, second.stderr).toBe(0);
    const page = await breakPage(pages);
    const exercise = await firstExercise(page);
    expect(exercise.name).not.toBe('');
    expect(exercise.drawing?.width).toBeGreaterThan(40);
    expect(exercise.drawing?.height).toBeGreaterThan(40);
    // What the compositor drew, not only what the DOM holds: a blank window is one colour.
    await expect(eventually('the break window to be painted', async () => (await paintedColours(app, '')) > 10)).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'electron-break.png') });
  }, WALK_MS);

  it('records the break once it is played to its end, and shows it in the history window', async () => {
    await finishBreak(await breakPage(pages));
    await eventually('the break window to hide', async () => !(await windowShowing(app, '')));
    await clickTrayItem(app, 'History…');
    const history = await pageAt(pages, '#history');
    await history.getByText(/\b1 taken\b/).waitFor();
  }, WALK_MS);

  it('opens the settings window from the tray, and a change there applies at once to the app and its open windows', async () => {
    await clickTrayItem(app, 'Preferences…');
    const settings = await pageAt(pages, '#settings');
    await settings.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await themeSource(app)).toBe('system');
    // The theme is in its own section of the settings window.
    await settings.getByRole('navigation').getByRole('button', { name: 'Sound and appearance' }).click();
    await settings.getByRole('radio', { name: 'Dark' }).check();
    await eventually('the theme to reach the main process', async () => (await themeSource(app)) === 'dark');
    const history = await pageAt(pages, '#history');
    await eventually('the history window to turn dark', () => prefersDark(history));
    await expect(prefersDark(settings)).resolves.toBe(true);
  }, WALK_MS);

  it('prints the policy report for --policy-report and exits 0, leaving the running app alone', async () => {
    const report = await runOnce(launcher, sandbox, ['--policy-report']);
    expect(report.code, report.stderr).toBe(0);
    const parsed = JSON.parse(report.stdout) as { settings: { path: string; source: string }[] };
    expect(parsed.settings.map((setting) => setting.path)).toContain('appearance.theme');
    expect(app.process().exitCode).toBeNull();
  }, WALK_MS);

  it('quits when a second launch says --quit, with the break saved', async () => {
    const exit = finished(app.process(), WALK_MS, 'the app after --quit');
    const second = await runOnce(launcher, sandbox, ['--quit']);
    expect(second.code, second.stderr).toBe(0);
    expect((await exit).code).toBe(0);
    const today = savedDays(sandbox).at(-1);
    expect(today?.breaksTaken).toBe(1);
    expect(today?.checkIns.better).toBe(1);
  }, WALK_MS);
});
