/**
 * What the head noun of a subject phrase makes of it: a role ("the spokesperson said", "the
 * 22-year-old said", "a patrolman said"), an institution ("A Tesco spokeswoman said", "the Chinese
 * foreign ministry said"), a surname ("…," Player said), someone unnamed ("Witnesses said").
 */

import { firstNameGender } from '../firstNames.ts';
import { COMMON_CAPITALISED } from '../lexicon/commonWords.ts';
import { GENDERED_PEOPLE, PEOPLE, SPOKESPEOPLE } from '../lexicon/roles.ts';
import {
  DOCUMENT_NOUNS,
  NEWS_ORGANISATIONS,
  ORGANISATION_WORDS,
} from '../lexicon/organisations.ts';
import { PLACES, isDemonym } from '../lexicon/places.ts';
import { TITLES } from '../lexicon/titles.ts';
import { groupOpens } from '../mentions/runOpenings.ts';
import type { ParagraphNarration } from '../narration.ts';
import type { Token } from '../tokenize.ts';
import type { SubjectAt } from './subject.ts';
import { isRoleNoun, roleWords } from './roleNouns.ts';
import { organisationIn, spelled } from './namedSubjects.ts';
import { AGE, isNumberTen, DOWNING_STREET } from './wordTests.ts';
import { LONG_LOWER_WORD } from '../../text/wordShapes.ts';

/** A subject phrase read up to its head noun (see `phraseSubject`). */
export type PhraseHead = {
  readonly paragraph: ParagraphNarration;
  /** The phrase's first token, after its determiner. */
  readonly j: number;
  /** The phrase's last token, its head noun's. */
  readonly k: number;
  /** Where the subject opens: its determiner (or a possessive before it), or `j`. */
  readonly from: number;
  /** The last word, which says what the phrase is. */
  readonly head: Token;
  /** The phrase's words but its determiners; never empty. */
  readonly named: readonly Token[];
  /** Opened by "the" or "this". */
  readonly definite: boolean;
  /** Where the phrase starts in the text. */
  readonly at: number;
  /** `{ fresh: true }` after "a", "an", "another" or a lone "one": someone not met before. */
  readonly fresh: { readonly fresh?: true };
  /** The phrase read as a surname ("…," Player said), when it is one capitalised word. */
  readonly surname: SubjectAt | null;
};

/**
 * Who the subject phrase names, by its head noun: a role noun, an age, a body's kind, a noun for
 * a person, a demonym, or capitalised words (an organisation's name).
 */
