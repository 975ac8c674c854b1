import { Walker } from '../Walker';

/** A relaxed short walk, side view: easy strides with loosely swinging arms. */
export function ShortWalk() {
  return (
    <g>
      <line className="bw-prop bw-ground" x1={8} y1={146} x2={192} y2={146} />
      <path className="bw-prop" d="M24 146 V60 H56 V146 M50 104 h-3" />
      <Walker lean={4} wideSwing />
    </g>
  );
}
