// Reduced motion, from the player's setting (applied as data-motion on the page) or the system.
export function prefersReducedMotion(root: HTMLElement = document.documentElement): boolean {
  return root.dataset.motion === 'reduce' || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
