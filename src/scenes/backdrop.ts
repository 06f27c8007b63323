// The room behind the people, one per setting: wall, floor, window or door, and the
// furniture that says where we are. Drawn by code, so there are no images to license.
import type * as Phaser from 'phaser';
import type { SettingId } from '../engine/tags';
import { ROOM_HEIGHT, ROOM_WIDTH } from './layout';
import { OUTLINE, SETTING_LOOKS } from './palette';

const FLOOR = ROOM_HEIGHT - 96;
const WHITE = 0xffffff;

function drawWindow(g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, h: number): void {
  g.fillStyle(0xbcd7e6, 1);
  g.fillRect(x, y, w, h);
  g.fillStyle(0xd9e9f1, 1);
  g.fillTriangle(x, y + h, x + w * 0.45, y, x + w * 0.7, y);
  g.lineStyle(6, WHITE, 1);
  g.strokeRect(x, y, w, h);
  g.lineBetween(x + w / 2, y, x + w / 2, y + h);
}

function door(g: Phaser.GameObjects.Graphics, x: number, accent: number): void {
  g.fillStyle(accent, 0.35);
  g.fillRect(x, FLOOR - 230, 100, 230);
  g.lineStyle(4, accent, 0.8);
  g.strokeRect(x, FLOOR - 230, 100, 230);
  g.fillStyle(accent, 1);
  g.fillRect(x + 80, FLOOR - 120, 12, 5);
}

