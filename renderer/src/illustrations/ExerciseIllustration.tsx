import type { CSSProperties, ReactElement } from 'react';
import type { PhaseKind } from '../../../preload/contract';
import { CatCow } from './figures/CatCow';
import { ChildsPose } from './figures/ChildsPose';
import { ChinTuck } from './figures/ChinTuck';
import { ElbowHeadLift } from './figures/ElbowHeadLift';
import { EyeRest } from './figures/EyeRest';
import { NeckIsometric } from './figures/NeckIsometric';
import { ProneHeadLift } from './figures/ProneHeadLift';
import { SeatedNeutral } from './figures/SeatedNeutral';
import { ShortWalk } from './figures/ShortWalk';
import { ShoulderSqueeze } from './figures/ShoulderSqueeze';
import { SupineNod } from './figures/SupineNod';
import { SupineRest } from './figures/SupineRest';
import { WalkTall } from './figures/WalkTall';
import { VIEW_BOX } from './parts';
import { stage, type FigureTiming } from './staging';
import './illustrations.css';

interface Figure extends FigureTiming {
  readonly Drawing: (props: { readonly repetition: number }) => ReactElement;
}

/** One drawing per illustration id of the exercise library (see ILLUSTRATIONS in exerciseSchema), played as its exercise's timing pattern. */
const FIGURES: ReadonlyMap<string, Figure> = new Map<string, Figure>([
  ['chin-tuck', { kind: 'hold', Drawing: ChinTuck }],
  ['neck-isometric', { kind: 'hold', releaseFromStart: true, Drawing: NeckIsometric }],
  ['shoulder-squeeze', { kind: 'hold', Drawing: ShoulderSqueeze }],
  ['walk-tall', { kind: 'walk', strideMs: 1_400, Drawing: WalkTall }],
  ['elbow-head-lift', { kind: 'hold', throughAlt: true, Drawing: ElbowHeadLift }],
  ['prone-head-lift', { kind: 'hold', Drawing: ProneHeadLift }],
  ['supine-nod', { kind: 'hold', Drawing: SupineNod }],
  ['supine-rest', { kind: 'rest', Drawing: SupineRest }],
  ['cat-cow', { kind: 'breathe', Drawing: CatCow }],
  ['childs-pose', { kind: 'rest', Drawing: ChildsPose }],
  ['eye-rest', { kind: 'rest', Drawing: EyeRest }],
  ['short-walk', { kind: 'walk', strideMs: 1_100, Drawing: ShortWalk }],
]);
const NEUTRAL: Figure = { kind: 'rest', Drawing: SeatedNeutral };

export interface ExerciseIllustrationProps {
  /** The exercise's illustration id; an unknown one gets a still, upright seated figure. */
  readonly illustration: string;
  readonly label: string;
  /** The phase being played. Without one the figure loops through its movement (a preview). */
  readonly phase?: PhaseKind;
  /** The repetition of the phase, from 1: the neck press changes sides with it. */
  readonly repetition?: number;
  /** How long the phase lasts (its whole length, not what is left): moves end as it ends, so a hold begins in the held pose. */
  readonly phaseSeconds?: number;
  /** The break is paused: the figure stops where it is. */
  readonly paused?: boolean;
}

/**
 * A drawing of an exercise that follows the break: it moves into the pose while the person gets
 * into position, stands still through a hold or a rest, goes back and comes again on a release,
 * rounds and sinks with cat-cow's breaths and keeps stepping through a walk. With reduced motion
 * it shows each phase's pose, still. It fills its container, keeping its proportions.
 */
export function ExerciseIllustration({ illustration, label, phase, repetition = 1, phaseSeconds, paused = false }: ExerciseIllustrationProps) {
  const figure = FIGURES.get(illustration) ?? NEUTRAL;
  const { pose, animations } = stage(figure, phase, repetition, phaseSeconds);
  const style = {
    '--bw-anim-move': animations.move,
    '--bw-anim-morph': animations.morph,
    '--bw-anim-cue-start': animations.cueStart,
    '--bw-anim-cue-held': animations.cueHeld,
    '--bw-anim-cue-alt': animations.cueAlt,
    '--bw-anim-half': animations.half,
    '--bw-anim-scroll': animations.scroll,
  } as CSSProperties;
  return (
    <svg role="img" aria-label={label} viewBox={VIEW_BOX} preserveAspectRatio="xMidYMid meet" className="bw-figure" data-illustration={illustration}>
      {/* A new stage per phase and repetition, so each phase's moves start from their beginning. */}
      <g key={`${phase ?? 'loop'}-${repetition}`} className="bw-stage" data-phase={phase ?? 'loop'} data-pose={pose} data-paused={paused || undefined} style={style}>
        <figure.Drawing repetition={repetition} />
      </g>
    </svg>
  );
}
