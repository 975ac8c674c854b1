// The test bridge, installed in the page before any of its scripts (plain JavaScript, so no
// compiler helpers leak into the page). The session to start with is in window.__initialSession.
(() => {
  const calls = [];
  const listeners = new Set();
  const settingsListeners = new Set();
  // Settings are answered in Node by the real preferences service (see browser.ts).
  const settingsCall = (method) => (payload) => (calls.push([method, payload ?? null]), window.__settingsCall(method, payload ?? {}));
  window.__pushSettings = (view) => settingsListeners.forEach((listener) => listener(view));
  let session = window.__initialSession;
  const ok = (value) => Promise.resolve({ ok: true, value });
  window.__bridgeCalls = calls;
  window.__pushSession = (next) => {
    session = next;
    listeners.forEach((listener) => listener(next));
  };
  window.breakwise = Object.freeze({
    getSession: () => ok(session),
    respond: (payload) => (calls.push(['respond', payload]), ok({})),
    finishBreak: () => (calls.push(['finishBreak', null]), ok({})),
    reportHurt: (payload) => (calls.push(['reportHurt', payload]), ok({})),
    checkIn: (payload) => (calls.push(['checkIn', payload]), ok({})),
    onSessionChanged: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    getSettings: () => window.__settingsCall('getSettings', {}),
    getHistory: () => window.__settingsCall('getHistory', {}),
    exportHistory: settingsCall('exportHistory'),
    setSetting: settingsCall('setSetting'),
    resetSetting: settingsCall('resetSetting'),
    dismissStorageNotice: settingsCall('dismissStorageNotice'),
    completeFirstRun: settingsCall('completeFirstRun'),
    getMeetingSignals: () => window.__settingsCall('getMeetingSignals', {}),
    onSettingsChanged: (listener) => (settingsListeners.add(listener), () => settingsListeners.delete(listener)),
  });
})();
