/**
 * The subject phrase that ends right before a reporting verb ("Peskov said", "the spokesperson
 * said", "A man who found a python says"): a pronoun, a name, a role or an organisation.
 */

import { firstNameGender } from '../firstNames.ts';
import {
  COMMON_CAPITALISED,
  DETERMINERS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
} from '../lexicon/commonWords.ts';
import { GENDERED_PEOPLE, PEOPLE, ROLE_MODIFIERS, SPOKESPEOPLE } from '../lexicon/roles.ts';
import { CUE_ADVERBS } from '../lexicon/speechVerbs.ts';
import {
  DOCUMENT_NOUNS,
  NEWS_ORGANISATIONS,
  ORGANISATION_WORDS,
  SECTOR_NOUNS,
} from '../lexicon/organisations.ts';
import { NAME_PARTICLES } from '../lexicon/nameParticles.ts';
import { PLACES, isDemonym } from '../lexicon/places.ts';
import { TITLES } from '../lexicon/titles.ts';
import { startsSentence } from '../mentions/tokenTests.ts';
import { groupOpens } from '../mentions/runOpenings.ts';
import type { ParagraphNarration } from '../narration.ts';
import type { Token } from '../tokenize.ts';
import type { SubjectAt } from './subject.ts';
import { issuerBefore, principalOf, spokespersonForRole } from './speaksFor.ts';
import {
  describedUnnamed,
  unnamedFrom,
  ownerBefore,
  subjectOpeningBefore,
  indefiniteOpener,
} from './unnamedSubjects.ts';
import { isRoleNoun, leadingDeterminer, isModifierNoun, roleWords } from './roleNouns.ts';
import { beforeTimePhrase } from './appositives.ts';
import {
  completesTitle,
  officerOf,
  titleBeforePlace,
  personBeforePlace,
  personBeforeInstitution,
  mentionSubject,
  linksTitle,
  organisationIn,
  spelled,
} from './namedSubjects.ts';
import { AGE, isNumberTen, DOWNING_STREET } from './wordTests.ts';
import { whoAntecedent } from './whoAntecedent.ts';
import { nameInApposition, beforeAppositives } from './appositionsBeforeVerb.ts';
import { partOfGroup } from './partitives.ts';
import {
  bodyBeforeKnownPlace,
  spokespersonBeforePlace,
  beforeLocation,
  unnamedBeforePlace,
  bodyBeforePlace,
} from './placesAfterSubject.ts';

const CONJUNCTIONS = new Set(['and', 'but', 'or', 'nor', 'yet']);

const INDEFINITE_PRONOUNS = new Set(
  'anybody anyone somebody someone everybody everyone nobody whoever'.split(' '),
);

/**
 * An adverb or auxiliary between a subject and its verb ("also", "would"), stepped over; never a
 * name's last word ("Theresa May said"). A module function, not a closure per call: under tsx each
 * closure also costs a `__name` call.
 */
function adverbAt(paragraph: ParagraphNarration, at: number): boolean {
  const token = paragraph.tokens[at] as Token;
  return CUE_ADVERBS.has(token.lower) && token.blank && !paragraph.mentionByLast.get(at);
}

/**
 * The subject phrase that ends right before the verb at `v` (adverbs and an appositive may sit
 * between): a pronoun, a name, a role ("the spokesperson") or an organisation.
 */
