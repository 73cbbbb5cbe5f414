import { firstNameGender } from './firstNames.ts';
import { mapPacked } from '../text/mapPacked.ts';
import {
  COMMON_CAPITALISED,
  HYPHENED_PARTICLE,
  OCCUPATION,
  CUE_ADVERBS,
  DETERMINERS,
  KIN_NOUNS,
  DOCUMENT_NOUNS,
  FIRM_NOUNS,
  NAME_PARTICLES,
  NEWS_ORGANISATIONS,
  ORGANISATION_WORDS,
  INDEFINITES,
  PARTIES,
  PEOPLE,
  PLACES,
  PREPOSITIONS,
  ROLE_ACRONYMS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  singularOfRole,
  SECTOR_NOUNS,
  SUBJECT_PRONOUNS,
  TITLES,
  WEEKDAYS,
  STANDALONE_TIMES,
  SPOKESPEOPLE,
  isDemonym,
} from './lexicon.ts';
import { modifierWord } from './mentions/roleModifiers.ts';
import { startsSentence } from './mentions/tokenTests.ts';
import type { Mention } from './mentions/mention.ts';
import { firstStartingAt, type ParagraphNarration } from './narration.ts';
import type { Token } from './tokenize.ts';

const CONJUNCTIONS = new Set(['and', 'but', 'or', 'nor', 'yet']);

const INDEFINITE_PRONOUNS = new Set(
  'anybody anyone somebody someone everybody everyone nobody whoever'.split(' '),
);

/** Words that join a clause to the sentence: what follows them is a new subject. */
const CLAUSE_LINKS = new Set(
  'and but or nor yet while whereas as when although though because since if after before until unless where'.split(
    ' ',
  ),
);
/** An age used as a description: "the 22-year-old said". */
const AGE = /^\d{1,3}-year-old$/;

/** A lower-case word that can modify a role noun: not a function word, a pronoun or a verb form. */
export function isModifierNoun(word: string): boolean {
  return (
    // "left-arm quick", "state-run lender": hyphened modifiers too.
    /^\p{Ll}{3,}$|^\p{Ll}+-\p{Ll}+$/u.test(word) &&
    !DETERMINERS.has(word) &&
    !CLAUSE_LINKS.has(word) &&
    !PREPOSITIONS.has(word) &&
    !SUBJECT_PRONOUNS.has(word) &&
    !CUE_ADVERBS.has(word) &&
    !/(?:ed|ing|ly)$/.test(word)
  );
}

