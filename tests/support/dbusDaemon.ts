import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * A private D-Bus bus for a test: a real `dbus-daemon` (Debian's `dbus-daemon` package) on a
 * socket in a temp directory, with a permissive policy so the test can own any name.
 */
export interface TestBus {
  readonly address: string;
  stop(): void;
}

const CONFIG = (socket: string) => `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=${socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;

export function startTestBus(): Promise<TestBus> {
  const dir = mkdtempSync(join(tmpdir(), 'breakwise-dbus-'));
  const config = join(dir, 'bus.conf');
  writeFileSync(config, CONFIG(join(dir, 'bus')));
  const daemon: ChildProcess = spawn('dbus-daemon', [`--config-file=${config}`, '--nofork', '--print-address=1'], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    daemon.once('error', (error) => reject(new Error(`dbus-daemon could not start (is Debian's dbus-daemon installed?): ${error.message}`)));
    if (daemon.stdout === null) return reject(new Error('dbus-daemon has no stdout'));
    createInterface({ input: daemon.stdout }).once('line', (address) => resolve({ address: address.trim(), stop: () => daemon.kill() }));
  });
}
