/**
 * Where a person's name starts after the titles that open a run: title words, abbreviated and
 * bracketed titles, district officers' postings, a title's domain or legislature.
 */

import { COMMON_CAPITALISED } from '../lexicon/commonWords.ts';
import { SEATS, ROLE_NOUNS } from '../lexicon/roles.ts';
import { ORGANISATION_WORDS, SECTOR_NOUNS } from '../lexicon/organisations.ts';
import { PLACES } from '../lexicon/places.ts';
import { PORTFOLIO_WORDS, TITLES } from '../lexicon/titles.ts';
import type { Token } from '../tokenize.ts';
import { bare, beforeMiddleInitial, isInitial, isRetiredMark, givenNameOf } from './tokenTests.ts';

/** "mother-of-three", "20-year-old". */
const HYPHENATED_TITLE = /^\p{L}+-(?:of-\p{L}+|year-old)$/u;

/** Titles shortened with a stop: without it, "Sen", "Gen" and "Col" inside a name are names. */
export const ABBREVIATED_TITLES = new Set(
  'sen rep gov gen col lt maj capt sgt cmdr adm det insp supt atty cpl pvt brig msgr hon comdr'.split(
    ' ',
  ),
);

/**
 * "Gaura Sen Gupta": an abbreviated title written without its stop, before a word that is no
 * given name and no title, is part of the name ("Lt Gen Rajiv Ghai" keeps its ranks).
 */
export function surnameInside(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  const previous = tokens[k - 1];
  return (
    surnameLikeAbbreviation((tokens[k] as Token).word) &&
    // "Lt Gen Dhiraj Seth", "Maj Gen": a rank after another rank is a rank.
    !(previous?.blank && TITLES.has(bare(previous))) &&
    next !== undefined &&
    givenNameOf(next) === undefined &&
    !TITLES.has(bare(next)) &&
    // "Gen D S Hooda", "Lt Gen (Retd) D S Hooda": an initial or a retired mark follows a rank.
    !isInitial(next.word) &&
    !isRetiredMark(tokens, k + 1)
  );
}

/** "Sen", "Col" as written: a surname, where "Sen." is a title. */
export function surnameLikeAbbreviation(word: string): boolean {
  return ABBREVIATED_TITLES.has(word.toLowerCase()) && !word.endsWith('.');
}

/** A hyphened word whose last part is a role noun: "actor-politician", "co-founder". */
export function compoundRole(lower: string): boolean {
  const hyphen = lower.lastIndexOf('-');
  return hyphen > 0 && ROLE_NOUNS.has(lower.slice(hyphen + 1));
}

/** Officers named with their district: "SSP Baramulla", "DC Ludhiana", "Deputy Commissioner Kupwara". */
export const DISTRICT_OFFICERS = new Set(
  'ssp sp dc dm sdm sho dcp igp ig dig adgp dgp cp acp commissioner collector magistrate superintendent'.split(
    ' ',
  ),
);

/** "Senior Superintendent of Police (SSP) Ganderbal …": the title in brackets before `from`. */
export function bracketedTitle(tokens: readonly Token[], from: number): Token | undefined {
  const title = tokens[from - 1];
  return title && /^\) ?$/.test(title.gap) && /\($/.test(tokens[from - 2]?.gap ?? '')
    ? title
    : undefined;
}

/** "Commissioner of Police Ludhiana …": the title before "of Police" opening the run at `from`. */
export function policeTitle(tokens: readonly Token[], from: number): Token | undefined {
  return tokens[from]?.lower === 'police' && tokens[from - 1]?.lower === 'of'
    ? tokens[from - 2]
    : undefined;
}

/** Words that open an officer's posting: "DCP North", "SP Rural Lucknow", "DIG Range". */
const POSTING_OPENERS = new Set(
  'north south east west central outer rural city range zone'.split(' '),
);

/**
 * Words that follow a given name in Indian names ("Gurinderpal Singh Bhullar", "Khalil Ahmad
 * Poswal"): the word before them is a given name, not a district.
 */