/** Who a cue says is speaking, before it is resolved to a person. */
export type Subject =
  | { kind: 'pronoun'; word: string; at: number }
  | { kind: 'mention'; mention: Mention }
  | {
      kind: 'role';
      words: string[];
      definite: boolean;
      at: number;
      /** Opened by "a", "an" or "another": someone not met before, whatever their role. */
      fresh?: true;
      /** A capitalised common word alone ("Player said"): a surname, if anyone's. */
      surname?: true;
    }
  | { kind: 'organisation'; words: string[]; at: number };

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
): { subject: Subject; from: number } | null {
  const { tokens } = paragraph;
  let k = v - 1;
  while (k >= min && adverbAt(paragraph, k)) {
    // "The mayor was joined by Anne Kirkpatrick, who said": "who" stands for the person named
    // right before its comma, wherever that name sits in the sentence.
    const antecedent = paragraph.mentionByLast.get(k - 1);
    if (
      (tokens[k] as Token).lower === 'who' &&
      k - 1 >= min &&
      antecedent?.kind === 'person' &&
      /^,\s$/.test((tokens[k - 1] as Token).gap)
    )
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
  // "The Foreign Affairs Ministry in Dhaka said", "The Weather Bureau at Boston said": a place
  // after "in", "at" or "near" only says where it is.
  if (
    k - 2 >= min &&
    (tokens[k] as Token).capitalised &&
    PLACES.has((tokens[k] as Token).lower) &&
    /^(?:in|at|near)$/.test(tokens[k - 1]?.lower ?? '') &&
    paragraph.mentionByLast.get(k - 2)?.kind === 'organisation'
  )
    k -= 2;
  // "A Bureau of Mines spokesman in Washington said", "a Northwest spokesman in New York said":
  // where an institution's spokesperson is ("A spokeswoman at Gatwick" speaks for the place).
  let place = k;
  while (
    place > k - 3 &&
    place - 1 >= min &&
    (tokens[place - 1] as Token).capitalised &&
    (tokens[place - 1] as Token).blank
  )
    place--;
  if (
    place - 3 >= min &&
    (tokens[k] as Token).capitalised &&
    (tokens[k] as Token).blank &&
    /^(?:in|at)$/.test((tokens[place - 1] as Token).lower) &&
    SPOKESPEOPLE.has((tokens[place - 2] as Token).lower) &&
    (tokens[place - 2] as Token).blank &&
    (tokens[place - 3] as Token).capitalised &&
    (tokens[place - 3] as Token).blank &&
    !DETERMINERS.has((tokens[place - 3] as Token).lower)
  )
    k = place - 2;
  // "Judge William Alsup in San Francisco said", "Mary Lee of Cornell said": a name after a
  // person's name and "in", "of", "at" or "from" says where the person is.
  const located = paragraph.mentionByLast.get(k);
  // "at the Peterson Institute": the article may come between.
  const preposition = located
    ? located.first - (tokens[located.first - 1]?.lower === 'the' ? 2 : 1)
    : -1;
  const placed = preposition - 1 >= min ? paragraph.mentionByLast.get(preposition - 1) : undefined;
  const link = tokens[preposition]?.lower ?? '';
  const head = tokens[preposition - 1];
  if (
    located?.oblique &&
    /^(?:in|of|at|from|near)$/.test(link) &&
    head?.blank === true &&
    ((placed?.kind === 'person' && !placed.oblique && link !== 'near') ||
      // "The Weather Bureau at Boston said", "A state police dispatcher at Framingham said",
      // "The National Weather Service office in Norman said": a place after a body or an
      // unnamed person's noun only says where they are.
      (link !== 'of' &&
        located.kind !== 'organisation' &&
        // Not "Diane Swonk, chief economist at KPMG, said": an appositive after a name.
        opensClause(tokens, preposition - 1, min) &&
        ((placed?.kind === 'organisation' && !placed.oblique) ||
          (!head.capitalised &&
            !SPOKESPEOPLE.has(head.lower) &&
            (isRoleNoun(head.lower) ||
              TITLES.has(head.lower) ||
              OCCUPATION.test(head.lower) ||
              ORGANISATION_WORDS.has(head.lower))))))
  )
    k = preposition - 1;
  // "one of them said", "two of the diplomats told Reuters": a part of a group names nobody.
  const part = partitiveStart(tokens, k, min);
  if (part >= 0) {
    const quantifier = tokens[part] as Token;
    return {
      subject: { kind: 'role', words: [quantifier.lower], definite: false, at: quantifier.start },
      from: part,
    };
  }
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
  const apposed = paragraph.mentionByLast.get(k);
  if (
    (tokens[k] as Token).gap.includes(',') &&
    // "The plant's owner, Gulfline Chemical Co., said": or the firm in apposition.
    (apposed?.kind === 'person' ||
      apposed?.kind === 'organisation' ||
      // "Her husband, Bhaskar, said": one word no list knows, set off after a kin or role noun.
      // "Its secretary, A Shankar, said": or an initial and such a word.
      (apposed?.kind === 'unknown' &&
        (apposed.first === apposed.last ||
          (apposed.words.length === 2 && /^\p{Lu}\.?$/u.test(apposed.words[0] ?? ''))) &&
        afterRoleNoun(tokens, apposed.first))) &&
    !apposed.oblique &&
    // "He attacked Rahul Gandhi, saying": the object of a verb is no apposition.
    setOffBefore(tokens, apposed.first, min)
  ) {
    // "Mr Reed's lawyer, Omar Haddad, said": the name in apposition is the speaker.
    return { subject: { kind: 'mention', mention: apposed }, from: apposed.first };
  }
  // "Rep. Kearns (R., Pa.) said": a bracketed party and state only describe the name before them.
  const unbracketed = beforeBrackets(tokens, k, min);
  if (unbracketed !== k) {
    // "a probe into the Tamil Nadu State Marketing Corporation (TASMAC), terming it": a name
    // inside a phrase, then a comma, is no subject.
    if ((tokens[k] as Token).gap.includes(',') && paragraph.mentionByLast.get(unbracketed)?.oblique)
      return null;
    k = unbracketed;
  } else if ((tokens[k] as Token).gap.includes(',')) {
    // "Smith, the mayor, said", "Reed, 54, said": step back over the appositive to the name
    // before it. Only a role or an age is an appositive; "acknowledged the delay," is not.
    let j = k - 1;
    while (j >= min && j >= k - 10 && !(tokens[j] as Token).gap.includes(',')) j--;
    // "A ministry official, who spoke on condition of anonymity because he was not authorised
    // to brief the media, said": a long relative clause is stepped over whole.
    const relative = relativeClauseStart(tokens, k, min);
    if (relative >= 0 && relative < j) j = relative;
    if (j < min || !(tokens[j] as Token).gap.includes(',')) return null;
    const appositive = tokens.slice(j + 1, k + 1);
    // ", who requested anonymity," is stepped over like an appositive.
    if (j !== relative && !isAppositive(appositive)) return null;
    // "Barden (D., N.C.), chairman of the committee, said".
    k = beforeBrackets(tokens, j, min);
    // "Bea Hall, a consultant at the Royal Free Hospital, who was not involved, said": a second
    // appositive before the first, after a person's name.
    // "Jane Walsh, 67, from Stockport, whose husband …, said": and a third.
    let at = k;
    const closest = k;
    let town = -1;
    for (let step = 0; step < 4; step++) {
      const reached = paragraph.mentionByLast.get(k);
      if (
        !(tokens[at] as Token).gap.includes(',') ||
        // "W. Va." reads like an initial and a surname.
        (reached?.kind === 'person' && !isState(tokens.slice(reached.first, reached.last + 1)))
      )
        break;
      let i = at - 1;
      while (i >= min && i >= at - 10 && !(tokens[i] as Token).gap.includes(',')) i--;
      const segment = tokens.slice(i + 1, at + 1);
      // "Mrs. Ethel Pauley of Chesapeake, Ohio, who …, said": a state after its town, which
      // the name before it is from.
      if (i >= min && (tokens[i] as Token).capitalised && isState(segment)) {
        town = i;
        at = i;
        continue;
      }
      if (i < min || !isAppositive(segment)) break;
      const named = paragraph.mentionByLast.get(i);
      if (named?.kind === 'person' && !named.oblique) k = i;
      at = i;
    }
    // "Ethel Pauley of Chesapeake, Ohio, who …, said": no name set off before the town.
    if (town >= 0 && k === closest) k = town;
  } else if (!(tokens[k] as Token).blank) return null;
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
    // "the youngster said", "the rookie said": words for a person, never for an office.
    const epithet = PERSON_EPITHETS.has(token.lower);
    return {
      subject: { kind: 'role', words: [token.lower], definite: aged || placed || epithet, at },
      from,
    };
  }
  if (named.every((part) => COMMON_CAPITALISED.has(part.lower))) return surname;
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

/**
 * The name `mention` completes a title before it, over "for" or "to": "Minister for Housing",
 * "Envoy to Ukraine". It is the title's portfolio or post, not someone who speaks.
 */
function completesTitle(tokens: readonly Token[], mention: Mention): boolean {
  return mention.kind !== 'person' && linksTitle(tokens, mention.first - 1);
}

/**
 * Token `k` is the "for" or "to" that links a capitalised title to its portfolio or post:
 * "Minister for Housing", "Ambassador to the UN", "Secretary of State for Health".
 */
export function linksTitle(tokens: readonly Token[], k: number): boolean {
  const link = tokens[k];
  const title = tokens[k - 1];
  const next = tokens[k + 1];
  return (
    link !== undefined &&
    /^(?:for|to)$/.test(link.lower) &&
    link.blank &&
    title !== undefined &&
    title.blank &&
    title.capitalised &&
    (isRoleNoun(title.lower) || TITLES.has(title.lower)) &&
    next !== undefined &&
    (next.capitalised || next.lower === 'the')
  );
}

/**
 * "A spokesperson for the minister said", "a spokesman for the governor", "a spokesman for the
 * airline": the spokesperson speaks for whoever holds the role `phrase` (from token `from`, "the"
 * first) names, or for the organisation of that kind; null for any
 * other phrase after a preposition ("The family of the victim said").
 */
function spokespersonForRole(
  tokens: readonly Token[],
  phrase: readonly Token[],
  from: number,
  min: number,
): { subject: Subject; from: number } | null {
  const spokesperson = tokens[from - 2];
  const head = phrase[phrase.length - 1] as Token;
  if (
    tokens[from - 1]?.lower !== 'for' ||
    tokens[from]?.lower !== 'the' ||
    from - 2 < min ||
    !spokesperson?.blank ||
    !SPOKESPEOPLE.has(spokesperson.lower) ||
    // "A spokesperson for the company said": or for an organisation named by its kind, in
    // lower case (a capitalised one is named).
    !(
      (isRoleNoun(head.lower) && !ORGANISATION_WORDS.has(head.lower)) ||
      (!head.capitalised && (FIRM_NOUNS.has(head.lower) || SECTOR_NOUNS.has(head.lower)))
    )
  )
    return null;
  const words = roleWords(phrase.filter((token) => !DETERMINERS.has(token.lower)));
  return {
    subject: { kind: 'role', words, definite: true, at: (tokens[from] as Token).start },
    from: leadingDeterminer(tokens, from - 2, min),
  };
}

/**
 * Institutions that speak in someone's name: "Manchin's office", "the senator's campaign". A
 * spokesperson after an owner does too ("Adams's spokesman", "her spokeswoman"), as "a spokesman
 * for Adams" does; "a spokesman" alone stays unnamed.
 */
const PROXIES = new Set(['office', 'campaign', 'camp']);
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
]);

/**
 * "Manchin's office said", "the senator's campaign said", "his spokesman said": the one they
 * speak for, as a name, a role or a pronoun, when token `k` is such a proxy after its owner.
 */
function principalOf(
  paragraph: ParagraphNarration,
  k: number,
  min: number,
): { subject: Subject; from: number } | null {
  const { tokens } = paragraph;
  const owner = tokens[k - 1];
  const proxy = (tokens[k] as Token).lower;
  // "the commission's report said", "his statement said": a document speaks for its owner.
  const document = DOCUMENT_NOUNS.has(proxy);
  if (k - 1 < min || !owner?.blank || !(PROXIES.has(proxy) || SPOKESPEOPLE.has(proxy) || document))
    return null;
  const pronoun = POSSESSIVE_PRONOUNS.get(owner.lower);
  if (pronoun) return { subject: { kind: 'pronoun', word: pronoun, at: owner.start }, from: k - 1 };
  if (!owner.possessive) return null;
  const named = paragraph.mentionByLast.get(k - 1);
  // "Boeing's statement said": a firm's document speaks for the firm, as its office would not.
  if (named && (named.kind !== 'organisation' || document))
    return { subject: { kind: 'mention', mention: named }, from: named.first };
  if (named || !(isRoleNoun(owner.lower) || (document && ORGANISATION_WORDS.has(owner.lower))))
    return null;
  const definite = tokens[k - 2]?.lower === 'the';
  return {
    subject: { kind: 'role', words: [owner.lower], definite, at: owner.start },
    from: definite ? k - 2 : k - 1,
  };
}

