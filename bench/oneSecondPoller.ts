import type { PowerKind } from '../main/core/engine/events';
import type { IdleReading } from '../main/core/engine/events';
import type { ReplayTarget } from '../scripts/simulator/replay';

const POLL_MS = 1000;

/**
 * What the peers do: read the idle time every second. It applies the same accounting rule as
 * the engine (gaps under the threshold are sitting, longer ones are not), so the comparison is
 * about the cost of watching, not about a different rule.
 */
export class OneSecondPoller implements ReplayTarget {
  wakeups = 0;
  sittingMs = 0;
  private lastInputMs = 0;
  private away = false;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly idle: { read(): IdleReading },
    private readonly now: () => number,
    private readonly pauseMs: number,
  ) {}

  start(): void {
    this.lastInputMs = this.now();
    this.timer = setInterval(() => this.tick(), POLL_MS);
  }

  power(kind: PowerKind): void {
    this.tick();
    if (kind === 'lock' || kind === 'suspend') this.away = true;
    if (kind === 'unlock' || kind === 'resume') {
      this.away = false;
      this.inputAt(this.now());
    }
    if (kind === 'shutdown') {
      if (!this.away && this.now() - this.lastInputMs < this.pauseMs) this.sittingMs += this.now() - this.lastInputMs;
      if (this.timer !== null) clearInterval(this.timer);
    }
  }

  private tick(): void {
    this.wakeups++;
    if (this.away) return;
    const reading = this.idle.read();
    if (reading.locked === true) return;
    const inputMs = this.now() - reading.idleSeconds * 1000;
    if (inputMs > this.lastInputMs) this.inputAt(inputMs);
  }

  private inputAt(inputMs: number): void {
    const gapMs = inputMs - this.lastInputMs;
    if (gapMs < this.pauseMs) this.sittingMs += gapMs;
    this.lastInputMs = inputMs;
  }
}
