// How a cast member looks, as a writer describes it in meta.json. Appearance is content,
// chosen for each specific person rather than generated, so that nobody's headscarf, skin
// or beard is left to a hash. The names are the illustration style's own (Open Peeps, as
// packaged by DiceBear); src/scenes turns them into pictures.

export const SKIN_TONES = ['light', 'light-medium', 'medium', 'medium-dark', 'dark'] as const;
export type SkinTone = (typeof SKIN_TONES)[number];

export const HAIR_STYLES = [
  'afro', 'bangs', 'bangs2', 'bantuKnots', 'bun', 'bun2', 'buns', 'cornrows', 'cornrows2', 'dreads1', 'dreads2',
  'flatTop', 'flatTopLong', 'grayBun', 'grayMedium', 'grayShort', 'hatBeanie', 'hijab', 'long', 'longAfro',
  'longBangs', 'longCurly', 'medium1', 'medium2', 'medium3', 'mediumBangs', 'mediumBangs2', 'mediumBangs3',
  'mediumStraight', 'noHair1', 'noHair2', 'noHair3', 'pomp', 'shaved1', 'shaved2', 'shaved3', 'short1', 'short2',
  'short3', 'short4', 'short5', 'turban', 'twists', 'twists2',
] as const;
export type HairStyle = (typeof HAIR_STYLES)[number];

export const FACIAL_HAIR = [
  'chin', 'full', 'full2', 'full3', 'full4', 'goatee1', 'goatee2', 'moustache1', 'moustache2', 'moustache3',
  'moustache4', 'moustache5', 'moustache6', 'moustache7', 'moustache8', 'moustache9',
] as const;
export type FacialHair = (typeof FACIAL_HAIR)[number];

export const GLASSES = ['glasses', 'glasses2', 'glasses3', 'glasses4', 'glasses5'] as const;
export type Glasses = (typeof GLASSES)[number];

export interface Look {
  skin: SkinTone;
  hair: HairStyle;
  /** The colour of hair, or of a scarf or hat, where the style has one (#rrggbb). */
  hairColour?: string;
  /** Top or uniform colour (#rrggbb). */
  clothes: string;
  facialHair?: FacialHair;
  glasses?: Glasses;
}