export function headSubject(phrase: PhraseHead): SubjectAt | null {
  const { paragraph, j, k, from, head, named, definite, at, fresh, surname } = phrase;
  const { tokens } = paragraph;
  if (surname && isRoleNoun(head.lower)) return surname;
  // "the Bench observed", "The Division Bench said": a court's bench, however capitalised.
  if (head.lower === 'bench')
    return { subject: { kind: 'role', words: ['bench'], definite, at, ...fresh }, from };
  if (named.some((part) => isRoleNoun(part.lower) && !part.capitalised) || isRoleNoun(head.lower)) {
    // "A Home Office spokesperson said": a spokesperson speaks for the institution named.
    // "the Kremlin spokesman said" after "Kremlin spokesman Dmitry Peskov": a definite one is
    // the person introduced with the role, found as a role.
    const institution =
      SPOKESPEOPLE.has(head.lower) && !definite ? organisationIn(paragraph, j, k) : null;
    if (institution) return { subject: { kind: 'mention', mention: institution }, from };
    // "A Tesco spokeswoman", "A Kremlin spokesman", "A BJP spokesperson": whatever the name
    // before the spokesperson, it is an institution's, unless it is a person's or a place's.
    const owner = named.slice(0, -1);
    // "a No 10 spokesperson", "a Number 10 spokesman": the Prime Minister's office.
    if (SPOKESPEOPLE.has(head.lower) && isNumberTen(owner))
      return { subject: { kind: 'organisation', words: DOWNING_STREET, at }, from };
    if (
      SPOKESPEOPLE.has(head.lower) &&
      !definite &&
      owner.length > 0 &&
      owner.every(
        (part) => part.capitalised && !TITLES.has(part.lower) && !isRoleNoun(part.lower),
      ) &&
      firstNameGender((owner[0] as Token).word) === undefined &&
      !PLACES.has(owner.map((part) => part.lower).join(' '))
    )
      return {
        subject: { kind: 'organisation', words: spelled(owner), at: (owner[0] as Token).start },
        from,
      };
    return { subject: { kind: 'role', words: roleWords(named), definite, at, ...fresh }, from };
  }
  if (AGE.test(head.lower) && definite) {
    // "the 22-year-old said": a description of someone already in the story.
    return { subject: { kind: 'role', words: [head.lower], definite, at }, from };
  }
  if (
    !head.capitalised &&
    ORGANISATION_WORDS.has(head.lower) &&
    named.some((part) => part.capitalised && !COMMON_CAPITALISED.has(part.lower))
  ) {
    // "the Chinese foreign ministry said", "the Indian army said": a named institution in lower case.
    // "The opposition Chadema party", "The United Auto Workers union": a kind of body after its
    // name, and the words before that, only describe it.
    const name = named.filter((part) => part.capitalised);
    if (
      KIND_OF_BODY.has(head.lower) &&
      !name.every((part) => PLACES.has(part.lower)) &&
      named.indexOf(name[name.length - 1] as Token) === named.length - 2
    )
      return {
        subject: { kind: 'organisation', words: spelled(name), at: (name[0] as Token).start },
        from,
      };
    return { subject: { kind: 'organisation', words: spelled(named), at }, from };
  }
  // "a Galveston woman said": someone unnamed, whom the place only describes.
  if (PEOPLE.has(head.lower) && 'fresh' in fresh)
    return { subject: { kind: 'role', words: [head.lower], definite, at, ...fresh }, from };
  // "a patrolman said", "a motel clerk told reporters": someone unnamed, whatever the noun.
  if (
    'fresh' in fresh &&
    !head.capitalised &&
    LONG_LOWER_WORD.test(head.lower) &&
    // "“The Garrick Gaieties,” an impressive forecast of …": an adjective heads no subject.
    !/(?:ive|ous|ful|able|ible|ic|less)$/.test(head.lower) &&
    !DOCUMENT_NOUNS.has(head.lower) &&
    named.length <= 4
  )
    return { subject: { kind: 'role', words: [head.lower], definite, at, ...fresh }, from };
  if (!head.capitalised) {
    // "the jury said": a definite noun may name an organisation introduced earlier
    // ("the Riverton County Grand Jury"); it is never resolved like a pronoun.
    if (!definite || !LONG_LOWER_WORD.test(head.lower)) return null;
    // "the 68-year-old industrialist said": with an age, a person already in the story; "the
    // Offaly man said", "the Cavan woman said": so with a place's name before man or woman.
    const aged = named.some((part) => AGE.test(part.lower));
    const placed =
      /^(?:man|woman|native)$/.test(head.lower) && (named.at(-2)?.capitalised ?? false);
    // "the youngster said", "the rookie said", "the boy said": words for a person, never for an
    // office.
    const epithet = PERSON_EPITHETS.has(head.lower) || GENDERED_PEOPLE.has(head.lower);
    return {
      subject: { kind: 'role', words: [head.lower], definite: aged || placed || epithet, at },
      from,
    };
  }
  if (named.every((part) => COMMON_CAPITALISED.has(part.lower))) return surname;
  // "Witnesses said", "Firemen said": a plural noun for people opening the sentence is no name;
  // they are people not met before, who still report ("the attack happened "very fast"" is
  // their partial quotation). "Police said" is read as "police said" is (the word also names
  // a body, which "the police" may stand for).
  if (named.length === 1 && groupOpens(tokens, from, from))
    return ORGANISATION_WORDS.has(head.lower)
      ? null
      : { subject: { kind: 'role', words: [head.lower], definite: false, at, fresh: true }, from };
  // "the South African said", "the Pakistani said": a demonym for one person is a description
  // of someone in the story; "the British said" and "the United States said" are states.
  // "the 24-year-old Queenslander said", "the little Glaswegian said": or a people's name
  // after words that describe the person.
  if (
    definite &&
    ((named.every((part) => PLACES.has(part.lower)) &&
      /(?:an|i)$/.test(head.lower) &&
      !/(?:stan|[dprw]an)$/.test(head.lower)) ||
      (isDemonym(head.word) && named.slice(0, -1).every((part) => !part.capitalised)))
  )
    return { subject: { kind: 'role', words: [head.lower], definite, at }, from };
  const organisational = named.some(
    (part) => ORGANISATION_WORDS.has(part.lower) || NEWS_ORGANISATIONS.has(part.lower),
  );
  // "the Army Chief said": an institution's officer is a role.
  const officer = definite && isRoleNoun(head.lower) && !ORGANISATION_WORDS.has(head.lower);
  if (
    named.some((part) => TITLES.has(part.lower) || isRoleNoun(part.lower)) &&
    (!organisational || officer)
  ) {
    return { subject: { kind: 'role', words: roleWords(named), definite, at, ...fresh }, from };
  }
  return { subject: { kind: 'organisation', words: spelled(named), at }, from };
}
/** Kinds of body written after a name: "the Likud party", "the United Auto Workers union". */
const KIND_OF_BODY = new Set(['party', 'union', 'alliance', 'coalition', 'movement', 'group']);

/** Nouns sports and feature copy calls the person the passage is about. */
const PERSON_EPITHETS = new Set([
  'youngster',
  'teenager',
  'teen-ager',
  'rookie',
  'newcomer',
  'veteran',
  'lefty',
  'southpaw',
  'right-hander',
  'left-hander',
  'slugger',
  'sophomore',
]);
