/**
 * Ages the article gives people ("Emma Raducanu, 22,", "22-year-old Emma Raducanu", a lede's
 * aged someone new), which "the 22-year-old" refers back to.
 */

import type { Token } from '../tokenize.ts';
import type { ParagraphNarration } from '../narration.ts';
import type { Entity } from '../registry/entity.ts';
import type { SpeakerRegistry } from '../registry/speakerRegistry.ts';
import { AGE } from '../subjects/wordTests.ts';

export type StatedAge = { at: number; age: string; entity: Entity };

/** The years of an age used as a description: "22-year-old" → "22". */
export function yearsOf(age: string): string {
  return age.slice(0, age.indexOf('-'));
}

/**
 * Every person the article gives an age, in order: set off after the name ("Emma Raducanu, 22,")
 * or before it ("22-year-old Emma Raducanu"), and a lede's aged someone new.
 */
export function statedAges(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
): StatedAge[] {
  const ages: StatedAge[] = [];
  // The story's lede: after a headline, the first paragraph with words in this narration.
  const first = Math.max(
    0,
    narration.findIndex((paragraph) => paragraph.tokens.length > 0),
  );
  for (const index of [first, first + 1]) {
    const lede = ledeAge(narration, registry, index);
    if (lede) ages.push(lede);
  }
  for (const { tokens, mentions } of narration)
    for (const mention of mentions) {
      if (mention.kind !== 'person') continue;
      const after = tokens[mention.last + 1];
      const before = tokens[mention.first - 1];
      const age =
        /^,\s$/.test((tokens[mention.last] as Token).gap) &&
        after !== undefined &&
        /^\d{1,3}$/.test(after.word) &&
        /^[,.;]/.test(after.gap)
          ? after.word
          : before?.blank && AGE.test(before.lower)
            ? yearsOf(before.lower)
            : null;
      const entity = age === null ? null : registry.fromMention(mention);
      if (age !== null && entity?.kind === 'person') ages.push({ at: mention.start, age, entity });
    }
  return ages.sort((a, b) => a.at - b.at);
}

/**
 * "A 102-year-old woman has become …" ¶ "Vera Hopkins jumped …": a lede's aged someone new (in
 * the first sentence of paragraph `index`) is the person the next paragraph's first sentence
 * opens on.
 */
function ledeAge(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  index: number,
): StatedAge | null {
  const lede = narration[index];
  const next = narration[index + 1];
  if (!lede || !next) return null;
  const { tokens, sentences } = lede;
  const aged = tokens.findIndex(
    (token, k) =>
      token.start < (sentences[0]?.end ?? 0) &&
      AGE.test(token.lower) &&
      /^an?$/.test(tokens[k - 1]?.lower ?? ''),
  );
  const opener = next.mentions.find((mention) => mention.kind === 'person' && !mention.oblique);
  if (aged < 0 || !opener || opener.start >= (next.sentences[0]?.end ?? 0)) return null;
  const entity = registry.fromMention(opener);
  return entity?.kind === 'person'
    ? { at: opener.start, age: yearsOf((tokens[aged] as Token).lower), entity }
    : null;
}
