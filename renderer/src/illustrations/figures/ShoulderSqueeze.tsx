import { Arrow, BackHead, Cue, Morph, Moving } from '../parts';

/** How far each shoulder blade slides toward the spine, and how far the shoulders drop. */
const SLIDE = 8;
const DROP = 4;

/**
 * Shoulder blade squeeze, standing, seen from behind so both shoulder blades show: the shoulders
 * draw back and down and the two blades slide toward the spine together, then let go.
 */
export function ShoulderSqueeze() {
  return (
    <g>
      <Morph
        className="bw-solid"
        part="back"
        start="M120 80 Q90 80 74 86 Q62 92 62 110 L78 180 L162 180 L178 110 Q178 92 166 86 Q150 80 120 80 Z"
        held={`M120 ${80 + DROP} Q92 ${80 + DROP} 77 ${86 + DROP} Q66 ${92 + DROP} 66 ${110 + DROP} L78 180 L162 180 L174 ${110 + DROP} Q174 ${92 + DROP} 163 ${86 + DROP} Q148 ${80 + DROP} 120 ${80 + DROP} Z`}
      />
      <path className="bw-neck" d="M120 62 L120 84" />
      <line className="bw-spine" x1={120} y1={92} x2={120} y2={180} />
      <Moving held={`translate(${SLIDE}px, ${DROP}px) rotate(-5deg)`} origin={[98, 110]} part="left-blade">
        <path className="bw-blade" d="M86 94 Q98 92 110 96 Q110 114 102 134 Q90 116 86 94 Z" />
      </Moving>
      <Moving held={`translate(${-SLIDE}px, ${DROP}px) rotate(5deg)`} origin={[142, 110]} part="right-blade">
        <path className="bw-blade" d="M154 94 Q142 92 130 96 Q130 114 138 134 Q150 116 154 94 Z" />
      </Moving>
      <Cue part="arrows">
        <Arrow from={[86, 152]} to={[108, 152]} head={6} onBody />
        <Arrow from={[154, 152]} to={[132, 152]} head={6} onBody />
      </Cue>
      <Moving held={`translate(${DROP}px, ${DROP}px)`} part="left-arm">
        <path className="bw-halo" d="M68 96 L60 138 L60 176" />
        <path className="bw-limb" d="M68 96 L60 138 L60 176" />
      </Moving>
      <Moving held={`translate(${-DROP}px, ${DROP}px)`} part="right-arm">
        <path className="bw-halo" d="M172 96 L180 138 L180 176" />
        <path className="bw-limb" d="M172 96 L180 138 L180 176" />
      </Moving>
      <BackHead x={120} y={42} r={22} />
    </g>
  );
}
