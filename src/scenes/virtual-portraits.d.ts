// The module build/vite-plugin-portraits.ts serves.
declare module 'virtual:portrait-kit' {
  const kit: import('./portrait').PortraitKit;
  export default kit;
}
