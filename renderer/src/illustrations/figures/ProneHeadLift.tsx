import { Pivot, ProneBody } from '../parts';

/** Face down on the forearms: chin lowered toward the chest, then the head lifts and the eyes look up. */
export function ProneHeadLift() {
  return (
    <g>
      <ProneBody />
      <Pivot x={130} y={113} className="bw-move bw-prone-lift-head">
        <path d="M130 113 L137 107" />
        <circle cx={144} cy={100} r={10} />
        <g className="bw-move bw-prone-lift-eye">
          <circle className="bw-solid" cx={149} cy={98} r={1.7} />
        </g>
        <line className="bw-dots" x1={155} y1={97} x2={180} y2={93} />
      </Pivot>
    </g>
  );
}
