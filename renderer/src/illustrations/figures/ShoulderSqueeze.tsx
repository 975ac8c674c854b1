import { Floor, Head, Pivot } from '../parts';

/** Standing, side view: the shoulders and arms draw back and down, squeezing the shoulder blades. */
export function ShoulderSqueeze() {
  return (
    <g>
      <Floor />
      <path className="bw-far" d="M98 96 L95 120 L93 143 L103 143" />
      <path d="M98 96 L101 120 L99 143 L109 143" />
      <path d="M98 96 Q101 76 100 54" />
      <path d="M100 53 L101 45" />
      <Head x={103} y={35} />
      <g className="bw-squeeze-marks">
        <path className="bw-prop" d="M88 52 Q84 58 88 64 M82 50 Q77 58 82 66" />
      </g>
      <Pivot x={100} y={56} className="bw-move bw-squeeze-arm">
        <path d="M100 56 L103 78 L107 97" />
      </Pivot>
    </g>
  );
}
