// Where each person stands or sits: the patient and anyone with them on the left, facing
// into the room; staff standing on the right, facing them; a telephone interpreter as a
// speakerphone between the two. Pure, so it is tested without a canvas.
import type { CharacterView, SceneState } from '../engine/presentation';

export const ROOM_WIDTH = 960;
export const ROOM_HEIGHT = 400;
/** Where feet meet the floor. */
export const FEET = ROOM_HEIGHT - 14;

export type Seat = 'chair' | 'bed' | 'standing' | 'phone';

export interface Placement {
  x: number;
  /** Where the feet are: people further back stand higher and smaller. */
  feet: number;
  scale: number;
  seat: Seat;
  /** 1: faces right, into the room; -1: faces left. */
  facing: 1 | -1;
}

const SEATED: Record<number, number[]> = { 1: [290], 2: [220, 400], 3: [160, 310, 460] };
const STANDING_LEFT = 610;
const STANDING_RIGHT = 870;
/** Staff stand a step further back than those sitting, which also keeps their heads in the room. */
const BACK = { feet: FEET - 22, scale: 0.82 };
const FRONT = { feet: FEET, scale: 1 };
const PHONE_X = 520;

export function placeCharacters(state: SceneState): Map<string, Placement> {
  // Every character lands in exactly one group: seated if they came with the patient,
  // else standing if they have a look (staff, or an interpreter in person), else on the phone.
  const isSeated = (c: CharacterView) => c.role === 'patient' || c.role === 'companion';
  const seated = state.characters.filter(isSeated);
  const standing = state.characters.filter((c) => !isSeated(c) && c.look);
  const heard = state.characters.filter((c) => !isSeated(c) && !c.look);
  const places = new Map<string, Placement>();
  const seatFor = (c: CharacterView): Seat => (c.role === 'patient' && state.setting === 'ward' ? 'bed' : 'chair');
  const xs = SEATED[Math.min(seated.length, 3)] ?? [];
  seated.forEach((c, i) => places.set(c.id, { x: xs[Math.min(i, xs.length - 1)]!, ...FRONT, seat: seatFor(c), facing: 1 }));
  standing.forEach((c, i) => {
    const x = standing.length === 1 ? (STANDING_LEFT + STANDING_RIGHT) / 2 + 30 : STANDING_LEFT + ((STANDING_RIGHT - STANDING_LEFT) * i) / (standing.length - 1);
    places.set(c.id, { x, ...BACK, seat: 'standing', facing: -1 });
  });
  heard.forEach((c, i) => places.set(c.id, { x: PHONE_X + i * 60, ...FRONT, seat: 'phone', facing: -1 }));
  return places;
}
