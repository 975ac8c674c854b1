import { Head, Pivot, ProneBody } from '../parts';

/** Face down on the forearms: the head sinks, rises to level (chin tucked), then looks up and back. */
export function ElbowHeadLift() {
  return (
    <g>
      <ProneBody />
      <Pivot x={130} y={113} className="bw-move bw-elbow-lift-head">
        <path d="M130 113 L137 107" />
        <Head x={144} y={100} />
      </Pivot>
    </g>
  );
}