/** The organisation named among tokens `[from, to)`, if any. */
function organisationIn(paragraph: ParagraphNarration, from: number, to: number): Mention | null {
  for (let t = from; t < to; t++) {
    const mention = paragraph.mentionByFirst.get(t);
    if (mention?.kind === 'organisation' && mention.last < to) return mention;
  }
  return null;
}

/**
 * "according to the Russian foreign ministry": an institution named in lower case after a name
 * or an adjective of place, read forward from token `s`.
 */
export function institutionAfter(
  paragraph: ParagraphNarration,
  s: number,
  limit: number,
): Subject | null {
  const { tokens } = paragraph;
  let k = DETERMINERS.has(tokens[s]?.lower ?? '') ? s + 1 : s;
  const phrase: Token[] = [];
  while (k < tokens.length && phrase.length < 6) {
    const token = tokens[k] as Token;
    if (token.start >= limit) break;
    const fits =
      token.capitalised ||
      TITLES.has(token.lower) ||
      ROLE_MODIFIERS.has(token.lower) ||
      ORGANISATION_WORDS.has(token.lower);
    if (!fits) break;
    phrase.push(token);
    if (!token.blank) break;
    k++;
  }
  const last = phrase[phrase.length - 1];
  if (!last || last.capitalised || !ORGANISATION_WORDS.has(last.lower)) return null;
  if (!phrase.some((part) => part.capitalised && !COMMON_CAPITALISED.has(part.lower))) return null;
  return { kind: 'organisation', words: spelled(phrase), at: (phrase[0] as Token).start };
}

/** A phrase's words as written, possessives kept inside it: "Saudi Arabia's delegation". */
function spelled(phrase: readonly Token[]): string[] {
  return mapPacked(phrase, (part, index) =>
    part.possessive && index < phrase.length - 1 ? `${part.word}'s` : part.word,
  );
}

/** Kinds of body written after a name: "the Likud party", "the United Auto Workers union". */
const KIND_OF_BODY = new Set(['party', 'union', 'alliance', 'coalition', 'movement', 'group']);

/** Words that name a time: "on Monday", "in 1949", "last week", "on Tuesday night". */
const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec week weekend month year night morning afternoon evening'.split(
    ' ',
  ),
);
const TIME_LEADS = new Set(['on', 'in', 'at', 'last', 'this', 'next', 'early', 'late', 'during']);

/** The word without one final full stop (`replace(/\.$/, '')` without a new string for most words). */
function withoutStop(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** When tokens up to `k` end in a time phrase, the token before it; otherwise `k`. */
function beforeTimePhrase(tokens: readonly Token[], k: number, min: number): number {
  const last = tokens[k];
  if (!last?.blank) return k;
  if (STANDALONE_TIMES.has(last.lower)) return k - 1;
  // "Sen. Culver Kidd Thursday told", "Sen. Herman Talmadge (D-Ga.) Thursday told": a weekday
  // right after a name.
  const before = tokens[k - 1];
  if (
    WEEKDAYS.has(last.lower) &&
    k - 1 >= min &&
    before !== undefined &&
    ((before.capitalised && before.blank) || /^\.?\)\s$/.test(before.gap))
  )
    return k - 1;
  let j = k;
  while (
    j >= min &&
    (tokens[j] as Token).blank &&
    (TIME_WORDS.has(withoutStop((tokens[j] as Token).lower)) ||
      /^\d{1,4}$/.test((tokens[j] as Token).word))
  )
    j--;
  if (j === k || j < min || !TIME_LEADS.has((tokens[j] as Token).lower)) return k;
  return (tokens[j] as Token).blank ? j - 1 : k;
}

/**
 * When token `k` closes a short bracket ("(D., N.C.)", "(R-Ohio)"), the token before the bracket
 * opens; otherwise `k`.
 */
function beforeBrackets(tokens: readonly Token[], k: number, min: number): number {
  if (!/^\.?\)/.test((tokens[k] as Token).gap)) return k;
  for (let j = k - 1; j >= min && j >= k - 5; j--) {
    const gap = (tokens[j] as Token).gap;
    if (gap.includes(')')) return k;
    if (/\(\s*$/.test(gap)) return j;
  }
  return k;
}

/** Words that open a clause set off by commas after a subject: "Lena Park, who chairs it, said". */
const CLAUSE_OPENERS = new Set(['who', 'whose', 'which', 'himself', 'herself', 'itself', 'asked']);

/** Words in -ing that are nouns or prepositions, not participles. */
const ING_NOUNS = new Set(
  'thing something nothing anything everything morning evening building king ring spring string ceiling darling sterling meeting hearing briefing during'.split(
    ' ',
  ),
);

/** "Ohio", "Calif.", "W. Va.": a place or a state's abbreviation, written after a town. */
function isState(words: readonly Token[]): boolean {
  return (
    words.length > 0 &&
    words.length <= 2 &&
    words.every(
      (word, index) =>
        (index === words.length - 1 || word.blank) &&
        (PLACES.has(withoutStop(word.lower)) ||
          // "Va." (the stop may be read into the gap after it).
          (/^\p{Lu}\p{Ll}{0,3}\.?$/u.test(word.word) &&
            (word.word.endsWith('.') || word.gap.startsWith('.')))),
    )
  );
}

/**
 * Whether the words between two commas after a name only describe it, so the verb after them
 * still belongs to the name: a role ("the mayor"), an age ("54"), a party and state ("D-N.Y."),
 * a relative or participial clause ("who chairs it", "speaking in Brussels") or a short
 * prepositional phrase ("in a statement"). "acknowledged the delay," is none of these.
 */
function isAppositive(words: readonly Token[]): boolean {
  const [first] = words;
  if (!first) return false;
  if (words.some((part) => isRoleNoun(part.lower) || TITLES.has(part.lower))) return true;
  if (words.length === 1 && /^\d{1,3}$/.test(first.word)) return true;
  // "D-N.Y." tokenizes as "D-N" and "Y.".
  if (words.length <= 2 && /^[DRI]-\p{Lu}/u.test(first.word)) return true;
  if (CLAUSE_OPENERS.has(first.lower)) return true;
  // "Eric Topol, a cardiologist at Scripps Research in La Jolla,": an indefinite noun phrase
  // set off after a name describes it.
  if (/^(?:a|an)$/.test(first.lower) && words.length >= 2) return true;
  // "Kenvue, the company that makes the painkiller,", "Cipla, the drugmaker,": and a definite
  // one.
  if (first.lower === 'the' && words.length >= 2 && !(words[1] as Token).capitalised) return true;
  // "in La Jolla, Calif., who …": a state after its town.
  if (words.length === 1 && PLACES.has(withoutStop(first.lower))) return true;
  if (/^\p{Ll}{2,}ing$/u.test(first.word) && !ING_NOUNS.has(first.lower)) return true;
  // "The Kremlin, meanwhile, said", "Reed, however, said".
  if (
    words.length === 1 &&
    (/^\p{Ll}+ly$/u.test(first.word) || COMMON_CAPITALISED.has(first.lower))
  )
    return true;
  return words.length <= 5 && PREPOSITIONS.has(first.lower);
}

/**
 * "a statement from the Prime Minister's Office", "a statement issued by IndiGo" ending at token
 * `k`: the organisation named after the document noun.
 */
function issuerBefore(
  paragraph: ParagraphNarration,
  k: number,
  min: number,
): { subject: Subject; from: number } | null {
  const { tokens } = paragraph;
  const mention = paragraph.mentionByLast.get(k);
  if (mention?.kind !== 'organisation') return null;
  let j = mention.first - 1;
  if (tokens[j]?.lower === 'the') j--;
  if (!/^(?:from|by)$/.test(tokens[j]?.lower ?? '')) return null;
  j--;
  if (tokens[j]?.lower === 'issued') j--;
  if (j < min || !DOCUMENT_NOUNS.has((tokens[j] as Token).lower)) return null;
  return { subject: { kind: 'mention', mention }, from: leadingDeterminer(tokens, j, min) };
}

