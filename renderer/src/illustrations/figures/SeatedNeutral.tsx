import { Floor, Head, SeatedLegs, SideChair } from '../parts';

/** A still, upright seated figure, shown when an exercise names a drawing this app doesn't know. */
export function SeatedNeutral() {
  return (
    <g>
      <Floor />
      <SideChair />
      <SeatedLegs />
      <path d="M82 96 L86 58" />
      <path d="M86 60 L90 82 L108 91" />
      <path d="M87 57 L88 48" />
      <Head x={90} y={38} />
    </g>
  );
}
