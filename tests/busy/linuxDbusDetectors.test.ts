import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUSY_REASONS, type BusyReading } from '../../main/core/busy';
import { chooseBusySource } from '../../main/busy';
import { combineDetectors } from '../../main/busy/detector';
import { DBUS_CALL_TIMEOUT_MS } from '../../main/busy/linux/dbusQuery';
import { gnomeSessionInhibitorsDetector, INHIBIT_IDLE_FLAG } from '../../main/busy/linux/gnomeSessionInhibitors';
import { kdePowerInhibitDetector } from '../../main/busy/linux/kdePowerInhibit';
import { gnomeShowBannersDetector, kdeNotificationsInhibitedDetector } from '../../main/busy/linux/notificationsDoNotDisturb';
import { openBus, type DbusBus } from '../../main/power/linux/dbusBus';
import { startTestBus, type TestBus } from '../support/dbusDaemon';

/** The test's own connection, standing in for GNOME's session manager, KDE's services and the portal. */
type Peer = DbusBus & {
  exportInterface(object: object, path: string, iface: object): void;
  requestName(name: string, flags: number, callback: (error: unknown, result: unknown) => void): void;
};
/** What dbus-native hands a method implementation as its last argument: the call itself. */
interface IncomingCall {
  readonly flags?: number;
}
type Method = (...args: unknown[]) => unknown;

const NO_AUTO_START = 0x2;
const SUSPEND_FLAG = 4;

let bus: TestBus;
let connections: DbusBus[] = [];
let procRoot: string;

const connect = (): DbusBus => {
  const connection = openBus(bus.address);
  connections.push(connection);
  return connection;
};

/** Owns `name` on the bus and serves each object: path → interface name → [descriptor, implementation]. */
async function serve(name: string, objects: Record<string, Record<string, { methods?: Record<string, unknown[]>; properties?: Record<string, string>; impl: object }>>) {
  const peer = connect() as Peer;
  for (const [path, interfaces] of Object.entries(objects)) {
    for (const [iface, { methods = {}, properties = {}, impl }] of Object.entries(interfaces)) {
      peer.exportInterface(impl, path, { name: iface, methods, properties, signals: {} });
    }
  }
  await new Promise((resolve) => peer.requestName(name, 0, resolve));
  return peer;
}

interface Inhibitor {
  readonly appId: string;
  readonly reason: string;
  readonly flags: number;
}

/** GNOME's session manager with the given inhibitors, as gnome-session exports them. */
function gnomeSessionManager(inhibitors: Inhibitor[], options: { listable?: boolean; vanished?: number } = {}) {
  const paths = inhibitors.map((_, i) => `/org/gnome/SessionManager/Inhibitor${i + 1}`);
  const held = inhibitors.reduce((flags, inhibitor) => flags | inhibitor.flags, 0);
  const managerMethods: Record<string, unknown[]> = { IsInhibited: ['u', 'b', ['flags'], ['is_inhibited']] };
  const manager: Record<string, Method> = { IsInhibited: (flags) => ((flags as number) & held) !== 0 };
  if (options.listable !== false) {
    managerMethods.GetInhibitors = ['', 'ao', [], ['inhibitors']];
    manager.GetInhibitors = () => paths;
  }
  const objects: Parameters<typeof serve>[1] = { '/org/gnome/SessionManager': { 'org.gnome.SessionManager': { methods: managerMethods, impl: manager } } };
  inhibitors.forEach((inhibitor, i) => {
    if (i === options.vanished) return; // listed, then gone before it could be read
    objects[paths[i] ?? ''] = {
      'org.gnome.SessionManager.Inhibitor': {
        methods: { GetAppId: ['', 's', [], ['app_id']], GetReason: ['', 's', [], ['reason']], GetFlags: ['', 'u', [], ['flags']] },
        impl: { GetAppId: () => inhibitor.appId, GetReason: () => inhibitor.reason, GetFlags: () => inhibitor.flags },
      },
    };
  });
  return serve('org.gnome.SessionManager', objects);
}

