/**
 * Places written between a subject and its verb, which only say where the subject is: "The
 * Weather Bureau at Boston said", "A union spokesman in Detroit said", "Mary Lee of Cornell said",
 * "A Belgian businessman in Elisabethville, who declined to be named, said".
 */

import { DETERMINERS } from '../lexicon/commonWords.ts';
import { OCCUPATION, SPOKESPEOPLE, singularOfRole } from '../lexicon/roles.ts';
import { DOCUMENT_NOUNS, ORGANISATION_WORDS } from '../lexicon/organisations.ts';
import { PLACES } from '../lexicon/places.ts';
import { TITLES } from '../lexicon/titles.ts';
import type { ParagraphNarration } from '../narration.ts';
import type { Token } from '../tokenize.ts';
import type { SubjectAt } from './subject.ts';
import { isRoleNoun } from './roleNouns.ts';
import { AGE_NUMBER } from './wordTests.ts';
import { LONG_LOWER_WORD } from '../../text/wordShapes.ts';

/** A word that looks plural: "farmers", "Residents". */
const PLURAL_LOOKING = /^\p{L}+s$/u;

/**
 * "The Foreign Affairs Ministry in Dhaka said", "The Weather Bureau at Boston said": a place after
 * "in", "at" or "near" that ends at token `k` only says where the body before it is. The body's
 * last token, or `k`. A one-word place from the places list, read first; `bodyBeforePlace` reads
 * a place the mentions found, once the clauses set off before the verb are stepped over.
 */
export function bodyBeforeKnownPlace(
  paragraph: ParagraphNarration,
  k: number,
  min: number,
): number {
  const { tokens } = paragraph;
  return k - 2 >= min &&
    (tokens[k] as Token).capitalised &&
    PLACES.has((tokens[k] as Token).lower) &&
    /^(?:in|at|near)$/.test(tokens[k - 1]?.lower ?? '') &&
    paragraph.mentionByLast.get(k - 2)?.kind === 'organisation'
    ? k - 2
    : k;
}

/**
 * "A Bureau of Mines spokesman in Washington said", "a Northwest spokesman in New York said":
 * where an institution's spokesperson is, ending at token `k` ("A spokeswoman at Gatwick" speaks
 * for the place). The spokesperson's token, or `k`.
 */
export function spokespersonBeforePlace(tokens: readonly Token[], k: number, min: number): number {
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
    return place - 2;
  return k;
}

/**
 * "Judge William Alsup in San Francisco said", "Mary Lee of Cornell said", "J. W. Bass of 2707
 * North Haskell said", "A Chevrolet dealer on Ross Avenue said": a place after a person's name, a
 * body or an unnamed person's noun, ending at token `k`, says where they are. The token before
 * the place, or `k`; "Larry Dawes, 19, of Waco said": the person named before an age and a place.
 */
export function beforeLocation(
  paragraph: ParagraphNarration,
  k: number,
  min: number,
): SubjectAt | number {
  const { tokens } = paragraph;
  const located = paragraph.mentionByLast.get(k);
  // "at the Peterson Institute": the article may come between.
  const address = located ? addressStart(tokens, located.first, min) : -1;
  const preposition =
    address >= 0
      ? address
      : located
        ? located.first - (tokens[located.first - 1]?.lower === 'the' ? 2 : 1)
        : -1;
  const link = tokens[preposition]?.lower ?? '';
  const head = tokens[preposition - 1];
  // "Larry Dawes, 19, of Waco said": an age between commas may come between the name and place.
  const aged =
    head !== undefined &&
    AGE_NUMBER.test(head.word) &&
    /^,\s$/.test(head.gap) &&
    /^,\s$/.test(tokens[preposition - 2]?.gap ?? '');
  const nameEnd = aged ? preposition - 2 : preposition - 1;
  const placed = nameEnd >= min ? paragraph.mentionByLast.get(nameEnd) : undefined;
  if (
    located !== undefined &&
    (located.oblique || address >= 0) &&
    /^(?:in|of|at|from|near|on)$/.test(link) &&
    (head?.blank === true || aged) &&
    ((placed?.kind === 'person' && !placed.oblique && !/^(?:near|on)$/.test(link)) ||
      // "The Weather Bureau at Boston said", "A state police dispatcher at Framingham said",
      // "The National Weather Service office in Norman said", "A Chevrolet dealer on Ross
      // Avenue said": a place after a body or an unnamed person's noun only says where they are.
      (link !== 'of' &&
        located.kind !== 'organisation' &&
        // Not "Diane Swonk, chief economist at KPMG, said": an appositive after a name.
        opensClause(tokens, preposition - 1, min) &&
        ((placed?.kind === 'organisation' && !placed.oblique) ||
          (!head.capitalised &&
            // "A union spokesman in Detroit said": a city only says where the spokesperson is;
            // "A spokeswoman at Gatwick" speaks for the place.
            (!SPOKESPEOPLE.has(head.lower) || link === 'in') &&
            (isRoleNoun(head.lower) ||
              TITLES.has(head.lower) ||
              OCCUPATION.test(head.lower) ||
              ORGANISATION_WORDS.has(head.lower))))))
  ) {
    if (aged && placed)
      return { subject: { kind: 'mention', mention: placed }, from: placed.first };
    return preposition - 1;
  }
  return k;
}

