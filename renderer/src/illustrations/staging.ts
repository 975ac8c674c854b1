import type { PhaseKind } from '../../../preload/contract';

/**
 * How a figure plays a phase of its exercise. Each figure has up to three poses (see `Moving` in
 * parts.tsx): `start`, `held` and `alt`. For a phase, the staging says which pose the figure ends
 * in and stays in (what reduced motion shows at once) and which CSS animations take it there.
 *
 *   kind     position           hold    release               breathe-out     breathe-in   walk        rest
 *   hold     start → held       held    held → start → held   held            held         held        held → start
 *   rest     start → held       held    start → held          held            held         held        held
 *   walk     start (standing)   start   start                 start           start        stepping    start
 *   breathe  start (flat back)  held    held                  → held (cat)    → alt (cow)  held        → start
 *
 * (cat's first breath out starts from the flat back, the others from cow)
 *
 * Every move ends as its phase ends, so the pose is reached when the next phase begins (a hold
 * starts in the held pose and stays still). Without a phase (a preview) the figure loops.
 */
export type FigureKind = 'hold' | 'rest' | 'walk' | 'breathe';
export type Pose = 'start' | 'held' | 'alt';

export interface FigureTiming {
  readonly kind: FigureKind;
  /** Hand-on-head figures: a release moves the hand to a new side, so it starts away from the head. */
  readonly releaseFromStart?: boolean;
  /** Head lifts on the elbows go chin down (alt), back to level, then up: the whole range of a nod. */
  readonly throughAlt?: boolean;
  /** A full stride (both feet), for walking figures. */
  readonly strideMs?: number;
}

export interface Staging {
  readonly pose: Pose;
  /** CSS `animation` values for moving parts, changing outlines, cues of the held and of the alt pose. */
  readonly animations: { readonly move: string; readonly morph: string; readonly cueStart: string; readonly cueHeld: string; readonly cueAlt: string; readonly half: string; readonly scroll: string };
}

const MOVE_MS = 1_600;
const THROUGH_ALT_MS = 3_600;
const RETURN_MS = 1_200;
/** Cat-cow's whole spine settles back more slowly than a head or an arm. */
const BREATH_RETURN_MS = 1_800;
const LOOP_MS = 2_400;
const DEFAULT_STRIDE_MS = 1_200;
/** What a phase is taken to last when the player does not say: the shortest release of the library. */
export const DEFAULT_PHASE_SECONDS = 3;
const MS_PER_SECOND = 1_000;

const STILL = { move: 'none', morph: 'none', cueStart: 'none', cueHeld: 'none', cueAlt: 'none', half: 'none', scroll: 'none' } as const;
const EASE = 'cubic-bezier(0.45, 0, 0.3, 1)';

interface Step {
  readonly from: Pose;
  readonly to: Pose;
  readonly ms: number;
  readonly delayMs: number;
}

const cueFade = (cuePose: Pose, step: Step): string | null => (step.to === cuePose ? 'in' : step.from === cuePose ? 'out' : null);

/** The animations of one or more steps played one after another (later ones win once they start). */
function play(steps: readonly Step[]): Staging['animations'] {
  const timing = (step: Step, fill: string) => `${Math.round(step.ms)}ms ${EASE} ${Math.round(step.delayMs)}ms 1 normal ${fill}`;
  // The first step fills backwards too, so the figure shows where it starts before it moves.
  const list = (name: (step: Step) => string | null) =>
    steps
      .map((step, index) => [name(step), step, index] as const)
      .filter((entry): entry is readonly [string, Step, number] => entry[0] !== null)
      .map(([animation, step, index]) => `${animation} ${timing(step, index === 0 ? 'both' : 'forwards')}`)
      .join(', ') || 'none';
  return {
    ...STILL,
    move: list((step) => `bw-m-${step.from}-${step.to}`),
    morph: list((step) => `bw-d-${step.from}-${step.to}`),
    cueStart: list((step) => (cueFade('start', step) === null ? null : `bw-o-${cueFade('start', step)}`)),
    cueHeld: list((step) => (cueFade('held', step) === null ? null : `bw-o-${cueFade('held', step)}`)),
    cueAlt: list((step) => (cueFade('alt', step) === null ? null : `bw-o-${cueFade('alt', step)}`)),
  };
}

/** Start → alt → start → held in one move: the nod's whole range. */
function throughAlt(ms: number, delayMs: number, fill: 'both' | 'forwards' = 'both'): Staging['animations'] {
  const timing = `${Math.round(ms)}ms ${EASE} ${Math.round(delayMs)}ms 1 normal ${fill}`;
  return { ...STILL, move: `bw-m-via ${timing}`, morph: `bw-d-via ${timing}`, cueStart: `bw-o-out ${timing}`, cueHeld: `bw-o-in-late ${timing}` };
}

/** A move that ends as its phase does, or starts at once when the phase is shorter than the move. */
const endingWith = (phaseMs: number, moveMs: number, notBeforeMs = 0) => {
  const ms = Math.min(moveMs, Math.max(phaseMs - notBeforeMs, moveMs / 2));
  return { ms, delayMs: Math.max(notBeforeMs, phaseMs - ms) };
};

