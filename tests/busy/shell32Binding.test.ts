import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BUSY_REASONS } from '../../main/core/busy';
import { chooseBusySource } from '../../main/busy';
import { QUNS } from '../../main/busy/windows/notificationState';
import { loadShell32NotificationState } from '../../main/busy/windows/shell32Binding';

/**
 * koffi stood in for by a module that records being imported and plays shell32: the declared
 * prototype, the out-parameter array it fills, and the HRESULT it returns.
 */
const shell32 = vi.hoisted(() => ({ imports: 0, declared: [] as string[], loaded: [] as string[], state: 4, hresult: 0 }));
vi.mock('koffi', () => {
  shell32.imports += 1;
  return {
    default: {
      load: (library: string) => {
        shell32.loaded.push(library);
        return {
          func: (prototype: string) => {
            shell32.declared.push(prototype);
            return (out: number[]) => ((out[0] = shell32.state), shell32.hresult);
          },
        };
      },
    },
  };
});

const noPrograms = () => Promise.reject(new Error('no programs in this test'));

describe('shell32 through koffi', () => {
  beforeEach(() => {
    shell32.state = QUNS.PRESENTATION_MODE;
    shell32.hresult = 0;
  });

  it('is never imported on Linux or macOS, and only by the first read on Windows', async () => {
    await chooseBusySource('linux', { env: { DISPLAY: ':0' }, run: noPrograms, procRoot: join(tmpdir(), 'breakwise-no-proc') }).read(BUSY_REASONS);
    await chooseBusySource('darwin', { run: noPrograms }).read(BUSY_REASONS);
    const windows = chooseBusySource('win32', { run: noPrograms, realpath: noPrograms });
    expect(shell32.imports).toBe(0);
    expect(await windows.read(['presentation'])).toEqual({ reasons: ['presentation'], unknown: [] });
    expect(shell32.imports).toBe(1);
    expect(shell32.loaded).toEqual(['shell32.dll']);
    expect(shell32.declared).toEqual(['int32_t __stdcall SHQueryUserNotificationState(_Out_ int32_t *pquns)']);
  });

  it('returns the state written through the out parameter, and throws with the HRESULT when the call fails', async () => {
    const binding = await loadShell32NotificationState();
    shell32.state = QUNS.RUNNING_D3D_FULL_SCREEN;
    expect(binding.SHQueryUserNotificationState()).toBe(QUNS.RUNNING_D3D_FULL_SCREEN);
    shell32.hresult = -2147467259; // E_FAIL, as a signed 32-bit HRESULT
    expect(() => binding.SHQueryUserNotificationState()).toThrow('HRESULT 0x80004005');
  });
});
