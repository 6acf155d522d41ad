// Test helper: a deep copy of the bundled pack to mutate.
import bundled from '@/assets/packs/sisiao.fr.json';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyPack = any;

export function freshPack(): AnyPack {
  return JSON.parse(JSON.stringify(bundled));
}
