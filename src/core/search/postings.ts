import { err, ok, type Result } from '../result.ts';

/**
 * A posting list is the ascending list of article numbers a term occurs in. On the wire it is
 * the gaps between them in base 36, comma-separated ("0,1,a" = 0, 1, 11): a string keeps the JSON
 * cheap to check against the schema, and small gaps compress well.
 */
export function encodePostings(ordinals: readonly number[]): string {
  let previous = 0;
  return ordinals
    .map((ordinal, index) => {
      const gap = index === 0 ? ordinal : ordinal - previous;
      previous = ordinal;
      return gap.toString(36);
    })
    .join(',');
}

const GAP = /^[0-9a-z]+$/;

/** Reads a posting list back; anything but ascending base-36 gaps is an error, not a guess. */
export function decodePostings(encoded: string, docCount: number): Result<Uint32Array, string> {
  if (encoded === '') return ok(new Uint32Array(0));
  const parts = encoded.split(',');
  const ordinals = new Uint32Array(parts.length);
  let previous = -1;
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    const gap = GAP.test(part) ? parseInt(part, 36) : NaN;
    const ordinal = i === 0 ? gap : previous + gap;
    if (!Number.isSafeInteger(ordinal) || (i > 0 && gap === 0) || ordinal >= docCount) {
      return err(`posting ${i + 1} ("${part}") is not an ascending article number`);
    }
    ordinals[i] = ordinal;
    previous = ordinal;
  }
  return ok(ordinals);
}
