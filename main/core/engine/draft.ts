import type { Effect } from './effects';
import type { Context, Model, State } from './state';

/**
 * The working copy one transition builds. Handlers replace `state` and `ctx` wholesale (the
 * objects themselves are never mutated) and append effects, so the transition stays pure.
 */
export interface Draft {
  state: State;
  ctx: Context;
  readonly effects: Effect[];
  /** Why a request was refused (a snooze over the limit, a skip in strict mode…), if it was. */
  refusal: string | null;
}

export const draftOf = (model: Model): Draft => ({ state: model.state, ctx: model.ctx, effects: [], refusal: null });

export const nowMs = (d: Draft): number => d.ctx.time.engineMs;

export const update = (d: Draft, patch: Partial<Context>): void => {
  d.ctx = { ...d.ctx, ...patch };
};