/** `said a statement from the Chief Minister's Office`: the issuer after a document noun at `k`. */
function issuerAfter(paragraph: ParagraphNarration, k: number, limit: number): Subject | null {
  const { tokens } = paragraph;
  if (!DOCUMENT_NOUNS.has(tokens[k]?.lower ?? '')) return null;
  let j = k + 1;
  if (tokens[j]?.lower === 'issued') j++;
  if (!/^(?:from|by)$/.test(tokens[j]?.lower ?? '')) return null;
  j++;
  if (tokens[j]?.lower === 'the') j++;
  const mention = paragraph.mentionByFirst.get(j);
  return mention?.kind === 'organisation' && mention.start < limit
    ? { kind: 'mention', mention }
    : null;
}

/**
 * The last of one to three plain lower-case words from token `k` that end the clause ("grower.",
 * "filling station operator,"), no spokesperson or document (which speak for the name), or -1.
 */
function describedNoun(tokens: readonly Token[], k: number, limit: number): number {
  if (!(tokens[k - 1] as Token).blank) return -1;
  for (let j = k; j < k + 3; j++) {
    const token = tokens[j];
    if (!token || token.start >= limit || !/^\p{Ll}{3,}$/u.test(token.word)) return -1;
    // "according to an IMD statement": a document speaks for the name, as a spokesperson does.
    if (SPOKESPEOPLE.has(token.lower) || DOCUMENT_NOUNS.has(token.lower)) return -1;
    if (!token.blank) return /^[,.;]/.test(token.gap) ? j : -1;
  }
  return -1;
}

/** The subject named after an inverted verb: `said Kremlin spokesperson Dmitry Peskov`, `said he`. */
export function subjectAfter(
  paragraph: ParagraphNarration,
  s: number,
  limit: number,
): Subject | null {
  const { tokens, mentions } = paragraph;
  let k = s;
  const start = tokens[k];
  if (!start || start.start >= limit) return null;
  if (SUBJECT_PRONOUNS.has(start.lower))
    return { kind: 'pronoun', word: start.lower, at: start.start };
  // "said a Wilson County grower", "said one Pitt County tobacco farmer", "said a Lane
  // supporter": a name before a common noun only describes someone unnamed.
  const described = /^(?:a|an|one)$/.test(start.lower) ? paragraph.mentionByFirst.get(s + 1) : null;
  const noun = described ? describedNoun(tokens, described.last + 1, limit) : -1;
  if (noun > 0) {
    const words = [(tokens[noun] as Token).lower];
    return { kind: 'role', words, definite: false, at: start.start, fresh: true };
  }
  if (DETERMINERS.has(start.lower)) k++;
  // "said a visibly emotional Kumar", "said an emotional Sarah Lane": words describing the name.
  if (/^(?:a|an|the)$/.test(start.lower)) {
    let j = k;
    while (
      j < k + 3 &&
      /^\p{Ll}+$/u.test(tokens[j]?.word ?? '') &&
      !isRoleNoun(tokens[j]?.lower ?? '')
    )
      j++;
    const described = paragraph.mentionByFirst.get(j);
    // "said an elderly Galveston man": the name only describes someone unnamed.
    const person = described ? tokens[described.last + 1] : undefined;
    if (
      start.lower !== 'the' &&
      person &&
      PEOPLE.has(person.lower) &&
      (tokens[described?.last ?? 0] as Token).blank
    )
      return { kind: 'role', words: [person.lower], definite: false, at: start.start };

    if (
      j > k &&
      described?.kind !== 'organisation' &&
      described &&
      described.start < limit &&
      // "said the former Middlesbrough midfielder": the name only says whose role.
      !isRoleNoun(tokens[described.last + 1]?.lower ?? '')
    )
      return { kind: 'mention', mention: described };
  }
  const issuer = issuerAfter(paragraph, k, limit);
  if (issuer) return issuer;
  // "said a No 10 spokeswoman".
  const spokesperson = tokens[k + 2];
  if (
    k > s &&
    spokesperson &&
    SPOKESPEOPLE.has(spokesperson.lower) &&
    isNumberTen(tokens.slice(k, k + 2))
  )
    return { kind: 'organisation', words: DOWNING_STREET, at: start.start };
  const phrase: Token[] = [];
  while (k < tokens.length && (tokens[k] as Token).start < limit && phrase.length < 12) {
    const token = tokens[k] as Token;
    if (!(
      token.capitalised ||
      // "says Zepto co-founder Aadit Palicha".
      isRoleNoun(token.lower) ||
      TITLES.has(token.lower) ||
      NAME_PARTICLES.has(token.lower) ||
      // "said Khalil al-Hayya", "said Abdel Fattah el-Sisi".
      HYPHENED_PARTICLE.test(token.word) ||
      // "said 19-year-old activist Txai Surui", "said veteran lawmaker Ada Brook".
      (phrase.length === 0 && (AGE.test(token.lower) || ROLE_MODIFIERS.has(token.lower))) ||
      // "said pensioner Brenda Walsh", "said mother-of-two Kelly Moore": a description right
      // before a given name.
      (phrase.length === 0 &&
        token.blank &&
        /^\p{Ll}[\p{Ll}-]{3,}$/u.test(token.word) &&
        tokens[k + 1]?.capitalised === true &&
        firstNameGender((tokens[k + 1] as Token).word) !== undefined) ||
      // "recalled farm union leader Balbir Rajewal": nouns that say which role.
      modifiesRole(tokens, k) ||
      // "said Minister of State for External Affairs Kirti Vardhan Singh".
      (/^(?:of|for)$/.test(token.lower) &&
        (phrase[phrase.length - 1]?.capitalised ?? false) &&
        tokens[k + 1]?.capitalised === true)
    ))
      break;
    phrase.push(token);
    k++;
    // "Brook's deputy": a possessive owner is followed by the role that names the speaker.
    const owned = tokens[k]?.lower ?? '';
    // "said Australia's Steve Smith": the owner is followed by the speaker's name.
    const continuesWithRole =
      token.possessive &&
      (isRoleNoun(owned) ||
        TITLES.has(owned) ||
        tokens[k]?.capitalised === true ||
        // "said Tuvalu's climate minister Maina Talia".
        modifiesRole(tokens, k));
    // "said Shiv Sena (UBT) leader Aaditya Thackeray": a short bracketed acronym inside the phrase.
    const bracketed = /^ \($/.test(token.gap) ? closingBracket(tokens, k) : -1;
    // "said Col (retd) Rajesh Sharma": or a retired officer's mark.
    const retired = /^(?:retd|retired|rtd)$/.test(tokens[k]?.lower ?? '');
    if (
      bracketed > 0 &&
      (isRoleNoun(tokens[bracketed]?.lower ?? '') || (retired && tokens[bracketed]?.capitalised))
    ) {
      k = bracketed;
      continue;
    }
    if (!token.blank || (token.possessive && !continuesWithRole)) break;
  }
  if (phrase.length === 0) return null;
  const first = phrase[0] as Token;
  const last = phrase[phrase.length - 1] as Token;
  const inside: Mention[] = [];
  for (let m = firstStartingAt(mentions, first.start); m < mentions.length; m++) {
    const mention = mentions[m] as Mention;
    if (mention.end > last.end + 2) break;
    if (!(tokens[mention.last] as Token).possessive) inside.push(mention);
  }
  // "said Kremlin spokesperson Dmitry Peskov", "said Shiv Sena leader Aaditya Thackeray": the
  // name after the role is the speaker, the names before it say whose role it is.
  const lastRole = phrase.findLastIndex(
    (token) => isRoleNoun(token.lower) || TITLES.has(token.lower),
  );
  const afterRole = lastRole >= 0 ? (phrase[lastRole] as Token).end : -1;
  const named = inside.filter((mention) => mention.kind !== 'organisation');
  // "said one Fed official": a phrase that ends with its role names no one; "Fed" only says whose.
  const endsWithRole = lastRole === phrase.length - 1 && isRoleNoun(last.lower);
  const person =
    named.find((mention) => mention.start > afterRole && mention.kind === 'person') ??
    named.find((mention) => mention.start > afterRole) ??
    (endsWithRole
      ? undefined
      : (inside.find((mention) => mention.kind === 'person') ??
        inside.find((mention) => mention.kind === 'unknown')));
  if (person) return { kind: 'mention', mention: person };
  // "said Brook's deputy, Ivo Varga": the name in apposition after the role.
  // "said the study's lead author, Professor Nita Forouhi": after the title too.
  let titled = k;
  while (TITLES.has(withoutStop(tokens[titled]?.lower ?? '')) && titled < k + 3) titled++;
  const appositive = last.gap.includes(',') ? paragraph.mentionByFirst.get(titled) : undefined;
  if (appositive && appositive.kind !== 'organisation' && (tokens[k] as Token).start < limit) {
    return { kind: 'mention', mention: appositive };
  }
  const organisation = inside.find((mention) => mention.kind === 'organisation');
  if (organisation && !ROLE_NOUNS.has(last.lower))
    return { kind: 'mention', mention: organisation };
  // "said the 24-year-old": an age alone describes the person too.
  if (ROLE_NOUNS.has(last.lower) || (phrase.length === 1 && AGE.test(last.lower)))
    return {
      kind: 'role',
      words: roleWords(phrase),
      definite: start.lower === 'the',
      at: first.start,
    };
  return null;
}

/** Token `k` is a plain word before a role noun one or two words on, with a name after it. */
function modifiesRole(tokens: readonly Token[], k: number): boolean {
  // "said Tamas Varga of oil broker PVM": a preposition opens an affiliation, not a role.
  if (PREPOSITIONS.has(tokens[k]?.lower ?? '')) return false;
  const role = roleAfterModifiers(tokens, k);
  return role > 0 && tokens[role + 1]?.capitalised === true;
}

/**
 * The index of the role noun that the plain lower-case words from token `k` describe, one or two
 * words on ("farm union leader", "a protesting doctor"); -1 when none follows.
 */
export function roleAfterModifiers(tokens: readonly Token[], k: number): number {
  for (let j = k; j <= k + 2 && j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (j > k && isRoleNoun(token.lower)) return j;
    // "…," while Republicans said': a conjunction opens a clause of its own; but "a senior BJD
    // leader" names a party.
    const party = j > k && (PARTIES.has(token.lower) || /^\p{Lu}{2,5}$/u.test(token.word));
    if (!token.blank || (token.capitalised && !party) || CLAUSE_LINKS.has(token.lower)) return -1;
  }
  return -1;
}

/** The token after a `(…)` of at most three words that opens after token `k - 1`, or -1. */
function closingBracket(tokens: readonly Token[], k: number): number {
  for (let j = k; j < k + 3 && j < tokens.length; j++) {
    const gap = (tokens[j] as Token).gap;
    if (/^\) $/.test(gap)) return j + 1;
    if (!(tokens[j] as Token).blank) return -1;
  }
  return -1;
}

