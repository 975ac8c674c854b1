import type { ReactNode } from 'react';

/**
 * Shared pieces of the exercise drawings (viewBox 0 0 200 160, figures face right, floor at y 146).
 * Everything is stroked in `currentColor`; props carry the `bw-prop` class (thin, half opacity).
 */

/**
 * Lets CSS turn or slide `children` around the point (x, y): the middle group is the one the
 * stylesheet animates, and its transform origin (0 0) sits exactly on that point.
 */
export function Pivot({ x, y, className, children }: { x: number; y: number; className: string; children: ReactNode }) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <g className={className}>
        <g transform={`translate(${-x} ${-y})`}>{children}</g>
      </g>
    </g>
  );
}

/** A round head with one eye; `eye` is the eye's offset from the centre (default: looking right). */
export function Head({ x, y, r = 10, eye = [5, -2] }: { x: number; y: number; r?: number; eye?: readonly [number, number] }) {
  return (
    <g>
      <circle cx={x} cy={y} r={r} />
      <circle className="bw-solid" cx={x + eye[0]} cy={y + eye[1]} r={1.7} />
    </g>
  );
}

export function Floor() {
  return <line className="bw-prop" x1={8} y1={146} x2={192} y2={146} />;
}

/** An office chair seen from the side, its back on the left. */
export function SideChair() {
  return <path className="bw-prop" d="M68 54 L72 100 H114 M78 100 V146 M108 100 V146" />;
}

/** Thigh, shin and foot of a person sitting on {@link SideChair}. */
export function SeatedLegs() {
  return <path d="M82 96 L118 97 L121 142 L131 143" />;
}

/** Lying face down, propped on the forearms (head added by the figure; neck base at 130,113). */
export function ProneBody() {
  return (
    <g>
      <Floor />
      <path d="M88 137 L34 142 L27 136" />
      <path d="M88 137 Q112 132 128 114" />
      <path d="M128 116 L129 143 L157 143" />
    </g>
  );
}

/** Lying on the back, head to the right (head added by the figure; neck base at 138,140). */
export function SupineBody({ kneesBent }: { kneesBent: boolean }) {
  return (
    <g>
      <Floor />
      <path d="M138 139 L88 139" />
      <path d={kneesBent ? 'M88 139 L66 113 L46 142 L36 143' : 'M88 139 L36 142 L33 131'} />
      <path d="M134 141 Q120 145 100 144" />
    </g>
  );
}
