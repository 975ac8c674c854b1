import { Floor, Head, Pivot, SeatedLegs, SideChair } from '../parts';

/** Seated, side view: the head glides straight back with the eyes level; shoulders ease back. */
export function ChinTuck() {
  return (
    <g>
      <Floor />
      <SideChair />
      <SeatedLegs />
      <Pivot x={82} y={96} className="bw-move bw-chin-tuck-body">
        <path d="M82 96 L86 58" />
        <path d="M86 60 L90 82 L108 91" />
        <Pivot x={88} y={58} className="bw-move bw-chin-tuck-neck">
          <path d="M88 58 L88 48" />
        </Pivot>
        <g className="bw-move bw-chin-tuck-head">
          <Head x={90} y={38} />
          <line className="bw-dots" x1={104} y1={36} x2={138} y2={36} />
        </g>
      </Pivot>
    </g>
  );
}
