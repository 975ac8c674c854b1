import { Floor, Head, Pivot } from '../parts';

/** Standing, side view: the shoulders and arms draw back and down, squeezing the shoulder blades. */
export function ShoulderSqueeze() {
  return (
    <g>
      <Floor />
      <path className="bw-far" d="M98 96 L95 120 L93 143 L103 143" />
      <path d="M98 96 L101 120 L99 143 L109 143" />
      <path d="M98 96 Q103 75 99 54" />
      <path d="M100 52 L101 45" />
      <Head x={103} y={35} />
      <Pivot x={97} y={64} className="bw-move bw-squeeze-blade">
        <path className="bw-prop" d="M93 60 Q90 66 93 72" />
      </Pivot>
      <Pivot x={99} y={56} className="bw-move bw-squeeze-arm">
        <path d="M99 56 L100 78 L104 98" />
      </Pivot>
    </g>
  );
}
