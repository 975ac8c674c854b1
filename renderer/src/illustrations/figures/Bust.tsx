/** Shoulders and chest of a person sitting upright, seen from the side (close-up neck figures), head at (116, 62) r 25. */
export function SideBust() {
  return (
    <g data-part="bust">
      <path className="bw-prop" d="M70 96 L76 180" />
      <path className="bw-solid" d="M86 180 L90 130 Q92 108 108 104 L124 103 Q140 106 144 124 L150 180 Z" />
    </g>
  );
}

/**
 * Shoulders and back of a person sitting, seen from behind over the back of the chair (which only
 * a view from behind puts in front of the body), head at (120, 58) r 24.
 */
export function BackBust() {
  return (
    <g data-part="bust">
      <path className="bw-solid" d="M120 98 Q92 98 76 106 Q64 112 64 130 L62 180 L178 180 L176 130 Q176 112 164 106 Q148 98 120 98 Z" />
      <path className="bw-neck" d="M120 76 L120 102" />
      <rect className="bw-chair-back" x={78} y={140} width={84} height={50} rx={10} />
    </g>
  );
}
