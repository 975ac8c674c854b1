import { Mat, ProfileHead } from '../parts';

/** Lying on the back, head to the right (its centre at 194, 144), knees bent or legs long. */
export function SupineBody({ kneesBent }: { readonly kneesBent: boolean }) {
  return (
    <g>
      <Mat from={8} to={232} />
      {kneesBent ? (
        <>
          <path className="bw-leg bw-far" d="M74 150 L50 104 L34 158 L20 160" />
          <path className="bw-leg" d="M74 152 L44 106 L28 158 L14 160" />
        </>
      ) : (
        <>
          <path className="bw-leg bw-far" d="M74 152 L22 156 L16 146" />
          <path className="bw-leg" d="M74 154 L18 159 L12 149" />
        </>
      )}
      <path className="bw-torso" d="M76 152 L164 150" />
      <path className="bw-halo-thin" d="M158 150 L128 158 L98 158" />
      <path className="bw-limb" d="M158 150 L128 158 L98 158" />
    </g>
  );
}

/** The head of {@link SupineBody}, face up, chin toward the chest. */
export function SupineHead() {
  return (
    <>
      <path className="bw-neck-thin" d="M164 150 L182 148" />
      <ProfileHead x={194} y={144} r={18} turn={90} mirror ear={false} />
    </>
  );
}