/** The subject of the clause a participle hangs on: `Peskov acknowledged it, stating, "…"`. */
export function clauseSubject(
  paragraph: ParagraphNarration,
  from: number,
  v: number,
): Subject | null {
  const { tokens } = paragraph;
  // "The Supreme Court refused …, saying …": an institution speaks through a participle when no
  // person is the subject.
  let institution: Mention | undefined;
  // "The Supreme Court pulled up the Centre over the delay, observing": once the institution
  // opening the clause has its verb, the names after it are objects.
  let verbAfterInstitution = false;
  for (let k = from; k < v; k++) {
    const token = tokens[k] as Token;
    const mention = paragraph.mentionByFirst.get(k);
    // "welcomed the U-turn but said", "told NDTV that … but said": a name after a verb is its
    // object, and the subject was before it.
    if (mention && (objectOfVerb(tokens, k, from) || verbAfterInstitution)) break;
    if (institution && k > institution.last && /^\p{Ll}+ed$/u.test(token.word))
      verbAfterInstitution = true;
    // "Ahmedabad: Gujarat Chief Minister … inaugurated": a dateline before a colon is no subject.
    if (mention && /^:/.test((tokens[mention.last] as Token).gap)) continue;
    if (mention && !mention.oblique && mention.kind !== 'organisation')
      return { kind: 'mention', mention };
    // Only an institution that opens the clause is its subject: in "groups sued the EPA,
    // calling …" the EPA is the object.
    if (mention && !mention.oblique && !institution && k - from <= 2) institution = mention;
    // "Market regulator Securities and Exchange Board of India": the name after the kind.
    else if (
      mention?.kind === 'organisation' &&
      institution &&
      !verbAfterInstitution &&
      k - institution.last <= 2
    )
      institution = mention;
    const governed = k > from && PREPOSITIONS.has((tokens[k - 1] as Token).lower);
    if (SUBJECT_PRONOUNS.has(token.lower) && !governed)
      return { kind: 'pronoun', word: token.lower, at: token.start };
  }
  const participle = /ing$/.test((tokens[v] as Token | undefined)?.lower ?? '');
  // "China raised tariffs on Friday and said", "The CBI welcomed the cut but said": or a second
  // verb joined to the first.
  const joined = tokens[v - 1]?.lower === 'and' || tokens[v - 1]?.lower === 'but';
  if (institution && (participle || joined)) return { kind: 'mention', mention: institution };
  // "The director was also quoted as saying:": a definite role is the clause's subject, also
  // after an opening phrase ("Earlier this week, the company said … and warned").
  const start = afterOpeningPhrase(tokens, from, v);
  const end = (tokens[v] as Token).start;
  const at = (tokens[start] as Token).start;
  const role = definiteRoleAt(tokens, start, end);
  if (role) return { kind: 'role', words: role, definite: true, at };
  // An institution is never resolved like a pronoun: "The jury heard a call in which …".
  const body = definiteInstitutionAt(tokens, start, end);
  return body ? { kind: 'role', words: body, definite: false, at } : null;
}

/** The name at token `k` follows a past-tense or reporting verb (and a determiner). */
function objectOfVerb(tokens: readonly Token[], k: number, from: number): boolean {
  let j = k - 1;
  if (j >= from && DETERMINERS.has((tokens[j] as Token).lower)) j--;
  const verb = tokens[j];
  return (
    j >= from &&
    verb !== undefined &&
    verb.blank &&
    /^\p{Ll}+$/u.test(verb.word) &&
    !PREPOSITIONS.has(verb.lower) &&
    !CUE_ADVERBS.has(verb.lower) &&
    // "Reuters quoted Nolan as saying": the one quoted speaks.
    !/^(?:quoted|cited)$/.test(verb.lower) &&
    (/ed$/.test(verb.lower) || verb.mayReport)
  );
}

/** The token after a short opening phrase and its comma ("Earlier this week,"), or `from`. */
function afterOpeningPhrase(tokens: readonly Token[], from: number, v: number): number {
  for (let k = from; k < v && k < from + 5; k++) {
    const token = tokens[k] as Token;
    if (token.gap.includes(',')) return k + 1 < v ? k + 1 : from;
    if (!token.blank) return from;
  }
  return from;
}

