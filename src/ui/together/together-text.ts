// The words of a run played together with the room on a projector: the note that it is not
// saved here, the reveal of what each option leads to, and how that reads under an option.
// (The lines that follow are quoted, and numbers signed, as the debrief does: option-outcome.ts.)
export const togetherText = {
  note: 'Played together with the room: this run is not saved on this device.',
  leave: 'Leave',
  reveal: 'Show what each option leads to',
  hide: 'Hide what each option leads to',
  /** The key that shows and hides them, as the button shows it. */
  key: 'R',
  shown: 'What each option leads to is shown under it.',
  hidden: 'What each option leads to is hidden.',
  told: (firstName: string, labels: readonly string[]) => `${firstName} would tell you: ${labels.join('; ')}.`,
  ends: (title: string) => `The encounter ends here: ${title}.`,
};
