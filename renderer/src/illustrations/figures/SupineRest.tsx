import { Cue, Moving } from '../parts';
import { SupineBody, SupineHead } from './Supine';

/**
 * Neutral head rest, side view: lying flat on the back, the head, tipped back at first, slides back
 * and settles level, with ears, shoulders and hips on one line; then it rests there.
 */
export function SupineRest() {
  return (
    <g>
      <SupineBody kneesBent={false} />
      <Moving origin={[182, 150]} start="rotate(16deg)" part="head-move">
        <SupineHead />
      </Moving>
      <Cue part="line">
        <line className="bw-line" x1={66} y1={118} x2={208} y2={118} />
        {[76, 160, 194].map((x) => (
          <circle key={x} className="bw-joint" cx={x} cy={118} r={4} />
        ))}
      </Cue>
    </g>
  );
}
