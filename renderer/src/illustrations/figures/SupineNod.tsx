import { Head, Pivot, SupineBody } from '../parts';

/** Lying on the back, knees bent: a small nod brings the gaze toward the chest; the head stays down. */
export function SupineNod() {
  return (
    <g>
      <SupineBody kneesBent />
      <path d="M138 140 L147 138" />
      <Pivot x={156} y={135} className="bw-move bw-supine-nod-head">
        <Head x={156} y={135} eye={[1, -6]} />
        <line className="bw-dots" x1={157} y1={124} x2={157} y2={98} />
      </Pivot>
    </g>
  );
}
