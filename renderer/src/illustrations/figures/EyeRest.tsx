import { Pivot } from '../parts';

/** Seated, front view: the eyes leave the screen and rest on a tree far outside the window. */
export function EyeRest() {
  return (
    <g>
      <path className="bw-prop" d="M126 20 H186 V78 H126 Z M156 20 V78 M126 64 Q146 56 186 62" />
      <path className="bw-prop" d="M170 63 V54 M170 54 m-5 0 a5 5 0 1 0 10 0 a5 5 0 1 0 -10 0" />
      <path className="bw-prop" d="M14 82 H44 V102 H14 Z M29 102 V110 M22 110 H36" />
      <path className="bw-prop" d="M56 112 H104 M60 112 V146 M100 112 V146 M8 146 H192" />
      <line className="bw-dots bw-eye-rest-sight" x1={92} y1={44} x2={162} y2={54} />
      <path d="M80 62 V108 M62 74 Q80 68 98 74" />
      <path d="M70 108 H90 M70 108 L66 116 L66 143 L60 144 M90 108 L94 116 L94 143 L100 144" />
      <path d="M62 74 L58 96 L66 112 M98 74 L102 96 L94 112" />
      <circle cx={80} cy={48} r={12} />
      <Pivot x={80} y={48} className="bw-move bw-eye-rest-face">
        <path d="M76 54 Q80 57 84 54" />
        <g className="bw-move bw-eye-rest-gaze">
          <circle className="bw-solid" cx={75} cy={46} r={1.8} />
          <circle className="bw-solid" cx={85} cy={46} r={1.8} />
        </g>
      </Pivot>
    </g>
  );
}