const NAME_MIDDLES = new Set(
  'singh kaur kumar kumari lal prasad chand nath ram das dev devi bai ahmad ahmed hussain mohammad mohammed ali'.split(
    ' ',
  ),
);

/**
 * Where the name starts after a district officer's title at `first` ("SSP Baramulla Gurinderpal
 * Singh", "IGP Kashmir V K Birdi", "SP Rural Lucknow Harendra Kumar"): after a posting of a place
 * (a direction or "Rural" may open it) when two or more words of a name follow; `first` when the
 * run is the name ("SSP Gurinderpal Singh Bhullar", "SP Rahul Kumar Singh").
 */
export function afterPosting(tokens: readonly Token[], first: number, to: number): number {
  let k = first;
  while (k < to - 1 && POSTING_OPENERS.has((tokens[k] as Token).lower)) k++;
  const word = tokens[k] as Token;
  const given = givenNameOf(word) !== undefined && !PLACES.has(word.lower);
  // "DCP North Raja Banthia": the posting may be the direction alone.
  if (given || to - k < 2) return k > first && to - k >= 1 ? k : first;
  const next = tokens[k + 1] as Token;
  if (isTitleWord(tokens, k + 1) || isInitial(word.word)) return first;
  // "Agriculture Commissioner Thad W. Mobley": a word before a middle initial with a stop and
  // the surname is a given name the lists lack, not a posting.
  if (beforeMiddleInitial(tokens, k, to) && !PLACES.has(word.lower)) return first;
  return PLACES.has(word.lower) ||
    givenNameOf(next) !== undefined ||
    isInitial(next.word) ||
    !NAME_MIDDLES.has(next.lower)
    ? k + 1
    : first;
}

/**
 * The first token of the name in a run that opens with the place a title's "to", "of" or "for"
 * governs ("ambassador to China Ashok K Kantha"), or -1.
 */
export function placeEndsTitle(tokens: readonly Token[], from: number, to: number): number {
  const link = tokens[from - 1];
  const title = tokens[from - 2];
  if (!link || !title || !/^(?:to|of|for|in|from)$/.test(link.lower) || !link.blank) return -1;
  if (!title.capitalised && !ROLE_NOUNS.has(title.lower) && !TITLES.has(title.lower)) return -1;
  let k = from;
  while (k < to - 1 && PLACES.has((tokens[k] as Token).lower)) k++;
  const head = tokens[k] as Token;
  const opensName = givenNameOf(head) !== undefined || isInitial(head.word);
  if (k > from && opensName) return k;
  // "Samajwadi Party MP from Faizabad Awadhesh Prasad": a member's seat, one word the lists may
  // lack, then a name of two words or more.
  return link.lower === 'from' && SEATS.has(title.lower) && to - from >= 2 ? from + 1 : -1;
}

/**
 * The index of a known given name in `(first, to)` that follows a title word and is followed by
 * a surname, or `first` when there is none.
 */
export function givenNameAfterTitle(tokens: readonly Token[], first: number, to: number): number {
  let titled = false;
  for (let k = first; k < to; k++) {
    const token = tokens[k] as Token;
    if (titled && k > first && givenNameOf(token) !== undefined) {
      const rest = tokens.slice(k + 1, to + 1);
      const personal = rest.every(
        (part) => part.lower !== 'of' && !ORGANISATION_WORDS.has(part.lower),
      );
      return personal ? nameOpening(tokens, k, first) : first;
    }
    if (TITLES.has(bare(token)) || ROLE_NOUNS.has(token.lower)) titled = true;
  }
  // "Central Bank of Nigeria Governor Olayemi Cardoso": two or three capitalised words the lists
  // lack after the run's last title are a name.
  for (let k = to - 2; k >= to - 3 && k > first; k--) {
    const title = tokens[k] as Token;
    if (!TITLES.has(bare(title)) && !ROLE_NOUNS.has(title.lower)) continue;
    const name = tokens.slice(k + 1, to + 1);
    const personal = name.every((part) => namelike(part) && !ROLE_NOUNS.has(part.lower));
    return personal ? k + 1 : first;
  }
  return first;
}

