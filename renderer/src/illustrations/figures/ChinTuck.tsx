import { Arrow, Cue, Morph, Moving, ProfileHead } from '../parts';

/** How far the head glides back (user units; 25 px at the smallest size the break window gives it). */
const GLIDE = 20;

/**
 * Seated chin tuck, close up from the side: from a head pushed forward, the head glides straight
 * back with the eyes level until the ear is over the shoulder, folding a double chin; the
 * shoulders ease back a little. A dashed outline keeps where the head came from.
 */
export function ChinTuck() {
  return (
    <g>
      <path className="bw-prop" d="M70 96 L76 180" />
      <Cue part="start-ghost">
        <ProfileHead x={116 + GLIDE} y={64} r={25} ghost />
      </Cue>
      <Moving held="translateX(-3px)" part="body">
        <path className="bw-solid" d="M86 180 L90 130 Q92 108 108 104 L124 103 Q140 106 144 124 L150 180 Z" />
        <path className="bw-halo" d="M110 120 L114 164 L170 172" />
        <path className="bw-body" d="M110 120 L114 164 L170 172" />
      </Moving>
      <Morph className="bw-neck" start={`M112 112 L${114 + GLIDE} 86`} held="M109 112 L114 86" />
      <Moving start={`translate(${GLIDE}px, 2px)`} part="head-move">
        <ProfileHead x={116} y={62} r={25} />
        <line className="bw-guide" x1={150} y1={58} x2={232} y2={58} />
        <Cue part="double-chin">
          <path className="bw-solid" d="M118 86 Q126 98 136 88 Z" />
          <path className="bw-cut-line bw-crease" d="M120 87.4 Q128 93 135 87.6" />
        </Cue>
      </Moving>
      <Cue part="ear-line">
        <line className="bw-line-halo" x1={113} y1={14} x2={113} y2={112} />
        <line className="bw-line" x1={113} y1={14} x2={113} y2={112} />
      </Cue>
      <Cue part="arrow">
        <Arrow from={[206, 28]} to={[172, 28]} />
      </Cue>
    </g>
  );
}
