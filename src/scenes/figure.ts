// One person in the room: an Open Peeps portrait (the face for their mood) on a body drawn
// to match it, flat colour under a heavy outline. Posture folds or rests the arms, gaze
// turns the head, and leaning in or shrinking back moves the whole person. Changes ease in
// gently, or happen at once when the player prefers reduced motion.
import * as Phaser from 'phaser';
import type { Look } from '../engine/appearance';
import type { CharacterView, Posture } from '../engine/presentation';
import type { Mood } from '../engine/tags';
import type { Placement, Seat } from './layout';
import { NamePlate } from './name-plate';
import { OUTLINE, TROUSERS, colourNumber } from './palette';
import { poseOf, type Pose } from './pose';
import { SKIN_COLOURS } from './portrait';
import type { PortraitTextures } from './portrait-textures';

/** Drawn size of a portrait; its shoulders span 85% of it. */
const BUST = 170;
const HALF_SHOULDERS = BUST * 0.425;
const LINE = 3;
const EASE = 'Sine.easeInOut';
const SETTLE_MS = 650;

type Body = 'chair' | 'bed' | 'standing';

/** Heights above the feet of the hips and the shoulders (where the portrait sits). */
const FRAME: Record<Body, { hip: number; shoulders: number }> = {
  chair: { hip: -78, shoulders: -142 },
  bed: { hip: -96, shoulders: -160 },
  standing: { hip: -120, shoulders: -204 },
};

/** What a person on screen is showing now: read by tests through the stage's data attributes. */
export interface Shown {
  id: string;
  /** The mood of the face actually displayed (null until its picture is decoded, or for a phone). */
  face: Mood | null;
  posture: Posture | null;
  turnedAway: boolean;
  leaningIn: boolean;
  quiet: boolean;
  speaking: boolean;
}

export interface Occupant {
  readonly seat: Seat;
  update(view: CharacterView, speaking: boolean): void;
  shown(): Shown;
  moveTo(x: number): void;
  destroy(): void;
}

interface Point {
  x: number;
  y: number;
}

/** A limb: a capsule with an outline, like the portraits' line work. */
function limb(g: Phaser.GameObjects.Graphics, a: Point, b: Point, width: number, fill: number): void {
  for (const [w, colour] of [
    [width + 2 * LINE, OUTLINE],
    [width, fill],
  ] as const) {
    g.lineStyle(w, colour, 1);
    g.lineBetween(a.x, a.y, b.x, b.y);
    g.fillStyle(colour, 1);
    g.fillCircle(a.x, a.y, w / 2);
    g.fillCircle(b.x, b.y, w / 2);
  }
}

function hand(g: Phaser.GameObjects.Graphics, at: Point, skin: number): void {
  g.fillStyle(OUTLINE, 1);
  g.fillCircle(at.x, at.y, 9 + LINE);
  g.fillStyle(skin, 1);
  g.fillCircle(at.x, at.y, 9);
}

