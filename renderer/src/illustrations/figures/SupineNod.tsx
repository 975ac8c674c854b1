import { Cue, CurvedArrow, Moving } from '../parts';
import { SupineBody, SupineHead } from './Supine';

/**
 * Gentle nod lying down, side view: on the back with knees bent, a small nod turns the gaze from
 * the ceiling toward the chest while the back of the head stays on the floor. The long gaze line
 * and the arrow make the small nod easy to see at any size.
 */
export function SupineNod() {
  return (
    <g>
      <SupineBody kneesBent />
      <Cue part="nod-arrow">
        <CurvedArrow d="M222 104 Q214 74 182 70" tip={[180, 70]} towardDeg={178} />
      </Cue>
      <Moving origin={[194, 144]} held="rotate(-26deg)" part="head-move">
        <SupineHead />
        <line className="bw-guide" data-part="gaze" x1={196} y1={118} x2={196} y2={20} />
      </Moving>
    </g>
  );
}
