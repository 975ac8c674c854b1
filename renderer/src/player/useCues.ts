import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLocale } from '../i18n/i18n';
import { playChime } from './chime';
import { cueFor, type CueWords } from './cues';
import { stepText } from './exercises';
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
    const words: CueWords = {
      exercise: (i) => {
        const step = routine.steps[i];
        if (step === undefined) return '';
        const text = stepText(step, i18n.language as UiLocale);
        return `${text.title}. ${text.steps.join(' ')}`;
      },
      hold: (seconds) => t('cues.hold', { seconds }),
      release: (current, total) => t('cues.release', { current, total }),
      done: () => t('cues.done'),
    };
    const cue = cueFor(before, state, words, routine);
    if (cue === null) return;
    if (sound.chime) playChime(cue.kind);
    if (sound.voice && cue.text !== '') speak(cue.text, i18n.language);
  }, [routine, state, sound.chime, sound.voice, t, i18n]);
}