/** "the company said", "the union warned": a definite institution noun and its verb. */
function definiteInstitutionAt(
  tokens: readonly Token[],
  first: number,
  end: number,
): string[] | null {
  const noun = tokens[first + 1];
  const next = tokens[first + 2];
  if (tokens[first]?.lower !== 'the' || !noun || !next || next.start >= end) return null;
  return ORGANISATION_WORDS.has(noun.lower) &&
    !noun.capitalised &&
    noun.blank &&
    /^\p{Ll}+$/u.test(next.word)
    ? [noun.lower]
    : null;
}

/** A name as the subject, from its determiner and the role words before it ("the Kremlin spokesperson Dmitry Peskov"). */
function mentionSubject(
  tokens: readonly Token[],
  mention: Mention,
  min: number,
): { subject: Subject; from: number } {
  const from = Math.max(min, leadingDeterminer(tokens, mention.first, min));
  return { subject: { kind: 'mention', mention }, from: roleStart(tokens, from, min) };
}

/** Prepositions of place and time that put a name inside a subject's description. */
const SETTING = /^(?:off|near|in|at|outside|across|on|by|since)$/;

/**
 * The noun phrase opening the sentence ("The wife", "A United Air Lines stewardess") whose
 * description runs on to the place at token `place`, as a role subject; null unless the sentence
 * starts there with a/an/the and a lower-case noun before "of", "who" or a participle.
 */
function subjectOpeningBefore(
  tokens: readonly Token[],
  place: number,
  min: number,
): { subject: Subject; from: number } | null {
  if (!SETTING.test(tokens[place - 1]?.lower ?? '') || place - min < OPENING_REACH) return null;
  const determiner = tokens[min] as Token;
  if (!startsSentence(tokens, min) || !/^(?:the|a|an)$/.test(determiner.lower)) return null;
  for (let h = min + 1; h < place - 2 && h <= min + 5; h++) {
    const noun = tokens[h] as Token;
    const next = tokens[h + 1] as Token;
    if (!noun.blank) return null;
    if (noun.capitalised) continue;
    if (!/^(?:of|who|whose)$/.test(next.lower) && !/^\p{Ll}+(?:ing|ed)$/u.test(next.word)) continue;
    // "A United Air Lines stewardess who …": someone new; "The wife of …": the person meant.
    if (determiner.lower !== 'the') return unnamedRole(tokens, h, min);
    return {
      subject: { kind: 'role', words: [noun.lower], definite: true, at: determiner.start },
      from: min,
    };
  }
  return null;
}

/** How far into its sentence a place must stand to be inside the subject's description. */
const OPENING_REACH = 6;

export function leadingDeterminer(tokens: readonly Token[], index: number, min: number): number {
  const previous = tokens[index - 1];
  return index - 1 >= min && previous && DETERMINERS.has(previous.lower) ? index - 1 : index;
}

const QUANTIFIERS = new Set(
  'one two three four five some many several most few both all none each another either neither'.split(
    ' ',
  ),
);

/**
 * The noun at `head` ends a short phrase that opens its clause ("A state police dispatcher", "The
 * Weather Bureau"), with no comma inside it or before it.
 */