export class Figure implements Occupant {
  private readonly root: Phaser.GameObjects.Container;
  private readonly glow: Phaser.GameObjects.Graphics;
  private readonly posed: Phaser.GameObjects.Container;
  private readonly breathing: Phaser.GameObjects.Container;
  private readonly body: Phaser.GameObjects.Graphics;
  private readonly plate: NamePlate;
  private readonly frame: { hip: number; shoulders: number };
  private bust: Phaser.GameObjects.Image | null = null;
  private breath: Phaser.Tweens.Tween | null = null;
  /** The head turning, if it is: stopped when a new turn or a new face takes over. */
  private turning: Phaser.Tweens.Tween | null = null;
  /** Where the person is going, which may differ from where they are while they walk. */
  private targetX: number;
  private view: CharacterView | null = null;
  private pose: Pose | null = null;
  private face: Mood | null = null;
  private speaking = false;
  readonly seat: Seat;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly portraits: PortraitTextures,
    private readonly place: Placement,
    private readonly person: { id: string; name: string; look: Look },
    private readonly reducedMotion: () => boolean,
    /** Called when what is shown changes after the fact (a face finished decoding). */
    private readonly changed: () => void,
  ) {
    this.seat = place.seat;
    this.targetX = place.x;
    const kind: Body = place.seat === 'bed' || place.seat === 'standing' ? place.seat : 'chair';
    this.frame = FRAME[kind];
    this.glow = scene.add.graphics();
    const furniture = scene.add.graphics();
    this.drawFurniture(furniture, kind);
    this.body = scene.add.graphics();
    this.breathing = scene.add.container(0, 0, [this.body]);
    this.posed = scene.add.container(0, 0, [this.breathing]);
    this.plate = new NamePlate(scene, person.name);
    this.plate.container.setY(this.frame.shoulders - BUST - 18);
    const blanket = kind === 'bed' ? this.drawBlanket(scene.add.graphics()) : null;
    this.root = scene.add.container(place.x, place.feet, [this.glow, furniture, this.posed, ...(blanket ? [blanket] : []), this.plate.container]).setScale(place.scale);
  }

  update(view: CharacterView, speaking: boolean): void {
    const before = this.view;
    this.view = view;
    if (before?.posture !== view.posture) this.drawBody(view.posture);
    if (before?.mood !== view.mood) this.showFace(view.mood);
    this.settle(poseOf(view));
    this.speaking = speaking;
    this.plate.setSpeaking(speaking);
    this.drawGlow(speaking);
    this.breathe();
  }

  shown(): Shown {
    const view = this.view;
    return {
      id: this.person.id,
      face: this.face,
      posture: view?.posture ?? null,
      turnedAway: this.pose?.headTurn === -1,
      leaningIn: view?.leaningIn ?? false,
      quiet: view?.quiet ?? false,
      speaking: this.speaking,
    };
  }

  moveTo(x: number): void {
    if (this.targetX === x) return;
    this.targetX = x;
    this.scene.tweens.killTweensOf(this.root);
    if (this.reducedMotion()) this.root.setX(x);
    else this.scene.tweens.add({ targets: this.root, x, duration: SETTLE_MS, ease: EASE });
  }

  destroy(): void {
    this.breath?.stop();
    this.root.destroy();
  }

  /** Eases body and head towards the pose; nothing to do when the pose has not changed (most lines). */
  private settle(pose: Pose): void {
    const before = this.pose;
    if (before && (Object.keys(pose) as (keyof Pose)[]).every((k) => before[k] === pose[k])) return;
    this.pose = pose;
    const facing = this.place.facing;
    const target = { x: pose.dx * facing, angle: pose.lean * facing, scale: pose.scale };
    // A new pose replaces one still easing in, rather than both pulling at once.
    this.scene.tweens.killTweensOf(this.posed);
    if (!before || this.reducedMotion()) {
      this.posed.setPosition(target.x, 0).setAngle(target.angle).setScale(target.scale);
    } else {
      this.scene.tweens.add({ targets: this.posed, ...target, duration: SETTLE_MS, ease: EASE });
    }
    if (this.bust) this.turnHead(this.bust, !before);
  }

  private turnHead(bust: Phaser.GameObjects.Image, immediately: boolean): void {
    const pose = this.pose!;
    const size = BUST / bust.width;
    const scaleX = size * pose.headTurn * this.place.facing;
    const y = this.frame.shoulders + pose.headDrop;
    this.turning?.stop();
    this.turning = null;
    if (immediately || this.reducedMotion()) bust.setScale(scaleX, size).setY(y);
    else this.turning = this.scene.tweens.add({ targets: bust, scaleX, y, duration: SETTLE_MS, ease: EASE });
  }

  /** Cross-fades to the face for this mood once its picture is ready. */
  private showFace(mood: Mood): void {
    void this.portraits.load(this.person.id, this.person.look, mood).then((key) => {
      if (!key || this.view?.mood !== mood || !this.root.active) return;
      const old = this.bust;
      const bust = this.scene.add.image(0, this.frame.shoulders, key).setOrigin(0.5, 1);
      this.breathing.add(bust);
      this.bust = bust;
      this.face = mood;
      this.turnHead(bust, true);
      this.changed();
      if (!old) return;
      if (this.reducedMotion()) {
        old.destroy();
        return;
      }
      bust.setAlpha(0);
      this.scene.tweens.add({ targets: bust, alpha: 1, duration: 350, ease: EASE });
      this.scene.tweens.add({ targets: old, alpha: 0, duration: 350, ease: EASE, onComplete: () => old.destroy() });
    });
  }

  /** A slow rise and fall of the shoulders, so people look alive; still under reduced motion. */
  private breathe(): void {
    if (this.reducedMotion()) {
      this.breath?.stop();
      this.breath = null;
      this.breathing.setScale(1);
      return;
    }
    this.breath ??= this.scene.tweens.add({
      targets: this.breathing,
      scaleY: 1.012,
      duration: 1900 + (this.root.x % 7) * 90,
      yoyo: true,
      repeat: -1,
      ease: EASE,
    });
  }

  private drawGlow(speaking: boolean): void {
    this.glow.clear();
    if (!speaking) return;
    this.glow.fillStyle(0xfff6d5, 0.55);
    this.glow.fillEllipse(0, -4, 190, 34);
  }

  private drawFurniture(g: Phaser.GameObjects.Graphics, kind: Body): void {
    const { hip, shoulders } = this.frame;
    if (kind === 'chair') {
      g.fillStyle(0x5d6168, 1);
      g.fillRoundedRect(-64, shoulders + 10, 128, hip - shoulders, 10);
      g.fillRect(-68, hip - 4, 136, 14);
      g.lineStyle(6, 0x4a4d53, 1);
      g.lineBetween(-58, hip + 10, -62, 0);
      g.lineBetween(58, hip + 10, 62, 0);
    } else if (kind === 'bed') {
      // Pillows propped up behind, the frame down to the floor.
      g.fillStyle(0xf4f6f7, 1);
      g.fillRoundedRect(-84, shoulders - 40, 168, hip - shoulders + 40, 16);
      g.fillStyle(0x9aa4ab, 1);
      g.fillRect(-110, hip + 30, 330, 12);
      g.fillRect(-104, hip + 42, 8, -hip - 42);
      g.fillRect(204, hip + 42, 8, -hip - 42);
    }
  }

  private drawBlanket(g: Phaser.GameObjects.Graphics): Phaser.GameObjects.Graphics {
    const { hip } = this.frame;
    g.fillStyle(OUTLINE, 1);
    g.fillRoundedRect(-100 - LINE, hip - 14 - LINE, 320 + 2 * LINE, 60 + 2 * LINE, 18);
    g.fillStyle(0xb7cfe0, 1);
    g.fillRoundedRect(-100, hip - 14, 320, 60, 18);
    return g;
  }

  /** Torso, legs and arms; the arms follow posture: open and resting, hands in the lap, or folded. */
  private drawBody(posture: Posture): void {
    const g = this.body;
    const { hip, shoulders: s } = this.frame;
    const clothes = colourNumber(this.person.look.clothes);
    const skin = colourNumber(SKIN_COLOURS[this.person.look.skin]);
    g.clear();
    if (this.place.seat !== 'bed') {
      const knees = this.place.seat === 'standing' ? 0 : -10;
      limb(g, { x: -24, y: hip }, { x: -26, y: knees - 6 }, 30, TROUSERS);
      limb(g, { x: 24, y: hip }, { x: 26, y: knees - 6 }, 30, TROUSERS);
    }
    // Tucked under the portrait's shoulders so no seam shows.
    const torso = [
      new Phaser.Math.Vector2(-HALF_SHOULDERS, s - 8),
      new Phaser.Math.Vector2(HALF_SHOULDERS, s - 8),
      new Phaser.Math.Vector2(HALF_SHOULDERS - 10, hip + 6),
      new Phaser.Math.Vector2(-HALF_SHOULDERS + 10, hip + 6),
    ];
    g.fillStyle(clothes, 1);
    g.fillPoints(torso, true);
    g.lineStyle(LINE, OUTLINE, 1);
    g.lineBetween(torso[1]!.x, torso[1]!.y, torso[2]!.x, torso[2]!.y);
    g.lineBetween(torso[2]!.x, torso[2]!.y, torso[3]!.x, torso[3]!.y);
    g.lineBetween(torso[3]!.x, torso[3]!.y, torso[0]!.x, torso[0]!.y);
    const shoulder = HALF_SHOULDERS - 10;
    if (posture === 'closed') {
      limb(g, { x: -shoulder, y: s + 14 }, { x: -shoulder + 6, y: s + 46 }, 22, clothes);
      limb(g, { x: shoulder, y: s + 14 }, { x: shoulder - 6, y: s + 50 }, 22, clothes);
      limb(g, { x: -shoulder + 6, y: s + 46 }, { x: 38, y: s + 38 }, 22, clothes);
      limb(g, { x: shoulder - 6, y: s + 50 }, { x: -38, y: s + 44 }, 22, clothes);
      hand(g, { x: 44, y: s + 36 }, skin);
      hand(g, { x: -44, y: s + 42 }, skin);
    } else if (posture === 'guarded') {
      limb(g, { x: -shoulder, y: s + 14 }, { x: -18, y: hip - 6 }, 22, clothes);
      limb(g, { x: shoulder, y: s + 14 }, { x: 18, y: hip - 6 }, 22, clothes);
      hand(g, { x: -8, y: hip - 4 }, skin);
      hand(g, { x: 8, y: hip - 2 }, skin);
    } else {
      limb(g, { x: -shoulder, y: s + 14 }, { x: -shoulder - 4, y: hip + 4 }, 22, clothes);
      limb(g, { x: shoulder, y: s + 14 }, { x: shoulder + 4, y: hip + 4 }, 22, clothes);
      hand(g, { x: -shoulder - 2, y: hip + 14 }, skin);
      hand(g, { x: shoulder + 2, y: hip + 14 }, skin);
    }
  }
}
