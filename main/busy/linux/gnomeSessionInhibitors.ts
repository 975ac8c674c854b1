import type { BusyReason } from '../../core/busy';
import type { DbusBus } from '../../power/linux/dbusBus';
import { readingFor, type BusyDetector } from '../detector';
import { ask, DBUS_CALL_TIMEOUT_MS, expectBoolean, expectString, type DbusQuery } from './dbusQuery';

/**
 * GNOME's session manager (and MATE's, which serves the same interface) keeps the list of
 * programs holding off the idle state: video players, presentations, calls, browsers playing a
 * video (through the inhibit portal). `IsInhibited(8)` says whether any of them holds the idle
 * flag; the list says who and why.
 *
 *   IsInhibited(IDLE) ─ false ─▶ not busy
 *        │ true
 *        ▼
 *   GetInhibitors ─ failed ─▶ "inhibitor" (who it is stays unknown: "presentation" unknown)
 *        │ each, in parallel: GetFlags, GetAppId, GetReason
 *        ▼
 *   holders of the idle flag: a presentation by its reason → "presentation", any other → "inhibitor"
 */
const SESSION_MANAGER = { destination: 'org.gnome.SessionManager', path: '/org/gnome/SessionManager', interface: 'org.gnome.SessionManager' } as const;
const INHIBITOR_INTERFACE = 'org.gnome.SessionManager.Inhibitor';
/** GsmInhibitorFlag: 1 logout, 2 switch user, 4 suspend, 8 idle, 16 automount. */
export const INHIBIT_IDLE_FLAG = 8;
/** Inhibitors read per check; a longer list is a runaway program, and the flag already says busy. */
export const MAX_INHIBITORS_READ = 16;

/**
 * Inhibit reasons that mean a presentation, as the programs write them: LibreOffice's slide show
 * says "presentation"; Evince and Xreader say "Running in presentation mode". The reason is
 * free text and often translated, so a presentation in another language reads as "inhibitor":
 * still busy, only named less precisely. The app id is not used: LibreOffice's is the same for a
 * slide show and a document, and a browser's the same for a film and a call.
 */
const PRESENTATION_REASON = /\bpresent(ation|ing)\b|\bslide ?show\b/i;

export interface GnomeInhibitor {
  readonly appId: string;
  readonly reason: string;
  readonly flags: number;
}

export function isPresentation(inhibitor: Pick<GnomeInhibitor, 'reason'>): boolean {
  return PRESENTATION_REASON.test(inhibitor.reason);
}

export interface DbusDetectorOptions {
  readonly timeoutMs?: number;
}

export function gnomeSessionInhibitorsDetector(bus: DbusBus, options: DbusDetectorOptions = {}): BusyDetector {
  const timeoutMs = options.timeoutMs ?? DBUS_CALL_TIMEOUT_MS;
  const manager = (member: string, args: Pick<DbusQuery, 'signature' | 'body'> = {}): Promise<unknown> =>
    ask(bus, { ...SESSION_MANAGER, member, ...args }, { timeoutMs });
  const inhibitor = (path: string, member: string): Promise<unknown> =>
    ask(bus, { destination: SESSION_MANAGER.destination, path, interface: INHIBITOR_INTERFACE, member }, { timeoutMs });

  const readInhibitor = async (path: string): Promise<GnomeInhibitor> => {
    const [flags, appId, reason] = await Promise.all([inhibitor(path, 'GetFlags'), inhibitor(path, 'GetAppId'), inhibitor(path, 'GetReason')]);
    if (typeof flags !== 'number') throw new Error(`inhibitor ${path}: GetFlags answered ${String(flags)}`);
    return { flags, appId: expectString(appId, `inhibitor ${path}: GetAppId`), reason: expectString(reason, `inhibitor ${path}: GetReason`) };
  };

  return {
    name: 'GNOME session inhibitors',
    signals: ['inhibitor', 'presentation'],
    async read(signals) {
      const inhibited = expectBoolean(await manager('IsInhibited', { signature: 'u', body: [INHIBIT_IDLE_FLAG] }), 'IsInhibited');
      if (!inhibited) return readingFor(signals, []);
      let paths: unknown;
      try {
        paths = await manager('GetInhibitors');
      } catch {
        return readingFor(signals, ['inhibitor'], ['presentation']);
      }
      if (!Array.isArray(paths) || !paths.every((path) => typeof path === 'string')) return readingFor(signals, ['inhibitor'], ['presentation']);
      const read = await Promise.allSettled((paths as string[]).slice(0, MAX_INHIBITORS_READ).map(readInhibitor));
      const busy = new Set<BusyReason>();
      for (const result of read) {
        // One that cannot be read still holds something off: busy, reason not known.
        if (result.status === 'rejected') busy.add('inhibitor');
        else if ((result.value.flags & INHIBIT_IDLE_FLAG) !== 0) busy.add(isPresentation(result.value) ? 'presentation' : 'inhibitor');
      }
      // The flag said inhibited but nobody listed holds it (one just ended, or beyond the ones read).
      if (busy.size === 0) busy.add('inhibitor');
      return readingFor(signals, [...busy]);
    },
  };
}
