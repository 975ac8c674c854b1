import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLocaleOf } from '../i18n/i18n';
import { playChime } from './chime';
import { cueFor, type CueWords } from './cues';
import { stepText } from './exercises';
import { minutesAndSeconds } from './phaseView';
import type { PlayerState, Routine } from './playerMachine';

const SPEECH_RATE = 0.95;

export interface SoundSettings {
  readonly chime: boolean;
  readonly voice: boolean;
}

const speak = (text: string, lang: string): void => {
  if (typeof speechSynthesis === 'undefined') return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  utterance.rate = SPEECH_RATE;
  speechSynthesis.speak(utterance);
};

/** Speaks and chimes the player's cues, as the sound settings allow; stops speaking on pause and at the end. */
export function useCues(routine: Routine, state: PlayerState, sound: SoundSettings): void {
  const { t, i18n } = useTranslation();
  const previous = useRef<PlayerState | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    const stopped = state.status === 'hurt' || (state.status === 'playing' && state.paused);
    if (stopped && typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
    if (!sound.chime && !sound.voice) return;
    const duration = (seconds: number) => t('player.duration', minutesAndSeconds(seconds));
    const words: CueWords = {
      exercise: (i) => {
        const step = routine.steps[i];
        if (step === undefined) return '';
        const text = stepText(step, uiLocaleOf(i18n.language));
        return [`${text.title}.`, ...text.cautions, ...text.steps].join(' ');
      },
      position: (set, sets) => (sets > 1 ? t('cues.positionSet', { current: set, total: sets }) : t('cues.position')),
      hold: (seconds) => t('cues.hold', { duration: duration(seconds) }),
      release: (current, total) => (total > 1 ? t('cues.releaseRepetition', { current, total }) : t('cues.release')),
      breathe: (kind) => t(kind === 'breathe-in' ? 'cues.breatheIn' : 'cues.breatheOut'),
      walk: (seconds) => t('cues.walk', { duration: duration(seconds) }),
      rest: (seconds) => t('cues.rest', { duration: duration(seconds) }),
      done: (completed) => (completed > 0 ? t('cues.done') : t('cues.over')),
    };
    const cue = cueFor(before, state, words, routine);
    if (cue === null) return;
    if (sound.chime) playChime(cue.kind);
    if (sound.voice && cue.text !== '') speak(cue.text, i18n.language);
  }, [routine, state, sound.chime, sound.voice, t, i18n]);
}
