import { Walker } from '../Walker';

/** Walking tall, side view: ears stay stacked over shoulders and hips while the legs stride. */
export function WalkTall() {
  return (
    <g>
      <line className="bw-prop bw-ground" x1={8} y1={146} x2={192} y2={146} />
      <line className="bw-dots" x1={101} y1={18} x2={101} y2={96} />
      <Walker lean={0} wideSwing={false} />
    </g>
  );
}
