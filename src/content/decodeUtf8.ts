import { err, ok, type Result } from '../core/result.ts';

/** Why a file's bytes are not text we can read, and the 1-based line where that shows. */
export type DecodeError = { line: number; message: string };

/** Git's heuristic: a NUL byte early in a file means it is binary, not text in some encoding. */
const BINARY_SNIFF_BYTES = 8000;

/**
 * Decodes a content file as strict UTF-8 (a BOM is dropped), or says where it stops being UTF-8.
 * Strict, because a silently replaced byte would become a wrong letter in a quotation.
 */
export function decodeUtf8(bytes: Uint8Array): Result<string, DecodeError> {
  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul >= 0) {
    return err({
      line: lineOfByte(bytes, nul),
      message: 'looks like a binary file (NUL byte), not a text article',
    });
  }
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    const bad = firstInvalidUtf8Byte(bytes);
    const at = Math.max(bad, 0);
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return err({
      line: lineOfByte(bytes, at),
      message: `not valid UTF-8 (byte 0x${byte} at offset ${at}); save the file as UTF-8`,
    });
  }
}

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1.
 * Follows the table of well-formed sequences in the Unicode standard (no overlongs, no surrogates,
 * nothing above U+10FFFF), which is what a fatal TextDecoder rejects.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const at = (i: number) => bytes[i] ?? -1;
  let i = 0;
  while (i < bytes.length) {
    const lead = at(i);
    if (lead < 0x80) {
      i++;
      continue;
    }
    const shape = sequenceShape(lead);
    if (!shape) return i;
    const [length, low, high] = shape;
    for (let k = 1; k < length; k++) {
      const byte = at(i + k);
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (byte < min || byte > max) return i;
    }
    i += length;
  }
  return -1;
}

/** Sequence length and the allowed range of its second byte, for a lead byte ≥ 0x80. */
function sequenceShape(lead: number): [number, number, number] | null {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return null;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
