import { Mat, Morph, Moving, ProfileHead } from '../parts';

/**
 * Child's pose, side view: from kneeling upright on the heels, hands on the thighs, fold forward
 * until the chest rests on the thighs and the forehead on the floor, arms reaching ahead along it;
 * then rest there. Both poses are drawn as they are; the fold moves between them.
 */
export function ChildsPose() {
  return (
    <g>
      <Mat from={12} to={228} />
      <path className="bw-leg" d="M118 160 L72 160 L62 152" />
      <path className="bw-leg" d="M76 144 L118 158" />
      <Morph className="bw-limb bw-far" part="far-arm" start="M82 94 L92 122 L108 138" held="M122 140 L166 136 L212 158" />
      <Morph className="bw-torso" part="torso" start="M76 142 Q72 114 78 90" held="M76 140 Q100 126 124 144" />
      <Morph className="bw-neck-thin" start="M79 86 L80 76" held="M128 146 L138 150" />
      <Moving origin={[82, 66]} held="translate(66px, 86px) rotate(102deg)" part="head-move">
        <ProfileHead x={82} y={66} r={12} ear={false} />
      </Moving>
      <Morph className="bw-halo-thin" start="M80 94 L88 122 L104 140" held="M120 142 L162 140 L208 160" />
      <Morph className="bw-limb" part="arm" start="M80 94 L88 122 L104 140" held="M120 142 L162 140 L208 160" />
    </g>
  );
}
