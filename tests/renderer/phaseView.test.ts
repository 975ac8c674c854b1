import { describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/src/i18n/i18n';
import { clockText, countdownText, minutesAndSeconds, PHASE_WORD, ringShare } from '../../renderer/src/player/phaseView';
import { PHASE_KINDS } from '../../main/core/exercises/phasePlan';

describe('the words and times of a phase', () => {
  it('counts seconds alone under a minute, and minutes and seconds from a minute on (never "298 seconds")', () => {
    expect([1, 9, 10, 59].map(countdownText)).toEqual(['1', '9', '10', '59']);
    expect([60, 61, 90, 298, 300, 600].map(countdownText)).toEqual(['1:00', '1:01', '1:30', '4:58', '5:00', '10:00']);
    expect([0, 8, 128, 180].map(clockText)).toEqual(['0:00', '0:08', '2:08', '3:00']);
  });

  it('names every phase with its own word, in English and German', async () => {
    const [en, de] = await Promise.all([createI18n('en'), createI18n('de')]);
    expect(PHASE_KINDS.map((kind) => en.t(PHASE_WORD[kind]))).toEqual(['Get into position', 'Hold', 'Relax', 'Breathe out', 'Breathe in', 'Walk', 'Rest']);
    expect(PHASE_KINDS.map((kind) => de.t(PHASE_WORD[kind]))).toEqual(['In Position gehen', 'Halten', 'Lösen', 'Ausatmen', 'Einatmen', 'Gehen', 'Ruhen']);
  });

  it('says a length as people say it, with plurals', async () => {
    const [en, de] = await Promise.all([createI18n('en'), createI18n('de')]);
    const say = (t: typeof en.t, seconds: number) => t('player.duration', minutesAndSeconds(seconds));
    expect([1, 10, 60, 61, 90, 120, 298].map((s) => say(en.t, s))).toEqual(['1 second', '10 seconds', '1 minute', '1 minute 1 second', '1 minute 30 seconds', '2 minutes', '4 minutes 58 seconds']);
    expect([1, 10, 60, 90, 298].map((s) => say(de.t, s))).toEqual(['1 Sekunde', '10 Sekunden', '1 Minute', '1 Minute 30 Sekunden', '4 Minuten 58 Sekunden']);
  });

  it('ends a break saying what was done and what was skipped', async () => {
    const [en, de] = await Promise.all([createI18n('en'), createI18n('de')]);
    const summary = (t: typeof en.t, done: number, skipped: number) => t('done.summary', { done, skipped });
    expect([summary(en.t, 1, 0), summary(en.t, 3, 0), summary(en.t, 3, 1), summary(en.t, 1, 2), summary(en.t, 0, 1), summary(en.t, 0, 3)]).toEqual([
      'You did 1 exercise.',
      'You did 3 exercises.',
      'You did 3 exercises and skipped 1.',
      'You did 1 exercise and skipped 2.',
      'You skipped the exercise.',
      'You skipped all 3 exercises.',
    ]);
    expect([summary(de.t, 2, 1), summary(de.t, 0, 3)]).toEqual(['Sie haben 2 Übungen gemacht und 1 übersprungen.', 'Sie haben alle 3 Übungen übersprungen.']);
  });

  it('drains the ring as a phase runs down, and fills it with a breath in', () => {
    expect([10, 9, 5, 1].map((left) => ringShare('hold', 10, left))).toEqual([1, 0.9, 0.5, 0.1]);
    expect([4, 3, 1].map((left) => ringShare('breathe-in', 4, left))).toEqual([0, 0.25, 0.75]);
    expect(ringShare('rest', 0, 0)).toBe(0);
  });
});
