// How every benchmark launches Debian's Chromium: one set of flags, so all figures come from
// the same browser set up the same way.

// Flags that keep Chromium from doing unrelated network or background work mid-measurement.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
