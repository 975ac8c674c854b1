import type { ReactNode } from 'react';
import { Arrow, BackHead, Cue, Moving, ProfileHead, type Point } from '../parts';
import { BackBust, SideBust } from './Bust';

/** The side each repetition presses, in the order of the library's repetition cues. */
export const PRESS_DIRECTIONS = ['forward', 'backward', 'left', 'right'] as const;
export type PressDirection = (typeof PRESS_DIRECTIONS)[number];

export const pressDirection = (repetition: number): PressDirection => PRESS_DIRECTIONS[(Math.max(1, repetition) - 1) % PRESS_DIRECTIONS.length] ?? 'forward';

/**
 * Neck press against the hand, close up: a flat hand on the side of the head that this repetition
 * names (forehead, back of the head, left side, right side), arrows pressing it against the head,
 * and the head not moving. Forward and backward are seen from the side; left and right from
 * behind, so that the person's left is on the left of the picture.
 */
export function NeckIsometric({ repetition }: { readonly repetition: number }) {
  const direction = pressDirection(repetition);
  return (
    <g data-direction={direction}>
      {direction === 'forward' || direction === 'backward' ? <SideView direction={direction} /> : <BackView direction={direction} />}
    </g>
  );
}

function Pressure({ arrows }: { readonly arrows: readonly (readonly [Point, Point])[] }) {
  return (
    <Cue part="pressure">
      {arrows.map(([from, to]) => (
        <Arrow key={`${from[0]} ${from[1]}`} from={from} to={to} head={6} />
      ))}
    </Cue>
  );
}

/** Arm and flat hand: the arm's path ends at the wrist, the palm runs from `palm[0]` (heel) to `palm[1]` (fingertips). */
function ArmAndHand({ arm, palm, away }: { readonly arm: string; readonly palm: readonly [Point, Point]; readonly away: string }) {
  const [heel, tips] = palm;
  const palmPath = `M${heel[0]} ${heel[1]} L${tips[0]} ${tips[1]}`;
  return (
    <Moving start={away} held="translate(0px, 0px)" part="hand">
      <path className="bw-halo" d={arm} />
      <path className="bw-body" d={arm} />
      <path className="bw-palm-halo" d={palmPath} />
      <path className="bw-palm" data-part="palm" d={palmPath} />
    </Moving>
  );
}

function SideView({ direction }: { readonly direction: 'forward' | 'backward' }): ReactNode {
  const forward = direction === 'forward';
  return (
    <g data-view="side">
      <SideBust />
      <path className="bw-neck" d="M109 112 L114 86" />
      <ProfileHead x={116} y={62} r={25} />
      {forward ? (
        <>
          <ArmAndHand arm="M110 118 L160 128 L152 72" palm={[[152, 70], [149, 36]]} away="translate(16px, 2px)" />
          <Pressure arrows={[[[188, 42], [164, 44]], [[188, 62], [166, 60]]]} />
        </>
      ) : (
        <>
          <ArmAndHand arm="M108 118 L64 104 L82 78" palm={[[83, 76], [86, 42]]} away="translate(-16px, 2px)" />
          <Pressure arrows={[[[46, 46], [70, 48]], [[46, 66], [70, 64]]]} />
        </>
      )}
    </g>
  );
}

function BackView({ direction }: { readonly direction: 'left' | 'right' }): ReactNode {
  // Drawn for the left hand; the right is its mirror image.
  const mirror = direction === 'right' ? 'matrix(-1 0 0 1 240 0)' : undefined;
  return (
    <g data-view="back">
      <BackBust />
      <BackHead x={120} y={58} r={24} />
      <g transform={mirror}>
        <path className="bw-limb bw-far" d="M166 112 L174 150 L172 180" />
        <ArmAndHand arm="M78 112 L44 98 L84 78" palm={[[87, 76], [89, 42]]} away="translate(-16px, 2px)" />
        <Pressure arrows={[[[48, 44], [72, 46]], [[48, 64], [72, 62]]]} />
      </g>
    </g>
  );
}