/** A capitalised word no list knows as a place, an institution, a title or a common word. */
export function namelike(token: Token): boolean {
  return (
    token.capitalised &&
    !PLACES.has(token.lower) &&
    !ORGANISATION_WORDS.has(token.lower) &&
    !TITLES.has(bare(token)) &&
    !COMMON_CAPITALISED.has(token.lower)
  );
}

/**
 * Where a name whose given name is token `k` opens: "Minister of State for Home Affairs Bandi
 * Sanjay Kumar" puts a word the lists lack, right after the title's domain, before it.
 */
export function nameOpening(tokens: readonly Token[], k: number, first: number): number {
  const before = tokens[k - 1];
  const domain = tokens[k - 2];
  if (!before || !domain || k - 1 < first) return k;
  const unlisted =
    namelike(before) &&
    givenNameOf(before) === undefined &&
    !ROLE_NOUNS.has(before.lower) &&
    (ORGANISATION_WORDS.has(domain.lower) || PLACES.has(domain.lower) || TITLES.has(bare(domain)));
  return unlisted ? k - 1 : k;
}

/**
 * The index of the first known given name in `(first, to)` that a surname follows, when no word
 * before it is a given name or an initial; `first` otherwise.
 */
export function firstGivenName(tokens: readonly Token[], first: number, to: number): number {
  for (let k = first; k < to; k++) {
    const token = tokens[k] as Token;
    const given = givenNameOf(token) !== undefined;
    if (given) return k > first && !ORGANISATION_WORDS.has((tokens[to] as Token).lower) ? k : first;
    // "Chief Minister of Delhi Arvind Kejriwal": a place is part of the title's complement.
    if (isInitial(token.word)) return first;
  }
  return first;
}

/**
 * The run `[from, to]` is the complement of a title before it: after "of", "and" or "for"
 * ("Secretary of Health … Abraham Ribicoff"), "of the", "for the" or "to the" ("President of the United
 * States Joe Biden"), or "in" and "in the" before a legislature ("Leader of Opposition in Lok
 * Sabha Rahul Gandhi", "… in the MP Assembly Umang Singhar"). `first` is where its name may start.
 */
export function complementsTitle(
  tokens: readonly Token[],
  from: number,
  first: number,
  to: number,
) {
  const previous = tokens[from - 1]?.lower ?? '';
  if (/^(?:of|and|for)$/.test(previous)) return true;
  const preposition = previous === 'the' ? (tokens[from - 2]?.lower ?? '') : previous;
  // "Ambassador to the UN Mike Waltz": or "to the".
  if (previous === 'the' && /^(?:of|for|to)$/.test(preposition)) return true;
  return preposition === 'in' && chamberEnd(tokens, first, to) > first;
}

/**
 * "Governor of Reserve Bank of India Shaktikanta Das": in a run that opens with a title (or is
 * its complement), the two or three capitalised words after its last place or institution word
 * are a person's name, even when the given name is one the lists lack; `first` when the run has
 * no such ending.
 */
export function nameAfterDomain(tokens: readonly Token[], first: number, to: number): number {
  const titled =
    isTitleWord(tokens, first) ||
    ROLE_NOUNS.has((tokens[first] as Token).lower) ||
    // "Governor of Reserve Bank of India …": the run is the complement of a title before it.
    // "Minister for Rural Development and Panchayat Raj Priyank Kharge": or its second part.
    /^(?:of|for|and)$/.test(tokens[first - 1]?.lower ?? '');
  if (!titled) return first;
  // "Commissioner of Police Amitesh Kumar": after "of", a domain of one word is enough.
  const complement = /^(?:of|for|and)$/.test(tokens[first - 1]?.lower ?? '');
  for (let start = to - 1; start >= to - 2 && start > first + (complement ? 0 : 1); start--) {
    const domain = tokens[start - 1] as Token;
    if (
      !PLACES.has(domain.lower) &&
      !ORGANISATION_WORDS.has(domain.lower) &&
      !PORTFOLIO_WORDS.has(domain.lower)
    )
      continue;
    const name = tokens.slice(start, to + 1);
    return name.every(namelike) ? start : first;
  }
  return first;
}

