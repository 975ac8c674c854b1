import type { CueKind } from './cues';

/**
 * A soft chime drawn with Web Audio: a sine tone with a quick fade in and a long fade out, at
 * low volume. No sound file, so nothing to load and nothing outside the bundle.
 */
const TONE_HZ: Record<CueKind, readonly number[]> = {
  exercise: [523.25],
  position: [523.25],
  hold: [659.25],
  release: [440],
  // A breath in rises, a breath out falls.
  'breathe-in': [440, 523.25],
  'breathe-out': [523.25, 440],
  walk: [587.33],
  rest: [392],
  done: [523.25, 783.99],
};
const PEAK_GAIN = 0.08;
const ATTACK_S = 0.02;
const DECAY_S = 0.7;
const NOTE_GAP_S = 0.18;
const SILENT_GAIN = 0.0001;

let context: AudioContext | null = null;

export function playChime(kind: CueKind): void {
  if (typeof AudioContext === 'undefined') return;
  context ??= new AudioContext();
  const audio = context;
  TONE_HZ[kind].forEach((hz, i) => {
    const start = audio.currentTime + i * NOTE_GAP_S;
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = hz;
    gain.gain.setValueAtTime(SILENT_GAIN, start);
    gain.gain.linearRampToValueAtTime(PEAK_GAIN, start + ATTACK_S);
    gain.gain.exponentialRampToValueAtTime(SILENT_GAIN, start + ATTACK_S + DECAY_S);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start);
    oscillator.stop(start + ATTACK_S + DECAY_S);
  });
}
