import { Floor, Head, Pivot } from '../parts';

/** Kneeling on the heels: from upright with hands on the thighs, fold forward, forehead down, arms ahead. */
export function ChildsPose() {
  return (
    <g>
      <Floor />
      <path d="M80 124 L114 142 L74 143 L68 140" />
      <Pivot x={80} y={122} className="bw-move bw-childs-pose-fold">
        <path d="M80 122 Q100 112 118 122" />
        <Pivot x={118} y={122} className="bw-move bw-childs-pose-head">
          <path d="M118 122 L122 129" />
          <Head x={127} y={137} r={8} eye={[-4, 3]} />
        </Pivot>
        <Pivot x={117} y={121} className="bw-move bw-childs-pose-arms">
          <path d="M117 121 L153 141 L161 142" />
        </Pivot>
      </Pivot>
    </g>
  );
}
