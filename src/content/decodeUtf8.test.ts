// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8Byte } from './decodeUtf8.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, ...utf8('Kyiv — “yes”')))).toEqual({
      ok: true,
      value: 'Kyiv — “yes”',
    });
  });

  it('names the line of the first byte that is not UTF-8', () => {
    const result = decodeUtf8(bytes(...utf8('one\ntwo\nthr'), 0xe9, ...utf8('e\n'), 0xff));

    expect(result).toEqual({
      ok: false,
      error: { line: 3, message: expect.stringContaining('byte 0xE9 at offset 11') },
    });
  });

  it('calls a file with a NUL byte binary rather than badly encoded', () => {
    expect(decodeUtf8(bytes(0x47, 0x0a, 0x00))).toEqual({
      ok: false,
      error: { line: 2, message: expect.stringContaining('binary') },
    });
  });
});

describe('firstInvalidUtf8Byte', () => {
  it.each([
    ['an overlong encoding', [0x41, 0xc0, 0x80], 1],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a stray continuation byte', [0x41, 0x80], 1],
    ['a sequence cut off at the end', [0x41, 0xe2, 0x80], 1],
  ])('finds %s', (_name, input, expected) => {
    expect(firstInvalidUtf8Byte(bytes(...input))).toBe(expected);
  });

  it('agrees with a fatal TextDecoder on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        let decodes = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(input);
        } catch {
          decodes = false;
        }
        expect(firstInvalidUtf8Byte(input) === -1).toBe(decodes);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts any encoded string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(firstInvalidUtf8Byte(utf8(text))).toBe(-1);
      }),
    );
  });
});
