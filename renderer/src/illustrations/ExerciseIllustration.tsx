import type { ReactElement } from 'react';
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
import './illustrations.css';

/** One drawing per illustration id of the exercise library (see ILLUSTRATIONS in exerciseSchema). */
const FIGURES: ReadonlyMap<string, () => ReactElement> = new Map([
  ['chin-tuck', ChinTuck],
  ['neck-isometric', NeckIsometric],
  ['shoulder-squeeze', ShoulderSqueeze],
  ['walk-tall', WalkTall],
  ['elbow-head-lift', ElbowHeadLift],
  ['prone-head-lift', ProneHeadLift],
  ['supine-nod', SupineNod],
  ['supine-rest', SupineRest],
  ['cat-cow', CatCow],
  ['childs-pose', ChildsPose],
  ['eye-rest', EyeRest],
  ['short-walk', ShortWalk],
]);

/**
 * An animated line drawing of an exercise: it moves from the start to the end position and back,
 * or, when the system asks for reduced motion, shows the end position still. An unknown id gets a
 * neutral seated figure.
 */
export function ExerciseIllustration({ id, label }: { id: string; label: string }) {
  const Figure = FIGURES.get(id) ?? SeatedNeutral;
  return (
    <svg role="img" aria-label={label} viewBox="0 0 200 160" className="illustration">
      <Figure />
    </svg>
  );
}
