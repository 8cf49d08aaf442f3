/**
 * Seeded randomness for training
 * ==============================
 *
 * Training shuffles its examples every epoch; a seeded generator (mulberry32)
 * makes `npm run train` give the same model bytes every time.
 */

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of `items` in place with a seeded generator. */
export function shuffleInPlace<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const x = items[i]!;
    items[i] = items[j]!;
    items[j] = x;
  }
  return items;
}
