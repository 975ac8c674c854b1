import { SIGNAL_MESSAGE, type DbusBus, type DbusMessage } from './dbusBus';

/**
 * Screen lock on Linux, where Electron sends no lock events: the screensavers' `ActiveChanged`
 * signal on the session bus (freedesktop and GNOME), and logind's `Lock`/`Unlock` for this
 * login session on the system bus. Several of them may report the same lock; only changes pass.
 */
const SCREENSAVER_INTERFACES = ['org.freedesktop.ScreenSaver', 'org.gnome.ScreenSaver'] as const;
const LOGIND_SESSION_INTERFACE = 'org.freedesktop.login1.Session';

/** logind's object path for a session id: characters other than [A-Za-z0-9], and a leading digit, become _XX. */
export function logindSessionPath(sessionId: string): string {
  const escaped = [...sessionId].map((ch, i) => (/[A-Za-z]/.test(ch) || (i > 0 && /\d/.test(ch)) ? ch : `_${ch.charCodeAt(0).toString(16).padStart(2, '0')}`));
  return `/org/freedesktop/login1/session/${escaped.join('')}`;
}

export interface LockBuses {
  readonly session: DbusBus | null;
  readonly system: DbusBus | null;
  /** This login session's id (`XDG_SESSION_ID`); without it, logind's signals are not used. */
  readonly sessionId: string | null;
}

export function watchScreenLock(buses: LockBuses, onChange: (locked: boolean) => void, report: (problem: string) => void): void {
  let locked: boolean | null = null;
  const set = (value: boolean): void => {
    if (value === locked) return;
    locked = value;
    onChange(value);
  };
  const subscribe = (bus: DbusBus, rule: string): void =>
    bus.addMatch(rule, (error) => {
      if (error !== undefined && error !== null) report(`could not listen for screen lock (${rule}): ${String(error)}`);
    });

  if (buses.session !== null) {
    for (const iface of SCREENSAVER_INTERFACES) subscribe(buses.session, `type='signal',interface='${iface}',member='ActiveChanged'`);
    buses.session.connection.on('message', (message: DbusMessage) => {
      if (message.type !== SIGNAL_MESSAGE || message.member !== 'ActiveChanged') return;
      if (!(SCREENSAVER_INTERFACES as readonly string[]).includes(message.interface ?? '')) return;
      if (typeof message.body?.[0] === 'boolean') set(message.body[0]);
    });
  }
  if (buses.system !== null && buses.sessionId !== null) {
    const path = logindSessionPath(buses.sessionId);
    subscribe(buses.system, `type='signal',interface='${LOGIND_SESSION_INTERFACE}',path='${path}'`);
    buses.system.connection.on('message', (message: DbusMessage) => {
      if (message.type !== SIGNAL_MESSAGE || message.interface !== LOGIND_SESSION_INTERFACE || message.path !== path) return;
      if (message.member === 'Lock') set(true);
      if (message.member === 'Unlock') set(false);
    });
  }
}
