import type { IdleReading } from './engine/events';
import type { Instant } from './time';

/** Both clocks, read together. */
export interface Clock {
  now(): Instant;
}

/**
 * What the OS knows about input right now (Electron's powerMonitor, GNOME's IdleMonitor over
 * D-Bus, a trace). A source that must ask another process answers with a promise; if that
 * fails, the reading is taken as "input just now", which is what Electron reports on Wayland.
 */
export interface IdleSource {
  read(): IdleReading | Promise<IdleReading>;
}

export type Cancel = () => void;

/** Timers, as the adapter around the core provides them. */
export interface WakeTimers {
  /** Call back after `delayMs` of elapsed (monotonic) time, whatever the wall clock does. */
  after(delayMs: number, callback: () => void): Cancel;
  /** Call back when the wall clock reaches `wallMs` (working hours, midnight, a timed pause). */
  atWall(wallMs: number, callback: () => void): Cancel;
}

/** How a change reaches the disk: soon for a setting the person changed, lazily for counters. */
export type WriteUrgency = 'soon' | 'lazy';

/** A stored document as the services use it: read from memory, changed with a write urgency. */
export interface DocumentLike<T> {
  get(): T;
  update(change: (current: T) => T, urgency: WriteUrgency): void;
}

/** Whether Breakwise can see input at all (see the idle-source selection), and why not. */
export type IdleDetection = { available: true } | { available: false; reason: string };
