import { Arrow, FLOOR_Y, Moving } from '../parts';
import { Walker } from '../Walker';

const X = 118;

/**
 * Walking tall, side view: an upright body with the chest lifted, ear, shoulder and hip marked
 * and stacked on one straight line that rises into an arrow over the head (grow tall), staying
 * straight while the legs stride. About posture, not distance: the walker stays in the middle.
 */
export function WalkTall() {
  return (
    <g>
      <Moving held="translateX(0px)" alt="translateX(-22px)" rhythm="scroll" part="ground">
        <line className="bw-prop bw-dashes" x1={0} y1={FLOOR_Y} x2={262} y2={FLOOR_Y} />
      </Moving>
      <g data-part="guide">
        <Arrow from={[X + 1, 100]} to={[X + 1, 4]} head={6} />
      </g>
      <Walker
        x={X}
        leanDeg={0}
        swingDeg={14}
        chest={3}
        overlay={
          <g data-part="stack">
            {[30, 60, 100].map((y) => (
              <circle key={y} className="bw-joint" cx={X + 1} cy={y} r={4} />
            ))}
          </g>
        }
      />
    </g>
  );
}
