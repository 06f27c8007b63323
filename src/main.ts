// Entry point: the DOM app starts at once; Phaser arrives later, only for the room picture.
import './ui/styles.css';
import { App } from './app/app';
import { browserStore } from './platform/storage';

const root = document.getElementById('app');
if (!root) throw new Error('index.html must have an element with id "app"');

const { store, persistent } = browserStore();
const app = new App({
  root,
  store,
  persistent,
  loadStage: async (container) => {
    try {
      const { createStage } = await import('./scenes/stage');
      return await createStage(container);
    } catch {
      // The encounter is fully playable from the text and the scene description.
      container.classList.add('stage-unavailable');
      return null;
    }
  },
});
void app.start();
