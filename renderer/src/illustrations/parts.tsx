import type { CSSProperties, ReactNode } from 'react';

/**
 * The drawing kit every figure is made of (viewBox 0 0 240 180, floor at y 166). Bodies are thick
 * round strokes and solid heads in `currentColor`; the far-side limbs are paler; props (floor,
 * chair, desk) are thin and faint; cues (arrows, pressure, guide lines) are in the accent colour,
 * and sit on the background or on a gap of it, never straight on the body: in both themes the
 * accent and the ink are too close in lightness to tell apart.
 */
export const VIEW_BOX = '0 0 240 180';
export const FLOOR_Y = 166;

export type Point = readonly [x: number, y: number];

/** Custom properties go through `style`, the only way React sets them (and allowed by the app's CSP). */
type Poses = { readonly start?: string; readonly held?: string; readonly alt?: string };

const poseStyle = (poses: Poses, extra: Record<string, string> = {}): CSSProperties =>
  ({
    ...(poses.start === undefined ? {} : { '--bw-start': poses.start }),
    ...(poses.held === undefined ? {} : { '--bw-held': poses.held }),
    ...(poses.alt === undefined ? {} : { '--bw-alt': poses.alt }),
    ...extra,
  }) as CSSProperties;

/**
 * A part that moves between the figure's poses: `start` (where each repetition begins), `held`
 * (the pose held, rested in or stepped through) and `alt` (a third pose: cow for cat-cow, the
 * chin-down nod of the head lift, the other foot forward of a walk), as CSS transforms turning
 * about `origin`. Which pose shows, and how it gets there, the figure's phase decides
 * (illustrations.css). While walking, a `half` rhythm moves twice a step (the body's rise) and a
 * `scroll` one slides on steadily (the ground going by).
 */
export function Moving({
  origin = [0, 0],
  part,
  rhythm,
  children,
  ...poses
}: Poses & { readonly origin?: Point; readonly part?: string; readonly rhythm?: 'half' | 'scroll'; readonly children: ReactNode }) {
  return (
    <g className={rhythm === undefined ? 'bw-move' : `bw-move bw-${rhythm}`} data-part={part} style={poseStyle(poses, { transformOrigin: `${origin[0]}px ${origin[1]}px` })}>
      {children}
    </g>
  );
}

/** A path whose outline changes between the poses (a back rounding and sinking, a neck gliding). */
export function Morph({ className = 'bw-body', part, ...poses }: { readonly start: string; readonly held: string; readonly alt?: string; readonly className?: string; readonly part?: string }) {
  const path = (d: string) => `path('${d}')`;
  return (
    <path
      className={`bw-morph ${className}`}
      data-part={part}
      d={poses.start}
      style={poseStyle({ start: path(poses.start), held: path(poses.held), ...(poses.alt === undefined ? {} : { alt: path(poses.alt) }) })}
    />
  );
}

/** Marks that belong to one pose only: they fade in as the figure reaches it and out as it leaves. */
export function Cue({ pose = 'held', part, children }: { readonly pose?: 'start' | 'held' | 'alt'; readonly part?: string; readonly children: ReactNode }) {
  return (
    <g className={`bw-cue bw-cue-${pose}`} data-part={part}>
      {children}
    </g>
  );
}

const chevron = (tip: Point, angle: number, size: number): string => {
  const spread = Math.PI / 5;
  const wing = (side: number) => [tip[0] - size * Math.cos(angle + side * spread), tip[1] - size * Math.sin(angle + side * spread)].map((n) => n.toFixed(1)).join(' ');
  return `M${wing(1)} L${tip[0]} ${tip[1]} L${wing(-1)}`;
};

/** A straight arrow from `from` to `to`, its head at `to`; `onBody` gives it a gap of background, to be drawn over the body. */
export function Arrow({ from, to, head = 6, onBody = false }: { readonly from: Point; readonly to: Point; readonly head?: number; readonly onBody?: boolean }) {
  const angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
  const d = `M${from[0]} ${from[1]} L${to[0]} ${to[1]} ${chevron(to, angle, head)}`;
  return (
    <>
      {onBody && <path className="bw-mark-halo" d={d} />}
      <path className="bw-mark" d={d} />
    </>
  );
}

