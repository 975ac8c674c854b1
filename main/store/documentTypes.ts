import type { Options as ConfOptions } from 'conf';
import type { Cancel } from '../core/ports';
import type { Migration, StoredObject } from './migrations';

/** What a caller declares about one stored document (preferences, streaks...). */
export interface DocumentDefinition<T extends object> {
  /** File base name in the directory: `preferences` is stored as `preferences.json`. */
  readonly name: string;
  /** The current layout, an integer from 1; written into the file as `schemaVersion`. */
  readonly version: number;
  /** Steps from older layouts, ordered by `to`; a version without a step passes unchanged. */
  readonly migrations: readonly Migration[];
  /**
   * Keeps what is valid of current-version data (without `schemaVersion`) and says what it
   * dropped or replaced by a default. Built by the caller from its zod schema.
   */
  parse(data: unknown): { value: T; problems: string[] };
  defaults(): T;
  /** A file name, in the same directory, of a layout from before this store; read as version 1. */
  readonly legacyFile?: string;
}

/**
 * How conf (or electron-store, which extends it) is built for one document: no schema (the
 * definition's zod parse is the only validator, and conf's Ajv would write every default into
 * the file), our own reading of the text, and a file only its owner can read.
 */
export type BackendOptions = Required<Pick<ConfOptions<StoredObject>, 'cwd' | 'configName' | 'clearInvalidConfig' | 'configFileMode' | 'deserialize'>>;

/**
 * The only part of conf the store uses: the whole value, read once and written whole. conf's
 * `store` getter reads the file on every access, which is why it is read exactly once.
 */
export interface DocumentBackend {
  readonly path: string;
  store: StoredObject;
}

/**
 * Builds the backend. Production: `(o) => new ElectronStore({ ...o, name: o.configName })`
 * (electron-store takes `name`, not `configName`); tests: `(o) => new Conf(o)`.
 */
export type BackendFactory = (options: BackendOptions) => DocumentBackend;

/** The one timer the store needs, a subset of the core's WakeTimers. */
export interface DelayTimers {
  after(delayMs: number, callback: () => void): Cancel;
}

export interface OpenOptions {
  /** Where the file lives (electron's `userData` in production, a temp directory in tests). */
  readonly directory: string;
  readonly backend: BackendFactory;
  readonly timers: DelayTimers;
  /** Wall-clock milliseconds, for backup names only. */
  readonly wallClock: () => number;
  /** Called for each failed write; the value stays in memory and the write is retried later. */
  readonly onWriteError?: (error: Error) => void;
}

/**
 * Set when the file could not be used as it was: not JSON, rejected by the schema, partly
 * invalid, from a newer Breakwise, or failing a migration. The app tells the person once.
 */
export interface Recovery {
  /**
   * Where the original bytes are kept. `null` if they could not be read or copied: the file is
   * then left exactly as it was and this document is never written (it lives in memory only).
   */
  readonly backupPath: string | null;
  readonly problems: readonly string[];
  /** Whether anything in the file was dropped or replaced by a default (false: all was kept). */
  readonly valuesLost: boolean;
  /** Written by a later Breakwise, whose layout this one reads only as far as it knows it. */
  readonly newerVersion: boolean;
}

/** 'soon': a settings change, on disk within a second. 'lazy': history counters, within minutes. */
export type Urgency = 'soon' | 'lazy';

export interface StoreCounters {
  /** Completed writes of the whole file. */
  readonly writes: number;
  readonly failedWrites: number;
  /**
   * File reads made to load the value, all while opening, counted as they happen; `get` never
   * reads. (conf also reads the file once inside each write, to carry over its own
   * `__internal__` key: one per write, not counted here.)
   */
  readonly diskReads: number;
}

export interface StoredDocument<T extends object> {
  readonly path: string;
  readonly recovery: Recovery | null;
  /** The value in memory; never touches the disk. Treat it as immutable. */
  get(): T;
  /** Replaces the value with `change(value)`; a change that returns the same object is no change. */
  update(change: (value: T) => T, urgency: Urgency): void;
  /** Writes now if anything is unwritten (quit, suspend). True when the file matches memory. */
  flush(): boolean;
  /** Flushes, stops the timer; later updates throw. */
  dispose(): void;
  readonly counters: StoreCounters;
}
