import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder.yml, checked the way electron-builder itself checks it (its JSON schema, with
 * ajv), and then for what deployment needs: per-machine Windows installers with a pinned upgrade
 * code, the Linux policy folders, the fuses, and no update provider.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const BUILDER_SCHEMA = join(ROOT, 'node_modules', 'app-builder-lib', 'scheme.json');
const GUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/i;
const PINNED_UPGRADE_CODE = 'F5ACBF26-A30A-4102-B8CB-341997E12986';

// js-yaml comes with electron-builder and has no typings of its own; only load() is needed.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
type Config = Record<string, Record<string, unknown> | undefined> & { electronFuses?: Record<string, boolean> };
const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Config;

const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(BUILDER_SCHEMA, 'utf8')) as object);

describe('electron-builder.yml', () => {
  it("is valid by electron-builder's own configuration schema", () => {
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('would be caught by that schema if an option were misspelt or mistyped', () => {
    expect(validate({ ...config, electronFuses: { runAsnode: false } })).toBe(false);
    expect(validate({ ...config, nsis: { perMachine: 'yes' } })).toBe(false);
  });

  it('names the app as macOS policy and the readers expect, and packs only the build output and assets into an asar', () => {
    expect(config['appId']).toBe('com.breakwise.app');
    expect(config['productName']).toBe('Breakwise');
    expect(config['asar']).toBe(true);
    expect(config['files']).toEqual(['out/**', 'assets/**']);
    expect(config['directories']).toMatchObject({ buildResources: 'build' });
  });

  it('installs per machine on Windows, silently if asked, with a pinned MSI upgrade code', () => {
    expect(config['win']?.['target']).toEqual(['nsis', 'msi']);
    expect(config['nsis']).toMatchObject({ oneClick: false, perMachine: true, allowElevation: true, runAfterFinish: false });
    expect(config['msi']).toMatchObject({ perMachine: true, upgradeCode: PINNED_UPGRADE_CODE, runAfterFinish: false });
    expect(config['msi']?.['upgradeCode']).toMatch(GUID);
  });

  it('builds AppImage, deb and rpm on Linux, whose scripts exist and create both policy folders', () => {
    expect(config['linux']?.['target']).toEqual(['AppImage', 'deb', 'rpm']);
    for (const target of ['deb', 'rpm']) {
      const scripts = config[target] ?? {};
      expect(scripts).toMatchObject({ afterInstall: 'build/linux/after-install.sh', afterRemove: 'build/linux/after-remove.sh' });
      expect(existsSync(join(ROOT, String(scripts['afterInstall'])))).toBe(true);
      expect(existsSync(join(ROOT, String(scripts['afterRemove'])))).toBe(true);
    }
    const script = readFileSync(join(ROOT, 'build/linux/after-install.sh'), 'utf8');
    expect(script).toContain('"$POLICY_DIR/managed" "$POLICY_DIR/recommended"');
  });

  it('builds dmg and pkg on macOS with the hardened runtime', () => {
    expect(config['mac']).toMatchObject({ target: ['dmg', 'pkg'], category: 'public.app-category.healthcare-fitness', hardenedRuntime: true });
  });

  it('flips every fuse an IT security review looks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('configures no update provider anywhere, so nothing is published or fetched', () => {
    expect(config['publish']).toBeNull();
    for (const section of ['win', 'nsis', 'msi', 'linux', 'deb', 'rpm', 'mac', 'dmg', 'pkg', 'appImage']) expect(config[section]?.['publish']).toBeUndefined();
  });

  it('ships the generated policy templates in the app’s resources', () => {
    expect(config['extraResources']).toEqual([{ from: 'dist/policy', to: 'policy' }]);
  });
});
