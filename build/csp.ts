// The Content-Security-Policy of the built page, and so of every LMS package, which zips the
// build's index.html as it is. Set as a <meta> because the site is static and served by whatever
// host a school has. Only the production build carries it: Vite's dev server injects CSS as
// <style> elements, which the policy blocks.
import type { Plugin } from 'vite';

const DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  // No inline script and no eval: Phaser, inkjs, Howler and Vite's module preload need neither.
  'script-src': "'self'",
  // Stylesheets only: the app sets styles through the CSSOM (element.style), never in markup.
  'style-src': "'self'",
  // data: for the portraits (SVG data URLs) and Phaser's built-in textures.
  'img-src': "'self' data:",
  // data: for Howler's HTML5 Audio fallback, which clears a sound with a silent data URL (the
  // sound files themselves are never inlined: sound-sources.ts loads them with ?no-inline).
  'media-src': "'self' data:",
  // An LRS or a cmi5 LMS may sit on any origin (a launch link's or Settings' endpoint); http:
  // only matters to a page served over http, as an https page may not fetch http anyway.
  'connect-src': "'self' https: http:",
  // The debrief's analysis worker, a file of the build.
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  // The only forms are dialogs' (method="dialog"), which submit nowhere.
  'form-action': "'none'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** Puts the policy first in the built page's head, before anything it governs. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'asymmetry-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}