/** Walkers stand still until they walk, then step until the walk ends. */
function walking(figure: FigureTiming, phase: PhaseKind | undefined): Staging {
  if (phase !== 'walk' && phase !== undefined) return { pose: 'start', animations: STILL };
  const strideMs = figure.strideMs ?? DEFAULT_STRIDE_MS;
  return {
    pose: 'held',
    animations: {
      ...STILL,
      move: `bw-m-held-alt ${strideMs / 2}ms ease-in-out 0ms infinite alternate both`,
      half: `bw-m-held-alt ${strideMs / 4}ms ease-in-out 0ms infinite alternate both`,
      scroll: `bw-m-held-alt ${strideMs}ms linear 0ms infinite normal both`,
    },
  };
}

/** A preview, outside a break: back and forth between the two poses that matter. */
function looping(figure: FigureTiming): Staging {
  const loop = `${LOOP_MS}ms ${EASE} 0ms infinite alternate both`;
  const [from, to]: [Pose, Pose] = figure.kind === 'breathe' ? ['held', 'alt'] : ['start', 'held'];
  const fade = (cuePose: Pose) => (to === cuePose ? `bw-o-in ${loop}` : from === cuePose ? `bw-o-out ${loop}` : 'none');
  return { pose: to, animations: { ...STILL, move: `bw-m-${from}-${to} ${loop}`, morph: `bw-d-${from}-${to} ${loop}`, cueStart: fade('start'), cueHeld: fade('held'), cueAlt: fade('alt') } };
}

/** Cat-cow: each breath moves the back for as long as the breath lasts. */
function breathing(phase: PhaseKind, repetition: number, phaseMs: number): Staging {
  switch (phase) {
    case 'position':
      return { pose: 'start', animations: STILL };
    case 'breathe-out':
      // The first breath out starts from the flat back of the starting position, the others from cow.
      return { pose: 'held', animations: play([{ from: repetition === 1 ? 'start' : 'alt', to: 'held', ms: phaseMs, delayMs: 0 }]) };
    case 'breathe-in':
      return { pose: 'alt', animations: play([{ from: 'held', to: 'alt', ms: phaseMs, delayMs: 0 }]) };
    case 'rest':
      return { pose: 'start', animations: play([{ from: 'alt', to: 'start', ms: Math.min(BREATH_RETURN_MS, phaseMs), delayMs: 0 }]) };
    default:
      return { pose: 'held', animations: STILL };
  }
}

/** Holds and rests: into the pose as getting into position ends, still in it, and (holds) away and back on a release. */
function holding(figure: FigureTiming, phase: PhaseKind, phaseMs: number): Staging {
  const intoHeld = (notBeforeMs: number) => endingWith(phaseMs, figure.throughAlt === true ? THROUGH_ALT_MS : MOVE_MS, notBeforeMs);
  switch (phase) {
    case 'position': {
      const { ms, delayMs } = intoHeld(0);
      return { pose: 'held', animations: figure.throughAlt === true ? throughAlt(ms, delayMs) : play([{ from: 'start', to: 'held', ms, delayMs }]) };
    }
    case 'release': {
      if (figure.kind === 'rest' || figure.releaseFromStart === true) {
        const { ms, delayMs } = intoHeld(0);
        return { pose: 'held', animations: play([{ from: 'start', to: 'held', ms, delayMs }]) };
      }
      const back = Math.min(RETURN_MS, phaseMs / 2);
      const { ms, delayMs } = intoHeld(back);
      if (figure.throughAlt !== true) return { pose: 'held', animations: play([{ from: 'held', to: 'start', ms: back, delayMs: 0 }, { from: 'start', to: 'held', ms, delayMs }]) };
      const returning = play([{ from: 'held', to: 'start', ms: back, delayMs: 0 }]);
      const onward = throughAlt(ms, delayMs, 'forwards');
      // Both lists end up on the same parts: the later animation wins once it has started.
      return {
        pose: 'held',
        animations: { ...STILL, move: `${returning.move}, ${onward.move}`, morph: `${returning.morph}, ${onward.morph}`, cueStart: `${returning.cueStart}, ${onward.cueStart}`, cueHeld: `${returning.cueHeld}, ${onward.cueHeld}` },
      };
    }
    case 'rest':
      return figure.kind === 'rest' ? { pose: 'held', animations: STILL } : { pose: 'start', animations: play([{ from: 'held', to: 'start', ms: Math.min(RETURN_MS, phaseMs), delayMs: 0 }]) };
    default:
      return { pose: 'held', animations: STILL };
  }
}

/** What `figure` plays in `phase` (of `repetition`, lasting `phaseSeconds`); no phase is a preview loop. */
export function stage(figure: FigureTiming, phase: PhaseKind | undefined, repetition = 1, phaseSeconds = DEFAULT_PHASE_SECONDS): Staging {
  const phaseMs = Math.max(1, phaseSeconds) * MS_PER_SECOND;
  if (figure.kind === 'walk') return walking(figure, phase);
  if (phase === undefined) return looping(figure);
  return figure.kind === 'breathe' ? breathing(phase, repetition, phaseMs) : holding(figure, phase, phaseMs);
}
