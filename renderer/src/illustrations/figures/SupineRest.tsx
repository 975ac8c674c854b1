import { Head, Pivot, SupineBody } from '../parts';

/** Lying flat on the back: the raised, chin-up head settles back in line with shoulders and hips. */
export function SupineRest() {
  return (
    <g>
      <line className="bw-dots" x1={70} y1={135} x2={172} y2={135} />
      <SupineBody kneesBent={false} />
      <Pivot x={138} y={140} className="bw-move bw-supine-rest-neck">
        <path d="M138 140 L147 138" />
        <Pivot x={156} y={135} className="bw-move bw-supine-rest-head">
          <Head x={156} y={135} eye={[1, -6]} />
        </Pivot>
      </Pivot>
    </g>
  );
}
