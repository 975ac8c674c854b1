import { FLOOR_Y } from '../parts';

/** A chair seen from the side, its back on the left, seat at y 118, for a person whose hip is at (x, 116). */
export function SideChair({ x }: { readonly x: number }) {
  return <path className="bw-prop" d={`M${x - 18} 58 L${x - 12} 118 H${x + 32} M${x - 8} 118 V${FLOOR_Y} M${x + 28} 118 V${FLOOR_Y}`} />;
}

/** Seated body, side view, hip at (x, 116): legs, torso and the near arm resting forward; the head is the figure's. */
export function SeatedBody({ x }: { readonly x: number }) {
  return (
    <g>
      <path className="bw-leg" d={`M${x} 114 L${x + 42} 116 L${x + 44} ${FLOOR_Y - 4} L${x + 56} ${FLOOR_Y - 2}`} />
      <path className="bw-torso" d={`M${x} 112 Q${x - 4} 88 ${x + 4} 66`} />
      <path className="bw-neck-thin" d={`M${x + 5} 62 L${x + 7} 50`} />
      <path className="bw-halo-thin" d={`M${x + 4} 70 L${x + 12} 96 L${x + 40} 104`} />
      <path className="bw-limb" d={`M${x + 4} 70 L${x + 12} 96 L${x + 40} 104`} />
    </g>
  );
}