/** Words that place a town in its region: "in north-west St Catherine", "near rural Parkes". */
const AREA_WORDS =
  /^(?:(?:north|south)(?:-?(?:east|west))?|east|west|central|(?:north|south|east|west)ern|rural|downtown|suburban|inner|outer|upper|lower|greater|the|and)$/;

/**
 * "Farmers near Parkes and Forbes have reported", "Farmers in north-west St Catherine say",
 * "Residents of Anand Vihar said": people in the plural before places, which only say where they
 * are; the places may be listed and placed in their region. The plural noun's token, or `k`.
 */
export function crowdBeforePlace(paragraph: ParagraphNarration, k: number, min: number): number {
  const { tokens } = paragraph;
  if (!paragraph.mentionByLast.get(k)) return k;
  let j = k;
  for (let step = 0; j > min && step < 8; step++) {
    const mention = paragraph.mentionByLast.get(j);
    if (mention) j = mention.first - 1;
    else if (AREA_WORDS.test((tokens[j] as Token).lower)) j--;
    else break;
    // "Parkes, Forbes and Dubbo": a list's comma, or a blank.
    if (j >= min && !/^,? $/.test((tokens[j] as Token).gap)) return k;
  }
  const preposition = tokens[j] as Token | undefined;
  const head = tokens[j - 1];
  return j - 1 >= min &&
    preposition !== undefined &&
    /^(?:in|near|of|from|around|across|outside)$/.test(preposition.lower) &&
    preposition.blank &&
    head?.blank === true &&
    PLURAL_LOOKING.test(head.word) &&
    singularOfRole(head.lower) !== null &&
    opensClause(tokens, j - 1, min)
    ? j - 1
    : k;
}

/**
 * "J. W. Bass of 2707 North Haskell said", "of 1215 E. 8th St.": a street address after "of" or
 * "at" (a house number, then a street's words) before the name that opens at `at`. The index of
 * "of" or "at", or -1.
 */
function addressStart(tokens: readonly Token[], at: number, min: number): number {
  let j = at - 1;
  while (
    j > at - 4 &&
    j > min &&
    /^(?:\d+(?:st|nd|rd|th)|[NSEW]\.)$/.test((tokens[j] as Token).word)
  )
    j--;
  const number = tokens[j];
  return j > min &&
    number !== undefined &&
    /^\d{2,5}$/.test(number.word) &&
    number.blank &&
    /^(?:of|at)$/.test((tokens[j - 1] as Token).lower)
    ? j - 1
    : -1;
}

/**
 * "A Belgian businessman in Elisabethville", "A white senior at Central": the noun before the
 * place whose name ends at token `k`, when an indefinite article or "one" opens the clause with
 * it; or -1.
 */
export function unnamedBeforePlace(paragraph: ParagraphNarration, k: number, min: number): number {
  const { tokens } = paragraph;
  const place = paragraph.mentionByLast.get(k);
  if (!place?.oblique || place.kind === 'organisation') return -1;
  const link = place.first - (tokens[place.first - 1]?.lower === 'the' ? 2 : 1);
  const head = tokens[link - 1];
  if (
    !/^(?:in|at|on|near|from)$/.test(tokens[link]?.lower ?? '') ||
    !head?.blank ||
    head.capitalised ||
    !LONG_LOWER_WORD.test(head.word) ||
    // "A spokeswoman at Gatwick", "An editorial in the Atlanta Constitution": they speak for it.
    SPOKESPEOPLE.has(head.lower) ||
    DOCUMENT_NOUNS.has(head.lower) ||
    /^(?:editorial|column|article|commentary)$/.test(head.lower) ||
    !opensClause(tokens, link - 1, min)
  )
    return -1;
  for (let j = link - 2; j >= min && j >= link - 5; j--)
    if (/^(?:a|an|one)$/.test((tokens[j] as Token).lower)) return link - 1;
  return -1;
}

/**
 * "A spokesman for the Ford Motor Co. at Dearborn, Mich., said": the last token of the
 * organisation named right before the place that ends at token `k`, or `k` when no body stands
 * there.
 */
export function bodyBeforePlace(paragraph: ParagraphNarration, k: number): number {
  const { tokens } = paragraph;
  const place = paragraph.mentionByLast.get(k);
  if (!place?.oblique || place.kind === 'organisation') return k;
  const link = tokens[place.first - 1];
  const body = paragraph.mentionByLast.get(place.first - 2);
  return link?.blank &&
    /^(?:in|at)$/.test(link.lower) &&
    body?.kind === 'organisation' &&
    (tokens[body.last] as Token).blank
    ? body.last
    : k;
}

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
