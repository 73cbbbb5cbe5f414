/**
 * The role stated with a name: its titles, role words before it, an appositive after it, or an
 * office a clause gives it ("was elected the first pope").
 */

import { KIN_NOUNS, ROLE_NOUNS } from '../lexicon/roles.ts';
import { DETERMINERS } from '../lexicon/commonWords.ts';
import { ORGANISATION_WORDS, PARTIES } from '../lexicon/organisations.ts';
import { PLACES } from '../lexicon/places.ts';
import { COURTESY_TITLES, TITLES } from '../lexicon/titles.ts';
import type { Token } from '../tokenize.ts';
import { mapPacked } from '../../text/mapPacked.ts';
import { memoised } from '../../text/memoised.ts';
import { bare } from './tokenTests.ts';

/** "three-time", "five-times". */
const SO_MANY_TIMES = /^[\p{L}\d]+-times?$/u;

/** The role stated with a name: its titles, role words before it, or an appositive after it. */
export function roleOf(
  tokens: readonly Token[],
  place: readonly Token[],
  titles: readonly Token[],
  from: number,
  to: number,
): string | null {
  const before: string[] = [];
  // "External Affairs Minister (EAM) S Jaishankar": the title's acronym in brackets between.
  const bracketed =
    /^ \($/.test(tokens[from - 2]?.gap ?? '') && /^\) $/.test(tokens[from - 1]?.gap ?? '');
  let start = bracketed ? from - 2 : from - 1;
  // "Leader of the Opposition V.D. Satheesan": the title's "of (the)" before its last word.
  let link = start;
  if (!bracketed && tokens[link]?.lower === 'the') link--;
  const head = tokens[link - 1];
  // "Mayor of London Sadiq Khan", "ambassador to China Ashok K Kantha": or the place that
  // completes it.
  const linked =
    !bracketed &&
    (tokens[link]?.lower === 'of' ||
      // "Minister for Housing James Browne": or the portfolio the run opened with, after a
      // capitalised title ("a spokesman for Senator Jim Tallow" is not the Senator's).
      ((place.length > 0 || portfolioOnly(titles, head)) &&
        /^(?:to|for|in)$/.test(tokens[link]?.lower ?? ''))) &&
    head?.gap === ' ' &&
    (ROLE_NOUNS.has(head.lower) || TITLES.has(head.lower))
      ? mapPacked(tokens.slice(link, start + 1), (token) => token.word)
      : [];
  if (linked.length > 0) start = link - 1;
  for (let i = start; i >= 0 && before.length < 4; i--) {
    const token = tokens[i] as Token;
    if ((token.gap !== ' ' && !(i === start && bracketed)) || token.possessive) break;
    const roleWord =
      ROLE_NOUNS.has(token.lower) ||
      TITLES.has(token.lower) ||
      // "Secretary of State for Health", "Minister of State for Home Affairs".
      (token.lower === 'of' &&
        before.length > 0 &&
        (ROLE_NOUNS.has(tokens[i - 1]?.lower ?? '') || TITLES.has(tokens[i - 1]?.lower ?? '')));
    const modifier =
      (token.capitalised &&
        (ORGANISATION_WORDS.has(token.lower) ||
          PLACES.has(token.lower) ||
          // "BJP spokesperson Sambit Patra": the party is part of the role.
          PARTIES.has(token.lower))) ||
      // "Seven-time world champion Lewis Hamilton": a count is part of the title.
      SO_MANY_TIMES.test(token.lower) ||
      token.lower === 'world';
    if (!roleWord && !(modifier && before.length > 0)) {
      // "Former Punjab chief minister Amarinder Singh": a place's name between "former" and a
      // lower-case office.
      const former = before.length > 0 ? formerBeforePlace(tokens, i) : -1;
      if (former >= 0)
        before.unshift(...mapPacked(tokens.slice(former, i + 1), (part) => part.word));
      break;
    }
    before.unshift(token.word);
  }
  const stated = mapPacked([...before, ...linked, ...place, ...titles], (part) =>
    typeof part === 'string' ? part : part.word,
  ).join(' ');
  const role =
    statedRole(stated) ??
    (titles.length > 0 && before.length === 0 ? listedTitle(tokens, from, titles) : null) ??
    appositiveBefore(tokens, from) ??
    appositiveAfter(tokens, to);
  // "his wife, former first lady Jill Biden": the relation named before the comma stays known.
  const kin = kinBefore(tokens, from - before.length);
  return kin && !role?.includes(kin) ? (role ? `${kin} ${role}` : kin) : role;
}

