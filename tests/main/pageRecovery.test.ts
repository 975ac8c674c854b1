import { describe, expect, it } from 'vitest';
import { PageRecovery, RELOAD_SPACING_MS, type RecoverablePage } from '../../main/windows/pageRecovery';

/** Timers and a monotonic clock under the test's hand. */
function fakeTime() {
  let nowMs = 0;
  const due: { atMs: number; run: () => void; cancelled: boolean }[] = [];
  return {
    nowMs: () => nowMs,
    after: (delayMs: number, run: () => void) => {
      const timer = { atMs: nowMs + delayMs, run, cancelled: false };
      due.push(timer);
      return () => void (timer.cancelled = true);
    },
    advance(ms: number) {
      nowMs += ms;
      for (const timer of due.splice(0)) {
        if (timer.cancelled) continue;
        if (timer.atMs <= nowMs) timer.run();
        else due.push(timer);
      }
    },
    pending: () => due.filter((t) => !t.cancelled).length,
  };
}

class Page implements RecoverablePage {
  private static nextId = 1;
  readonly id = Page.nextId++;
  reloads = 0;
  destroyed = false;
  isDestroyed(): boolean {
    return this.destroyed;
  }
  reload(): void {
    this.reloads++;
  }
}

const crashed = { reason: 'crashed', exitCode: 139 };

const setup = () => {
  const time = fakeTime();
  const logged: string[] = [];
  const recovery = new PageRecovery({ nowMs: time.nowMs, after: time.after, log: (m) => logged.push(m) });
  return { time, logged, recovery };
};

describe('a window whose renderer is gone', () => {
  it.each(['crashed', 'killed', 'oom', 'abnormal-exit', 'launch-failed'])('is reloaded at once when its renderer %s', (reason) => {
    const { recovery, logged } = setup();
    const page = new Page();
    recovery.pageGone(page, { reason, exitCode: 1 });
    expect(page.reloads).toBe(1);
    expect(logged).toEqual([`a window's page stopped (${reason}, exit code 1); reloading it`]);
  });

  it('is left alone when its renderer exited cleanly (the window closing), or the window is gone', () => {
    const { recovery } = setup();
    const closing = new Page();
    recovery.pageGone(closing, { reason: 'clean-exit', exitCode: 0 });
    const destroyed = new Page();
    destroyed.destroyed = true;
    recovery.pageGone(destroyed, crashed);
    expect([closing.reloads, destroyed.reloads]).toEqual([0, 0]);
  });

  it('that keeps crashing is reloaded at most every ten seconds', () => {
    const { recovery, time, logged } = setup();
    const page = new Page();
    recovery.pageGone(page, crashed);
    time.advance(2_000);
    recovery.pageGone(page, crashed);
    recovery.pageGone(page, crashed);
    expect(page.reloads).toBe(1);
    expect(logged.at(-1)).toBe("a window's page stopped (crashed, exit code 139); reloading it in 8 s");
    time.advance(RELOAD_SPACING_MS - 2_001);
    expect(page.reloads).toBe(1);
    time.advance(1);
    expect(page.reloads).toBe(2);
    // A crash long after the last reload is mended at once again.
    time.advance(60_000);
    recovery.pageGone(page, crashed);
    expect(page.reloads).toBe(3);
  });

  it('does not hold back a different window', () => {
    const { recovery } = setup();
    const [left, right] = [new Page(), new Page()];
    recovery.pageGone(left, crashed);
    recovery.pageGone(right, crashed);
    expect([left.reloads, right.reloads]).toEqual([1, 1]);
  });

  it('is not reloaded once closed while it waited, nor after the app stops', () => {
    const { recovery, time } = setup();
    const closed = new Page();
    const waiting = new Page();
    for (const page of [closed, waiting]) {
      recovery.pageGone(page, crashed);
      recovery.pageGone(page, crashed);
    }
    closed.destroyed = true;
    time.advance(RELOAD_SPACING_MS);
    expect(closed.reloads).toBe(1);
    recovery.pageGone(waiting, crashed);
    recovery.dispose();
    expect(time.pending()).toBe(0);
    time.advance(RELOAD_SPACING_MS);
    expect(waiting.reloads).toBe(2);
  });
});
