import { describe, expect, it } from 'vitest';
import type { BreakKind, SettingsInput } from '../../main/core/settings';
import { sessionSchema } from '../../preload/contract';
import { engineBreak, type BreakSessionView } from '../support/engineBreak';

const MS_PER_SECOND = 1000;
const phaseSeconds = (session: BreakSessionView) => session.steps.flatMap((step) => step.phases).reduce((sum, phase) => sum + phase.seconds, 0);

const BREAKS: [BreakKind, SettingsInput][] = [
  ['micro', {}],
  ['routine', {}],
  ['micro', { microBreak: { durationSeconds: 45 } }],
  ['routine', { routineBreak: { durationSeconds: 300 }, exercises: { positions: ['seated', 'standing', 'walking', 'floor'] } }],
  ['routine', { routineBreak: { durationSeconds: 11 } }],
];

describe('the session of a break, as the engine and the presenter make it', () => {
  it.each(BREAKS)('plays its %s break out exactly when the engine ends it (%j)', (kind, settings) => {
    const { session, startedWallMs, endedWallMs } = engineBreak(kind, settings);
    expect(sessionSchema.parse(session)).toEqual(session);
    expect(session.untilWallMs).toBe(endedWallMs);
    expect(startedWallMs + phaseSeconds(session) * MS_PER_SECOND).toBe(endedWallMs);
  });

  it('carries everything the window shows and times: texts in every language, the drawing, each phase with its seconds', () => {
    const { session } = engineBreak('micro');
    const [step] = session.steps;
    expect(step).toMatchObject({
      exerciseId: 'seated-chin-tuck',
      illustration: 'chin-tuck',
      repetitions: 2,
      sets: 1,
      text: { en: { title: 'Seated chin tuck', steps: expect.any(Array) }, de: { title: 'Kinn zurückziehen im Sitzen' } },
    });
    expect(step?.phases.map((p) => [p.kind, p.seconds, p.repetition])).toEqual([
      ['position', 3, 1],
      ['hold', 10, 1],
      ['release', 3, 2],
      ['hold', 10, 2],
      ['rest', 4, 2],
    ]);
  });
});
