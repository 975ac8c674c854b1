import { describe, expect, it } from 'vitest';
import { POLICY_REREAD_INTERVAL_MS, watchPolicy } from '../../../main/policy/readers/policyWatch';
import { emptyRawPolicy, type RawPolicy } from '../../../main/policy/readers/rawPolicy';

/** A timer port that fires only when the test says so. */
function manualTimers() {
  const pending: { delayMs: number; callback: () => void; cancelled: boolean }[] = [];
  return {
    after(delayMs: number, callback: () => void) {
      const entry = { delayMs, callback, cancelled: false };
      pending.push(entry);
      return () => {
        entry.cancelled = true;
      };
    },
    live: () => pending.filter((entry) => !entry.cancelled),
    fire() {
      const next = pending.find((entry) => !entry.cancelled);
      if (next === undefined) throw new Error('no timer pending');
      next.cancelled = true;
      next.callback();
    },
  };
}

const policyWith = (enforced: Record<string, unknown>): RawPolicy => ({ ...emptyRawPolicy(), enforced });

/** [[[…[]…]]], `depth` arrays deep. */
function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** 2^depth leaves, each array holding the next one twice. */
function laughs(depth: number): unknown {
  let value: unknown = true;
  for (let i = 0; i < depth; i++) value = [value, value];
  return value;
}

/** A source that returns the queued results in turn, repeating the last one. */
function sequence(...results: RawPolicy[]) {
  let reads = 0;
  return {
    read: async () => results[Math.min(reads++, results.length - 1)] ?? emptyRawPolicy(),
    reads: () => reads,
  };
}

function setUp(...results: RawPolicy[]) {
  const timers = manualTimers();
  const source = sequence(...results);
  const changes: RawPolicy[] = [];
  const watch = watchPolicy({ read: source.read, initial: policyWith({ StrictMode: true }), after: timers.after, onChange: (raw) => changes.push(raw) });
  /** Lets the interval elapse and waits for the read it starts (refresh() joins a read under way). */
  const elapse = async (): Promise<void> => {
    timers.fire();
    await watch.refresh();
  };
  return { timers, source, changes, watch, elapse };
}

