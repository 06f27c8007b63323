// A button that copies a field's text, and says so; where the clipboard is refused, the text
// is selected for the person to copy themselves.
import { h } from './dom';

export interface CopyWords {
  label: string;
  copied: string;
  selected: string;
}

export function copyButton(field: HTMLInputElement | HTMLTextAreaElement, status: HTMLElement, words: CopyWords): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      onclick: () => {
        navigator.clipboard.writeText(field.value).then(
          () => (status.textContent = words.copied),
          () => {
            field.select();
            status.textContent = words.selected;
          },
        );
      },
    },
    words.label,
  );
}