export function subjectBefore(
  paragraph: ParagraphNarration,
  v: number,
  min: number,
): SubjectAt | null {
  const { tokens } = paragraph;
  let k = v - 1;
  while (k >= min && adverbAt(paragraph, k)) {
    // "The mayor was joined by Anne Kirkpatrick, who said": "who" stands for the person named
    // right before its comma, wherever that name sits in the sentence.
    const antecedent =
      (tokens[k] as Token).lower === 'who' ? whoAntecedent(paragraph, k, min) : undefined;
    if (antecedent)
      return { subject: { kind: 'mention', mention: antecedent }, from: antecedent.first };
    k--;
  }
  // "a statement from the Prime Minister's Office said": the office issuing it speaks.
  const issuer = issuerBefore(paragraph, k, min);
  if (issuer) return issuer;
  // "A grandmother who waited 13 hours for an ambulance has said", "a passenger who was at the
  // station told PTI": someone unnamed, described by a relative clause.
  const described = describedUnnamed(tokens, v, min);
  if (described) return described;
  // A place between the subject and the verb only says where the subject is.
  k = bodyBeforeKnownPlace(paragraph, k, min);
  k = spokespersonBeforePlace(tokens, k, min);
  const location = beforeLocation(paragraph, k, min);
  if (typeof location !== 'number') return location;
  k = location;
  // "one of them said", "two of the diplomats told Reuters": a part of a group names nobody.
  const part = partOfGroup(tokens, k, min);
  if (part) return part;
  // "another minister, a modest Methodist, who said": a relative whose antecedent is no name
  // stands for someone unnamed.
  const relative = tokens[k + 1]?.lower === 'who' && k + 1 < v;
  if (relative && k >= min && !paragraph.mentionByLast.get(k)) {
    const noun = tokens[k] as Token;
    return {
      subject: { kind: 'role', words: [noun.lower], definite: false, at: noun.start },
      from: k,
    };
  }
  // "the Council in 1949 declared", "Reed last week said": a time phrase sits between them
  // ("Sgt. Joe Friday said" ends in a surname).
  if (!paragraph.mentionByLast.get(k)) k = beforeTimePhrase(tokens, k, min);
  while (k >= min && adverbAt(paragraph, k)) k--;
  if (k < min) return null;
  // "Mr Reed's lawyer, Omar Haddad, said": the name in apposition is the speaker.
  const apposed = nameInApposition(paragraph, k, min);
  if (apposed) return { subject: { kind: 'mention', mention: apposed }, from: apposed.first };
  // "Smith, the mayor, said", "Rep. Kearns (R., Pa.) said": what is set off before the verb only
  // describes the name before it.
  k = beforeAppositives(paragraph, k, min);
  if (k < 0) return null;
  // "A Belgian businessman in Elisabethville, who declined to be named, said": after the clause
  // set off before the verb, the place only says where someone unnamed is.
  const unnamed = unnamedBeforePlace(paragraph, k, min);
  if (unnamed >= 0) k = unnamed;
  // "A spokesman for the Ford Motor Co. at Dearborn, Mich., said": the town after a body only
  // says where it is.
  else k = bodyBeforePlace(paragraph, k);
  // "presented the estimates in the Assembly and said": a second verb shares the clause's subject.
  if (CONJUNCTIONS.has((tokens[k] as Token).lower)) return null;
  // "in the New English Bible, which reads:", "a statement by the ministry that said": the
  // relative pronoun stands for the name just before it, even one inside a phrase.
  if (/^(?:who|which|that)$/.test((tokens[k] as Token).lower) && k - 1 >= min) {
    const antecedent = paragraph.mentionByLast.get(k - 1);
    if (antecedent)
      return { subject: { kind: 'mention', mention: antecedent }, from: antecedent.first };
  }

  const token = tokens[k] as Token;
  // "anybody who said", "someone told me": an indefinite pronoun names nobody.
  if (INDEFINITE_PRONOUNS.has(token.lower)) {
    return {
      subject: { kind: 'role', words: [token.lower], definite: false, at: token.start },
      from: k,
    };
  }
  if (SUBJECT_PRONOUNS.has(token.lower) || token.lower === 'i') {
    return { subject: { kind: 'pronoun', word: token.lower, at: token.start }, from: k };
  }
  const principal = principalOf(paragraph, k, min);
  if (principal) return principal;
  // "a Department for Environment, Food and Rural Affairs spokeswoman said": an indefinite
  // spokesperson after an institution's whole name, commas and all, speaks for it.
  const body = SPOKESPEOPLE.has(token.lower) ? paragraph.mentionByLast.get(k - 1) : undefined;
  if (
    body?.kind === 'organisation' &&
    body.first - 1 >= min &&
    (tokens[k - 1] as Token).blank &&
    /^an?$/.test((tokens[body.first - 1] as Token).lower)
  )
    return { subject: { kind: 'mention', mention: body }, from: body.first - 1 };
  const atK = paragraph.mentionByLast.get(k);
  // "The Minister for Housing said", "the Secretary of State for Health said": a name after a
  // title's "for" or "to" completes the title, which is read below as a role.
  const mention = atK && !completesTitle(tokens, atK) ? atK : undefined;
  // "a resident of Buner told AFP", "a shopkeeper in Mingora said": someone unnamed, whom the
  // place only describes.
  const resident = mention ? unnamedFrom(tokens, mention, min) : null;
  if (resident) return resident;
  // "the president of the Chamber of Commerce said": the officer, a role, speaks.
  const officeHolder = mention?.kind === 'organisation' ? officerOf(tokens, mention, min) : null;
  if (officeHolder) return officeHolder;
  if (mention) {
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
    if (owner) return { subject: owner, from: k };
    // "The wife of a businessman missing since a plane crashed off Montauk Point Sunday said": a
    // place after a preposition, deep in the sentence's subject, is not who speaks.
    const opening = subjectOpeningBefore(tokens, mention.first, min);
    if (opening) return opening;
    return mentionSubject(tokens, mention, min);
  }
  // A phrase of role words and capitalised words: "the new U.S. Assistant Secretary of State".
  let j = k;
  while (j - 1 >= min) {
    const previous = tokens[j - 1] as Token;
    const before = tokens[j - 2];
    // "the JD(S) leader": a party's bracketed letter is part of its name.
    if (
      /^\) $/.test(previous.gap) &&
      before?.gap === '(' &&
      before.capitalised &&
      previous.capitalised &&
      j - 2 >= min
    ) {
      j -= 2;
      continue;
    }
    const joinable =
      previous.blank &&
      (previous.capitalised ||
        isRoleNoun(previous.lower) ||
        TITLES.has(previous.lower) ||
        ROLE_MODIFIERS.has(previous.lower) ||
        NAME_PARTICLES.has(previous.lower) ||
        // "the 35-year-old former deputy chief minister said".
        AGE.test(previous.lower) ||
        // "a No 10 spokeswoman", "a Channel 4 spokesperson": a number completes the name before it.
        (/^\d+$/.test(previous.lower) &&
          before !== undefined &&
          before.capitalised &&
          before.blank) ||
        (previous.lower === 'of' &&
          before !== undefined &&
          before.blank &&
          (before.capitalised || isRoleNoun(before.lower))) ||
        // "the Minister for Housing", "the Commissioner for Trade": a title and its portfolio.
        linksTitle(tokens, j - 1) ||
        // "A Department for Education spokesperson", "A Department of Health and Social Care
        // spokesperson": an institution's name with "for" or "and" inside.
        ((previous.lower === 'for' || previous.lower === 'and') &&
          SPOKESPEOPLE.has(token.lower) &&
          before !== undefined &&
          before.blank &&
          before.capitalised &&
          (tokens[j] as Token).capitalised) ||
        // "a senior police officer", "a defence ministry official": nouns modifying the role.
        // "the poll body": and nouns modifying an institution's.
        // "the water utility", "the state airline": and a firm's kind.
        ((isRoleNoun(token.lower) ||
          ORGANISATION_WORDS.has(token.lower) ||
          SECTOR_NOUNS.has(token.lower) ||
          // "a motel clerk", "A former county tax assessor": after "a", any noun's.
          (!token.capitalised && indefiniteOpener(tokens, k, min, 4, true) >= 0)) &&
          k - j < 3 &&
          isModifierNoun(previous.lower)));
    if (!joinable) break;
    j--;
  }
  // "Rep. Jim Jordan of Ohio said", "Mayor Eric Adams of New York said": the person named before
  // "of" speaks; the place only says where from.
  for (let p = j + 1; p < k; p++) {
    if ((tokens[p] as Token).lower !== 'of') continue;
    const person = paragraph.mentionByLast.get(p - 1);
    if (person?.kind === 'person') {
      return mentionSubject(tokens, person, min);
    }
  }
  const phrase = tokens.slice(j, k + 1);
  // "the city's water utility": a possessive noun after "the" is the phrase's determiner.
  const owner = tokens[j - 1];
  const owned =
    j - 2 >= min &&
    owner?.possessive === true &&
    owner.blank &&
    !owner.capitalised &&
    tokens[j - 2]?.lower === 'the' &&
    SECTOR_NOUNS.has(token.lower);
  const from = owned ? j - 2 : leadingDeterminer(tokens, j, min);
  // "The family of the victim said": the phrase only completes a larger subject.
  const governing = tokens[from - 1];
  if (from - 1 >= min && governing?.blank && PREPOSITIONS.has(governing.lower))
    return spokespersonForRole(tokens, phrase, from, min);
  // "Israel and the United States condemned": a subject of several names no one speaks for.
  if (
    from - 2 >= min &&
    (governing?.lower === 'and' || governing?.lower === 'or') &&
    tokens[from - 2]?.capitalised
  )
    return null;
  const determiner = from < j ? (tokens[from] as Token).lower : (phrase[0] as Token).lower;
  const at = (phrase[0] as Token).start;
  const named = phrase.filter((part) => !DETERMINERS.has(part.lower));
  if (named.length === 0) return null;
  const definite = determiner === 'the' || determiner === 'this';
  // "Gary Player won. … "…," Player said.": a capitalised common word or role noun alone inside
  // a sentence may be the surname of someone named before ("Player", "Rice", "Home").
  const surname =
    phrase.length === 1 &&
    from === j &&
    token.capitalised &&
    // right after a quotation ("…," Player said) or inside a sentence
    (k === min || !startsSentence(tokens, k))
      ? {
          subject: {
            kind: 'role' as const,
            words: [token.lower],
            definite,
            at,
            surname: true as const,
          },
          from,
        }
      : null;
  if (surname && isRoleNoun(token.lower)) return surname;
  // "one rescuer said": or "one" ("no one", "the one" are no one new).
  const fresh =
    /^(?:a|an|another)$/.test(determiner) ||
    (determiner === 'one' &&
      from < j &&
      !DETERMINERS.has(tokens[from - 1]?.lower ?? '') &&
      tokens[from - 1]?.lower !== 'no')
      ? { fresh: true as const }
      : {};
  // "the Bench observed", "The Division Bench said": a court's bench, however capitalised.
  if (token.lower === 'bench')
    return { subject: { kind: 'role', words: ['bench'], definite, at, ...fresh }, from };
  if (
    named.some((part) => isRoleNoun(part.lower) && !part.capitalised) ||
    isRoleNoun(token.lower)
  ) {
    // "A Home Office spokesperson said": a spokesperson speaks for the institution named.
    // "the Kremlin spokesman said" after "Kremlin spokesman Dmitry Peskov": a definite one is
    // the person introduced with the role, found as a role.
    const institution =
      SPOKESPEOPLE.has(token.lower) && !definite ? organisationIn(paragraph, j, k) : null;
    if (institution) return { subject: { kind: 'mention', mention: institution }, from };
    // "A Tesco spokeswoman", "A Kremlin spokesman", "A BJP spokesperson": whatever the name
    // before the spokesperson, it is an institution's, unless it is a person's or a place's.
    const owner = named.slice(0, -1);
    // "a No 10 spokesperson", "a Number 10 spokesman": the Prime Minister's office.
    if (SPOKESPEOPLE.has(token.lower) && isNumberTen(owner))
      return { subject: { kind: 'organisation', words: DOWNING_STREET, at }, from };
    if (
      SPOKESPEOPLE.has(token.lower) &&
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
  if (AGE.test(token.lower) && definite) {
    // "the 22-year-old said": a description of someone already in the story.
    return { subject: { kind: 'role', words: [token.lower], definite, at }, from };
  }
  if (
    !token.capitalised &&
    ORGANISATION_WORDS.has(token.lower) &&
    named.some((part) => part.capitalised && !COMMON_CAPITALISED.has(part.lower))
  ) {
    // "the Chinese foreign ministry said", "the Indian army said": a named institution in lower case.
    // "The opposition Chadema party", "The United Auto Workers union": a kind of body after its
    // name, and the words before that, only describe it.
    const name = named.filter((part) => part.capitalised);
    if (
      KIND_OF_BODY.has(token.lower) &&
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
  if (PEOPLE.has(token.lower) && 'fresh' in fresh)
    return { subject: { kind: 'role', words: [token.lower], definite, at, ...fresh }, from };
  // "a patrolman said", "a motel clerk told reporters": someone unnamed, whatever the noun.
  if (
    'fresh' in fresh &&
    !token.capitalised &&
    /^\p{Ll}{3,}$/u.test(token.lower) &&
    // "“The Garrick Gaieties,” an impressive forecast of …": an adjective heads no subject.
    !/(?:ive|ous|ful|able|ible|ic|less)$/.test(token.lower) &&
    !DOCUMENT_NOUNS.has(token.lower) &&
    named.length <= 4
  )
    return { subject: { kind: 'role', words: [token.lower], definite, at, ...fresh }, from };
  if (!token.capitalised) {
    // "the jury said": a definite noun may name an organisation introduced earlier
    // ("the Riverton County Grand Jury"); it is never resolved like a pronoun.
    if (!definite || !/^\p{Ll}{3,}$/u.test(token.lower)) return null;
    // "the 68-year-old industrialist said": with an age, a person already in the story; "the
    // Offaly man said", "the Cavan woman said": so with a place's name before man or woman.
    const aged = named.some((part) => AGE.test(part.lower));
    const placed =
      /^(?:man|woman|native)$/.test(token.lower) && (named.at(-2)?.capitalised ?? false);
    // "the youngster said", "the rookie said", "the boy said": words for a person, never for an
    // office.
    const epithet = PERSON_EPITHETS.has(token.lower) || GENDERED_PEOPLE.has(token.lower);
    return {
      subject: { kind: 'role', words: [token.lower], definite: aged || placed || epithet, at },
      from,
    };
  }
  if (named.every((part) => COMMON_CAPITALISED.has(part.lower))) return surname;
  // "Witnesses said", "Firemen said": a plural noun for people opening the sentence is no name;
  // they are people not met before, who still report ("the attack happened "very fast"" is
  // their partial quotation). "Police said" is read as "police said" is (the word also names
  // a body, which "the police" may stand for).
  if (named.length === 1 && groupOpens(tokens, from, from))
    return ORGANISATION_WORDS.has(token.lower)
      ? null
      : { subject: { kind: 'role', words: [token.lower], definite: false, at, fresh: true }, from };
  // "the South African said", "the Pakistani said": a demonym for one person is a description
  // of someone in the story; "the British said" and "the United States said" are states.
  // "the 24-year-old Queenslander said", "the little Glaswegian said": or a people's name
  // after words that describe the person.
  if (
    definite &&
    ((named.every((part) => PLACES.has(part.lower)) &&
      /(?:an|i)$/.test(token.lower) &&
      !/(?:stan|[dprw]an)$/.test(token.lower)) ||
      (isDemonym(token.word) && named.slice(0, -1).every((part) => !part.capitalised)))
  )
    return { subject: { kind: 'role', words: [token.lower], definite, at }, from };
  const organisational = named.some(
    (part) => ORGANISATION_WORDS.has(part.lower) || NEWS_ORGANISATIONS.has(part.lower),
  );
  // "the Army Chief said": an institution's officer is a role.
  const officer = definite && isRoleNoun(token.lower) && !ORGANISATION_WORDS.has(token.lower);
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
