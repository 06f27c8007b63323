// One seated person drawn with Phaser graphics. Mood sets brows and mouth, posture sets arms
// and the turn of the body, gaze moves the eyes, leaning-in tilts the companion forward.
import * as Phaser from 'phaser';
import type { CharacterView } from '../engine/presentation';
import type { Mood } from '../engine/tags';
import type { Appearance } from './palette';

const MOUTH: Record<Mood, number> = { warm: 8, relieved: 6, neutral: 0, guarded: -2, withdrawn: -4, distressed: -7, angry: -6 };
// Positive lowers the inner brow (a frown); negative raises it (worry).
const BROW: Record<Mood, number> = { warm: 0, relieved: -2, neutral: 0, guarded: -2, withdrawn: -3, distressed: -5, angry: 6 };

export function drawFigure(g: Phaser.GameObjects.Graphics, view: CharacterView, look: Appearance, speaking: boolean): void {
  g.clear();
  const turn = view.posture === 'closed' ? -10 : 0;
  const lean = view.leaningIn ? 10 : 0;

  if (speaking) {
    g.fillStyle(0xffffff, 0.35);
    g.fillEllipse(0, 110, 150, 26);
  }
  // Chair and body
  g.fillStyle(0x4b4b4b, 1);
  g.fillRoundedRect(-55, 40, 110, 90, 10);
  g.fillStyle(look.clothes, 1);
  g.fillRoundedRect(-42 + turn + lean, -5, 84, 110, 24);

  // Head, slightly forward when leaning in, lowered when withdrawn
  const headY = -45 + (view.mood === 'withdrawn' ? 8 : 0);
  const headX = turn + lean * 1.6;
  g.fillStyle(look.skin, 1);
  g.fillCircle(headX, headY, 34);
  g.fillStyle(look.hair, 1);
  if (look.hairStyle === 'scarf') {
    g.fillEllipse(headX, headY - 8, 80, 76);
    g.fillStyle(look.skin, 1);
    g.fillEllipse(headX, headY + 4, 52, 58);
  } else {
    g.fillEllipse(headX, headY - 24, 70, 30);
    if (look.hairStyle === 'long') g.fillRoundedRect(headX - 36, headY - 24, 14, 60, 6);
  }

  // Eyes: gaze shifts the pupils away from the player
  const gazeX = view.gaze === 'averted' ? -6 : 0;
  const gazeY = view.gaze === 'averted' ? 4 : 0;
  g.fillStyle(0xffffff, 1);
  g.fillEllipse(headX - 12, headY - 4, 14, 9);
  g.fillEllipse(headX + 12, headY - 4, 14, 9);
  g.fillStyle(0x1e1e1e, 1);
  g.fillCircle(headX - 12 + gazeX / 2, headY - 4 + gazeY / 2, 3.5);
  g.fillCircle(headX + 12 + gazeX / 2, headY - 4 + gazeY / 2, 3.5);

  // Brows: angle shows worry (inner ends up) or anger (inner ends down)
  const brow = BROW[view.mood];
  g.lineStyle(3, look.hair, 1);
  g.lineBetween(headX - 19, headY - 14, headX - 6, headY - 14 + brow);
  g.lineBetween(headX + 6, headY - 14 + brow, headX + 19, headY - 14);

  // Mouth: a curve whose bend follows the mood
  const bend = MOUTH[view.mood];
  g.lineStyle(3, 0x6b2e2e, 1);
  const curve = new Phaser.Curves.QuadraticBezier(
    new Phaser.Math.Vector2(headX - 11, headY + 14),
    new Phaser.Math.Vector2(headX, headY + 14 + bend),
    new Phaser.Math.Vector2(headX + 11, headY + 14),
  );
  curve.draw(g, 16);

  // Arms: folded across the body when closed, resting in the lap otherwise
  g.fillStyle(look.clothes, 1);
  g.lineStyle(2, 0x000000, 0.15);
  if (view.posture === 'closed') {
    g.fillRoundedRect(-40 + turn, 30, 80, 20, 10);
    g.strokeRoundedRect(-40 + turn, 30, 80, 20, 10);
  } else {
    const spread = view.posture === 'open' ? 12 : 0;
    g.fillRoundedRect(-48 - spread + turn + lean, 20, 18, 62, 9);
    g.fillRoundedRect(30 + spread + turn + lean, 20, 18, 62, 9);
    g.fillStyle(look.skin, 1);
    g.fillCircle(-30 + turn + lean, 82, 8);
    g.fillCircle(30 + turn + lean, 82, 8);
  }
}
