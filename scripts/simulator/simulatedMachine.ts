import FakeTimers from '@sinonjs/fake-timers';
import type { Clock } from '../../main/core/ports';

/**
 * A machine on a simulated clock. Fake timers replace `Date` and the timer functions, so the
 * real node-schedule adapter runs unchanged. Three times are kept apart, as on a real laptop:
 * true time (what really passed), wall time (`Date.now()`, moved by clock jumps) and monotonic
 * time (stops while suspended, as on macOS and Linux, and so do timers).
 */
export class SimulatedMachine {
  private readonly fake: ReturnType<typeof FakeTimers.install>;
  private jumpMs = 0;
  private sleptMs = 0;
  private suspendedAtTrueMs: number | null = null;

  constructor(startWallMs: number) {
    this.fake = FakeTimers.install({
      now: startWallMs,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'Date'],
    });
  }

  readonly trueNow = (): number => this.fake.now - this.jumpMs;

  readonly clock: Clock = {
    now: () => ({ wallMs: this.fake.now, monoMs: this.trueNow() - this.sleptMs }),
  };

  /** Let true time pass up to `trueMs`, firing timers on the way (none while suspended). */
  advanceTo(trueMs: number): void {
    const delta = trueMs - this.trueNow();
    if (delta <= 0) return;
    if (this.suspendedAtTrueMs === null) this.fake.tick(delta);
    else this.fake.setSystemTime(this.fake.now + delta);
  }

  get suspended(): boolean {
    return this.suspendedAtTrueMs !== null;
  }

  suspend(): void {
    this.suspendedAtTrueMs = this.trueNow();
  }

  resume(): void {
    if (this.suspendedAtTrueMs === null) return;
    this.sleptMs += this.trueNow() - this.suspendedAtTrueMs;
    this.suspendedAtTrueMs = null;
  }

  /** The wall clock is set by `seconds`; timers and true time are unaffected. */
  jumpClock(seconds: number): void {
    const jumpMs = seconds * 1000;
    this.jumpMs += jumpMs;
    this.fake.setSystemTime(this.fake.now + jumpMs);
  }

  dispose(): void {
    this.fake.uninstall();
  }
}
