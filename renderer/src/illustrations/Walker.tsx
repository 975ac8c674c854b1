import { Head, Pivot } from './parts';

/**
 * A person walking to the right, side view: legs and arms swing in opposition while the body
 * bobs. `lean` tips the upper body forward a little (degrees); `wideSwing` swings the arms further.
 */
export function Walker({ lean, wideSwing }: { lean: number; wideSwing: boolean }) {
  const swing = wideSwing ? ' bw-swing-wide' : '';
  return (
    <g className="bw-move bw-bob">
      <Pivot x={100} y={92} className="bw-move bw-leg-far">
        <path className="bw-far" d="M100 92 L103 117 L100 141 L109 142" />
      </Pivot>
      <Pivot x={100} y={53} className={`bw-move bw-arm-far${swing}`}>
        <path className="bw-far" d="M100 53 L101 74 L105 92" />
      </Pivot>
      <g transform={`rotate(${lean} 100 92)`}>
        <path d="M100 92 Q104 72 100 52" />
        <path d="M100 50 L101 44" />
        <Head x={102} y={34} />
        <Pivot x={100} y={53} className={`bw-move bw-arm-near${swing}`}>
          <path d="M100 53 L101 74 L105 92" />
        </Pivot>
      </g>
      <Pivot x={100} y={92} className="bw-move bw-leg-near">
        <path d="M100 92 L103 117 L100 141 L109 142" />
      </Pivot>
    </g>
  );
}
