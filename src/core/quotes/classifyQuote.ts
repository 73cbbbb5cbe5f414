import type { QuoteKind } from '../schema.ts';
import type { CueMatch } from './cues.ts';
import { NON_SPEECH_LEADS, SPEECH_VERBS } from './lexicon.ts';

/** What the classifier needs to know about one quotation and its surroundings. */
export type QuoteContext = {
  /** The quoted words. */
  text: string;
  /** The narration of the sentence before the opening mark (masked text). */
  before: string;
  cue: CueMatch | null;
};

const SENTENCE_INSIDE = /[.!?…]["'”’)]*\s+["'“‘(]?\p{Lu}/u;
const NON_SPEECH = new RegExp(
  `(?:^|[^\\p{L}])(?:${NON_SPEECH_LEADS.map((lead) => lead.replace(/[-\s]/g, '[-\\s]')).join('|')})(?:\\s+(?:the|a|an|as))?\\s*[,:]?\\s*$`,
  'iu',
);

/**
 * Direct speech, a partial quotation inside the writer's sentence, or quotation marks that are not
 * speech at all (scare quotes, titles, nicknames): `other` quotations get no speaker.
 */
export function classifyQuote({ text, before, cue }: QuoteContext): QuoteKind {
  if (NON_SPEECH.test(before)) return 'other';
  const lastChar = before.replace(/\s+$/, '').slice(-1);
  const embedded = /[\p{L}\p{N}]/u.test(lastChar);
  const words = text.split(/\s+/).filter(Boolean).length;
  const speaksWholeSentence = SENTENCE_INSIDE.test(text);
  if (!embedded) {
    if (cue || speaksWholeSentence || /[.!?…,]$/.test(text) || words > 4) return 'direct';
    return 'other';
  }
  const previousWord = /([\p{L}]+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  const introducedBySpeechVerb = SPEECH_VERBS.has(previousWord) && /^\p{Lu}/u.test(text);
  if (introducedBySpeechVerb || speaksWholeSentence) return 'direct';
  return cue ? 'partial' : 'other';
}
