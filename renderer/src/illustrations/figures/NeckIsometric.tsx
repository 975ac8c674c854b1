import { Floor, Head, Pivot, SeatedLegs, SideChair } from '../parts';

/** Seated, side view: a flat hand on the forehead presses gently; the head does not move. */
export function NeckIsometric() {
  return (
    <g>
      <Floor />
      <SideChair />
      <SeatedLegs />
      <path d="M82 96 L86 58" />
      <path d="M87 57 L89 48" />
      <Head x={91} y={38} />
      <Pivot x={112} y={62} className="bw-move bw-press-hand">
        <path d="M86 61 L112 62 L105 40" />
        <path className="bw-hand" d="M101 29 L104.5 41" />
      </Pivot>
      <g className="bw-press-marks">
        <path className="bw-prop" d="M110 29 Q114 35 111 41 M116 27 Q120 35 117 43" />
      </g>
    </g>
  );
}