export function drawBackdrop(g: Phaser.GameObjects.Graphics, setting: SettingId): void {
  const look = SETTING_LOOKS[setting];
  g.clear();
  g.fillStyle(look.wall, 1);
  g.fillRect(0, 0, ROOM_WIDTH, ROOM_HEIGHT);
  g.fillStyle(look.accent, 0.25);
  g.fillRect(0, FLOOR - 14, ROOM_WIDTH, 14);
  g.fillStyle(look.floor, 1);
  g.fillRect(0, FLOOR, ROOM_WIDTH, ROOM_HEIGHT - FLOOR);
  g.lineStyle(2, OUTLINE, 0.08);
  for (let x = 0; x < ROOM_WIDTH; x += 80) g.lineBetween(x, FLOOR, x - 40, ROOM_HEIGHT);
  g.fillStyle(look.accent, 1);
  switch (look.furniture) {
    case 'desk':
      drawWindow(g, 40, 40, 170, 120);
      // A noticeboard, and the desk with its screen turned towards the clinician.
      g.fillStyle(0xc9a66b, 1);
      g.fillRect(600, 40, 150, 96);
      for (const [x, y, c] of [[612, 52, 0xfff4a8], [660, 60, 0xffffff], [706, 50, 0xbfe3c8], [630, 96, 0xffffff]] as const) {
        g.fillStyle(c, 1);
        g.fillRect(x, y, 34, 30);
      }
      g.fillStyle(look.accent, 1);
      g.fillRect(640, FLOOR - 66, 300, 14);
      g.fillRect(652, FLOOR - 52, 12, 52);
      g.fillRect(916, FLOOR - 52, 12, 52);
      g.fillStyle(0x2d3a40, 1);
      g.fillRoundedRect(730, FLOOR - 150, 120, 74, 6);
      g.fillRect(782, FLOOR - 76, 12, 10);
      break;
    case 'curtains':
      drawWindow(g, 330, 40, 200, 120);
      // Bay curtains on their rail, and an observations monitor on a stand.
      g.fillStyle(0x9a9a9a, 1);
      g.fillRect(0, 24, ROOM_WIDTH, 6);
      g.fillStyle(look.accent, 0.55);
      for (let x = 0; x < 120; x += 24) g.fillRect(x, 30, 22, FLOOR - 40);
      for (let x = ROOM_WIDTH - 110; x < ROOM_WIDTH; x += 24) g.fillRect(x, 30, 22, FLOOR - 40);
      g.fillStyle(0x444c52, 1);
      g.fillRect(150, 120, 6, FLOOR - 120);
      g.fillRoundedRect(126, 90, 56, 40, 4);
      g.fillStyle(0x7fd39b, 1);
      g.fillRect(132, 104, 44, 3);
      break;
    case 'counter':
      // The reception counter and its glass screen, with the new notice taped to it.
      g.fillStyle(0xffffff, 0.5);
      g.fillRect(0, 50, ROOM_WIDTH, FLOOR - 150);
      g.lineStyle(3, 0xb9c3c7, 1);
      for (let x = 0; x <= ROOM_WIDTH; x += 240) g.lineBetween(x, 50, x, FLOOR - 100);
      g.fillStyle(WHITE, 1);
      g.fillRect(420, 80, 110, 80);
      g.fillStyle(0xc0392b, 1);
      g.fillRect(420, 80, 110, 14);
      g.fillStyle(0x555555, 1);
      for (let y = 104; y < 150; y += 12) g.fillRect(432, y, 86, 4);
      g.fillStyle(look.accent, 1);
      g.fillRect(0, FLOOR - 100, ROOM_WIDTH, 26);
      g.fillStyle(look.accent, 0.75);
      g.fillRect(0, FLOOR - 74, ROOM_WIDTH, 74);
      break;
    case 'shelves':
      drawWindow(g, 40, 40, 150, 120);
      // Shelves of binders, and the desk where consent forms are signed.
      g.fillStyle(0x8a6f4d, 1);
      g.fillRect(600, 30, 300, 8);
      g.fillRect(600, 100, 300, 8);
      for (let x = 606; x < 890; x += 22) {
        g.fillStyle([0x6d5f8a, 0x3d6b7d, 0xc9a66b, 0x7d3d5a][(x / 22) % 4 | 0]!, 1);
        g.fillRect(x, 44, 18, 56);
        g.fillRect(x, 114, 18, 52);
      }
      g.fillStyle(0x8a6f4d, 1);
      g.fillRect(600, 166, 300, 8);
      g.fillStyle(look.accent, 1);
      g.fillRect(640, FLOOR - 66, 300, 14);
      break;
    case 'whiteboard':
      // A side room: whiteboard with the week's rota, a long table, a box of tissues.
      g.fillStyle(WHITE, 1);
      g.fillRect(560, 40, 300, 150);
      g.lineStyle(4, 0x9aa4ab, 1);
      g.strokeRect(560, 40, 300, 150);
      g.lineStyle(3, 0x4b7bb5, 0.8);
      for (let y = 70; y < 180; y += 22) g.lineBetween(580, y, 580 + ((y * 7) % 160) + 80, y);
      drawWindow(g, 40, 40, 150, 120);
      g.fillStyle(look.accent, 1);
      g.fillRect(470, FLOOR - 40, 480, 16);
      g.fillStyle(0x8fc1d4, 1);
      g.fillRect(520, FLOOR - 62, 40, 22);
      break;
    case 'couch':
      // Examination couch with its paper roll, a privacy curtain and a lamp.
      g.fillStyle(look.accent, 0.45);
      g.fillRect(20, 24, 150, FLOOR - 30);
      g.fillStyle(0x9a9a9a, 1);
      g.fillRect(0, 20, 200, 6);
      g.fillStyle(look.accent, 1);
      g.fillRoundedRect(560, FLOOR - 80, 340, 40, 12);
      g.fillRect(580, FLOOR - 40, 12, 40);
      g.fillRect(870, FLOOR - 40, 12, 40);
      g.fillStyle(0xf5f5f5, 1);
      g.fillRect(572, FLOOR - 92, 316, 12);
      g.lineStyle(5, 0x555555, 1);
      g.lineBetween(930, FLOOR, 930, 110);
      g.lineBetween(930, 110, 880, 90);
      g.fillStyle(0x555555, 1);
      g.fillCircle(876, 92, 14);
      break;
    case 'sofa':
      // Someone's front room: a window with curtains, a framed photograph, the sofa, a standard lamp.
      drawWindow(g, 60, 40, 180, 130);
      g.fillStyle(look.accent, 0.5);
      g.fillRect(40, 34, 30, 150);
      g.fillRect(230, 34, 30, 150);
      g.fillStyle(0x6b5a48, 1);
      g.fillRect(600, 60, 110, 84);
      g.fillStyle(0xd9cdb8, 1);
      g.fillRect(610, 70, 90, 64);
      g.fillStyle(look.accent, 1);
      g.fillRoundedRect(500, FLOOR - 110, 340, 60, 16);
      g.fillRoundedRect(480, FLOOR - 80, 380, 60, 16);
      g.fillRect(500, FLOOR - 20, 14, 20);
      g.fillRect(826, FLOOR - 20, 14, 20);
      g.lineStyle(5, 0x555555, 1);
      g.lineBetween(910, FLOOR, 910, 130);
      g.fillStyle(0xf3d9a4, 1);
      g.fillTriangle(885, 150, 935, 150, 910, 110);
      break;
  }
  if (look.furniture !== 'counter' && look.furniture !== 'curtains') door(g, 250, look.accent);
}
