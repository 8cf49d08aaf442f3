/**
 * Feature hashing
 * ===============
 *
 * Features are 32-bit integers, never strings: a word is hashed once per
 * token, and a feature template combines the template's number with one or
 * more such hashes by integer mixing. The inner loops of the tagger, parser
 * and NER therefore build no strings. Zero is reserved (an empty slot of the
 * model's hash table), so no feature hashes to it.
 */

/** FNV-1a over the UTF-16 code units of `s`, then a murmur3 finaliser. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** The same hash of `s.slice(from, to)`, without making the slice. */
export function hashSlice(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A feature from a template number and one value hash. Never 0. */
export function feature1(template: number, a: number): number {
  const h = fmix(Math.imul(template + 1, 0x9e3779b1) ^ a);
  return h === 0 ? 1 : h;
}

/** A feature from a template number and two value hashes. Never 0. */
export function feature2(template: number, a: number, b: number): number {
  const h = fmix(Math.imul(fmix(Math.imul(template + 1, 0x9e3779b1) ^ a), 0x85ebca77) ^ b);
  return h === 0 ? 1 : h;
}

/** A feature from a template number and three value hashes. Never 0. */
export function feature3(template: number, a: number, b: number, c: number): number {
  const h = fmix(Math.imul(fmix(Math.imul(fmix(Math.imul(template + 1, 0x9e3779b1) ^ a), 0x85ebca77) ^ b), 0xc2b2ae3d) ^ c);
  return h === 0 ? 1 : h;
}
