/**
 * Word tests both subject readers share: an age used as a description, "No 10", a word
 * without its final stop.
 */

import type { Token } from '../tokenize.ts';

/** An age used as a description: "the 22-year-old said", "the 69-year-old executive". */
export const AGE = /^\d{1,3}-year-old$/;

/** An age written as a number between commas: "Larry Dawes, 19, of Waco". */
export const AGE_NUMBER = /^\d{1,3}$/;

/** The word without one final full stop (`replace(/\.$/, '')` without a new string for most words). */
export function withoutStop(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** "No 10", "No. 10", "Number 10": the Prime Minister's office, in British copy. */
export function isNumberTen(words: readonly Token[]): boolean {
  return /^(?:no\.? 10|number 10)$/.test(words.map((part) => part.lower).join(' '));
}

export const DOWNING_STREET = ['Downing', 'Street'];