const kdePowerManagement = (hasInhibit: Method) =>
  serve('org.freedesktop.PowerManagement', {
    '/org/freedesktop/PowerManagement/Inhibit': {
      'org.freedesktop.PowerManagement.Inhibit': { methods: { HasInhibit: ['', 'b', [], ['has_inhibit']] }, impl: { HasInhibit: hasInhibit } },
    },
  });

const kdeNotifications = (inhibited: boolean) =>
  serve('org.freedesktop.Notifications', {
    '/org/freedesktop/Notifications': {
      'org.freedesktop.Notifications': { methods: { GetServerInformation: ['', 'ssss', [], []] }, properties: { Inhibited: 'b' }, impl: { Inhibited: inhibited, GetServerInformation: () => ['Plasma', 'KDE', '6.3', '1.2'] } },
    },
  });

/** The desktop portal's Settings: `ReadOne` (version 2) and the older `Read`, which wraps the value in a second variant. */
function portalSettings(settings: Record<string, boolean>, options: { readOne?: boolean; seen?: IncomingCall[] } = {}) {
  const lookup = (namespace: unknown, key: unknown): boolean | Error => {
    const value = settings[`${String(namespace)} ${String(key)}`];
    return value ?? Object.assign(new Error('Requested setting not found'), { dbusName: 'org.freedesktop.portal.Error.NotFound' });
  };
  const methods: Record<string, unknown[]> = { Read: ['ss', 'v', ['namespace', 'key'], ['value']] };
  const impl: Record<string, Method> = {
    Read: (namespace, key, call) => {
      options.seen?.push(call as IncomingCall);
      const value = lookup(namespace, key);
      return value instanceof Error ? value : ['v', ['b', value]];
    },
  };
  if (options.readOne !== false) {
    methods.ReadOne = ['ss', 'v', ['namespace', 'key'], ['value']];
    impl.ReadOne = (namespace, key, call) => {
      options.seen?.push(call as IncomingCall);
      const value = lookup(namespace, key);
      return value instanceof Error ? value : ['b', value];
    };
  }
  return serve('org.freedesktop.portal.Desktop', { '/org/freedesktop/portal/desktop': { 'org.freedesktop.portal.Settings': { methods, impl } } });
}

const SHOW_BANNERS = 'org.gnome.desktop.notifications show-banners';
const LIBREOFFICE_SLIDESHOW: Inhibitor = { appId: 'org.libreoffice.LibreOffice', reason: 'presentation', flags: INHIBIT_IDLE_FLAG };
const EVINCE_PRESENTING: Inhibitor = { appId: 'org.gnome.Evince', reason: 'Running in presentation mode', flags: INHIBIT_IDLE_FLAG };
const FIREFOX_VIDEO: Inhibitor = { appId: 'firefox', reason: 'video-playing', flags: INHIBIT_IDLE_FLAG | SUSPEND_FLAG };
const DOWNLOAD: Inhibitor = { appId: 'org.gnome.Nautilus', reason: 'Copying files', flags: SUSPEND_FLAG };

