import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finished, launchPackaged, newSandbox, packagedExecutable, PROJECT_ROOT, runOnce, savedDays, type Launcher, type PackagedApp, type Sandbox } from './support/appUnderTest';
import { breakPage, completeWelcome, eventually, finishBreak, firstExercise, pageAt, routeOf } from './support/pages';
import { skipUnless } from './support/realElectron';

/**
 * The packaged, fused app from `npx electron-builder --dir`, as IT installs it: its pages must
 * load with grantFileProtocolExtraPrivileges and Node's inspector fused off. Runs when asked
 * for: by `npm run test:packaged` (CI's workflow, after packaging), or with BREAKWISE_PACKAGED_APP
 * set to the executable (or `auto` to find it under dist/). A plain `npm test` never tests a
 * dist/ left over from an older build.
 *
 * No main-process access exists in this build (that is what the fuses are for), so the tray and
 * the settings window, which only the tray opens, are walked in the development build only.
 */
const requested = process.env.BREAKWISE_PACKAGED_APP ?? (process.env.npm_lifecycle_event === 'test:packaged' ? 'auto' : undefined);
const executable = requested === undefined ? null : packagedExecutable(requested);
const reason =
  requested === undefined
    ? 'not asked for: package with `npx electron-builder --dir`, then run `npm run test:packaged` (CI does)'
    : executable === null
      ? `no packaged app found (${requested === 'auto' ? 'under dist/' : requested}): run \`npx electron-builder --dir\` first`
      : process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
        ? 'there is no display (DISPLAY and WAYLAND_DISPLAY unset): run the tests under xvfb-run'
        : '';
const skip = skipUnless({ runs: reason === '', reason }, 'the packaged, fused app (tests/electron/packagedApp.e2e.test.ts)');
const SCREENSHOTS = join(PROJECT_ROOT, 'artifacts', 'screenshots');
/** A fuse's state is the byte '1' or '0' in the binary (@electron/fuses does not export its names for them). */
const FUSE = { on: '1'.charCodeAt(0), off: '0'.charCodeAt(0) };
const WALK_MS = 120_000;

describe.skipIf(skip)('Breakwise packaged and fused', () => {
  const launcher: Launcher = { command: executable ?? '', leadingArgs: [] };
  let sandbox: Sandbox;
  let app: PackagedApp;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    sandbox = newSandbox();
    app = await launchPackaged(launcher.command, sandbox);
  }, WALK_MS);

  afterAll(async () => {
    await app.browser.close().catch(() => undefined);
    if (app.process.exitCode === null) app.process.kill();
    sandbox.dispose();
  });

  it('is the fused build that ships', async () => {
    // On macOS the fuses live in the Electron Framework; @electron/fuses finds it from the executable.
    const wire = await getCurrentFuseWire(launcher.command);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FUSE.off);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FUSE.off);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FUSE.on);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FUSE.off);
  });

  it('loads its pages from the bundle inside the asar: the welcome is drawn on a first start', async () => {
    const welcome = await pageAt(app.pages, '#welcome');
    console.info(`packaged pages load from ${new URL(welcome.url()).protocol}//`);
    await welcome.getByRole('radio').first().waitFor();
    await welcome.screenshot({ path: join(SCREENSHOTS, 'packaged-welcome.png') });
    await completeWelcome(welcome);
    await eventually('the welcome to close', async () => app.pages().every((page) => page.isClosed() || routeOf(page) !== '#welcome'));
  }, WALK_MS);

  it('shows the break window with its first exercise when a second launch says --break-now', async () => {
    const second = await runOnce(launcher, sandbox, ['--break-now']);
    expect(second.code, second.stderr).toBe(0);
    const page = await breakPage(app.pages);
    const exercise = await firstExercise(page);
    expect(exercise.name).not.toBe('');
    expect(exercise.drawing?.width).toBeGreaterThan(40);
    await page.screenshot({ path: join(SCREENSHOTS, 'packaged-break.png') });
    await finishBreak(page);
  }, WALK_MS);

  it('prints the policy report for --policy-report and exits 0', async () => {
    const report = await runOnce(launcher, sandbox, ['--policy-report']);
    expect(report.code, report.stderr).toBe(0);
    expect((JSON.parse(report.stdout) as { settings: unknown[] }).settings.length).toBeGreaterThan(0);
  }, WALK_MS);

  it('quits when a second launch says --quit, with the break saved', async () => {
    const exit = finished(app.process, WALK_MS, 'the packaged app after --quit');
    const second = await runOnce(launcher, sandbox, ['--quit']);
    expect(second.code, second.stderr).toBe(0);
    expect((await exit).code).toBe(0);
    const today = savedDays(sandbox).at(-1);
    expect(today?.breaksTaken).toBe(1);
    expect(today?.checkIns.better).toBe(1);
  }, WALK_MS);
});
