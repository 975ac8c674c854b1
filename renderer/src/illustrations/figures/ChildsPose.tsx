import { Floor, Head, Pivot } from '../parts';

/** Kneeling on the heels: from upright with arms overhead, fold forward, forehead down, arms ahead. */
export function ChildsPose() {
  return (
    <g>
      <Floor />
      <path d="M80 126 L114 142 L74 143 L68 140" />
      <Pivot x={80} y={124} className="bw-move bw-childs-pose-fold">
        <path d="M80 124 Q102 124 121 133" />
        <path d="M121 134 L127 136" />
        <Head x={136} y={136} r={9} eye={[3, 5]} />
        <path d="M120 133 L150 141 L176 142" />
      </Pivot>
    </g>
  );
}