/** Words that end a legislature's name: "Lok Sabha", "MP Assembly", "Senate". */
const CHAMBERS = new Set(['sabha', 'assembly', 'parliament', 'senate', 'council', 'house']);

/**
 * The token after a legislature's name that opens the run `[first, to]` and is followed by at
 * least two capitalised words (a person's name), or `first` when there is none.
 */
export function chamberEnd(tokens: readonly Token[], first: number, to: number): number {
  for (let k = first; k <= first + 3 && k <= to - 2; k++) {
    if (!CHAMBERS.has((tokens[k] as Token).lower)) continue;
    // "the Senate Foreign Relations Committee" is one institution, not a chamber and a person.
    const rest = tokens.slice(k + 1, to + 1);
    return rest.some((token) => ORGANISATION_WORDS.has(token.lower)) ? first : k + 1;
  }
  return first;
}

/** A title or a place adjective before a name: "Russian President", "PM", "Mr". */
export function isTitleWord(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  // "MS Dhoni", "DR Kaarthikeyan": an honorific's letters in capitals are initials.
  if (/^(?:MS|MR|DR)$/.test(token.word) && tokens[index + 1]?.capitalised) return false;
  if (TITLES.has(bare(token))) return true;
  // "Det Con Bethan Rowlands": the UK's Detective Constable, written short ("Con" alone is a name).
  if (token.lower === 'con' && /^det(?:\.|ective)?$/.test(tokens[index - 1]?.lower ?? ''))
    return true;
  // "Garda Niall Cregan": an Irish police officer's rank before a given name ("Garda said" is
  // the force).
  if (
    token.lower === 'garda' &&
    tokens[index + 1]?.capitalised === true &&
    givenNameOf(tokens[index + 1] as Token) !== undefined
  )
    return true;
  // "Finn Russell", "Dane Swanson": a role noun that is also a given name, before a surname.
  const after = tokens[index + 1];
  const given =
    givenNameOf(token) !== undefined &&
    after?.capitalised === true &&
    !TITLES.has(bare(after)) &&
    !ROLE_NOUNS.has(after.lower);
  if (ROLE_NOUNS.has(token.lower)) return !given;
  // "Tan Sri Muhyiddin Yassin", "Toh Puan …": Malaysian honours of two words, whose first is
  // also a surname ("Tony Tan").
  if (/^(?:tan|toh|yang)$/.test(token.lower) && /^(?:sri|puan|berhormat)$/.test(after?.lower ?? ''))
    return true;
  // "Sri Rao" is Mr Rao; "Sri Lanka" a country and "Sri Sri Ravi Shankar" a name.
  if (token.lower === 'sri')
    return (
      after?.capitalised === true &&
      !/^(?:lanka|lankan|lankans|sri)$/.test(after.lower) &&
      tokens[index - 1]?.lower !== 'sri'
    );
  // "Actor-politician Vijay": a compound whose head is a role.
  if (compoundRole(token.lower)) return true;
  // "Mother-of-three Kerry Walsh", "Fourteen-year-old Vaibhav Suryavanshi": descriptions.
  if (HYPHENATED_TITLE.test(token.lower)) return true;
  // "Carmaker Tata Motors", "Brokerage JM Financial": the kind of firm before its name.
  if (SECTOR_NOUNS.has(token.lower) && after?.capitalised === true) return true;
  // Place words before a title ("South African President") belong to the title.
  let next = index;
  while (PLACES.has((tokens[next] as Token | undefined)?.lower ?? '')) next++;
  return next > index && TITLES.has(bare(tokens[next] as Token | undefined));
}
