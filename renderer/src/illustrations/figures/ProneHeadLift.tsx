import { Cue, Moving, ProfileHead } from '../parts';
import { ForearmProneBody } from './ProneParts';

/**
 * Slow head lift lying face down, side view, on the forearms as the source describes it: resting
 * with the chin lowered toward the chest, the head lifts slowly and the eyes lead, looking up as
 * high as is easy (the long line); then it lowers and rests again, chin down.
 */
export function ProneHeadLift() {
  return (
    <g>
      <ForearmProneBody />
      <Moving origin={[166, 116]} start="rotate(46deg)" held="rotate(-8deg)" part="head-move">
        <path className="bw-neck-thin" d="M160 122 L176 106" />
        <ProfileHead x={182} y={98} r={14} ear={false} />
        <Cue part="eyes-up">
          <path className="bw-guide" d="M194 90 L228 30" />
        </Cue>
        <Cue pose="start" part="chin-down">
          <path className="bw-guide" d="M196 96 L214 98" />
        </Cue>
      </Moving>
    </g>
  );
}
