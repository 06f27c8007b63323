// Colours and shapes of each setting, drawn by code (no image files to license or load).
import type { SettingId } from '../engine/tags';

export interface SettingLook {
  wall: number;
  floor: number;
  accent: number;
  /** What furnishes the room, drawn by room-scene. */
  furniture: 'desk' | 'bed' | 'counter' | 'table' | 'couch';
}

export const SETTING_LOOKS: Record<SettingId, SettingLook> = {
  'consult-room': { wall: 0xdfe7ea, floor: 0xa8b5b9, accent: 0x5b8a9a, furniture: 'desk' },
  ward: { wall: 0xe4ece2, floor: 0xb3bcae, accent: 0x6f8f6a, furniture: 'bed' },
  'front-desk': { wall: 0xece5da, floor: 0xb9ad9c, accent: 0x8a6f4d, furniture: 'counter' },
  'research-office': { wall: 0xe6e2ec, floor: 0xaea8b8, accent: 0x6d5f8a, furniture: 'table' },
  'meeting-room': { wall: 0xe9e6e1, floor: 0xb0aaa1, accent: 0x7a6a58, furniture: 'table' },
  'exam-room': { wall: 0xe3eaee, floor: 0xa9b6bd, accent: 0x4f7f94, furniture: 'couch' },
};

/** Skin, hair and clothing per cast member, chosen from the id so they stay stable. */
const SKINS = [0x8d5524, 0xc68642, 0xe0ac69, 0xf1c27d, 0x6b4423, 0xa56b46];
const HAIRS = [0x2b1d14, 0x4a3324, 0x1c1c1c, 0x6b6b6b, 0x3b2a20];
const CLOTHES = [0x3d6b7d, 0x7d3d5a, 0x58704a, 0x8a6a3a, 0x4b4f7d, 0x6d4b3a];

export interface Appearance {
  skin: number;
  hair: number;
  clothes: number;
  /** A headscarf or long hair outline, varied by id. */
  hairStyle: 'short' | 'long' | 'scarf';
}

export function appearanceFor(id: string): Appearance {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const pick = <T>(list: readonly T[], shift: number): T => list[(hash >>> shift) % list.length]!;
  return { skin: pick(SKINS, 0), hair: pick(HAIRS, 3), clothes: pick(CLOTHES, 6), hairStyle: pick(['short', 'long', 'scarf'] as const, 9) };
}