/**
 * `titles` are a portfolio's words ("External Affairs"), no office of their own ("Senator"), and
 * `head` is a capitalised title before them.
 */
function portfolioOnly(titles: readonly Token[], head: Token | undefined): boolean {
  return (
    titles.length > 0 &&
    head?.capitalised === true &&
    titles.every((token) => !ROLE_NOUNS.has(token.lower))
  );
}

/**
 * The index of the "former" that opens the capitalised words ending at token `at`: "Former
 * Punjab", "former Tamil Nadu"; -1 when none does.
 */
function formerBeforePlace(tokens: readonly Token[], at: number): number {
  for (let i = at; i >= 1 && i >= at - 2; i--) {
    const token = tokens[i] as Token;
    if (token.gap !== ' ' || !token.capitalised || token.possessive) return -1;
    const former = tokens[i - 1] as Token;
    if (former.gap === ' ' && FORMER_WORDS.has(former.lower)) return i - 1;
  }
  return -1;
}

const FORMER_WORDS = new Set(['former', 'ex']);

/**
 * "Secretary of Health, Education and Welfare Abraham Ribicoff": a title whose complement is a
 * list, split from the name's run at its commas; the whole title, or null.
 */
function listedTitle(
  tokens: readonly Token[],
  from: number,
  titles: readonly Token[],
): string | null {
  for (let j = from - 1; j >= 0 && j >= from - 10; j--) {
    const token = tokens[j] as Token;
    if (token.gap !== ' ' && token.gap !== ', ') return null;
    if (!token.capitalised && !/^(?:and|of|for|the)$/.test(token.lower)) return null;
    if ((TITLES.has(bare(token)) || ROLE_NOUNS.has(token.lower)) && tokens[j + 1]?.lower === 'of')
      return [
        ...mapPacked(tokens.slice(j, from), (part) => `${part.word}${part.gap.trim()}`),
        ...mapPacked(titles, (part) => part.word),
      ].join(' ');
  }
  return null;
}

/** The relation noun and comma a few lower-case words before token `at`: "his wife, former …". */
function kinBefore(tokens: readonly Token[], at: number): string | null {
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    const token = tokens[i] as Token;
    if (/^,\s$/.test(token.gap)) return KIN_NOUNS.has(token.lower) ? token.lower : null;
    if (token.gap !== ' ' || token.capitalised) return null;
  }
  return null;
}

/** spelledRole kept by title: every name's run asks it of the same few titles. */
const statedRole = memoised(spelledRole);

/** The role a title states, with courtesy titles dropped and abbreviations spelled out; or null. */
function spelledRole(stated: string): string | null {
  if (
    stated &&
    stated
      .split(' ')
      .some((word) => ROLE_NOUNS.has(word.toLowerCase()) || TITLES.has(word.toLowerCase()))
  ) {
    const meaningful = stated
      .split(' ')
      .filter((word) => !COURTESY_TITLES.has(word.toLowerCase().replace(/\.$/, '')))
      .map((word) => ABBREVIATED_ROLES.get(word) ?? word);
    if (meaningful.length > 0) return meaningful.join(' ');
  }
  // "Gov. Price Daniel", "Atty. Gen. Robert Kennedy": abbreviated titles, spelled out, are the
  // roles the copy refers back with ("the governor said").
  const spelled = stated.split(' ').map((word) => ABBREVIATED_ROLES.get(word) ?? '');
  if (stated && spelled.every((word) => word !== '')) return spelled.join(' ');
  return null;
}