function opensClause(tokens: readonly Token[], head: number, min: number): boolean {
  for (let k = head; k >= min && k >= head - 5; k--) {
    if (k === min || /[.!?:;"“”]\s*$/.test((tokens[k - 1] as Token).gap)) return true;
    if (!(tokens[k - 1] as Token).blank) return false;
  }
  return false;
}

/**
 * The quantifier that opens "one of them", "two of the officials", "one of Modi's aides" ending
 * at token `k`, or -1.
 */
function partitiveStart(tokens: readonly Token[], k: number, min: number): number {
  // "a lawyer for one of the families, said": only a phrase that is the whole subject counts.
  if (k < min || !(tokens[k] as Token).blank) return -1;
  for (let j = k - 1; j >= min + 1 && j >= k - 4; j--) {
    const token = tokens[j] as Token;
    if (!token.blank) return -1;
    const quantifier = tokens[j - 1] as Token;
    const opener = tokens[j - 2];
    if (
      token.lower === 'of' &&
      quantifier.blank &&
      QUANTIFIERS.has(quantifier.lower) &&
      (j - 1 === min || !opener?.blank || CLAUSE_LINKS.has(opener.lower))
    )
      return j - 1;
  }
  return -1;
}

/** The title before "of" and the place `mention`: "Duke" in "The Duke of Sussex". */
function titleBeforePlace(
  tokens: readonly Token[],
  mention: Mention,
  min: number,
): { token: Token; index: number } | undefined {
  const link = tokens[mention.first - 1];
  const title = tokens[mention.first - 2];
  if (mention.first - 2 < min || link?.lower !== 'of' || !link.blank || !title?.blank) return;
  return title.capitalised && TITLES.has(title.lower)
    ? { token: title, index: mention.first - 2 }
    : undefined;
}

/** The person named just before "of" or "from" and the name `mention`: "Rep. Ana Ruiz of Texas". */
function personBeforePlace(
  paragraph: ParagraphNarration,
  mention: Mention,
  min: number,
): Mention | null {
  const { tokens } = paragraph;
  // "R Ashoka of the BJP said": the institution may take an article.
  const first = tokens[mention.first - 1]?.lower === 'the' ? mention.first - 1 : mention.first;
  const link = tokens[first - 1];
  if (first - 2 < min || !link?.blank) return null;
  if (link.lower !== 'of' && link.lower !== 'from') return null;
  const person = paragraph.mentionByLast.get(first - 2);
  if (person?.kind === 'person' && (tokens[first - 2] as Token).blank) return person;
  return null;
}

/**
 * "Economist Bhima Yudhistira of the Center of Economic and Law Studies said", "Wen-Ti Sung of the
 * Atlantic Council's Global China Hub said": the person before "of" and a long institution's
 * name, whose last words the mention reader took for a name of their own.
 */
function personBeforeInstitution(
  paragraph: ParagraphNarration,
  mention: Mention,
  min: number,
): Mention | null {
  const { tokens } = paragraph;
  for (let k = mention.first - 1; k - 1 >= min && k >= mention.first - 10; k--) {
    const token = tokens[k] as Token;
    if (token.lower === 'of' || token.lower === 'from') {
      const person = paragraph.mentionByLast.get(k - 1);
      const before = tokens[k - 1] as Token;
      // "Chief Electoral Officer of Delhi R Alice Vaz": a title before "of" is no person.
      const titled = isRoleNoun(before.lower) || TITLES.has(before.lower);
      if (person?.kind === 'person' && before.blank && !titled) return person;
    }
    if (!token.capitalised && !/^(?:of|and|the|for|on|&)$/.test(token.lower)) return null;
  }
  return null;
}

/**
 * "the president of the Chamber of Commerce", "the head of the Retail Council": a definite role
 * noun and "of" before an organisation; the role, the organisation's words in it, or null.
 */
function officerOf(
  tokens: readonly Token[],
  mention: Mention,
  min: number,
): { subject: Subject; from: number } | null {
  const link = mention.first - (tokens[mention.first - 1]?.lower === 'the' ? 2 : 1);
  const noun = tokens[link - 1];
  if (tokens[link]?.lower !== 'of' || !noun || noun.capitalised || !isRoleNoun(noun.lower))
    return null;
  // "The chief executive of Thames Water", "The new chairman of the FCC": up to two lower-case
  // words between the article and the noun only describe the role.
  let the = link - 2;
  while (the >= link - 3 && the >= min && modifierWord(tokens[the] as Token)) the--;
  const article = tokens[the];
  if (the < min || article?.lower !== 'the' || !article.blank || !noun.blank) return null;
  return {
    subject: {
      kind: 'role',
      words: [...mapPacked(spelled(tokens.slice(link, mention.last + 1)), withoutStop), noun.lower],
      definite: true,
      at: article.start,
    },
    from: the,
  };
}

/**
 * The subject of the verb at `v` is an indefinite person or role noun with a relative clause
 * ("A man who found a python in his toilet says"), opening the sentence or the clause after a
 * quotation; the unnamed person as a subject, or null.
 */
function describedUnnamed(
  tokens: readonly Token[],
  v: number,
  min: number,
): { subject: Subject; from: number } | null {
  // "A resident whose fence was pulled down, Chinedu Okoro, said", "A nurse at the clinic, Mrs.
  // Harriet Dunbar, said": the name set off before the verb speaks, whatever describes it.
  const apposed = tokens[v - 1];
  if (apposed?.capitalised && /^,\s$/.test(apposed.gap)) return null;
  let who = -1;
  for (let j = v - 1; j >= min && j >= v - 30; j--) {
    const token = tokens[j] as Token;
    // "A mother whose son died …": or whose.
    if (
      (token.lower === 'who' || token.lower === 'whose') &&
      (tokens[j - 1] as Token | undefined)?.blank
    )
      who = j;
    if (j === min || /[.!?:"“”]\s*$/.test((tokens[j - 1] as Token).gap)) break;
  }
  if (who < 0 || who > v - 2) return postModified(tokens, v, min);
  if (newClauseBefore(tokens, who, v)) return null;
  const noun = tokens[who - 1] as Token;
  // "A coal miner who was trapped …", "A United Air Lines stewardess who survived …": "who"
  // says the noun before it is someone, whatever the noun.
  if (noun.capitalised || !/^\p{Ll}{3,}$/u.test(noun.word)) return null;
  const opener = indefiniteOpener(tokens, who - 1, min, 4, false);
  // Not "Lee Gelernt, an ACLU lawyer who represents the migrants, called": an apposition.
  if (opener < 0 || !(opener === min || /[.!?:"“”]\s*$/.test((tokens[opener - 1] as Token).gap)))
    return null;
  return unnamedRole(tokens, who - 1, opener);
}

/**
 * "A businessman who fled Cuba asked for asylum, and his lawyer said": a clause of its own, with a
 * subject of a few lower-case words after ", and" or ", but", opens between `who` and the verb at
 * `v`.
 */
function newClauseBefore(tokens: readonly Token[], who: number, v: number): boolean {
  for (let c = v - 2; c > who && c >= v - 5; c--) {
    const link = tokens[c] as Token;
    if (
      (link.lower === 'and' || link.lower === 'but') &&
      /^,\s$/.test((tokens[c - 1] as Token).gap) &&
      DETERMINERS.has((tokens[c + 1] as Token).lower)
    )
      return tokens.slice(c, v).every((token) => token.blank && !token.capitalised);
  }
  return false;
}

/**
 * `"…," a source familiar with the matter said`, `a worker at the plant told Reuters`: an
 * indefinite person or role noun opening the clause before the verb at `v`, with words after it
 * that only say which one; the unnamed person as a subject, or null.
 */
function postModified(
  tokens: readonly Token[],
  v: number,
  min: number,
): { subject: Subject; from: number } | null {
  if (v - 3 < min) return null;
  let start = v - 1;
  while (start > min && start > v - 16 && !/[.!?:;"“”]\s*$/.test((tokens[start - 1] as Token).gap))
    start--;
  if (start !== min && !/[.!?:;"“”]\s*$/.test((tokens[start - 1] as Token).gap)) return null;
  if (!INDEFINITES.has((tokens[start] as Token).lower)) return null;
  // "a resident of Buner named Ali Khan told AFP": the name given after the noun speaks.
  for (let n = start + 1; n < v - 1; n++)
    if (NAMING.has((tokens[n] as Token).lower) && (tokens[n + 1] as Token).capitalised) return null;
  for (let n = start + 1; n <= start + 3 && n < v - 2; n++) {
    const noun = tokens[n] as Token;
    if (noun.capitalised || !noun.blank) return null;
    if (!POST_MODIFIERS.has(tokens[n + 1]?.lower ?? '')) continue;
    if (!PEOPLE.has(noun.lower) && !isRoleNoun(noun.lower)) return null;
    if (SPOKESPEOPLE.has(noun.lower)) return null;
    return unnamedRole(tokens, n, start);
  }
  return null;
}

/** Participles that give the name of someone just described: "a resident named Ali Khan". */
const NAMING = new Set(['named', 'called', 'identified']);

/**
 * Words that open what follows a noun to say which one: "familiar with", "close to", "at"; "of"
 * ("A survivor of the Auschwitz death camp told the court").
 */
const POST_MODIFIERS = new Set(
  'familiar close with at in from on of involved briefed knowledgeable aware working'.split(' '),
);

/**
 * "a resident of Buner", "one farmer from Swat", "a shopkeeper in Mingora": an indefinite person
 * or role noun before "of", "from" or "in" and a place; the unnamed person as a subject, or null.
 */
function unnamedFrom(
  tokens: readonly Token[],
  mention: Mention,
  min: number,
): { subject: Subject; from: number } | null {
  if (mention.kind === 'person' || mention.kind === 'organisation') return null;
  const first = placeBeforeComma(tokens, mention.first, min);
  const link = first - (tokens[first - 1]?.lower === 'the' ? 2 : 1);
  if (!/^(?:of|from|in|on|at)$/.test(tokens[link]?.lower ?? '') || !tokens[link - 1]?.blank)
    return null;
  const at = link - 1;
  const noun = tokens[at] as Token | undefined;
  if (!noun || SPOKESPEOPLE.has(noun.lower) || at < min) return null;
  // "Islanders on Mull have accused", "Traders in Midleton, Co Cork, have said": a group of
  // people the place only describes, opening the sentence.
  if (noun.capitalised)
    return startsSentence(tokens, at) && PLURAL_PEOPLE.test(noun.lower)
      ? unnamedRole(tokens, at, at)
      : null;
  if (!PEOPLE.has(noun.lower) && !isRoleNoun(noun.lower)) return null;
  // "a resident of Buner", "a shopkeeper in Mingora", "a white senior at Central".
  const opener = indefiniteOpener(tokens, at, min, 3, true);
  return opener < 0 ? null : unnamedRole(tokens, at, opener);
}

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

/** Plural nouns for people of a place: "residents", "traders", "islanders", "families". */
const PLURAL_PEOPLE = /^\p{Ll}{3,}(?:ers|ants|ents|ies|ians|ors)$/u;

/**
 * "Midleton, Co Cork": the first token of a place set off before the mention's place (a town
 * before its county), or `first` when there is none.
 */
function placeBeforeComma(tokens: readonly Token[], first: number, min: number): number {
  if (!/^,\s$/.test(tokens[first - 1]?.gap ?? '')) return first;
  let k = first - 1;
  while (k - 1 >= min && (tokens[k - 1] as Token).blank && (tokens[k - 1] as Token).capitalised)
    k--;
  return (tokens[k] as Token).capitalised && k >= first - 3 ? k : first;
}

/**
 * The index of "a", "an", "one" or "another" at most `reach` words before the noun at `noun`,
 * across words in one phrase (with `plain`, lower-case words only: "a resident of", "an elderly
 * farmer from"); -1 when there is none.
 */
function indefiniteOpener(
  tokens: readonly Token[],
  noun: number,
  min: number,
  reach: number,
  plain: boolean,
): number {
  for (let j = noun - 1; j >= min && j >= noun - reach; j--) {
    const token = tokens[j] as Token;
    if (!token.blank) return -1;
    if (INDEFINITES.has(token.lower)) return j;
    if (plain && (token.capitalised || !/^\p{Ll}[\p{Ll}-]*$/u.test(token.word))) return -1;
  }
  return -1;
}

/** Someone unnamed, the noun at `noun` introduced by the indefinite article at `opener`. */
function unnamedRole(
  tokens: readonly Token[],
  noun: number,
  opener: number,
): { subject: Subject; from: number } {
  const article = tokens[opener] as Token;
  return {
    subject: {
      kind: 'role',
      words: [(tokens[noun] as Token).lower],
      definite: false,
      at: article.start,
      fresh: true,
    },
    from: opener,
  };
}

/** "No 10", "No. 10", "Number 10": the Prime Minister's office, in British copy. */
function isNumberTen(words: readonly Token[]): boolean {
  return /^(?:no\.? 10|number 10)$/.test(words.map((part) => part.lower).join(' '));
}

const DOWNING_STREET = ['Downing', 'Street'];

/**
 * The plain noun a name completes through "of" ("the family of …", "a bench of Justices … and
 * …"), as an unnamed role; null when the name stands on its own.
 */
function ownerBefore(paragraph: ParagraphNarration, mention: Mention, min: number): Subject | null {
  const { tokens, mentionByLast } = paragraph;
  let first = roleStart(tokens, mention.first, min);
  // "Misra and Bhatti": the phrase starts with the first name of a coordination.
  if (mention.coordinated && tokens[first - 1]?.lower === 'and') {
    const previous = mentionByLast.get(first - 2);
    if (previous) first = roleStart(tokens, previous.first, min);
  }
  const of = tokens[first - 1];
  const noun = tokens[first - 2];
  if (first - 2 < min || of?.lower !== 'of' || !of.blank || !noun?.blank) return null;
  // "A Division Bench of Justices …": The Hindu capitalises the bench.
  const bench = noun.lower === 'bench';
  if (!bench && (noun.capitalised || isRoleNoun(noun.lower) || TITLES.has(noun.lower))) return null;
  if (!/^\p{Ll}{3,}$/u.test(noun.lower) || DETERMINERS.has(noun.lower)) return null;
  // Never definite: "the family" is not resolved like a pronoun to the last person quoted.
  return { kind: 'role', words: [noun.lower], definite: false, at: noun.start };
}

/**
 * The token whose comma opens the relative or participle clause (", who …,", ", which …,",
 * ", speaking …,")
 * that ends at token `k`, looking back at most 30 tokens and across no other comma; -1 when
 * there is none.
 */
function relativeClauseStart(tokens: readonly Token[], k: number, min: number): number {
  for (let j = k - 1; j >= min && j >= k - 30; j--) {
    const token = tokens[j] as Token;
    // "which represents 190,000 businesses": a comma inside a number is none.
    if (!/,\s/.test(token.gap)) continue;
    // ", who spoke on condition …," or ", speaking on condition …,"; "The AFL-CIO, which has
    // made the bill its first goal, called": or ", which …,".
    const opener = tokens[j + 1]?.word ?? '';
    // "The Grattan Institute, led by Danielle Wood, called", ", formed in 1992,": or a past
    // participle and its phrase.
    const participle =
      /^\p{Ll}{2,}ed$/u.test(opener) && /^(?:by|in|on|at|from)$/.test(tokens[j + 2]?.lower ?? '');
    return /^(?:who|whom|whose|which)$/.test(opener) ||
      /^\p{Ll}{2,}ing$/u.test(opener) ||
      participle
      ? j
      : -1;
  }
  return -1;
}

/**
 * A comma stands before the name at token `first`, past the capitalised titles in front of it
 * ("…, Sir Ed Davey", "…, Chief Minister Mamata Banerjee").
 */
/** The word before `first` is a kin or role noun followed by a comma: "Her husband, Bhaskar". */
function afterRoleNoun(tokens: readonly Token[], first: number): boolean {
  const previous = tokens[first - 1];
  return (
    previous !== undefined &&
    /^,\s$/.test(previous.gap) &&
    (KIN_NOUNS.has(previous.lower) || isRoleNoun(previous.lower))
  );
}

function setOffBefore(tokens: readonly Token[], first: number, min: number): boolean {
  // "His caddie, a 15-year-old schoolboy named Jesse Lugo, said": the name an indefinite
  // apposition gives with "named".
  if (NAMING.has(tokens[first - 1]?.lower ?? '')) {
    for (let j = first - 2; j >= min && j >= first - 8; j--) {
      if ((tokens[j] as Token).gap.includes(','))
        return INDEFINITES.has(tokens[j + 1]?.lower ?? '');
      if (!(tokens[j] as Token).blank) return false;
    }
    return false;
  }
  let j = first - 1;
  while (j > min && j >= first - 4 && !(tokens[j] as Token).gap.includes(',')) {
    // "The governors' chair, the Rev Sarah Dunmore, said".
    // "His mother, the filmmaker Mira Nair, said": or before a role.
    const after = tokens[j + 1] as Token;
    const article =
      (tokens[j] as Token).lower === 'the' &&
      (after.capitalised || isRoleNoun(after.lower) || ROLE_MODIFIERS.has(after.lower));
    // "His mother, veteran actress Neetu Kapoor, said": role words before the name.
    // "The actor's father, veteran screenwriter Salim Khan, said": or an occupation.
    const role =
      isRoleNoun((tokens[j] as Token).lower) ||
      ROLE_MODIFIERS.has((tokens[j] as Token).lower) ||
      OCCUPATION.test((tokens[j] as Token).word);
    if (!(tokens[j] as Token).capitalised && !article && !role) return false;
    j--;
  }
  return j >= min && (tokens[j] as Token).gap.includes(',');
}

/** Extends a subject's start back over role words before a name ("Kremlin spokesperson"). */
export function roleStart(tokens: readonly Token[], index: number, min: number): number {
  let start = index;
  while (start - 1 >= min) {
    const previous = tokens[start - 1] as Token;
    if (
      !previous.blank ||
      !(
        ROLE_NOUNS.has(previous.lower) ||
        TITLES.has(previous.lower) ||
        previous.capitalised ||
        DETERMINERS.has(previous.lower)
      )
    )
      break;
    start--;
  }
  return start;
}

/** The role words of a phrase, after any possessive owner: "Putin's Press Secretary" → press secretary. */
export function roleWords(phrase: readonly Token[]): string[] {
  let from = 0;
  phrase.forEach((token, index) => {
    if (token.possessive) from = index + 1;
  });
  const words = mapPacked(phrase.slice(from), (token) => token.lower);
  return words.length > 0 ? words : [(phrase[phrase.length - 1] as Token).lower];
}
/** A role noun, singular or plural ("officials", "spokesmen"). */
export function isRoleNoun(word: string): boolean {
  return (
    ROLE_NOUNS.has(word) ||
    // "the LG", "the COAS": an office's abbreviation.
    ROLE_ACRONYMS.has(word) ||
    singularOfRole(word) !== null ||
    // "actor-politician", "co-founder": a compound is the role its last part names.
    (word.includes('-') && isCompoundRole(word))
  );
}

function isCompoundRole(word: string): boolean {
  const last = word.slice(word.lastIndexOf('-') + 1);
  return last.length > 2 && !last.includes('-') && isRoleNoun(last);
}

/**
 * The role words when token `first` opens a definite role that is a clause's subject: "The mayor
 * replied", "The city's police chief said" → ["police", "chief"]; null otherwise. `end` bounds it.
 */
export function definiteRoleAt(
  tokens: readonly Token[],
  first: number,
  end: number,
): string[] | null {
  if (tokens[first]?.lower !== 'the') return null;
  for (let k = first + 1; k <= first + 3 && k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const next = tokens[k + 1];
    if (token.start >= end || !next) return null;
    if (!ROLE_NOUNS.has(token.lower)) {
      if (!token.blank) return null;
      continue;
    }
    const verbFollows =
      token.gap.includes(',') || (/^\p{Ll}+$/u.test(next.word) && !PREPOSITIONS.has(next.lower));
    return verbFollows
      ? mapPacked(tokens.slice(first + 1, k + 1), (part) => part.lower.replace(/'s$/, ''))
      : null;
  }
  return null;
}
