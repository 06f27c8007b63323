// The room in words, for screen readers and for anyone not looking at the picture: the UI's
// sentences for what engine/presentation.ts says the room shows.
import type { Gaze, Posture, SceneState } from '../engine/presentation';
import type { Mood } from '../engine/tags';

const MOOD_WORDS: Record<Mood, string> = {
  neutral: 'looks composed',
  guarded: 'looks wary',
  distressed: 'looks upset',
  relieved: 'looks relieved',
  withdrawn: 'has gone quiet and withdrawn',
  angry: 'looks angry',
  warm: 'looks at ease',
};

const POSTURE_WORDS: Record<Posture, string> = {
  open: 'sitting openly, turned towards you',
  guarded: 'sitting upright, hands in lap',
  closed: 'arms folded, turned slightly away',
};

const GAZE_WORDS: Record<Gaze, string> = {
  direct: 'meeting your eyes',
  averted: 'avoiding your eyes',
};

export function describeScene(state: SceneState): string {
  return state.characters
    .map((c) => {
      if (!c.look) return `${c.name} is on the speakerphone.`;
      const parts = [`${c.name} ${MOOD_WORDS[c.mood]}`];
      if (c.role === 'patient') parts.push(POSTURE_WORDS[c.posture], GAZE_WORDS[c.gaze]);
      if (c.quiet) parts.push('letting others speak for them');
      if (c.leaningIn) parts.push('leaning in to answer');
      return parts.join(', ') + '.';
    })
    .join(' ');
}
