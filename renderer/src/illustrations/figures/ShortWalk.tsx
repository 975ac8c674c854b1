import { Walker } from '../Walker';

/** A relaxed short walk, side view: easy strides with loosely swinging arms. */
export function ShortWalk() {
  return (
    <g>
      <line className="bw-prop bw-ground" x1={8} y1={146} x2={192} y2={146} />
      <Walker lean={4} wideSwing />
    </g>
  );
}