/** Titles as American copy abbreviates them before a name, and the words they stand for. */
const ABBREVIATED_ROLES: ReadonlyMap<string, string> = new Map([
  ['Gov.', 'Governor'],
  ['Lt.', 'Lieutenant'],
  ['Sen.', 'Senator'],
  ['Rep.', 'Representative'],
  ['Atty.', 'Attorney'],
  ['Gen.', 'General'],
  ['Dist.', 'District'],
  ['Supt.', 'Superintendent'],
  ['Sec.', 'Secretary'],
  ['Secy.', 'Secretary'],
  ['Comr.', 'Commissioner'],
  ['Adm.', 'Admiral'],
  ['Capt.', 'Captain'],
  ['Sgt.', 'Sergeant'],
  ['Det.', 'Detective'],
  ['Insp.', 'Inspector'],
  ['Col.', 'Colonel'],
  ['Maj.', 'Major'],
  ['Cmdr.', 'Commander'],
  ['Comdr.', 'Commander'],
  ['Pres.', 'President'],
  ['Prof.', 'Professor'],
  ['Brig.', 'Brigadier'],
  ['Cpl.', 'Corporal'],
  ['Pvt.', 'Private'],
  ['Ald.', 'Alderman'],
  ['Asst.', 'Assistant'],
]);

/** "Putin's Press Secretary, Dmitry Peskov": a role phrase and a comma just before the name. */
function appositiveBefore(tokens: readonly Token[], from: number): string | null {
  const comma = tokens[from - 1];
  if (!comma || !/^,\s$/.test(comma.gap) || !ROLE_NOUNS.has(comma.lower)) return null;
  const words: string[] = [];
  for (let i = from - 1; i >= 0 && words.length < 4; i--) {
    const token = tokens[i] as Token;
    if (i < from - 1 && (token.gap !== ' ' || token.possessive || DETERMINERS.has(token.lower)))
      break;
    words.unshift(token.word);
  }
  return words.join(' ');
}

/**
 * "Dmitry Peskov, the Kremlin spokesman, said": a role phrase between commas after the name;
 * "W. W. Jackson of San Antonio, the board chairman, said": after where the person is from.
 */
function appositiveAfter(tokens: readonly Token[], to: number): string | null {
  if ((tokens[to] as Token).gap === ' ' && tokens[to + 1]?.lower === 'of') {
    let end = to + 2;
    while (end <= to + 4 && (tokens[end] as Token | undefined)?.capitalised === true) {
      if (/^,\s$/.test((tokens[end] as Token).gap)) return appositiveAfter(tokens, end);
      if ((tokens[end] as Token).gap !== ' ') return null;
      end++;
    }
    return null;
  }
  if (!/^,\s$/.test((tokens[to] as Token).gap)) return null;
  const words: string[] = [];
  for (let i = to + 1; i < tokens.length && i <= to + 6; i++) {
    const token = tokens[i] as Token;
    if (!(i === to + 1 && DETERMINERS.has(token.lower))) words.push(token.word);
    if (token.gap.includes(',') || /[.;:]/.test(token.gap)) {
      const head = words[words.length - 1]?.toLowerCase() ?? '';
      return ROLE_NOUNS.has(head) && words.length <= 5 ? words.join(' ') : null;
    }
    if (token.gap !== ' ') return null;
  }
  return null;
}

/** Verbs that give someone an office: "was elected the first pope", "was named captain". */
const INSTALLING = /^(?:elected|appointed|named|chosen|picked|made|sworn|installed|crowned)$/;

/**
 * "CP Radhakrishnan was on Tuesday elected the Vice President of India", "Robert Prevost was
 * elected the first pope": the office a name is given by the clause after it, or null.
 */
export function electedRole(tokens: readonly Token[], to: number): string | null {
  if (
    (tokens[to] as Token).gap !== ' ' ||
    !/^(?:was|is|has|had|were)$/.test(tokens[to + 1]?.lower ?? '')
  )
    return null;
  let k = to + 2;
  // "was on Tuesday elected", "has been unanimously elected", "was sworn in as".
  while (
    k <= to + 5 &&
    tokens[k] &&
    !INSTALLING.test((tokens[k] as Token).lower) &&
    (tokens[k] as Token).blank
  )
    k++;
  if (!INSTALLING.test(tokens[k]?.lower ?? '')) return null;
  k++;
  while (/^(?:in|as|the|a|an|its|first|new|next)$/.test(tokens[k]?.lower ?? '')) k++;
  const words: string[] = [];
  for (; k < tokens.length && words.length < 4; k++) {
    const token = tokens[k] as Token;
    if (!ROLE_NOUNS.has(token.lower) && !TITLES.has(bare(token)) && !token.capitalised) break;
    words.push(token.word);
    if (token.gap !== ' ') break;
  }
  const head = words[words.length - 1]?.toLowerCase() ?? '';
  return ROLE_NOUNS.has(head) || TITLES.has(head) ? words.join(' ') : null;
}
