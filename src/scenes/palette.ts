// Colours and shapes of each setting, and the room's shared colours, drawn by code (no
// image files to license or load).
import type { SettingId } from '../engine/tags';

export interface SettingLook {
  wall: number;
  floor: number;
  accent: number;
  /** What furnishes the room, drawn by backdrop.ts. */
  furniture: 'desk' | 'curtains' | 'counter' | 'shelves' | 'whiteboard' | 'couch' | 'sofa';
}

export const SETTING_LOOKS: Record<SettingId, SettingLook> = {
  'consult-room': { wall: 0xdfe7ea, floor: 0xa8b5b9, accent: 0x5b8a9a, furniture: 'desk' },
  ward: { wall: 0xe4ece2, floor: 0xb3bcae, accent: 0x6f8f6a, furniture: 'curtains' },
  'front-desk': { wall: 0xece5da, floor: 0xb9ad9c, accent: 0x8a6f4d, furniture: 'counter' },
  'research-office': { wall: 0xe6e2ec, floor: 0xaea8b8, accent: 0x6d5f8a, furniture: 'shelves' },
  'meeting-room': { wall: 0xe9e6e1, floor: 0xb0aaa1, accent: 0x7a6a58, furniture: 'whiteboard' },
  'exam-room': { wall: 0xe3eaee, floor: 0xa9b6bd, accent: 0x4f7f94, furniture: 'couch' },
  home: { wall: 0xeee4d3, floor: 0x9c8a72, accent: 0x8a5a44, furniture: 'sofa' },
};

/** Outlines, as heavy as the Open Peeps line work so drawn bodies match the portraits. */
export const OUTLINE = 0x111111;
/** Dark text on light plates. */
export const INK = 0x1b1b1b;
/** The lit name plate of whoever is speaking. */
export const SPEAKER = 0x1f4e5f;
export const TROUSERS = 0x3b3f4a;

/** "#3d6b7d" (or "3d6b7d") → 0x3d6b7d, for Phaser's colour arguments. */
export function colourNumber(hex: string): number {
  return Number.parseInt(hex.replace('#', ''), 16);
}
