import { fileURLToPath } from 'node:url';
import type { MarkStyle } from './brownToText.ts';

/** Where the development set lives. */
export const DEV_SET_DIR = fileURLToPath(
  new URL('../../tests/fixtures/quotes-dev', import.meta.url),
);

/** Kinds a gold quotation can have; `other` is quoted text that is not anyone's words. */
export type GoldKind = 'direct' | 'partial' | 'other';

/** One hand-labelled quotation span of a development text. */
export type GoldQuote = {
  text: string;
  start: number;
  end: number;
  kind: GoldKind;
  /** Fullest name the text gives the speaker; null when unnamed, unclear or kind `other`. */
  speaker: string | null;
};

/** The labels file beside each development text. */
export type GoldFile = {
  file: string;
  source: string;
  quotes: GoldQuote[];
};

/**
 * Brown Corpus files in the set, by category. Press reportage (`ca*`) is held out for
 * independent evaluation and must never appear here.
 */
export const SOURCES: readonly string[] = [
  ...range('cb', 27),
  ...range('cc', 17),
  'ck02',
  'ck07',
  'ck10',
  'ck13',
  'cl01',
  'cl07',
  'cl09',
  'cl15',
  'cn04',
  'cn11',
  'cn20',
  'cn22',
  'cp01',
  'cp05',
  'cp10',
  'cp11',
];

function range(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);
}

/** Curly marks for odd-numbered files, straight for even, so both styles are covered. */
export function markStyleOf(id: string): MarkStyle {
  return Number(id.slice(2)) % 2 === 1 ? 'curly' : 'straight';
}

/** `brown-cb` for `cb07`. */
export function sourceOf(id: string): string {
  return `brown-${id.slice(0, 2)}`;
}
