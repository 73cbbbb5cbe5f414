import { isSpace } from '../text/sentences.ts';
import { NON_SPEECH_LEADS } from './lexicon/speechVerbs.ts';

/** A lead that says the quotation is not speech (`so-called`, `the film`) right before its mark. */
export const NON_SPEECH = new RegExp(
  `(?:^|[^\\p{L}])(?:${NON_SPEECH_LEADS.map((lead) => lead.replace(/[-\s]/g, '[-\\s]')).join('|')})(?:\\s+(?:the|a|an))?\\s*[,:]?\\s*$`,
  'iu',
);

/** `NON_SPEECH.test(text)`, most of the time without running it. */
export function endsWithNonSpeechLead(text: string): boolean {
  return mayEndWithLead(text) && NON_SPEECH.test(text);
}

/**
 * The last words `NON_SPEECH` can end on: each lead's last word and the words it may take after
 * it; null when a lead is not plain lower-case words, and the pattern must always run.
 */
const NON_SPEECH_ENDINGS: ReadonlySet<string> | null = NON_SPEECH_LEADS.every((lead) =>
  /^[a-z]+(?:[-\s][a-z]+)*$/.test(lead),
)
  ? new Set([...NON_SPEECH_LEADS.map((lead) => lead.split(/[-\s]/).at(-1) ?? ''), 'the', 'a', 'an'])
  : null;

/**
 * False only when `NON_SPEECH` cannot match `text`: its last word (before spaces and
 * one comma or colon) is none of the words the pattern ends on. Most quotations follow a verb or a
 * noun, so this spares the pattern, tried at each of the last 40 characters, for most of them.
 */
export function mayEndWithLead(text: string): boolean {
  if (!NON_SPEECH_ENDINGS) return true;
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  const last = text.charCodeAt(end - 1);
  if (end > 0 && (last === 44 || last === 58)) {
    end--;
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  }
  let start = end;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    // A character beyond ASCII: the pattern (with its Unicode letters and case folding) decides.
    if (code >= 0x80) return true;
    if ((code | 32) < 97 || (code | 32) > 122) break;
    start--;
  }
  return start < end && NON_SPEECH_ENDINGS.has(text.slice(start, end).toLowerCase());
}
