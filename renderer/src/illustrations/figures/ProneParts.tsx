import { Mat } from '../parts';

/** Lying face down, propped on the forearms, head to the right; the neck leaves the shoulders at (166, 116). */
export function ForearmProneBody() {
  return (
    <g>
      <Mat from={10} to={230} />
      <path className="bw-leg bw-far" d="M96 154 L54 156 L20 158" />
      <path className="bw-limb bw-far" d="M156 126 L150 158 L188 158" />
      <path className="bw-leg" d="M96 156 L54 159 L16 158" />
      <path className="bw-torso" d="M92 154 Q128 152 160 124" />
      <g data-part="forearm">
        <path className="bw-halo-thin" d="M162 124 L156 158 L198 158" />
        <path className="bw-limb" d="M162 124 L156 158 L198 158" />
      </g>
    </g>
  );
}
