// The part of Phaser the room uses, built from Phaser's own source modules: the canvas
// renderer, the scene, camera and tween plugins and four game objects (graphics, container,
// image, text), without WebGL, sound, input plugins, the loader, physics or tilemaps.
// vite.config.ts points `import 'phaser'` here; the types stay Phaser's own. Anything used
// from Phaser that is not registered below is missing at run time: the room's e2e specs
// (scene, stage, encounter) draw every kind of person and setting.
import type * as Full from 'phaser';
import CONST from 'phaser/src/const.js';
import GameModule from 'phaser/src/core/Game.js';
import CoreEvents from 'phaser/src/core/events/index.js';
import Vector2 from 'phaser/src/math/Vector2.js';
import ScaleModule from 'phaser/src/scale/index.js';
import SceneModule from 'phaser/src/scene/Scene.js';
// Each of these registers itself with Phaser when loaded: the scene plugins every scene has
// (events, camera, display and update lists, scene control, `scene.add`), the tweens...
import 'phaser/src/events/EventEmitter.js';
import 'phaser/src/cameras/2d/CameraManager.js';
import 'phaser/src/gameobjects/DisplayList.js';
import 'phaser/src/gameobjects/UpdateList.js';
import 'phaser/src/scene/ScenePlugin.js';
import 'phaser/src/gameobjects/GameObjectFactory.js';
import 'phaser/src/tweens/TweenManager.js';
// ...and the `scene.add.*` method of each game object the room draws with.
import 'phaser/src/gameobjects/container/ContainerFactory.js';
import 'phaser/src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser/src/gameobjects/image/ImageFactory.js';
import 'phaser/src/gameobjects/text/TextFactory.js';

export const Game = GameModule as typeof Full.Game;
export const Scene = SceneModule as typeof Full.Scene;
export const Scale = ScaleModule as typeof Full.Scale;
export const CANVAS = (CONST as typeof Full).CANVAS;
const core = { Events: CoreEvents as typeof Full.Core.Events };
export { core as Core };
const math = { Vector2: Vector2 as typeof Full.Math.Vector2 };
export { math as Math };
