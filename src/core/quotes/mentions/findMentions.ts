/**
 * Finds the names in one paragraph's tokens: each capitalised run read as a name, then joined
 * to its neighbours (a shared surname, a place set off inside a phrase).
 */

import type { Token } from '../tokenize.ts';
import { firstNameGender } from '../firstNames.ts';
import type { Mention } from './mention.ts';
import { capitalisedRuns } from './capitalisedRuns.ts';
import { readRun } from './readRun.ts';

/** Finds the names in one paragraph's tokens, with their roles and grammatical hints. */
export function findMentions(tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  const runs = capitalisedRuns(tokens);
  for (let r = 0; r < runs.length; r += 2) {
    const mention = readRun(tokens, runs[r] as number, runs[r + 1] as number);
    if (!mention) continue;
    // "the deaths of Helen Ostrowski, 88, and Walter Finch, 91": a name joined by "and" to one
    // inside a phrase is inside it too.
    const previous = mentions[mentions.length - 1];
    if (previous?.oblique && mention.first - previous.last <= 5 && joinedByAnd(tokens, mention))
      mention.oblique = true;
    // "an expert at the University of California, Berkeley, said": a campus or a town set off
    // after an institution inside a phrase is inside it too ("An engineer with the Highway
    // Department, Carl Lindgren, said" and "The Inspector-General of Police, Kayode Egbetokun,
    // told" name a person there).
    if (
      (mention.words.length === 1 || firstNameGender(mention.words[0] ?? '') === undefined) &&
      previous?.oblique &&
      tokens[previous.first - (tokens[previous.first - 1]?.lower === 'the' ? 2 : 1)]?.lower !==
        'of' &&
      previous.kind === 'organisation' &&
      mention.first === previous.last + 1 &&
      (tokens[previous.last] as Token).gap === ', ' &&
      (tokens[mention.last] as Token).gap.startsWith(',')
    )
      mention.oblique = true;
    // "Darren and Michelle Lowe": two given names share the surname after the second.
    if (previous && sharesSurname(tokens, previous, mention)) {
      const surname = mention.words[1] as string;
      previous.words = [...previous.words, surname];
      previous.name = `${previous.name} ${surname}`;
      previous.kind = 'person';
    }
    mentions.push(mention);
  }
  return mentions;
}

/**
 * `previous` is a lone given name joined by "and" to `mention`, a given name and a surname:
 * "Darren and Michelle Lowe", "Bill and Maria Hoffman".
 */
function sharesSurname(tokens: readonly Token[], previous: Mention, mention: Mention): boolean {
  return (
    previous.words.length === 1 &&
    mention.words.length === 2 &&
    previous.last + 2 === mention.first &&
    tokens[previous.last + 1]?.lower === 'and' &&
    (tokens[previous.last] as Token).blank &&
    mention.kind === 'person' &&
    firstNameGender(previous.words[0] ?? '') !== undefined &&
    firstNameGender(mention.words[0] ?? '') !== undefined
  );
}

/** "and" stands right before the name, or before the titles that open it. */
function joinedByAnd(tokens: readonly Token[], mention: Mention): boolean {
  let k = mention.first - 1;
  while (k >= 0 && (tokens[k] as Token).capitalised && (tokens[k] as Token).blank) k--;
  return tokens[k]?.lower === 'and';
}
