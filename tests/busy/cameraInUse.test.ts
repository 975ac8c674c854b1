import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { combineDetectors } from '../../main/busy/detector';
import { anyProcessHoldsCamera, CAMERA_SCAN_BUDGET_MS, linuxCameraDetector } from '../../main/busy/linux/cameraInUse';

/**
 * A stand-in for /proc built from real directories and real symlinks, as procfs shows a
 * person's processes: /proc/<pid>/fd/<n> → what the descriptor is open on. The links point
 * at paths that need not exist, as procfs links to devices do.
 */
let root: string;

function processWithFds(pid: string, targets: string[]): void {
  const fd = join(root, pid, 'fd');
  mkdirSync(fd, { recursive: true });
  targets.forEach((target, n) => symlinkSync(target, join(fd, String(n))));
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'breakwise-proc-'));
  // What /proc holds besides processes: files, and links such as `self`.
  writeFileSync(join(root, 'uptime'), '351.20 690.11\n');
  mkdirSync(join(root, 'sys'));
  processWithFds('1', ['/dev/null', 'socket:[21034]']);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const notLinux = process.platform === 'linux' ? null : 'symlinks into /dev are a Linux layout';
describe.skipIf(notLinux !== null)('camera in use, from /proc/<pid>/fd', () => {
  it('is in use while a process holds /dev/video0 open', async () => {
    processWithFds('2481', ['/dev/null', '/dev/pts/3', 'anon_inode:[eventfd]', '/dev/video0', '/dev/snd/pcmC0D0c']);
    symlinkSync('2481', join(root, 'self'));
    expect(await linuxCameraDetector({ procRoot: root }).read(['camera'])).toEqual({ reasons: ['camera'], unknown: [] });
  });

  it('is not in use when no process holds a video device, only look-alikes', async () => {
    processWithFds('2481', ['/dev/null', '/dev/video', '/dev/video0-backup', '/home/ana/dev/video1', '/dev/media0']);
    expect(await linuxCameraDetector({ procRoot: root }).read(['camera'])).toEqual({ reasons: [], unknown: [] });
  });

  it("skips processes whose descriptors cannot be read (another person's, or one that just ended)", async () => {
    writeFileSync(join(root, '1000'), ''); // not even a directory: readdir fails, as EACCES would
    mkdirSync(join(root, '1001')); // ended between listing /proc and reading its fd directory
    processWithFds('1002', ['/dev/video2']);
    expect(await anyProcessHoldsCamera({ procRoot: root })).toBe(true);
  });

  it('is unknown when the proc root cannot be listed', async () => {
    const source = combineDetectors([linuxCameraDetector({ procRoot: join(root, 'no-such-dir') })]);
    expect(await source.read(['camera'])).toEqual({ reasons: [], unknown: ['camera'] });
  });

  it('gives up with unknown, not a partial "not in use", once the walk outlasts its budget', async () => {
    processWithFds('2', ['/dev/null']);
    processWithFds('3', ['/dev/video0']);
    let nowMs = 0;
    const slowClock = () => (nowMs += CAMERA_SCAN_BUDGET_MS + 1); // every look at the clock is past the budget
    await expect(anyProcessHoldsCamera({ procRoot: root, now: slowClock })).rejects.toThrow(/longer than/);
    const source = combineDetectors([linuxCameraDetector({ procRoot: root, now: slowClock })]);
    expect(await source.read(['camera'])).toEqual({ reasons: [], unknown: ['camera'] });
  });
});
