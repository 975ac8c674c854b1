/** Timers a test fires by hand: nothing waits, and what is pending can be read. */
export function manualTimers() {
  const pending: { ms: number; fn: () => void }[] = [];
  return {
    after: (ms: number, fn: () => void) => {
      const entry = { ms, fn };
      pending.push(entry);
      return () => void pending.splice(pending.indexOf(entry), 1);
    },
    fire: () => pending.splice(0).forEach((entry) => entry.fn()),
    delays: () => pending.map((entry) => entry.ms),
  };
}
