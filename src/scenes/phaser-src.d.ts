// Phaser's source modules (CommonJS, untyped), imported by src/scenes/phaser-room.ts only;
// it gives each the type of the same thing in Phaser's published types.
declare module 'phaser/src/*' {
  const module: unknown;
  export default module;
}