/** An arrow along the path `d`, with its head at `tip` pointing `towardDeg` (0 = right, 90 = down). */
export function CurvedArrow({ d, tip, towardDeg, head = 6 }: { readonly d: string; readonly tip: Point; readonly towardDeg: number; readonly head?: number }) {
  return <path className="bw-mark" d={`${d} ${chevron(tip, (towardDeg * Math.PI) / 180, head)}`} />;
}

const PROFILE = 'M-4.6 10 A11 11 0 1 1 8.2 -7.4 Q10.2 -5 10.6 -2.6 L13.4 2.6 Q13.6 3.8 11.2 4.4 L11.4 6.2 L10.6 7.2 L10.9 8.6 Q11 11.6 7.6 12 Q4 12.4 1.6 11.6 Z';

/**
 * A head in profile, facing right, centred on (x, y) with radius `r`: skull, brow, nose, lips and
 * a real chin (the chin tuck is about the chin). `turn` rotates it (degrees), `mirror` faces it
 * left; `ear` marks the ear (for upright heads, where ear over shoulder matters); a `ghost` is
 * the dashed outline of where the head was.
 */
export function ProfileHead({
  x,
  y,
  r = 11,
  turn = 0,
  mirror = false,
  ear = true,
  ghost = false,
  part = ghost ? undefined : 'head',
}: {
  readonly x: number;
  readonly y: number;
  readonly r?: number;
  readonly turn?: number;
  readonly mirror?: boolean;
  readonly ear?: boolean;
  readonly ghost?: boolean;
  readonly part?: string | undefined;
}) {
  const s = r / 11;
  return (
    <g data-part={part} transform={`translate(${x} ${y}) rotate(${turn}) scale(${mirror ? -s : s} ${s})`}>
      {ghost ? (
        <path className="bw-ghost" d={PROFILE} style={{ strokeWidth: 2 / s }} />
      ) : (
        <>
          <path className="bw-solid" d={PROFILE} />
          <circle className="bw-cut" cx={6.2} cy={-1.6} r={1.25} />
          {ear && <path className="bw-cut-line" d="M-2.6 -2.4 Q0.2 -3.2 0.4 0.4 Q0.2 3.4 -2.4 2.6" />}
        </>
      )}
    </g>
  );
}

/**
 * A head seen from behind: skull, ears and hair combed down from the crown, and no face, so that
 * nobody takes it for a head facing them (which would swap left and right).
 */
export function BackHead({ x, y, r = 11, part = 'head' }: { readonly x: number; readonly y: number; readonly r?: number; readonly part?: string }) {
  const ear = r * 0.22;
  // Hair combed down from a parting: a few strands each side, short of the nape.
  const strand = (side: number, offset: number) =>
    `M${x + side * (0.1 + offset * 0.5) * r} ${y - (0.92 - offset * 0.25) * r} Q${x + side * (0.3 + offset * 0.55) * r} ${y - 0.1 * r} ${x + side * (0.22 + offset * 0.55) * r} ${y + (0.55 - offset * 0.15) * r}`;
  return (
    <g data-part={part}>
      <ellipse className="bw-solid" cx={x - r * 0.93} cy={y + r * 0.12} rx={ear} ry={ear * 1.5} />
      <ellipse className="bw-solid" cx={x + r * 0.93} cy={y + r * 0.12} rx={ear} ry={ear * 1.5} />
      <ellipse className="bw-solid" cx={x} cy={y} rx={r * 0.92} ry={r} />
      <path className="bw-cut-line bw-hair" d={[-1, 1].flatMap((side) => [0, 0.5, 1].map((offset) => strand(side, offset))).join(' ')} />
    </g>
  );
}

/** A soft shadow on the floor under a standing figure. */
export function Shadow({ x, width }: { readonly x: number; readonly width: number }) {
  return <ellipse className="bw-mat" cx={x} cy={FLOOR_Y} rx={width / 2} ry={4} />;
}

export function Floor({ from = 14, to = 226 }: { readonly from?: number; readonly to?: number }) {
  return <line className="bw-prop" x1={from} y1={FLOOR_Y} x2={to} y2={FLOOR_Y} />;
}

/** An exercise mat on the floor. */
export function Mat({ from, to }: { readonly from: number; readonly to: number }) {
  return (
    <g>
      <rect className="bw-mat" x={from} y={FLOOR_Y - 3} width={to - from} height={6} rx={3} />
      <Floor />
    </g>
  );
}
