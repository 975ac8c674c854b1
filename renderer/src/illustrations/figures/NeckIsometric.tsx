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
      <Pivot x={110} y={60} className="bw-move bw-press-hand">
        <path d="M86 61 L110 60 L106 40" />
        <path className="bw-hand" d="M103 28 L106 42" />
      </Pivot>
      <g className="bw-press-marks">
        <path className="bw-prop" d="M113 29 Q116 35 113 41 M118 27 Q122 35 118 43" />
      </g>
    </g>
  );
}
