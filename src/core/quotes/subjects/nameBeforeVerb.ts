/**
 * A name that ends right before the verb, once what stands between is stepped over ("Peskov
 * said", "Sen. Dick Durbin of Illinois said", "The Duke of Sussex said"): who the name makes the
 * subject, which is not always the name itself.
 */

import type { Mention } from '../mentions/mention.ts';
import type { ParagraphNarration } from '../narration.ts';
import type { SubjectAt } from './subject.ts';
import { unnamedFrom, ownerBefore, subjectOpeningBefore } from './unnamedSubjects.ts';
import { leadingDeterminer } from './roleNouns.ts';
import {
  officerOf,
  titleBeforePlace,
  personBeforePlace,
  personBeforeInstitution,
  mentionSubject,
} from './namedSubjects.ts';

/**
 * The subject when the name `mention` ends right before the verb: the name itself ("Peskov
 * said"), or what the name only completes: someone unnamed from a place ("a resident of Buner
 * told AFP"), an office ("the president of the Chamber of Commerce said"), a title held for a
 * place ("The Duke of Sussex said"), the person before a place or an institution ("Sen. Dick
 * Durbin of Illinois said"), the noun it belongs to ("The family of Ravi Kumar said").
 */
export function subjectOfName(
  paragraph: ParagraphNarration,
  mention: Mention,
  min: number,
): SubjectAt {
  const { tokens } = paragraph;
  // "a resident of Buner told AFP", "a shopkeeper in Mingora said": someone unnamed, whom the
  // place only describes.
  const resident = unnamedFrom(tokens, mention, min);
  if (resident) return resident;
  // "the president of the Chamber of Commerce said": the officer, a role, speaks.
  const officeHolder = mention.kind === 'organisation' ? officerOf(tokens, mention, min) : null;
  if (officeHolder) return officeHolder;
  // "The Duke of Sussex said", "the Prince of Wales said": a title held for a place.
  const title = mention.kind === 'person' ? undefined : titleBeforePlace(tokens, mention, min);
  if (title) {
    // Never resolved like a pronoun: only someone introduced with the title holds it.
    return {
      subject: {
        kind: 'role',
        words: [title.token.lower],
        definite: false,
        at: title.token.start,
      },
      from: leadingDeterminer(tokens, title.index, min),
    };
  }
  // "Sen. Dick Durbin of Illinois said": the place only says where the person is from.
  const person =
    personBeforePlace(paragraph, mention, min) ??
    // "the Atlantic Council's Global China Hub": a name after an institution's possessive.
    (mention.kind === 'person' &&
    !mention.oblique &&
    !(paragraph.tokens[mention.first - 1]?.possessive === true)
      ? null
      : personBeforeInstitution(paragraph, mention, min));
  if (person) {
    return mentionSubject(tokens, person, min);
  }
  // "The family of Ravi Kumar said", "a bench of Justices Misra and Bhatti said": the name
  // only completes the noun that speaks, and that noun names nobody.
  const owner = ownerBefore(paragraph, mention, min);
  if (owner) return { subject: owner, from: mention.last };
  // "The wife of a businessman missing since a plane crashed off Montauk Point Sunday said": a
  // place after a preposition, deep in the sentence's subject, is not who speaks.
  const opening = subjectOpeningBefore(tokens, mention.first, min);
  if (opening) return opening;
  return mentionSubject(tokens, mention, min);
}
