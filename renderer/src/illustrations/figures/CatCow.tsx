import { Floor, Head, Pivot } from '../parts';

/** On hands and knees: the back rounds up with the chin down (cat), then sinks as the head lifts (cow). */
export function CatCow() {
  return (
    <g>
      <Floor />
      <path d="M72 98 L75 143 L43 143" />
      <path d="M126 98 L128 143 L135 143" />
      <path className="bw-cat-cow-back" d="M72 98 Q99 70 126 98" />
      <Pivot x={72} y={98} className="bw-move bw-cat-cow-tail">
        <path d="M72 98 L66 96" />
      </Pivot>
      <Pivot x={127} y={97} className="bw-move bw-cat-cow-head">
        <path d="M127 97 L134 91" />
        <Head x={141} y={85} />
      </Pivot>
    </g>
  );
}
