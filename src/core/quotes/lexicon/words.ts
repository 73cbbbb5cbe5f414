/**
 * Builds a lexicon's set from a space-separated list. The lexicons the quote engine's rules
 * stand on (this folder) are lower-case; look-ups lower-case the word first.
 */

export const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));
