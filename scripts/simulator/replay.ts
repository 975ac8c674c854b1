import type { PowerKind } from '../../main/core/engine/events';
import type { SimulatedMachine } from './simulatedMachine';
import type { TraceEvent } from './trace';
import type { TraceIdleSource } from './traceIdleSource';

/** What a replay drives: the engine's service, or a baseline to compare it with. */
export interface ReplayTarget {
  start(): void;
  power(kind: PowerKind): void;
}

/**
 * Walks a trace on the simulated machine: time passes between events (timers fire on the way),
 * the idle source learns each event as it is reached, and power events reach the target.
 * "end" is delivered as a shutdown.
 */
export function replayTrace(
  trace: readonly TraceEvent[],
  machine: SimulatedMachine,
  idle: TraceIdleSource,
  target: ReplayTarget,
  afterEvent: (event: TraceEvent) => void = () => undefined,
): void {
  for (const event of trace) {
    machine.advanceTo(event.trueMs);
    idle.reach(event);
    switch (event.event) {
      case 'start':
        target.start();
        break;
      case 'active':
        machine.advanceTo(event.toTrueMs);
        break;
      case 'input':
      case 'busy':
        break;
      case 'clock-jump':
        machine.jumpClock(event.seconds);
        break;
      case 'suspend':
        target.power('suspend');
        machine.suspend();
        break;
      case 'resume':
        machine.resume();
        target.power('resume');
        break;
      case 'lock':
      case 'unlock':
        target.power(event.event);
        break;
      case 'end':
        machine.resume();
        target.power('shutdown');
        break;
    }
    afterEvent(event);
  }
}
