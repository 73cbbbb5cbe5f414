/**
 * The cue of an introduction with no reporting verb (a paragraph ending in a colon): its first
 * named subject, or the issuer of the document it opens with.
 */

import type { Mention } from '../mentions/mention.ts';
import { firstStartingAt, tokenIndexAt, type ParagraphNarration } from '../narration.ts';
import { DETERMINERS } from '../lexicon/commonWords.ts';
import { DOCUMENT_NOUNS } from '../lexicon/organisations.ts';
import type { CueMatch } from './cueMatch.ts';

/**
 * "The letter from the teachers' union, sent to the ministry on Monday, read:": a sentence that
 * opens with a document and who it is from quotes its issuer.
 */
function issuerOfDocument(
  paragraph: ParagraphNarration,
  sentence: { start: number; end: number },
  inSentence: readonly Mention[],
): Mention | undefined {
  const { tokens } = paragraph;
  let k = tokenIndexAt(tokens, sentence.start);
  if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
  if (!DOCUMENT_NOUNS.has(tokens[k]?.lower ?? '')) return undefined;
  if (!/^(?:from|by|of)$/.test(tokens[k + 1]?.lower ?? '')) return undefined;
  // The issuer's name follows the preposition, perhaps after an article ("the All India …").
  return inSentence.find((mention) => mention.first > k + 1 && mention.first <= k + 4);
}

/** The cue of an introduction with no reporting verb: its first named subject speaks. */
export function introductionSubject(
  paragraph: ParagraphNarration,
  sentence: { start: number; end: number },
): CueMatch | null {
  const { mentions } = paragraph;
  const inSentence: Mention[] = [];
  for (let m = firstStartingAt(mentions, sentence.start); m < mentions.length; m++) {
    const mention = mentions[m] as Mention;
    if (mention.start >= sentence.end) break;
    inSentence.push(mention);
  }
  // "TASS datelined Los Angeles:" names its subject first; "this quotation of J. Walter Carroll:"
  // names the speaker inside a phrase.
  // "a small article in the New York Times:" names its source after a preposition.
  const mention =
    issuerOfDocument(paragraph, sentence, inSentence) ??
    inSentence.find((candidate) => !candidate.oblique) ??
    inSentence.find((candidate) => candidate.kind === 'person') ??
    inSentence.at(-1);
  if (!mention) return null;
  return {
    verb: ':',
    start: sentence.end - 1,
    end: sentence.end,
    subject: { kind: 'mention', mention },
    adjacent: false,
  };
}
