import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskTimeService } from '../../main/core/deskTimeService';
import { openBus, type DbusBus } from '../../main/power/linux/dbusBus';
import { probeMutterIdleMonitor } from '../../main/power/linux/mutterIdleSource';
import { logindSessionPath, watchScreenLock } from '../../main/power/linux/screenLockWatch';
import { chooseIdleSource } from '../../main/power/idleDetection';
import { settingsWith } from '../support/engineDriver';
import { FakePowerMonitor } from '../support/electron/recordingElectron';
import { startTestBus, type TestBus } from '../support/dbusDaemon';

/** The test's own connection, standing in for the screensaver, logind and Mutter. */
type Peer = DbusBus & {
  sendSignal(path: string, iface: string, member: string, signature: string, body: unknown[]): void;
  exportInterface(object: object, path: string, iface: object): void;
  requestName(name: string, flags: number, callback: (error: unknown, result: unknown) => void): void;
};

let bus: TestBus;
const buses: DbusBus[] = [];
const connect = (): DbusBus => {
  const connection = openBus(bus.address);
  buses.push(connection);
  return connection;
};

/** Resolves with the next values `onChange` sees (event-driven; the test never sleeps). */
function changes(count: number): { promise: Promise<boolean[]>; push: (locked: boolean) => void } {
  const seen: boolean[] = [];
  let done: (values: boolean[]) => void = () => undefined;
  const promise = new Promise<boolean[]>((resolve) => (done = resolve));
  return { promise, push: (locked) => (seen.push(locked), seen.length === count && done(seen)) };
}

/** A round trip through the bus: once it returns, earlier messages (AddMatch, signals) have been handled. */
const roundTrip = (connection: DbusBus) =>
  new Promise((resolve) => connection.invoke({ destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', interface: 'org.freedesktop.DBus', member: 'GetId' }, resolve));

const notLinux = process.platform === 'linux' ? null : 'they talk to a real dbus-daemon, which is Linux-only';
if (notLinux !== null) console.info(`skipped: the Linux D-Bus adapters on a real dbus-daemon — ${notLinux}`);
describe.skipIf(notLinux !== null)('Linux D-Bus adapters on a real dbus-daemon', () => {
  beforeAll(async () => {
    bus = await startTestBus();
  });
  afterAll(() => {
    buses.forEach((b) => b.connection.end());
    bus?.stop();
  });

  it('turns screensaver ActiveChanged and logind Lock/Unlock signals into lock changes, once each', async () => {
    const watcher = connect();
    const peer = connect() as Peer;
    const seen = changes(4);
    watchScreenLock({ session: watcher, system: watcher, sessionId: '2' }, seen.push, (p) => expect.fail(p));
    await roundTrip(watcher);
    peer.sendSignal('/org/freedesktop/ScreenSaver', 'org.freedesktop.ScreenSaver', 'ActiveChanged', 'b', [true]);
    peer.sendSignal('/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'ActiveChanged', 'b', [true]); // the same lock, again
    peer.sendSignal('/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'ActiveChanged', 'b', [false]);
    peer.sendSignal(logindSessionPath('7'), 'org.freedesktop.login1.Session', 'Lock', '', []); // someone else's session
    peer.sendSignal(logindSessionPath('2'), 'org.freedesktop.login1.Session', 'Lock', '', []);
    peer.sendSignal(logindSessionPath('2'), 'org.freedesktop.login1.Session', 'Unlock', '', []);
    expect(await seen.promise).toEqual([true, false, true, false]);
  });

  it('delivers a lock signal to the engine, and the unlock after it', async () => {
    const watcher = connect();
    const peer = connect() as Peer;
    const service = new DeskTimeService({
      clock: { now: () => ({ monoMs: 0, wallMs: Date.UTC(2026, 2, 2, 9) }) },
      idle: { read: () => ({ idleSeconds: 0 }) },
      timers: { after: () => () => undefined, atWall: () => () => undefined },
      settings: settingsWith(),
      onEffects: () => undefined,
    });
    service.start();
    const seen = changes(2);
    const states: string[] = [];
    watchScreenLock({ session: watcher, system: null, sessionId: null }, (locked) => {
      service.power(locked ? 'lock' : 'unlock');
      states.push(JSON.stringify(service.current.state));
      seen.push(locked);
    }, (p) => expect.fail(p));
    await roundTrip(watcher);
    peer.sendSignal('/org/freedesktop/ScreenSaver', 'org.freedesktop.ScreenSaver', 'ActiveChanged', 'b', [true]);
    peer.sendSignal('/org/freedesktop/ScreenSaver', 'org.freedesktop.ScreenSaver', 'ActiveChanged', 'b', [false]);
    await seen.promise;
    expect(states).toEqual([JSON.stringify({ name: 'away', reason: 'locked' }), JSON.stringify({ name: 'sitting' })]);
  });

  it("reads GNOME's idle time from Mutter's IdleMonitor when it is there", async () => {
    const mutter = connect() as Peer;
    const monitor = Object.assign(new EventEmitter(), { GetIdletime: () => 4_200 });
    mutter.exportInterface(monitor, '/org/gnome/Mutter/IdleMonitor/Core', {
      name: 'org.gnome.Mutter.IdleMonitor',
      methods: { GetIdletime: ['', 't', [], ['idletime']] },
      signals: {},
    });
    await new Promise((resolve) => mutter.requestName('org.gnome.Mutter.IdleMonitor', 0, resolve));
    const probe = await probeMutterIdleMonitor(connect());
    expect(probe.source).not.toBeNull();
    expect(await probe.source?.read()).toEqual({ idleSeconds: 4 });
  });

  it('reports a missing IdleMonitor instead of failing, and the tray says idle detection is unavailable', async () => {
    const bare = await startTestBus(); // a bus on which no Mutter was ever exported
    const client = openBus(bare.address);
    try {
      const probe = await probeMutterIdleMonitor(client);
      expect(probe).toMatchObject({ source: null, problem: expect.stringContaining('not available') });
      const chosen = chooseIdleSource(new FakePowerMonitor(), 'linux', true, probe.source);
      expect(chosen.detection).toMatchObject({ available: false });
    } finally {
      client.connection.end();
      bare.stop();
    }
  });
});