describe('watching policy', () => {
  it('re-reads on a five-minute interval, not sooner', () => {
    const { timers, source } = setUp();
    expect(POLICY_REREAD_INTERVAL_MS).toBe(5 * 60_000);
    expect(timers.live().map((t) => t.delayMs)).toEqual([POLICY_REREAD_INTERVAL_MS]);
    expect(source.reads()).toBe(0);
  });

  it('stays quiet while the policy read is the same as the one already applied', async () => {
    const { changes, source, elapse } = setUp(policyWith({ StrictMode: true }));
    await elapse();
    await elapse();
    expect(source.reads()).toBe(2);
    expect(changes).toEqual([]);
  });

  it('reports a changed policy once, then stays quiet until it changes again', async () => {
    const loosened = policyWith({ StrictMode: false });
    const { changes, elapse } = setUp(loosened, loosened, policyWith({}));
    await elapse();
    await elapse();
    expect(changes).toEqual([loosened]);
    await elapse();
    expect(changes).toEqual([loosened, policyWith({})]);
  });

  it('compares deeply, so equal content in new objects is not a change', async () => {
    const { changes, elapse } = setUp(JSON.parse(JSON.stringify(policyWith({ StrictMode: true }))) as RawPolicy);
    await elapse();
    expect(changes).toEqual([]);
  });

  it('counts a new or resolved problem as a change', async () => {
    const withProblem: RawPolicy = { ...policyWith({ StrictMode: true }), problems: [{ source: '/etc/x.json', reason: 'ignored' }] };
    const { changes, elapse } = setUp(withProblem);
    await elapse();
    expect(changes).toEqual([withProblem]);
  });

  it('keeps the last policy when a read fails outright, rather than unlocking everything', async () => {
    const timers = manualTimers();
    const changes: RawPolicy[] = [];
    const watch = watchPolicy({ read: () => Promise.reject(new Error('boom')), initial: policyWith({ StrictMode: true }), after: timers.after, onChange: (raw) => changes.push(raw) });
    timers.fire();
    await watch.refresh();
    expect(changes).toEqual([]);
    expect(timers.live()).toHaveLength(1);
  });

  it('joins a read already under way instead of starting a second one', async () => {
    const { source, watch } = setUp();
    await Promise.all([watch.refresh(), watch.refresh()]);
    expect(source.reads()).toBe(1);
  });

  it('restarts the interval after an early refresh', async () => {
    const { timers, watch } = setUp();
    await watch.refresh();
    expect(timers.live().map((t) => t.delayMs)).toEqual([POLICY_REREAD_INTERVAL_MS]);
  });

  it('stops re-reading and reporting once disposed', async () => {
    const { timers, source, changes, watch } = setUp(policyWith({}));
    const reading = watch.refresh();
    watch.dispose();
    await reading;
    expect(changes).toEqual([]);
    expect(timers.live()).toEqual([]);
    await watch.refresh();
    expect(source.reads()).toBe(1);
  });

  it('compares reads nested 400,000 levels deep without overflowing the stack, and without rejecting', async () => {
    const timers = manualTimers();
    const changes: RawPolicy[] = [];
    const errors: unknown[] = [];
    const deep = () => policyWith({ Deep: nested(400_000) });
    const watch = watchPolicy({ read: async () => deep(), initial: deep(), after: timers.after, onChange: (raw) => changes.push(raw), onError: (error) => errors.push(error) });
    timers.fire();
    await expect(watch.refresh()).resolves.toBeUndefined();
    expect(changes).toEqual([]); // the same over-limit read: the same form
    expect(errors).toEqual([]);
    expect(timers.live()).toHaveLength(1);
  });

  it('compares reads holding 2^40 values behind shared references without walking them all', async () => {
    const timers = manualTimers();
    const changes: RawPolicy[] = [];
    const watch = watchPolicy({ read: async () => policyWith({ Laughs: laughs(40) }), initial: policyWith({ Laughs: laughs(40) }), after: timers.after, onChange: (raw) => changes.push(raw) });
    timers.fire();
    await watch.refresh();
    expect(changes).toEqual([]);
  });

  it('hands a failed read to onError, and reports the next good read even if it matches the last', async () => {
    const timers = manualTimers();
    const changes: RawPolicy[] = [];
    const errors: unknown[] = [];
    let fail = true;
    const read = async () => {
      if (fail) throw new Error('boom');
      return policyWith({ StrictMode: true });
    };
    const watch = watchPolicy({ read, initial: policyWith({ StrictMode: true }), after: timers.after, onChange: (raw) => changes.push(raw), onError: (error) => errors.push(error) });
    timers.fire();
    await watch.refresh();
    expect(errors).toEqual([new Error('boom')]);
    expect(changes).toEqual([]);
    fail = false;
    timers.fire();
    await watch.refresh();
    expect(changes).toEqual([policyWith({ StrictMode: true })]); // whoever heard of the failure hears it is over
    timers.fire();
    await watch.refresh();
    expect(changes).toHaveLength(1);
  });

  it('reports the first good read when there was nothing to compare with at start-up', async () => {
    const timers = manualTimers();
    const changes: RawPolicy[] = [];
    const watch = watchPolicy({ read: async () => emptyRawPolicy(), initial: null, after: timers.after, onChange: (raw) => changes.push(raw) });
    await watch.refresh();
    expect(changes).toEqual([emptyRawPolicy()]);
  });

  it('keeps re-reading when a listener throws, and does not reject', async () => {
    const timers = manualTimers();
    const errors: unknown[] = [];
    const watch = watchPolicy({
      read: async () => policyWith({ StrictMode: false }),
      initial: policyWith({ StrictMode: true }),
      after: timers.after,
      onChange: () => {
        throw new Error('listener');
      },
      onError: (error) => errors.push(error),
    });
    timers.fire();
    await expect(watch.refresh()).resolves.toBeUndefined();
    expect(errors).toEqual([new Error('listener')]);
    expect(timers.live()).toHaveLength(1);
  });

  it('does not reject even when onError itself throws', async () => {
    const timers = manualTimers();
    const watch = watchPolicy({
      read: () => Promise.reject(new Error('boom')),
      initial: null,
      after: timers.after,
      onChange: () => undefined,
      onError: () => {
        throw new Error('and again');
      },
    });
    await expect(watch.refresh()).resolves.toBeUndefined();
    expect(timers.live()).toHaveLength(1);
  });
});