const notLinux = process.platform === 'linux' ? null : 'they talk to a real dbus-daemon, which is Linux-only';
if (notLinux !== null) console.info(`skipped: the Linux busy detectors on a real dbus-daemon — ${notLinux}`);
describe.skipIf(notLinux !== null)('Linux busy detectors on a real dbus-daemon', () => {
  beforeEach(async () => {
    bus = await startTestBus();
    connections = [];
    procRoot = mkdtempSync(join(tmpdir(), 'breakwise-proc-'));
  });
  afterEach(() => {
    vi.useRealTimers();
    connections.forEach((connection) => connection.connection.end());
    bus.stop();
    rmSync(procRoot, { recursive: true, force: true });
  });

  describe("GNOME's session manager", () => {
    it('is not busy when nothing holds off the idle state, though a copy holds off suspend', async () => {
      await gnomeSessionManager([DOWNLOAD]);
      expect(await gnomeSessionInhibitorsDetector(connect()).read(['inhibitor', 'presentation'])).toEqual({ reasons: [], unknown: [] });
    });

    it('names a slide show a presentation and a playing video an inhibitor, from the inhibitor list', async () => {
      await gnomeSessionManager([DOWNLOAD, LIBREOFFICE_SLIDESHOW, FIREFOX_VIDEO]);
      expect(await gnomeSessionInhibitorsDetector(connect()).read(['inhibitor', 'presentation'])).toEqual({ reasons: ['inhibitor', 'presentation'], unknown: [] });
    });

    it("reads Evince's presentation mode as a presentation, and a copy holding off only suspend as nothing", async () => {
      await gnomeSessionManager([DOWNLOAD, EVINCE_PRESENTING]);
      const detector = gnomeSessionInhibitorsDetector(connect());
      expect(await detector.read(['presentation'])).toEqual({ reasons: ['presentation'], unknown: [] });
      expect(await detector.read(['inhibitor'])).toEqual({ reasons: [], unknown: [] });
    });

    it('says inhibitor when the list cannot be read, and leaves presentation unknown', async () => {
      await gnomeSessionManager([LIBREOFFICE_SLIDESHOW], { listable: false });
      expect(await gnomeSessionInhibitorsDetector(connect()).read(['inhibitor', 'presentation'])).toEqual({ reasons: ['inhibitor'], unknown: ['presentation'] });
    });

    it('counts an inhibitor that vanished between the list and its reading as an inhibitor', async () => {
      await gnomeSessionManager([LIBREOFFICE_SLIDESHOW], { vanished: 0 });
      expect(await gnomeSessionInhibitorsDetector(connect()).read(['inhibitor', 'presentation'])).toEqual({ reasons: ['inhibitor'], unknown: [] });
    });
  });

  it("reads KDE's HasInhibit as inhibitor, and asks without starting a power manager that is not running", async () => {
    const seen: IncomingCall[] = [];
    let inhibited = true;
    await kdePowerManagement((call) => (seen.push(call as IncomingCall), inhibited));
    const detector = kdePowerInhibitDetector(connect());
    expect(await detector.read(['inhibitor'])).toEqual({ reasons: ['inhibitor'], unknown: [] });
    inhibited = false;
    expect(await detector.read(['inhibitor'])).toEqual({ reasons: [], unknown: [] });
    expect(seen.every((call) => ((call.flags ?? 0) & NO_AUTO_START) !== 0)).toBe(true);
  });

  describe('do not disturb', () => {
    it("reads KDE's notification server Inhibited property", async () => {
      await kdeNotifications(true);
      expect(await kdeNotificationsInhibitedDetector(connect()).read(['do-not-disturb'])).toEqual({ reasons: ['do-not-disturb'], unknown: [] });
    });

    it('is not busy when the KDE server is not inhibited', async () => {
      await kdeNotifications(false);
      expect(await kdeNotificationsInhibitedDetector(connect()).read(['do-not-disturb'])).toEqual({ reasons: [], unknown: [] });
    });

    it("reads a server without the Inhibited property (GNOME Shell's) as unknown", async () => {
      await serve('org.freedesktop.Notifications', {}); // owns the name, exports no such property
      const combined = combineDetectors([kdeNotificationsInhibitedDetector(connect())]);
      expect(await combined.read(['do-not-disturb'])).toEqual({ reasons: [], unknown: ['do-not-disturb'] });
    });

    it("reads GNOME's show-banners through the portal: false is do not disturb, true is not", async () => {
      const settings = { [SHOW_BANNERS]: false };
      const seen: IncomingCall[] = [];
      await portalSettings(settings, { seen });
      const detector = gnomeShowBannersDetector(connect());
      expect(await detector.read(['do-not-disturb'])).toEqual({ reasons: ['do-not-disturb'], unknown: [] });
      settings[SHOW_BANNERS] = true;
      expect(await detector.read(['do-not-disturb'])).toEqual({ reasons: [], unknown: [] });
      // The portal is started on demand by design, so this one call may start it.
      expect(seen.map((call) => (call.flags ?? 0) & NO_AUTO_START)).toEqual([0, 0]);
    });

    it("falls back to an older portal's Read, whose answer is a variant in a variant", async () => {
      await portalSettings({ [SHOW_BANNERS]: false }, { readOne: false });
      expect(await gnomeShowBannersDetector(connect()).read(['do-not-disturb'])).toEqual({ reasons: ['do-not-disturb'], unknown: [] });
    });

    it('reads a portal without the GNOME setting (another desktop) as unknown', async () => {
      await portalSettings({});
      const combined = combineDetectors([gnomeShowBannersDetector(connect())]);
      expect(await combined.read(['do-not-disturb'])).toEqual({ reasons: [], unknown: ['do-not-disturb'] });
    });
  });

  it('reports every D-Bus signal unknown on a bus where none of the services runs', async () => {
    const source = chooseBusySource('linux', { sessionBus: connect(), env: { XDG_CURRENT_DESKTOP: 'GNOME' }, procRoot });
    expect(await source.read(BUSY_REASONS)).toEqual({ reasons: [], unknown: ['presentation', 'fullscreen', 'screen-share', 'microphone', 'do-not-disturb', 'inhibitor'] });
  });

  it('reports a service that never answers as unknown once the call times out, without waiting for real', async () => {
    let asked: () => void = () => undefined;
    const called = new Promise<void>((resolve) => (asked = resolve));
    await kdePowerManagement(() => (asked(), new Promise(() => undefined)));
    const client = connect();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let settled: BusyReading | undefined;
    void combineDetectors([kdePowerInhibitDetector(client)])
      .read(['inhibitor'])
      .then((reading) => (settled = reading));
    await called;
    await vi.advanceTimersByTimeAsync(DBUS_CALL_TIMEOUT_MS - 1);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toEqual({ reasons: [], unknown: ['inhibitor'] });
  });

  describe('chosen for a Linux desktop', () => {
    it('on GNOME under Wayland: presentation and do not disturb read, full screen unknown, and the probe says so', async () => {
      await gnomeSessionManager([EVINCE_PRESENTING]);
      await portalSettings({ [SHOW_BANNERS]: false });
      const source = chooseBusySource('linux', { sessionBus: connect(), env: { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME', XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0' }, procRoot });
      expect(await source.read(BUSY_REASONS)).toEqual({ reasons: ['presentation', 'do-not-disturb'], unknown: ['fullscreen', 'screen-share', 'microphone'] });
      expect(await source.probe()).toEqual({
        presentation: 'works',
        fullscreen: 'unavailable',
        'screen-share': 'unavailable',
        camera: 'works',
        microphone: 'unavailable',
        'do-not-disturb': 'works',
        inhibitor: 'works',
      });
    });

    it("on KDE: the power manager and the notification server answer; GNOME's banner setting is not consulted", async () => {
      await kdePowerManagement(() => true);
      await kdeNotifications(false);
      await portalSettings({ [SHOW_BANNERS]: false }); // present, but GNOME's setting means nothing on Plasma
      const source = chooseBusySource('linux', { sessionBus: connect(), env: { XDG_CURRENT_DESKTOP: 'KDE', XDG_SESSION_TYPE: 'wayland' }, procRoot });
      expect(await source.read(['inhibitor', 'do-not-disturb', 'presentation'])).toEqual({ reasons: ['inhibitor'], unknown: ['presentation'] });
    });
  });
});
