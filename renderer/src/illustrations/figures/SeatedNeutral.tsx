import { Floor, ProfileHead } from '../parts';
import { SeatedBody, SideChair } from './Seated';

/** A still, upright seated figure, shown when an exercise names a drawing this app doesn't know. */
export function SeatedNeutral() {
  return (
    <g>
      <Floor />
      <SideChair x={92} />
      <SeatedBody x={92} />
      <ProfileHead x={101} y={38} r={13} />
    </g>
  );
}
