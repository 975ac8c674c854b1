import { Cue, CurvedArrow, Mat, Morph, Moving, ProfileHead } from '../parts';

/**
 * Cat and cow on hands and knees, side view: breathing out, the back rounds up and the chin drops
 * (cat); breathing in, the belly sinks and head and tailbone lift (cow). Starts with a flat back.
 */
export function CatCow() {
  return (
    <g>
      <Mat from={12} to={228} />
      <path className="bw-leg bw-far" d="M82 106 L88 160 L48 162" />
      <path className="bw-limb bw-far" d="M154 104 L162 160" />
      <Morph className="bw-torso" part="back" start="M80 104 Q120 98 160 102" held="M80 106 Q118 52 160 104" alt="M80 100 Q120 138 160 98" />
      <Moving origin={[80, 104]} held="rotate(-32deg)" alt="rotate(30deg)" part="tail">
        <path className="bw-limb" d="M78 104 L64 108" />
      </Moving>
      <path className="bw-leg" d="M80 106 L80 160 L40 162" />
      <path className="bw-limb" d="M160 104 L158 160 L168 161" />
      <Moving origin={[162, 100]} held="rotate(60deg)" alt="rotate(-28deg)" part="head-move">
        <path className="bw-neck-thin" d="M160 102 L178 94" />
        <ProfileHead x={188} y={88} r={14} turn={8} ear={false} />
      </Moving>
      <Cue part="round-up">
        <CurvedArrow d="M100 50 Q120 30 140 50" tip={[120, 35]} towardDeg={-90} head={0} />
        <path className="bw-mark" d="M120 52 L120 26 M113 33 L120 26 L127 33" />
      </Cue>
      <Cue pose="alt" part="sink">
        <path className="bw-mark" d="M120 136 L120 154 M113 147 L120 154 L127 147" />
      </Cue>
    </g>
  );
}
