import { realpath as realpathOfFile } from 'node:fs/promises';
import type { BusyReason } from '../../core/busy';
import { parseRegQuery } from '../../policy/readers/regQueryParser';
import { execFileRunner, locateRegExe, type ResolveRealPath, type RunCommand } from '../../policy/readers/windowsRegistry';
import { readingFor, type BusyDetector } from '../detector';

/**
 * Camera and microphone in use on Windows 10 1903 and later, from the privacy consent store that
 * feeds the taskbar's "in use" icon. Each app that used a device has a subkey — packaged apps by
 * package family name, desktop programs under `NonPackaged` by path with `#` for `\` — holding
 * when it last started and stopped (REG_QWORD FILETIMEs). A stop time of 0 means the app is
 * using the device right now:
 *
 *   HKEY_CURRENT_USER\…\ConsentStore\webcam\NonPackaged\C:#Program Files#Zoom#bin#Zoom.exe
 *       LastUsedTimeStart    REG_QWORD    0x1db3c2e5a7d1f20
 *       LastUsedTimeStop    REG_QWORD    0x0
 *
 * Read with reg.exe from the kernel's System32, as the policy reader does. An exit other than 0
 * (the key is missing on older Windows, or cannot be read), output that is not a listing of the
 * key, or no answer within the timeout: unknown.
 */
export const CONSENT_STORE_KEY = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';
export const CONSENT_QUERY_TIMEOUT_MS = 2_000;
const EXIT_SUCCESS = 0;
const IN_USE_STOP_TIME = 0;
const STOP_VALUE = 'LastUsedTimeStop';
const HKCU_AS_PRINTED = 'HKEY_CURRENT_USER';

const DEVICE_SUBKEY: Readonly<Partial<Record<BusyReason, string>>> = { camera: 'webcam', microphone: 'microphone' };

export interface CapabilityConsentOptions {
  /** Runs reg.exe; the default runs it with `CONSENT_QUERY_TIMEOUT_MS`. */
  readonly run?: RunCommand;
  readonly realpath?: ResolveRealPath;
}

/** Whether any app's subkey in a `reg query <device key> /s` listing has stopped at 0; throws when the text is not that listing. */
export function deviceInUse(stdout: string, deviceKey: string): boolean {
  const printedKey = deviceKey.replace(/^HKCU\\/i, `${HKCU_AS_PRINTED}\\`).toLowerCase();
  const { keys } = parseRegQuery(stdout);
  const outside = keys.find(({ path }) => path.toLowerCase() !== printedKey && !path.toLowerCase().startsWith(`${printedKey}\\`));
  if (keys[0]?.path.toLowerCase() !== printedKey || outside !== undefined) {
    throw new Error(`reg.exe did not list ${deviceKey}: "${stdout.trim().split(/\r?\n/)[0]?.slice(0, 80) ?? ''}"`);
  }
  return keys.some(({ path, values }) => path.toLowerCase() !== printedKey && values[STOP_VALUE] === IN_USE_STOP_TIME);
}

export function capabilityConsentDetector(options: CapabilityConsentOptions = {}): BusyDetector {
  const run = options.run ?? execFileRunner(CONSENT_QUERY_TIMEOUT_MS);
  const realpath = options.realpath ?? ((path: string) => realpathOfFile(path));
  let regExe: string | undefined;

  const readDevice = async (signal: BusyReason): Promise<{ signal: BusyReason; inUse: boolean | null }> => {
    const deviceKey = `${CONSENT_STORE_KEY}\\${DEVICE_SUBKEY[signal] ?? ''}`;
    try {
      regExe ??= await locateRegExe(realpath);
      const result = await run(regExe, ['query', deviceKey, '/s']);
      if (result.exitCode !== EXIT_SUCCESS) return { signal, inUse: null };
      return { signal, inUse: deviceInUse(result.stdout, deviceKey) };
    } catch {
      return { signal, inUse: null };
    }
  };

  return {
    name: 'CapabilityAccessManager consent store (reg.exe)',
    signals: ['camera', 'microphone'],
    async read(signals) {
      const devices = await Promise.all(signals.filter((signal) => DEVICE_SUBKEY[signal] !== undefined).map(readDevice));
      return readingFor(
        signals,
        devices.filter(({ inUse }) => inUse === true).map(({ signal }) => signal),
        devices.filter(({ inUse }) => inUse === null).map(({ signal }) => signal),
      );
    },
  };
}
