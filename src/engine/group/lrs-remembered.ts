// The learning record store a facilitator asked this device to remember (its address and read
// credential), for the live group picture. Kept only when asked, in the injected key-value
// store; forgotten as soon as the facilitator says so. Anything kept that cannot be read is
// treated as nothing kept.
import * as z from 'zod/mini';
import { readKept, type KeyValueStore } from '../save';

const KEY = 'asymmetry:lrs-reader';
const text = z.string().check(z.maxLength(2_000));

const rememberedSchema = z.object({
  endpoint: text,
  credential: z.union([z.object({ kind: z.literal('key'), key: text, secret: text }), z.object({ kind: z.literal('token'), token: text })]),
});

export type LrsCredential = z.infer<typeof rememberedSchema>['credential'];
export type RememberedLrs = z.infer<typeof rememberedSchema>;

export function readRememberedLrs(store: KeyValueStore): RememberedLrs | null {
  return readKept(store, KEY, rememberedSchema);
}

/** Keeps `lrs` on the device, or forgets what was kept (null); false when the store refused. */
export function rememberLrs(store: KeyValueStore, lrs: RememberedLrs | null): boolean {
  try {
    if (lrs === null) store.removeItem(KEY);
    else store.setItem(KEY, JSON.stringify(lrs));
    return true;
  } catch {
    return false;
  }
}
