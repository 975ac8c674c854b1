import { Cue, Floor, ProfileHead } from '../parts';
import { SeatedBody, SideChair } from './Seated';

/**
 * Eye rest, side view at the desk: the eyes leave the screen close in front and rest on a tree far
 * outside the window, the head staying level.
 */
export function EyeRest() {
  return (
    <g>
      <g data-part="room">
        <rect className="bw-prop" x={168} y={10} width={60} height={66} rx={2} />
        <path className="bw-prop" d="M198 10 V76 M168 60 H228" />
        <circle className="bw-prop-fill" cx={212} cy={40} r={9} />
        <path className="bw-prop" d="M212 49 V60" />
        <path className="bw-prop" d="M134 108 H228 M146 108 V166 M218 108 V166" />
        <path className="bw-prop" d="M164 106 L160 98 M150 98 L172 98 M172 64 L162 98" />
      </g>
      <Floor />
      <SideChair x={62} />
      <SeatedBody x={62} />
      <ProfileHead x={71} y={38} r={13} />
      <Cue pose="start" part="near-gaze">
        <line className="bw-guide" x1={84} y1={40} x2={164} y2={80} />
      </Cue>
      <Cue part="far-gaze">
        <line className="bw-guide" x1={86} y1={37} x2={202} y2={40} />
      </Cue>
    </g>
  );
}
