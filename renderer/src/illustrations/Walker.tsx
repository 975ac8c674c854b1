import type { ReactNode } from 'react';
import { FLOOR_Y, Moving, ProfileHead, Shadow } from './parts';

type Point = readonly [number, number];

const REACH = 'rotate(-24deg)';
const TRAIL = 'rotate(20deg)';

/** One leg: the thigh swings at the hip; the shin bends at the knee as the leg trails. */
function Leg({ hip, leading, far }: { readonly hip: Point; readonly leading: boolean; readonly far: boolean }) {
  const [x, y] = hip;
  const knee: Point = [x + 2, y + 32];
  const straight = 'rotate(4deg)';
  const bent = 'rotate(34deg)';
  return (
    <g className={far ? 'bw-far' : undefined}>
      <Moving origin={hip} held={leading ? REACH : TRAIL} alt={leading ? TRAIL : REACH} part={far ? 'far-leg' : 'near-leg'}>
        <path className="bw-leg" d={`M${x} ${y} L${knee[0]} ${knee[1]}`} />
        <Moving origin={knee} held={leading ? straight : bent} alt={leading ? bent : straight}>
          <path className="bw-leg" d={`M${knee[0]} ${knee[1]} L${x} ${FLOOR_Y - 6} L${x + 11} ${FLOOR_Y - 4}`} />
        </Moving>
      </Moving>
    </g>
  );
}

/** One arm, swinging at the shoulder against its leg by `swingDeg`. */
function Arm({ shoulder, leading, far, swingDeg }: { readonly shoulder: Point; readonly leading: boolean; readonly far: boolean; readonly swingDeg: number }) {
  const [x, y] = shoulder;
  const ahead = `rotate(${-swingDeg}deg)`;
  const behind = `rotate(${swingDeg}deg)`;
  const d = `M${x} ${y} L${x + 1} ${y + 25} L${x + 7} ${y + 44}`;
  return (
    <g className={far ? 'bw-far' : undefined}>
      <Moving origin={shoulder} held={leading ? ahead : behind} alt={leading ? behind : ahead} part={far ? 'far-arm' : 'near-arm'}>
        {!far && <path className="bw-halo-thin" d={d} />}
        <path className="bw-limb" d={d} />
      </Moving>
    </g>
  );
}

/**
 * A person walking to the right, side view, standing at x: legs and arms swing in opposition and
 * the body rises a little twice a stride; standing still in the start pose. `leanDeg` tips the
 * upper body forward (an easy stroll), `swingDeg` sets how far the arms swing, `chest` how far
 * the chest lifts; `overlay` is drawn over the upper body (a posture line), moving with it.
 */
export function Walker({ x, leanDeg, swingDeg, chest = 0, overlay }: { readonly x: number; readonly leanDeg: number; readonly swingDeg: number; readonly chest?: number; readonly overlay?: ReactNode }) {
  const hip: Point = [x, 102];
  const shoulder: Point = [x, 60];
  const upper = `rotate(${leanDeg} ${hip[0]} ${hip[1]})`;
  return (
    <g>
      <Shadow x={x + 4} width={46} />
      <Moving held="translateY(0px)" alt="translateY(2.5px)" rhythm="half" part="walker">
        <g transform={upper}>
          <Arm shoulder={shoulder} leading far swingDeg={swingDeg} />
        </g>
        <Leg hip={hip} leading={false} far />
        <Leg hip={hip} leading far={false} />
        <g transform={upper} data-part="upper-body">
          <path className="bw-solid" d={`M${x - 8} 104 Q${x - 11} 80 ${x - 8} 60 Q${x - 5} 52 ${x + 2} 52 Q${x + 10 + chest} 56 ${x + 9 + chest} 70 Q${x + 10} 88 ${x + 8} 104 Z`} />
          <path className="bw-neck-thin" d={`M${x + 1} 54 L${x + 1} 40`} />
          <ProfileHead x={x + 2} y={30} r={12} />
          <Arm shoulder={shoulder} leading={false} far={false} swingDeg={swingDeg} />
          {overlay}
        </g>
      </Moving>
    </g>
  );
}
