import { sentenceEnd } from '../text/sentences.ts';

const MAX_HEADLINE = 110;
const MIN_CLAUSE = 40;

/**
 * A headline for an article that has none: its lead sentence, cut to at most ~110 characters
 * at a clause boundary (comma, semicolon, dash, colon) or else at a word boundary, never mid-word.
 */
export function deriveHeadline(lead: string): string {
  const sentence = firstSentence(lead).replace(/[.!?…]+$/, '');
  if (sentence.length <= MAX_HEADLINE) return sentence;
  const window = sentence.slice(0, MAX_HEADLINE + 2);
  let clauseCut = -1;
  for (const match of window.matchAll(/\s*(?:[,;:]\s|\s[—–-]\s)/g)) {
    if (match.index >= MIN_CLAUSE && match.index <= MAX_HEADLINE) clauseCut = match.index;
  }
  if (clauseCut > 0) return sentence.slice(0, clauseCut);
  const wordCut = sentence.slice(0, MAX_HEADLINE + 1).lastIndexOf(' ', MAX_HEADLINE - 1);
  const cut = wordCut > 0 ? wordCut : MAX_HEADLINE - 1;
  return `${sentence.slice(0, cut).replace(/[\s,;:—–-]+$/, '')}…`;
}

/** The first sentence of a paragraph, trimmed. */
export function firstSentence(paragraph: string): string {
  return paragraph.slice(0, sentenceEnd(paragraph, 0)).trim();
}

/** A one-sentence summary: the lead sentence, cut at a word boundary when it runs long. */
export function deriveSummary(lead: string, maxLength = 240): string {
  const sentence = firstSentence(lead);
  if (sentence.length <= maxLength) return sentence;
  const cut = sentence.lastIndexOf(' ', maxLength - 1);
  return `${sentence.slice(0, cut > 0 ? cut : maxLength - 1).replace(/[\s,;:]+$/, '')}…`;
}
