import { z } from 'zod';
import { plannedExerciseSchema } from '../main/core/exercises/phasePlan';
import { PLANS } from '../main/core/preferences/plans';
import { BUSY_REASONS } from '../main/core/busy';
import { BREAK_KINDS } from '../main/core/shared/breakKinds';
import { exerciseIdSchema } from '../main/core/shared/exerciseId';
import type { bridgeEvents, bridgeMethods } from './bridgeShape';
import { historyViewSchema, settingsViewSchema } from './views';

/**
 * The one IPC contract. Every channel between the renderer and the main process is listed
 * here with its payload and result schemas; the preload exposes exactly the bridge below, the
 * main handlers are typed and validated against it, and the renderer's `window.breakwise` type
 * is derived from it. Adding a channel touches this file and its handler, nothing else.
 */

export type { Phase, PhaseKind, PlannedExercise } from '../main/core/exercises/phasePlan';

/** What a Breakwise window shows: nothing, a notice before a break, or the break itself. */
export const sessionSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('idle') }),
  z.strictObject({
    mode: z.enum(['notice', 'break']),
    kind: z.enum(BREAK_KINDS),
    /**
     * Wall-clock end of the notice countdown or of the break, shared by every display. A break's
     * phases end here: it started their total length earlier.
     */
    untilWallMs: z.number(),
    canSnooze: z.boolean(),
    canSkip: z.boolean(),
    /**
     * The exercises of this break, in order, each with its texts, its drawing and its phases
     * (empty for a notice). The phases add up to the break's length; the window plays them as
     * they are.
     */
    steps: z.array(plannedExerciseSchema),
  }),
]);
export type Session = z.infer<typeof sessionSchema>;

const empty = z.strictObject({});
const settingPath = z.string().regex(/^[a-zA-Z]+(\.[a-zA-Z]+){0,3}$/, 'must be a setting path such as microBreak.everyMinutes');

/** Request/response channels (`ipcRenderer.invoke` → `ipcMain.handle`). */
export const invokeChannels = {
  'session:get': { payload: empty, result: sessionSchema },
  'break:respond': { payload: z.strictObject({ response: z.enum(['start', 'snooze', 'skip']) }), result: empty },
  'break:finished': { payload: empty, result: empty },
  /** The end-of-break check-in: how the neck feels now. */
  'break:checkin': { payload: z.strictObject({ feeling: z.enum(['better', 'same', 'worse']) }), result: empty },
  /** "This hurts — stop": the exercise leaves the rotation (the window then shows what to do). */
  'break:hurt': { payload: z.strictObject({ exerciseId: exerciseIdSchema }), result: empty },
  'settings:get': { payload: empty, result: settingsViewSchema },
  /** One setting changed in the settings window; its value is checked against that setting's own rules. */
  'settings:set': { payload: z.strictObject({ path: settingPath, value: z.unknown() }), result: settingsViewSchema },
  /** Back to the organization's recommended value, or the default. */
  'settings:reset': { payload: z.strictObject({ path: settingPath }), result: settingsViewSchema },
  'settings:dismissNotice': { payload: empty, result: settingsViewSchema },
  'firstRun:complete': { payload: z.strictObject({ plan: z.enum(PLANS), startAtLogin: z.boolean() }), result: settingsViewSchema },
  'history:get': { payload: empty, result: historyViewSchema },
  /** Asks where to save (the OS save dialog), then writes every kept day; path null when the person cancelled. */
  'history:export': { payload: z.strictObject({ format: z.enum(['csv', 'json']) }), result: z.strictObject({ path: z.string().nullable() }) },
  /** Which meeting signals this machine can read (each: works, or unavailable here). */
  'meetings:signals': { payload: empty, result: z.record(z.enum(BUSY_REASONS), z.enum(['works', 'unavailable'])) },
} as const;

/** Main → renderer pushes (`webContents.send` → `ipcRenderer.on`). */
export const eventChannels = {
  'session:changed': sessionSchema,
  'settings:changed': settingsViewSchema,
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type { BridgeEventName, BridgeMethodName } from './bridgeShape';
export type EventChannel = keyof typeof eventChannels;
export type PayloadOf<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['payload']>;
export type ResultOf<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['result']>;

/** Every reply is an envelope: a bad request is answered, never thrown across the bridge. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Compiles only while every bridge entry names a channel of this contract. */
type Covers<T extends Record<string, string>, K extends string> = T[keyof T] extends K ? true : never;
type Expect<T extends true> = T;
export type BridgeCoversContract = Expect<Covers<typeof bridgeMethods, InvokeChannel> & Covers<typeof bridgeEvents, EventChannel>>;

type Invoker<C extends InvokeChannel> = PayloadOf<C> extends Record<string, never>
  ? () => Promise<Reply<ResultOf<C>>>
  : (payload: PayloadOf<C>) => Promise<Reply<ResultOf<C>>>;

/** `window.breakwise`, as the renderer sees it. */
export type BreakwiseBridge = { readonly [M in keyof typeof bridgeMethods]: Invoker<(typeof bridgeMethods)[M]> } & {
  readonly [E in keyof typeof bridgeEvents]: (listener: (value: z.infer<(typeof eventChannels)[(typeof bridgeEvents)[E]]>) => void) => () => void;
};
