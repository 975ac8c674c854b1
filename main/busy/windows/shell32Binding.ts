import type { NotificationStateBinding } from './notificationState';

/** shellapi.h: SHQueryUserNotificationState returns S_OK and writes the state through its pointer. */
const S_OK = 0;
const HRESULT_HEX_DIGITS = 8;
const HEX = 16;

/**
 * shell32's SHQueryUserNotificationState through koffi, a foreign-function interface whose
 * prebuilt binaries come in per-platform npm packages (no compiler at install). Imported here,
 * on the first read on Windows, and nowhere else: no other platform loads koffi at all.
 */
export async function loadShell32NotificationState(): Promise<NotificationStateBinding> {
  const { default: koffi } = await import('koffi');
  const shell32 = koffi.load('shell32.dll');
  const query = shell32.func('int32_t __stdcall SHQueryUserNotificationState(_Out_ int32_t *pquns)');
  return {
    SHQueryUserNotificationState() {
      const state: [number] = [0];
      const result = query(state) as unknown;
      if (result !== S_OK) {
        const hresult = typeof result === 'number' ? `0x${(result >>> 0).toString(HEX).padStart(HRESULT_HEX_DIGITS, '0')}` : String(result);
        throw new Error(`SHQueryUserNotificationState failed with HRESULT ${hresult}`);
      }
      return state[0];
    },
  };
}
