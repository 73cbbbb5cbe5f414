/**
 * Every named subject of a reporting verb in a paragraph's narration: who spoke, and where.
 */

import { isCueVerb } from '../cueVerbs.ts';
import type { Mention } from '../mentions/mention.ts';
import { tokenIndexAt, type ParagraphNarration } from '../narration.ts';
import { subjectAfter } from '../subjects/subjectAfter.ts';
import { subjectBefore } from '../subjects/subjectBefore.ts';
import type { Token } from '../tokenize.ts';

/**
 * Every named subject of a reporting verb in a paragraph's narration: who spoke, where, and
 * whether the name follows the verb after a clause ("…, recalled Balbir Rajewal").
 */
export function reportingSubjects(
  paragraph: ParagraphNarration,
): Array<{ at: number; mention: Mention; inverted: boolean }> {
  const found: Array<{ at: number; mention: Mention; inverted: boolean }> = [];
  const { tokens } = paragraph;
  for (const sentence of paragraph.sentences) {
    const from = tokenIndexAt(tokens, sentence.start);
    const to = tokenIndexAt(tokens, sentence.end);
    for (let v = from; v < to; v++) {
      if (!isCueVerb(tokens, v)) continue;
      const verb = tokens[v] as Token;
      // "Punjab saw such protests, recalled farm leader Balbir Rajewal.": after a clause and a
      // comma, the verb's subject follows it.
      const inverted =
        v > from && /,\s*$/.test((tokens[v - 1] as Token).gap)
          ? subjectAfter(paragraph, v + 1, sentence.end)
          : null;
      if (inverted?.kind === 'mention') {
        found.push({ at: verb.start, mention: inverted.mention, inverted: true });
        continue;
      }
      const subject = subjectBefore(paragraph, v, from)?.subject;
      if (subject?.kind === 'mention')
        found.push({ at: verb.start, mention: subject.mention, inverted: false });
    }
  }
  return found;
}
