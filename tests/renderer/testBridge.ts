import type { BreakwiseBridge, Reply, Session } from '../../preload/contract';
import { memoryPolicy } from '../../main/preferences/livePolicy';
import { EMPTY_PREFERENCES } from '../../main/preferences/preferencesData';
import { memoryDocument } from '../../main/store/memoryDocument';
import { PreferencesService } from '../../main/preferences/preferencesService';
import { settingsMethods } from '../support/settingsBridge';
import { historyMethods, historyServiceWith } from '../support/historyBridge';
import type { HistoryService } from '../../main/history/historyService';
import { TEST_TODAY } from '../support/sessions';

/** A bridge for running the renderer outside Electron: records calls, pushes sessions on demand. */
export function createTestBridge(
  initial: Session,
  preferences = new PreferencesService(memoryDocument(EMPTY_PREFERENCES), memoryPolicy(), () => 0),
  history: HistoryService = historyServiceWith([], TEST_TODAY),
): BreakwiseBridge & { calls: [string, unknown][]; push(session: Session): void; preferences: PreferencesService } {
  const calls: [string, unknown][] = [];
  const listeners = new Set<(session: Session) => void>();
  let session = initial;
  const ok = <T,>(value: T): Promise<Reply<T>> => Promise.resolve({ ok: true, value });
  return {
    ...settingsMethods(preferences),
    ...historyMethods(history, (format) => (calls.push(['exportHistory', { format }]), Promise.resolve(null))),
    preferences,
    calls,
    push(next) {
      session = next;
      listeners.forEach((l) => l(next));
    },
    getSession: () => ok(session),
    respond: (payload) => (calls.push(['respond', payload]), ok({})),
    finishBreak: () => (calls.push(['finishBreak', undefined]), ok({})),
    reportHurt: (payload) => (calls.push(['reportHurt', payload]), ok({})),
    checkIn: (payload) => (calls.push(['checkIn', payload]), ok({})),
    onSessionChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
