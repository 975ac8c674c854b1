import { readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { readingFor, type BusyDetector } from '../detector';

/**
 * A camera in use on Linux: some process holds `/dev/video*` open. Each process's open files
 * are links in `/proc/<pid>/fd`; the kernel lets a person read only their own processes' links,
 * which is what matters here (a call runs as the person; so does PipeWire, which opens the
 * camera for sandboxed apps). Other people's processes are skipped without a sound.
 *
 * Bounded: the walk gives up after `CAMERA_SCAN_BUDGET_MS` (a machine with thousands of processes)
 * and then reports unknown rather than a partial "not in use".
 */
export const CAMERA_SCAN_BUDGET_MS = 1_000;
/** V4L2 capture devices: /dev/video0, /dev/video1, … */
const VIDEO_DEVICE = /^\/dev\/video\d+$/;
const PROCESS_ID = /^\d+$/;

export interface CameraInUseOptions {
  /** Where procfs is mounted: `/proc`, or a test's directory of real symlinks. */
  readonly procRoot?: string;
  readonly budgetMs?: number;
  /** A monotonic clock in milliseconds (performance.now). */
  readonly now?: () => number;
}

const linksOf = async (fdDirectory: string): Promise<string[]> => {
  let entries: string[];
  try {
    entries = await readdir(fdDirectory);
  } catch {
    return []; // Someone else's process, or one that just ended.
  }
  const targets = await Promise.all(entries.map((entry) => readlink(join(fdDirectory, entry)).catch(() => '')));
  return targets;
};

/** Whether any readable process under `procRoot` holds a video device open. Rejects if procfs cannot be listed or the budget runs out. */
export async function anyProcessHoldsCamera(options: CameraInUseOptions = {}): Promise<boolean> {
  const procRoot = options.procRoot ?? '/proc';
  const budgetMs = options.budgetMs ?? CAMERA_SCAN_BUDGET_MS;
  const now = options.now ?? (() => performance.now());
  const startedMs = now();
  const processes = (await readdir(procRoot)).filter((name) => PROCESS_ID.test(name));
  for (const pid of processes) {
    if (now() - startedMs > budgetMs) throw new Error(`looking through ${procRoot} took longer than ${budgetMs} ms`);
    const targets = await linksOf(join(procRoot, pid, 'fd'));
    if (targets.some((target) => VIDEO_DEVICE.test(target))) return true;
  }
  return false;
}

export function linuxCameraDetector(options: CameraInUseOptions = {}): BusyDetector {
  return {
    name: 'open /dev/video* (procfs)',
    signals: ['camera'],
    async read(signals) {
      return readingFor(signals, (await anyProcessHoldsCamera(options)) ? ['camera'] : []);
    },
  };
}
