import { CurvedArrow, FLOOR_Y, Moving } from '../parts';
import { Walker } from '../Walker';

/**
 * A short walk away from the desk, side view: the empty chair and the desk with its screen are
 * left behind while the walker strides off to the right, along a route that keeps going by.
 */
export function ShortWalk() {
  return (
    <g>
      <g data-part="desk">
        <path className="bw-prop" d="M12 104 H78 M20 104 V166 M70 104 V166" />
        <path className="bw-prop" d="M34 102 L38 94 M30 94 H48 M46 94 L52 64" />
        <path className="bw-prop" d="M86 82 L90 122 H120 M94 122 V166 M116 122 V166" />
      </g>
      <line className="bw-prop" x1={12} y1={FLOOR_Y} x2={228} y2={FLOOR_Y} />
      <Moving held="translateX(0px)" alt="translateX(-24px)" rhythm="scroll" part="route">
        <line className="bw-mark bw-route" x1={104} y1={FLOOR_Y + 7} x2={260} y2={FLOOR_Y + 7} />
      </Moving>
      <g data-part="away-arrow">
        <CurvedArrow d={`M206 ${FLOOR_Y + 7} L230 ${FLOOR_Y + 7}`} tip={[232, FLOOR_Y + 7]} towardDeg={0} />
      </g>
      <Walker x={168} leanDeg={6} swingDeg={28} />
    </g>
  );
}
