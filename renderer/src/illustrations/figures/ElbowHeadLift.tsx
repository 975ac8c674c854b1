import { Cue, CurvedArrow, Moving, ProfileHead } from '../parts';
import { ForearmProneBody } from './ProneParts';

/**
 * Head lifts on the elbows, side view: face down on the forearms, the head sinks until the chin
 * nears the chest, comes back to level, then looks up and back and is held there: the whole
 * range of a nod, drawn as an arc with its three stops beside the head.
 */
export function ElbowHeadLift() {
  return (
    <g>
      <ForearmProneBody />
      <g data-part="range">
        <path className="bw-guide" d="M206 136 A44 44 0 0 0 204 62" />
        {[
          [206, 136],
          [214, 100],
          [204, 62],
        ].map(([x, y]) => (
          <circle key={y} className="bw-stop" cx={x} cy={y} r={3} />
        ))}
      </g>
      <Cue part="look-up">
        <CurvedArrow d="M218 94 Q222 74 210 58" tip={[210, 58]} towardDeg={-125} />
      </Cue>
      <Moving origin={[166, 116]} alt="rotate(42deg)" held="rotate(-32deg)" part="head-move">
        <path className="bw-neck-thin" d="M160 122 L176 106" />
        <ProfileHead x={182} y={98} r={14} ear={false} />
      </Moving>
    </g>
  );
}
