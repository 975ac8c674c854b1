import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real /etc/breakwise for a child process, without touching the machine's /etc: the child runs
 * in a private mount namespace (`unshare -m`) where /etc is an overlay of the real one with a
 * temp folder on top. Policy files written into that folder are real root-owned files at
 * /etc/breakwise/policies/… for the child, and for nobody else. Needs root (to mount) on Linux.
 */
export class EtcOverlay {
  private readonly base = mkdtempSync(join(tmpdir(), 'breakwise-etc-'));
  private readonly upper = join(this.base, 'upper');
  private readonly work = join(this.base, 'work');

  constructor() {
    mkdirSync(this.upper, { mode: 0o755 });
    mkdirSync(this.work);
  }

  /** Why this machine cannot run it, or null when it can. */
  static unavailableReason(): string | null {
    if (process.platform !== 'linux') return 'mount namespaces are Linux-only';
    if (process.getuid?.() !== 0) return 'mounting an overlay over /etc needs root';
    const probe = new EtcOverlay();
    try {
      const run = probe.run('true', []);
      return run.status === 0 ? null : `unshare -m with an overlay over /etc failed: ${run.stderr.trim()}`;
    } finally {
      probe.dispose();
    }
  }

  /** Writes `/etc/breakwise/policies/<level>/<name>` as the child will see it (root-owned, 0644). */
  writePolicy(level: 'managed' | 'recommended', name: string, contents: string | Buffer): void {
    const directory = join(this.upper, 'breakwise', 'policies', level);
    mkdirSync(directory, { recursive: true, mode: 0o755 });
    writeFileSync(join(directory, name), contents, { mode: 0o644 });
  }

  /** Removes every policy file: the organization withdrew its policy. */
  clearPolicies(): void {
    rmSync(join(this.upper, 'breakwise'), { recursive: true, force: true });
  }

  /** Runs `command args` inside a new mount namespace whose /etc carries the policy files. */
  run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): SpawnSyncReturns<string> {
    const mount = `mount -t overlay overlay -o lowerdir=/etc,upperdir=${this.upper},workdir=${this.work} /etc && exec "$0" "$@"`;
    return spawnSync('unshare', ['-m', 'sh', '-c', mount, command, ...args], { encoding: 'utf8', env });
  }

  dispose(): void {
    rmSync(this.base, { recursive: true, force: true });
  }
}
