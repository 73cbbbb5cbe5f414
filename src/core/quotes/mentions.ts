import {
  COMMON_CAPITALISED,
  HYPHENED_PARTICLE,
  KIN_NOUNS,
  DETERMINERS,
  HONORIFICS,
  NAME_PARTICLES,
  OCCUPATION,
  SEATS,
  COMPANY_WORDS,
  CAPITALS_ONLY_TITLES,
  CORPORATE_SUFFIXES,
  NEWS_ORGANISATIONS,
  ORGANISATION_WORDS,
  PARTIES,
  PLACES,
  PORTFOLIO_WORDS,
  PREPOSITIONS,
  ROLE_ACRONYMS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SECTOR_NOUNS,
  SPEECH_VERBS,
  TITLES,
  WEEKDAYS,
  isDemonym,
  singularOfRole,
} from './lexicon.ts';
import { nationalityBefore } from './nationalities.ts';
import { partyTag } from './partyTags.ts';
import type { Token } from './tokenize.ts';
import { isCueVerb } from './cueVerbs.ts';
import { mapPacked } from '../text/mapPacked.ts';
import { memoised } from '../text/memoised.ts';
import { firstNameGender } from './firstNames.ts';

/** A capitalised name in the narration: a person, an organisation, or a word not yet known. */
export type Mention = {
  start: number;
  end: number;
  /** The name without titles: "Narendra Modi", "Modi", "Prime Minister's Office". */
  name: string;
  words: string[];
  kind: 'person' | 'organisation' | 'unknown';
  /** The role the text gives right next to the name ("Kremlin spokesperson"), if any. */
  role: string | null;
  /** The office a clause after the name gives it ("was elected the first pope"), if any. */
  office: string | null;
  /** Gender implied by an honorific (Mr, Mrs), if any. */
  gender: 'male' | 'female' | null;
  /** Index of the name's first and last token in the paragraph's tokens. */
  first: number;
  last: number;
  /** Inside a prepositional phrase or a possessive: not the subject of its sentence. */
  oblique: boolean;
  /** Joined to another name by "and": part of a plural subject. */
  coordinated: boolean;
  /** What a party-and-state tag after the name says of it ("Arizona Republican"), if any. */
  descriptors: string[];
};

const MALE_HONORIFICS = new Set([
  'monsieur',
  'herr',
  'signor',
  'senor',
  'senhor',
  'mr',
  'sir',
  'king',
  'prince',
  'lord',
  'father',
  'brother',
  'sheikh',
  'emperor',
  'sultan',
  'shri',
  'bapak',
  'encik',
  'alhaji',
]);
const FEMALE_HONORIFICS = new Set([
  'madame',
  'mademoiselle',
  'mme',
  'mlle',
  'frau',
  'signora',
  'senora',
  'mrs',
  'ms',
  'miss',
  'dame',
  'lady',
  'queen',
  'princess',
  'sister',
  'sheikha',
  'shrimati',
  'smt',
  'sushri',
  'datin',
  'puan',
  'ibu',
  'alhaja',
  'hajiya',
  'begum',
]);
/** Reporting verbs that open an inverted sentence (`Says Keys: "…"`), never part of a name. */
const OPENING_VERBS = new Set(
  'says said adds added asks asked replies replied writes wrote tells told notes noted explains explained insists insisted answers answered recalls recalled continues continued concludes concluded argues argued declares declared'.split(
    ' ',
  ),
);
/** Titles shortened with a stop: without it, "Sen", "Gen" and "Col" inside a name are names. */
const ABBREVIATED_TITLES = new Set(
  'sen rep gov gen col lt maj capt sgt cmdr adm det insp supt atty cpl pvt brig msgr hon comdr'.split(
    ' ',
  ),
);

/**
 * "Gaura Sen Gupta": an abbreviated title written without its stop, before a word that is no
 * given name and no title, is part of the name ("Lt Gen Rajiv Ghai" keeps its ranks).
 */
function surnameInside(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  const previous = tokens[k - 1];
  return (
    surnameLikeAbbreviation((tokens[k] as Token).word) &&
    // "Lt Gen Dhiraj Seth", "Maj Gen": a rank after another rank is a rank.
    !(previous?.blank && TITLES.has(bare(previous))) &&
    next !== undefined &&
    firstNameGender(next.word) === undefined &&
    !TITLES.has(bare(next)) &&
    // "Gen D S Hooda", "Lt Gen (Retd) D S Hooda": an initial or a retired mark follows a rank.
    !isInitial(next.word) &&
    !isRetiredMark(tokens, k + 1)
  );
}

/** "Sen", "Col" as written: a surname, where "Sen." is a title. */
function surnameLikeAbbreviation(word: string): boolean {
  return ABBREVIATED_TITLES.has(word.toLowerCase()) && !word.endsWith('.');
}

/** Offices an institution's name may precede: "the Army Chief", "the Police Commissioner". */
const OFFICERS = new Set([
  'chief',
  'minister',
  'commissioner',
  'governor',
  'secretary',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'director',
  'chairman',
  'chairperson',
]);

/**
 * The places `[from, to]` open their sentence (after "The" at most) and a verb, a time phrase or
 * an auxiliary follows: the country is the clause's subject.
 */
function countrySpeaks(tokens: readonly Token[], from: number, to: number): boolean {
  const last = tokens[to] as Token;
  // "the United States", "the UK", "the Philippines"; but "the South African said" is a person.
  const takesArticle =
    /s$/.test(last.lower) || /^\p{Lu}{2,3}$/u.test(last.word) || last.lower === 'kingdom';
  const opens =
    startsSentence(tokens, from) ||
    ((tokens[from - 1] as Token | undefined)?.lower === 'the' &&
      takesArticle &&
      startsSentence(tokens, from - 1));
  const next = tokens[to + 1];
  if (!opens || !next || (tokens[to] as Token).gap !== ' ' || (tokens[to] as Token).possessive)
    return false;
  return (
    SPEECH_VERBS.has(next.lower) ||
    /^\p{Ll}+ed$/u.test(next.word) ||
    /^(?:on|has|have|had|will|would|is|was|also|again|on|last|this)$/.test(next.lower)
  );
}

/** Words that end a place's name and never a person's: "Humboldt County", "Flat Creek". */
const PLACE_KINDS = new Set(['county', 'parish', 'township', 'borough', 'province']);

/** Such words that are also surnames: "Flat Creek", but "Jenny Rivers", "Ann River". */
const NATURAL_PLACE_KINDS = new Set(['creek', 'river', 'valley', 'canyon']);

/** Peers' titles that, with "of" and a place, name one person: "the Prince of Wales". */
export const NOBLE_TITLES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['prince', 'male'],
  ['princess', 'female'],
  ['duke', 'male'],
  ['duchess', 'female'],
  ['earl', 'male'],
  ['countess', 'female'],
  ['marquess', 'male'],
  ['viscount', 'male'],
  ['baron', 'male'],
  ['baroness', 'female'],
]);

/** Peers' titles that are also men's given names: "Earl Warren", "Dean Rusk", "Duke Ellington". */
const GIVEN_TITLES = new Set(['earl', 'dean', 'duke', 'count', 'baron']);

/**
 * "Chief Justice Earl Warren", "Dean Rusk": a peer's title before a lone surname is a given name,
 * and so is one before a middle initial ("Mayor Earl C. Pruitt", "Sen. Prince H. Tolliver"); a peer is named with a given
 * name and a surname ("Count Otto Lambsdorff") or a place ("the Duke of Kent").
 */
function givenTitle(tokens: readonly Token[], first: number, to: number): boolean {
  const title = tokens[first] as Token;
  const next = tokens[first + 1] as Token;
  const initialled = first < to && isInitial(next.word);
  // "Sen. Prince H. Tolliver": before an initial, "Prince" too.
  if (!(GIVEN_TITLES.has(title.lower) || (initialled && title.lower === 'prince')) || !title.blank)
    return false;
  let last = to;
  while (last > first + 1 && NAME_SUFFIXES.has(bare(tokens[last] as Token))) last--;
  if (initialled) return last > first + 1 && !isInitial((tokens[last] as Token).word);
  return last === first + 1 && !TITLES.has(bare(next)) && !PLACES.has(next.lower);
}

/** Two or three words after token `k` end the run at `to`, none of them a title, role or place. */
function plainNameAfter(tokens: readonly Token[], k: number, to: number): boolean {
  if (to - k < 2 || to - k > 3) return false;
  return tokens
    .slice(k + 1, to + 1)
    .every(
      (token) =>
        !TITLES.has(bare(token)) &&
        !ROLE_NOUNS.has(token.lower) &&
        !ORGANISATION_WORDS.has(token.lower) &&
        !PLACES.has(token.lower) &&
        /^\p{Lu}\p{Ll}+$/u.test(token.word),
    );
}

/** Titles that are also surnames: "Angus King", "Julie Bishop", "John Major", "Howard Dean". */
const SURNAME_TITLES = new Set([
  ...GIVEN_TITLES,
  ...['king', 'bishop', 'major', 'prince', 'pope', 'judge', 'marshal', 'sheriff'],
]);

/**
 * "King said", "Dr. King said": such a title alone, after no article or possessive, is someone's
 * surname ("the King said" is a role).
 */
function surnameTitle(tokens: readonly Token[], first: number, to: number): boolean {
  const word = tokens[to] as Token;
  const before = tokens[first - 1];
  return (
    first === to &&
    SURNAME_TITLES.has(bare(word)) &&
    !word.possessive &&
    tokens[to + 1]?.lower !== 'of' &&
    !(
      before !== undefined &&
      before.blank &&
      (DETERMINERS.has(before.lower) || before.possessive)
    ) &&
    // "Major to this effort is …": opening a sentence, only before a verb.
    (!startsSentence(tokens, first) || followedByVerb(tokens, to))
  );
}

/** "The Prince of Wales", "the Duchess of Edinburgh": a peer named by title and place. */
function peerTitle(
  tokens: readonly Token[],
  from: number,
  first: number,
  to: number,
): Mention | null {
  const title = tokens[first] as Token;
  const gender = NOBLE_TITLES.get(title.lower);
  if (!gender || first + 2 > to || tokens[first + 1]?.lower !== 'of') return null;
  const words = mapPacked(tokens.slice(first, to + 1), (token) => token.word);
  return {
    start: title.start,
    end: (tokens[to] as Token).start + (tokens[to] as Token).word.length,
    name: words.join(' '),
    words,
    kind: 'person',
    role: title.word,
    office: null,
    gender,
    first,
    last: to,
    oblique: (tokens[to] as Token).possessive || isAfterPreposition(tokens, from),
    coordinated: isCoordinated(tokens, from, to),
    descriptors: [],
  };
}

/** A hyphened word whose last part is a role noun: "actor-politician", "co-founder". */
function compoundRole(lower: string): boolean {
  const hyphen = lower.lastIndexOf('-');
  return hyphen > 0 && ROLE_NOUNS.has(lower.slice(hyphen + 1));
}

/**
 * "A" opening the run at `from` is an initial: inside a sentence before a capital ("leader A
 * Raja"), or opening one before another initial ("A K Antony") or before a name no list knows
 * that reports or is set off ("A Raja said", "A Saravanan, a trader,"); "A Delhi court" and "A
 * BJP leader" open with the article.
 */
function initialAt(tokens: readonly Token[], from: number, to: number): boolean {
  if ((tokens[from] as Token).word !== 'A' || to === from) return false;
  if (!startsSentence(tokens, from)) return true;
  const next = tokens[from + 1] as Token;
  if (isInitial(next.word)) return true;
  for (let k = from + 1; k <= to; k++) {
    const { lower } = tokens[k] as Token;
    if (
      PLACES.has(lower) ||
      ORGANISATION_WORDS.has(lower) ||
      TITLES.has(lower) ||
      COMMON_CAPITALISED.has(lower)
    )
      return false;
  }
  const last = tokens[to] as Token;
  return last.gap.startsWith(',') || SPEECH_VERBS.has(tokens[to + 1]?.lower ?? '');
}

/** Officers named with their district: "SSP Baramulla", "DC Ludhiana", "Deputy Commissioner Kupwara". */
const DISTRICT_OFFICERS = new Set(
  'ssp sp dc dm sdm sho dcp igp ig dig adgp dgp cp acp commissioner collector magistrate superintendent'.split(
    ' ',
  ),
);

/** "Senior Superintendent of Police (SSP) Ganderbal …": the title in brackets before `from`. */
function bracketedTitle(tokens: readonly Token[], from: number): Token | undefined {
  const title = tokens[from - 1];
  return title && /^\) ?$/.test(title.gap) && /\($/.test(tokens[from - 2]?.gap ?? '')
    ? title
    : undefined;
}

/** "Commissioner of Police Ludhiana …": the title before "of Police" opening the run at `from`. */
function policeTitle(tokens: readonly Token[], from: number): Token | undefined {
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
function afterPosting(tokens: readonly Token[], first: number, to: number): number {
  let k = first;
  while (k < to - 1 && POSTING_OPENERS.has((tokens[k] as Token).lower)) k++;
  const word = tokens[k] as Token;
  const given = firstNameGender(word.word) !== undefined && !PLACES.has(word.lower);
  // "DCP North Raja Banthia": the posting may be the direction alone.
  if (given || to - k < 2) return k > first && to - k >= 1 ? k : first;
  const next = tokens[k + 1] as Token;
  if (isTitleWord(tokens, k + 1) || isInitial(word.word)) return first;
  return PLACES.has(word.lower) ||
    firstNameGender(next.word) !== undefined ||
    isInitial(next.word) ||
    !NAME_MIDDLES.has(next.lower)
    ? k + 1
    : first;
}

/** One capital, with or without its stop: an initial ("V", "K."). */
function isInitial(word: string): boolean {
  return /^\p{Lu}\.?$/u.test(word);
}

/** Given names that also open a rank: "Field Marshal", "Lance Corporal". */
const RANK_OPENERS = new Set(['field', 'lance']);
/** Letters after a name, written as they are: honours, silks (SC, BL), seats (TD) and degrees. */
const POST_NOMINALS = new Set(
  'KC QC SC BL TD MP MSP MLA MEP MLC OBE MBE CBE KBE DBE PhD MD Esq FRS'.split(' '),
);
/** Institution words that are also common surnames: after a given name they are a surname. */
const SURNAME_LIKE_ORGANISATION_WORDS = new Set([
  'house',
  'church',
  'court',
  'post',
  'hall',
  'banks',
  'bank',
  'times',
  'guard',
  'fleet',
  'chambers',
  'bench',
]);
/** Generational suffixes: part of a name, never its surname. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** "Don't", "I'm", "We'll": contractions start sentences but are never names. */
const CONTRACTION = /['’](?:t|ll|re|ve|d|m)$/i;

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

/**
 * Maximal runs of capitalised words joined by single spaces (and name particles), as a flat list
 * of first and last token indices (one array per paragraph, not one per run).
 */
function capitalisedRuns(tokens: readonly Token[]): number[] {
  const runs: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!(tokens[i] as Token).capitalised) {
      i++;
      continue;
    }
    let j = i;
    let institutional = false;
    while (j + 1 < tokens.length) {
      const here = tokens[j] as Token;
      const next = tokens[j + 1] as Token;
      // "posted on X. Rekha Gupta said": the platform X ends its sentence; it is no initial.
      if (j === i && here.word === 'X.' && /^(?:on|via)$/.test(tokens[i - 1]?.lower ?? '')) break;
      // "UAW Local 600", "Machinists District 837": a union local's number is in its name.
      if (
        here.gap === ' ' &&
        /^(?:local|district|lodge)$/.test(here.lower) &&
        /^\d+$/.test(next.word)
      ) {
        institutional = true;
        j++;
        continue;
      }
      // "the All India IT Employees' Union", "Department of Veterans' Affairs": a plural
      // possessive inside an institution's name.
      if (
        /^['’] $/.test(here.gap) &&
        here.lower.endsWith('s') &&
        next.capitalised &&
        (ORGANISATION_WORDS.has(next.lower) || next.lower === 'affairs')
      ) {
        j++;
        continue;
      }
      // "Col (retd) Rajesh Sharma": a retired officer's rank keeps its name.
      if (isRetiredMark(tokens, j + 1) && tokens[j + 2]?.capitalised) {
        j += 2;
        continue;
      }
      // `Emanuel "Chris" Welch`: a quoted nickname between a given name and a surname.
      if (
        isNicknameAt(tokens, j + 1) &&
        tokens[j + 2]?.capitalised &&
        // "James H. (Sloppy) Floyd": or after an initial.
        (firstNameGender(here.word) !== undefined || /^\p{Lu}\.$/u.test(here.word))
      ) {
        j += 2;
        continue;
      }
      // "the Alzheimer's Society", "the Children's Hospital": after "the", a possessive before an
      // institution word is inside its name ("India's Parliament" is a place's parliament).
      if (
        here.possessive &&
        here.gap === ' ' &&
        (tokens[i - 1]?.lower === 'the' || (j > i && (tokens[i] as Token).lower === 'the')) &&
        next.capitalised &&
        ORGANISATION_WORDS.has(next.lower)
      ) {
        j++;
        continue;
      }
      // "Ministry of Housing, Communities and Local Government", "Department for Digital,
      // Culture, Media and Sport": a list inside an institution's name runs on to its "and".
      if (institutional && here.gap === ', ' && next.capitalised) {
        const end = listEnd(tokens, j + 1);
        if (end > 0) {
          j = end;
          continue;
        }
      }
      // "GM Chair and CEO Mary Barra", "Aramco President and CEO Amin Nasser": one title.
      if (
        here.gap === ' ' &&
        next.lower === 'and' &&
        next.gap === ' ' &&
        TITLES.has(bare(here)) &&
        TITLES.has(bare(tokens[j + 2])) &&
        tokens[j + 2]?.capitalised
      ) {
        j += 2;
        continue;
      }
      // "Ministry of Health and Family Welfare", "Defence Research and Development Organisation":
      // "and" inside an institution's name.
      if (
        here.gap === ' ' &&
        !here.possessive &&
        next.lower === 'and' &&
        next.gap === ' ' &&
        andJoinsInstitution(tokens, j + 2, institutional)
      ) {
        j += 2;
        continue;
      }
      // "Johnson & Johnson", "Larsen & Toubro", "AT&T": capitalised words joined by an
      // ampersand name one firm.
      if (AMPERSAND.test(here.gap) && next.capitalised) {
        j++;
        continue;
      }
      if (here.possessive || here.gap !== ' ') break;
      // "Sen. Culver Kidd Thursday told reporters": a weekday after a name says when; it ends
      // the name ("Good Friday Agreement" is one name, "Sunday Eze" a given name first and
      // "Joe Friday" a surname after one). After a title the one word is a surname, whatever
      // the lists of given names say: "President Kennedy Monday asked", "Sen. Russell Thursday".
      if (
        WEEKDAYS.has(next.lower) &&
        (!tokens[j + 2]?.capitalised || next.gap !== ' ') &&
        !(firstNameGender(here.word) !== undefined && j === i)
      )
        break;
      // "Transport for Greater Manchester (TfGM)", "Committee to Protect Journalists (CPJ)": a
      // name over "for" or "to" that the acronym after it spells whole.
      const spelled =
        (next.lower === 'for' || next.lower === 'to') && next.gap === ' '
          ? spelledByAcronym(tokens, i, j + 2)
          : -1;
      if (next.capitalised || HYPHENED_PARTICLE.test(next.word)) {
        j++;
      } else if (
        (NAME_PARTICLES.has(next.word) ||
          // "André Corrêa do Lago": "do" and "das" only after a given name and a surname.
          (/^(?:do|das)$/.test(next.word) && j > i)) &&
        next.gap === ' ' &&
        tokens[j + 2]?.capitalised
      ) {
        j += 2;
      } else if (
        // "Ursula von der Leyen", "Rafael van der Vaart": two particles in a row.
        NAME_PARTICLES.has(next.word) &&
        next.gap === ' ' &&
        NAME_PARTICLES.has(tokens[j + 2]?.word ?? '') &&
        tokens[j + 2]?.gap === ' ' &&
        tokens[j + 3]?.capitalised
      ) {
        j += 3;
      } else if (
        // "the Prince of Wales", "the Duke of Sussex": a peer's title and its place are one name.
        j === i + (tokens[i]?.lower === 'the' ? 1 : 0) &&
        NOBLE_TITLES.has(here.lower) &&
        next.lower === 'of' &&
        next.gap === ' ' &&
        tokens[j + 2]?.capitalised
      ) {
        j += 2;
      } else if (
        // "Ministry of Home Affairs", "Bank of England", "National Association for the Advancement
        // of Colored People": an institution's name runs on over "of", "for" and "of the".
        (next.lower === 'of' || next.lower === 'for') &&
        (ORGANISATION_WORDS.has(here.lower) ||
          institutional ||
          // "Transport for London", "Transport for NSW": the authority for a place.
          (here.lower === 'transport' && next.lower === 'for' && i === j)) &&
        next.gap === ' ' &&
        (tokens[j + 2]?.capitalised ||
          (tokens[j + 2]?.lower === 'the' &&
            tokens[j + 2]?.gap === ' ' &&
            tokens[j + 3]?.capitalised === true))
      ) {
        institutional = true;
        j += tokens[j + 2]?.capitalised ? 2 : 3;
      } else if (
        // "Texas Commission on Environmental Quality", "Council on Foreign Relations"; but not
        // "the Commission on Monday".
        next.lower === 'on' &&
        DELIBERATIVE_BODIES.has(here.lower) &&
        next.gap === ' ' &&
        tokens[j + 2]?.capitalised &&
        !COMMON_CAPITALISED.has(tokens[j + 2]?.lower ?? '')
      ) {
        institutional = true;
        j += 2;
      } else if (spelled > 0) {
        institutional = true;
        j = spelled;
      } else if (next.lower === 'and' && next.gap === ' ' && joinsPlaceBeforeTitle(tokens, i, j)) {
        // "Jammu and Kashmir Chief Minister Omar Abdullah", "Jammu and Kashmir Police": two
        // places name one title's or one institution's domain.
        j += 2;
      } else break;
    }
    // "The DeKalb County grand jury", "the Delhi high court": a body's kind in lower case after
    // the place it serves is part of its name.
    j = lowerCaseBodyEnd(tokens, i, j);
    // "von der Leyen said", "said de Gaulle": a surname's particles open the run before it.
    let start = i;
    while (
      i === j &&
      start > i - 2 &&
      NAME_PARTICLES.has(tokens[start - 1]?.word ?? '') &&
      tokens[start - 1]?.gap === ' '
    )
      start--;
    runs.push(start, j);
    i = j + 1;
  }
  return runs;
}

/**
 * The last token of the capitalised words from `k` that a bracketed acronym right after them
 * spells with the run's words from `i` ("Transport for Greater Manchester (TfGM)"), or -1.
 */
function spelledByAcronym(tokens: readonly Token[], i: number, k: number): number {
  let end = k;
  while ((tokens[end] as Token | undefined)?.capitalised && tokens[end]?.gap === ' ') end++;
  const last = tokens[end];
  const acronym = tokens[end + 1];
  if (!last?.capitalised || last.gap !== ' (' || !acronym || !/^\) ?/.test(acronym.gap)) return -1;
  const initials = mapPacked(
    tokens.slice(i, end + 1).filter((token) => token.capitalised && token.lower !== 'the'),
    (token) => token.word.charAt(0),
  ).join('');
  return initials.length >= 3 && capitalsOf(acronym.word) === initials ? end : -1;
}

/**
 * The capital letters of an acronym that may spell its small words small ("TfGM" → "TGM") or
 * write stops after them ("F.B.I." → "FBI").
 */
export function capitalsOf(word: string): string {
  if (/^(?:\p{Lu}\.){2,6}$/u.test(word)) return word.replaceAll('.', '');
  return /^\p{Lu}[\p{Lu}fot]{1,5}$/u.test(word) ? word.replace(/[fot]/g, '') : '';
}

/**
 * The last token of a body's kind written in lower case after the capitalised run `i`..`j` that
 * "the" opens ("the DeKalb County grand jury", "The Delhi high court", "the Atlanta city
 * council"), or `j` when none follows.
 */
function lowerCaseBodyEnd(tokens: readonly Token[], i: number, j: number): number {
  const opener = tokens[i] as Token;
  const definite = opener.lower === 'the' ? j > i : tokens[i - 1]?.lower === 'the';
  if (!definite || (tokens[j] as Token).possessive || (tokens[j] as Token).gap !== ' ') return j;
  for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.capitalised) return j;
    if (BODY_KINDS.has(token.lower)) return k;
    if (!BODY_MODIFIERS.has(token.lower) || token.gap !== ' ') return j;
  }
  return j;
}

/** The words of a court's bench as Indian papers capitalise it: "Division Bench", "Full Bench". */
const BENCH_WORDS = new Set(
  'bench division full constitution vacation special larger single-judge division-bench'.split(' '),
);

/** Bodies American, British and Indian copy name in lower case after their place. */
const BODY_KINDS = new Set(
  'court jury council commission board committee corporation assembly legislature'.split(' '),
);

/** Words before such a body's kind: "high court", "grand jury", "public service commission". */
const BODY_MODIFIERS = new Set(
  'high supreme district sessions family juvenile appeals grand city county town village state school public service municipal election planning zoning legislative'.split(
    ' ',
  ),
);

/** The gap of "Johnson & Johnson" or "AT&T": an ampersand, spaced or not. */
const AMPERSAND = /^ ?& ?$/;

/**
 * Words read with their ampersand ("Johnson &", "AT&") as the name spells them: "Johnson & Johnson"
 * keeps "&" as a word, "AT&T" and "L&T" are one word.
 */
function spellAmpersands(words: readonly string[]): string[] {
  const spelled: string[] = [];
  let joinNext = false;
  for (const word of words) {
    if (joinNext) spelled[spelled.length - 1] += word;
    else if (word.endsWith(' &')) spelled.push(word.slice(0, -2), '&');
    else spelled.push(word);
    joinNext = word.endsWith('&') && !word.endsWith(' &');
  }
  return spelled;
}

/** Company forms that are words only in capitals: "Siemens AG", "Renault SA", "Airbus SE". */
const CAPITAL_COMPANY_FORMS = new Set(['AG', 'SA', 'SE', 'NV', 'SpA', 'AB', 'ASA']);

/**
 * "JPMorgan", "BlackRock", "AstraZeneca", "JetBlue": a capital inside a word after two or more
 * small letters, or a word opening with two capitals and going on in small ones, spells a brand;
 * people's names put it after a short prefix ("McConnell", "DeSantis", "LaGuardia", "MacArthur").
 */
const isBrandSpelling = memoised(
  // Kept by word: three Unicode patterns per word otherwise.
  (word) =>
    /^\p{Lu}{2,}\p{Ll}{2}/u.test(word) ||
    (/^\p{Lu}\p{Ll}{2,}\p{Lu}/u.test(word) && !/^(?:Mac|Fitz|Van|Von|Del|Dos|Das|Ver)/.test(word)),
  20_000,
);

/**
 * Token `k` is a word that ends a company's name after another capitalised word: "General
 * Motors", "Ford Motor Co.", "Delta Air Lines", "Siemens AG".
 */
function endsCompanyName(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  return (
    token !== undefined &&
    tokens[k - 1]?.capitalised === true &&
    // "Rep. Wilbur D. Mills": after an initial, a surname.
    !isInitial((tokens[k - 1] as Token).word) &&
    (COMPANY_WORDS.has(bare(token)) || CAPITAL_COMPANY_FORMS.has(token.word.replace(/\.$/, '')))
  );
}

/**
 * The last token of "Communities and Local Government" from token `k`: capitalised words in a
 * list that closes with "and" and a capitalised word, or -1.
 */
function listEnd(tokens: readonly Token[], k: number): number {
  for (let j = k; j < tokens.length && j < k + 8; j++) {
    const token = tokens[j] as Token;
    if (!token.capitalised) return -1;
    if (token.gap === ', ') continue;
    if (token.gap !== ' ') return -1;
    const link = tokens[j + 1];
    if (link?.lower !== 'and' || link.gap !== ' ') continue;
    // "Department of Agriculture, Food and the Marine": "the" may open the list's last item.
    const the = tokens[j + 2]?.lower === 'the' && tokens[j + 2]?.gap === ' ' ? 1 : 0;
    if (!tokens[j + 2 + the]?.capitalised) continue;
    let end = j + 2 + the;
    while (tokens[end]?.gap === ' ' && tokens[end + 1]?.capitalised) end++;
    return end;
  }
  return -1;
}

/**
 * The capitalised words from token `k` (after an "and") go on an institution's name: in a name
 * already running on over "of" or "for", up to three words that are no title or given name; or
 * words that end in an institution word ("Research and Development Organisation").
 */
function andJoinsInstitution(tokens: readonly Token[], k: number, institutional: boolean): boolean {
  for (let i = k; i < k + 3; i++) {
    const token = tokens[i];
    // "the Bank of England and Andrew Bailey": a given name right after "and" opens a person's
    // name; further on it is a word of the institution's ("Health and Social Care").
    if (
      !token?.capitalised ||
      TITLES.has(bare(token)) ||
      (i === k && firstNameGender(token.word) !== undefined)
    )
      return false;
    if (ORGANISATION_WORDS.has(token.lower)) return true;
    if (token.gap !== ' ' || !tokens[i + 1]?.capitalised) return institutional;
  }
  return institutional;
}

/**
 * Token `n` is the visible first letter of a quotation inside a name (`Emanuel "Chris" Welch`,
 * masked as `Emanuel "C••••" Welch`): a nickname, not one of the name's words.
 */
function isNicknameAt(tokens: readonly Token[], n: number): boolean {
  const before = tokens[n - 1];
  const token = tokens[n];
  return (
    before !== undefined &&
    token !== undefined &&
    ((/^ ["“‘']$/.test(before.gap) && /^\u2022*["”’'] $/.test(token.gap)) ||
      // "James H. (Sloppy) Floyd", "Robert (Bob) Jones": or in brackets.
      (before.gap === ' (' && token.gap === ') ' && token.capitalised))
  );
}

/** Institution words that are acronyms: "UN", "EU", "NATO" name one only in capitals. */
const SPELLED_ACRONYMS = new Set(['un', 'eu', 'nato', 'asean', 'brics', 'tv', 'quad']);

/** Bodies named for what they deliberate on: "Committee on Foreign Affairs". */
const DELIBERATIVE_BODIES = new Set([
  'commission',
  'committee',
  'subcommittee',
  'council',
  'conference',
  'panel',
]);

/** `X and Y Title`: a one-word place joined by "and" to a place that opens a title. */
function joinsPlaceBeforeTitle(tokens: readonly Token[], i: number, j: number): boolean {
  const place = tokens[j + 2];
  // "the Punjab and Haryana High Court": or one capitalised word before the institution's.
  const head = tokens[j + 3];
  const title =
    head?.capitalised && head.blank && ORGANISATION_WORDS.has(tokens[j + 4]?.lower ?? '')
      ? tokens[j + 4]
      : head;
  return (
    (i === j || (j === i + 1 && DETERMINERS.has((tokens[i] as Token).lower))) &&
    firstNameGender((tokens[j] as Token).word) === undefined &&
    place !== undefined &&
    place.capitalised &&
    place.blank &&
    !TITLES.has(place.lower) &&
    title !== undefined &&
    (TITLES.has(bare(title)) || ORGANISATION_WORDS.has(title.lower))
  );
}

/**
 * "Striking Boeing machinists", "Grieving Gaza residents": a participle opening the sentence
 * before a name that only says whose people follow (a plural noun after the run); "Downing
 * Street" and "Erling Haaland" are names.
 */
function opensWithParticiple(tokens: readonly Token[], from: number, to: number): boolean {
  const opener = tokens[from] as Token;
  const after = tokens[to + 1];
  return (
    to > from &&
    /ing$/.test(opener.lower) &&
    startsSentence(tokens, from) &&
    (tokens[to] as Token).blank &&
    after !== undefined &&
    /^\p{Ll}+s$/u.test(after.word)
  );
}

/** "and" stands right before the name, or before the titles that open it. */
function joinedByAnd(tokens: readonly Token[], mention: Mention): boolean {
  let k = mention.first - 1;
  while (k >= 0 && (tokens[k] as Token).capitalised && (tokens[k] as Token).blank) k--;
  return tokens[k]?.lower === 'and';
}

/** Token `n` is "(retd)" or "(Retd.)" after a rank. */
function isRetiredMark(tokens: readonly Token[], n: number): boolean {
  const token = tokens[n];
  return (
    token !== undefined &&
    /^ \($/.test(tokens[n - 1]?.gap ?? '') &&
    /^(?:retd|retired|rtd)$/.test(token.lower) &&
    /^\.?\) $/.test(token.gap)
  );
}

/**
 * The first token of the name in a run that opens with the place a title's "to", "of" or "for"
 * governs ("ambassador to China Ashok K Kantha"), or -1.
 */
function placeEndsTitle(tokens: readonly Token[], from: number, to: number): number {
  const link = tokens[from - 1];
  const title = tokens[from - 2];
  if (!link || !title || !/^(?:to|of|for|in|from)$/.test(link.lower) || !link.blank) return -1;
  if (!title.capitalised && !ROLE_NOUNS.has(title.lower) && !TITLES.has(title.lower)) return -1;
  let k = from;
  while (k < to - 1 && PLACES.has((tokens[k] as Token).lower)) k++;
  const head = tokens[k] as Token;
  const opensName = firstNameGender(head.word) !== undefined || isInitial(head.word);
  if (k > from && opensName) return k;
  // "Samajwadi Party MP from Faizabad Awadhesh Prasad": a member's seat, one word the lists may
  // lack, then a name of two words or more.
  return link.lower === 'from' && SEATS.has(title.lower) && to - from >= 2 ? from + 1 : -1;
}

/** Common capitalised words that are also given names: months, a faith. */
const GIVEN_NAME_WORDS = new Set(['christian', 'may', 'april', 'june', 'august', 'jan']);

/**
 * "Christian Pulisic", "May Calloway": a given name that is also a common word ("Christian", "May")
 * opens a short name when a surname-like word follows it.
 */
function givenNameOpens(tokens: readonly Token[], from: number, to: number): boolean {
  const head = tokens[from] as Token;
  const next = tokens[from + 1];
  return (
    to - from <= 2 &&
    next !== undefined &&
    GIVEN_NAME_WORDS.has(head.lower) &&
    !COMMON_CAPITALISED.has(next.lower) &&
    !ORGANISATION_WORDS.has(next.lower) &&
    !PLACES.has(next.lower) &&
    firstNameGender(next.word) === undefined
  );
}

function skippable(token: Token, opensSentence: boolean): boolean {
  const adverb =
    opensSentence && /ly$/.test(token.lower) && firstNameGender(token.word) === undefined;
  return (
    COMMON_CAPITALISED.has(token.lower) ||
    OPENING_VERBS.has(token.lower) ||
    adverb ||
    PLACED_BY.test(token.word)
  );
}

/** "Srinagar-based Chinar Corps", "Russian-born Ivan Petrov": where the name is from, not it. */
const PLACED_BY = /^\p{Lu}[\p{L}.]*-(?:based|born|headquartered|listed|owned|bred|raised)$/u;

/** Words that open a place's name: a compass point, "Greater", "Fort", "Mount", "Port". */
const PLACE_OPENERS = new Set(
  `north south east west northern southern eastern western greater central upper lower new fort
  mount port`.split(/\s+/),
);

/** Words that skip as common ones elsewhere but open an institution's name before its kind. */
const BODY_NAME_OPENERS = new Set(
  `all first second third fourth fifth sixth seventh eighth ninth tenth methodist baptist
  catholic protestant anglican lutheran presbyterian episcopalian evangelical`.split(/\s+/),
);

function readRun(tokens: readonly Token[], from: number, to: number): Mention | null {
  let first = from;
  // "The", "Gradually", and a sentence-opening verb ("Says Keys:") are not part of a name.
  // "All India Radio", "the All Progressives Congress": "All" opens an institution's name.
  // "The All India Consumer Products Distributors Federation": also after "The".
  // "the First Baptist Church", "First National Bank", "the Methodist Church": so do an
  // ordinal and a denomination.
  const allAt = (tokens[from] as Token).lower === 'the' && from < to ? from + 1 : from;
  const allOpensName =
    BODY_NAME_OPENERS.has((tokens[allAt] as Token).lower) &&
    tokens.slice(allAt + 1, to + 1).some((token) => ORGANISATION_WORDS.has(token.lower));
  const givenOpens = first === from && givenNameOpens(tokens, from, to);
  // "said DMK leader A Raja", "A K Antony said": "A" is an initial.
  const initialA = first === from && initialAt(tokens, from, to);
  // "spokesperson He Yongqian": inside a sentence, "He" before a capital is a surname.
  // "He Yadong, a spokesperson for the commerce ministry, said", "He Yadong said": or opening
  // a sentence, before one more word and an apposition or a reporting verb.
  const heSurname =
    (tokens[from] as Token).word === 'He' &&
    to > from &&
    (!startsSentence(tokens, from) ||
      (to === from + 1 &&
        !WEEKDAYS.has((tokens[to] as Token).lower) &&
        ((tokens[to] as Token).gap.startsWith(',') ||
          SPEECH_VERBS.has(tokens[to + 1]?.lower ?? ''))));
  while (
    first < to &&
    !(first === allAt && allOpensName) &&
    !(first === from && givenOpens) &&
    !(first === from && (heSurname || initialA)) &&
    // "AT&T said": "At" only when no ampersand follows.
    !AMPERSAND.test((tokens[first] as Token).gap) &&
    (skippable(tokens[first] as Token, first === from && startsSentence(tokens, from)) ||
      (first === from && opensWithParticiple(tokens, from, to)))
  )
    first++;
  if (
    !allOpensName &&
    !givenOpens &&
    !(first === from && (heSurname || initialA)) &&
    !AMPERSAND.test((tokens[first] as Token).gap) &&
    COMMON_CAPITALISED.has((tokens[first] as Token).lower)
  )
    return null;
  // "In Austin, Ravi Brown said": a sentence-opening preposition governs the name after it, as
  // "in" does inside a sentence.
  const governed =
    first === from + 1 &&
    startsSentence(tokens, from) &&
    PREPOSITIONS.has((tokens[from] as Token).lower);
  // "ambassador to China Ashok K Kantha", "Chief Electoral Officer of Delhi R Alice Vaz": the
  // place completes the title before it, and the name starts after it.
  const placeLed = placeEndsTitle(tokens, from, to);
  if (placeLed > first) first = placeLed;
  const peer = peerTitle(tokens, from, first, to);
  if (peer) return peer;

  const titles: Token[] = [];
  let institution = false;
  for (let k = first; k <= to && !institution; k++) {
    const { lower, word } = tokens[k] as Token;
    // "Transport for Greater Manchester": but "To Lam" is a name.
    institution = lower === 'of' || lower === 'on' || word === 'for' || word === 'to';
  }
  // "of St. Louis County", "in St. Paul": a saint's title after a preposition opens a place.
  const saintPlace =
    first === from &&
    /^(?:st|ste|saint)$/.test(bare(tokens[first] as Token)) &&
    (isAfterPreposition(tokens, from) || tokens[from - 1]?.lower === 'of');
  while (
    first < to &&
    !institution &&
    !saintPlace &&
    isTitleWord(tokens, first) &&
    !givenTitle(tokens, first, to)
  )
    titles.push(tokens[first++] as Token);
  // "Labor Secretary Goldberg", "State Party Chairman James Gray": the name follows the last title.
  for (let k = to - 1; k >= first && !institution && !saintPlace; k--) {
    // "City Engineer Walter Hobbs", "Chief of Detectives Joseph Kenny": a capitalised role noun
    // before a given name is a title too.
    const roleBeforeName =
      // "Finn Russell": a role noun that is a given name opening the run is the name's.
      !(
        k === first &&
        firstNameGender((tokens[k] as Token).word) !== undefined &&
        !isTitleWord(tokens, k)
      ) &&
      // "Dean Walker": so is a peer's title before a lone surname.
      !(k === first && givenTitle(tokens, k, to)) &&
      (ROLE_NOUNS.has((tokens[k] as Token).lower.replace(/s$/, '')) ||
        // "EPA Administrator Lee Zeldin"; but "Ravinder Raina" and "Critic Walter Kerr" are names.
        // "Chief Meteorologist Ravi Kapoor": or after "Chief".
        ((k > first || titles.at(-1)?.lower === 'chief') &&
          OCCUPATION.test((tokens[k] as Token).lower) &&
          firstNameGender((tokens[k] as Token).word) === undefined)) &&
      // "Chief Economic Adviser V Anantha Nageswaran": or an initial opening the name.
      (firstNameGender((tokens[k + 1] as Token).word) !== undefined ||
        isInitial((tokens[k + 1] as Token).word) ||
        // "Additional Public Prosecutor Prajakta Shinde": or two or three plain words closing
        // a run that a longer title opens.
        (k > first && ROLE_NOUNS.has((tokens[k] as Token).lower) && plainNameAfter(tokens, k, to)));
    if (
      // "Younis Haji Al Khoori": an honorific after a name, not after a title, is part of it.
      ((TITLES.has(bare(tokens[k] as Token)) &&
        !(HONORIFICS.has(bare(tokens[k] as Token)) && !isTitleWord(tokens, k - 1)) &&
        k > first &&
        // "City Manager Earl Sims": a peer's title that is a given name, after another title.
        !givenTitle(tokens, k, to) &&
        !surnameInside(tokens, k)) ||
        roleBeforeName) &&
      (tokens[k + 1] as Token).lower !== 'of' &&
      // "Dr. Martin Luther King Jr.": a title followed only by "Jr." is the surname.
      !tokens.slice(k + 1, to + 1).every((token) => NAME_SUFFIXES.has(bare(token)))
    ) {
      while (first <= k) titles.push(tokens[first++] as Token);
      break;
    }
  }
  // "SSP Baramulla Ravi Kumar", "District Magistrate Gorakhpur Krishna Karunesh", "(SSP)
  // Ganderbal Khalil Ahmad Poswal": an officer's district, between the title and the name.
  const officer = titles.at(-1) ?? bracketedTitle(tokens, from) ?? policeTitle(tokens, from);
  if (DISTRICT_OFFICERS.has(bare(officer)) && !institution) {
    const start = afterPosting(tokens, first, to);
    while (first < start) titles.push(tokens[first++] as Token);
  }
  // "Chief of Detectives Joseph Kenny", "Bank of America Chief Executive Brian Moynihan": after a
  // title that governs "of", a given name followed by a surname starts the person's name.
  if (institution) {
    const given = givenNameAfterTitle(tokens, first, to);
    const domain = given > first ? given : nameAfterDomain(tokens, first, to);
    // "Commissioner of Police Ludhiana Kuldeep Chahal": and a district after the police.
    const start =
      domain > first && (tokens[domain - 1] as Token).lower === 'police'
        ? afterPosting(tokens, domain, to)
        : domain;
    // "Serum Institute of India CEO Adar Poonawalla": the name after the officer's title is a
    // person's, whatever institution the title belongs to.
    if (start > first) institution = false;
    while (first < start) titles.push(tokens[first++] as Token);
  } else if (
    !saintPlace &&
    (complementsTitle(tokens, from, first, to) ||
      // "Meteorologist Jenna Frye", "Firefighter Tom Reed": an occupation written as a title.
      OCCUPATION.test((tokens[first] as Token).lower))
  ) {
    // "Secretary of Health, Education and Welfare Abraham Ribicoff", "Secretary of Homeland
    // Security Kristi Noem": the words before a given name end the title's complement.
    const named = firstGivenName(tokens, first, to);
    const given = Math.max(
      named > first ? nameOpening(tokens, named, first) : named,
      chamberEnd(tokens, first, to),
      // "Commissioner of Police Amitesh Kumar": a name the lists lack after the domain.
      named > first ? first : nameAfterDomain(tokens, first, to),
    );
    while (first < given) titles.push(tokens[first++] as Token);
  }
  // "the Justice Department", "a Home Office spokesperson", "the State Department": a title word
  // that opens an institution's name is part of the name.
  if (
    titles.length > 0 &&
    (ORGANISATION_WORDS.has((tokens[to] as Token).lower) || endsCompanyName(tokens, to)) &&
    // "Chief Financial Officer Sherry House": a given name before a surname like "House".
    !(
      SURNAME_LIKE_ORGANISATION_WORDS.has((tokens[to] as Token).lower) &&
      firstNameGender((tokens[to - 1] as Token).word) !== undefined
    ) &&
    !titles.some(
      (token) => MALE_HONORIFICS.has(bare(token)) || FEMALE_HONORIFICS.has(bare(token)),
    ) &&
    // "Rival Samsung Electronics", "Carmaker Tata Motors": a role noun or a kind of firm before
    // a company's name only describes it.
    !titles.some((token) => SECTOR_NOUNS.has(token.lower)) &&
    !titles.some(
      (token) =>
        ROLE_NOUNS.has(token.lower) &&
        !TITLES.has(bare(token)) &&
        !ORGANISATION_WORDS.has(token.lower) &&
        !PLACES.has(token.lower),
    )
  ) {
    first -= titles.length; // the titles were taken from the run's start, in order
    titles.length = 0;
  }
  // "the Rajya Sabha MP said", "the Diamond Harbour MP": after "the", a run ending in a role
  // (even one written like a post-nominal) describes an officer, it names no one.
  if (
    tokens[from - 1]?.lower === 'the' &&
    titles.length === 0 &&
    to > first &&
    POST_NOMINALS.has((tokens[to] as Token).word) &&
    ROLE_NOUNS.has((tokens[to] as Token).lower)
  )
    return null;
  let last = to;
  // "Jonathan Polnay KC", "Jane Smith MP", "Sir Tim Berners-Lee OBE": letters after a name are
  // honours and offices, not its surname.
  while (last > first + 1 && POST_NOMINALS.has((tokens[last] as Token).word.replace(/\.$/, '')))
    last--;
  const suffixEnd = last;
  while (last > first && NAME_SUFFIXES.has(bare(tokens[last] as Token))) last--;
  // "Controllers' Association": a plural possessive inside the name keeps its apostrophe.
  const spelled = mapPacked(tokens.slice(first, last + 1), (token, i) =>
    i < last - first && AMPERSAND.test(token.gap)
      ? `${token.word}${token.gap.trimEnd()}`
      : i < last - first && /^['’] $/.test(token.gap)
        ? `${token.word}${token.gap[0]}`
        : i < last - first && token.possessive
          ? `${token.word}'s`
          : i < last - first && token.gap === ', '
            ? `${token.word},`
            : token.word,
  ).filter((_, i) => !isNicknameAt(tokens, first + i) && !isRetiredMark(tokens, first + i));
  const words = spellAmpersands(spelled);
  // "Moody's said", "a spokesperson for Sainsbury's said": an "'s" before a verb is a firm's;
  // not "Finance Minister Enoch Godongwana's proposed VAT increase", a titled person's.
  const ownS = titles.length === 0 && firmsOwnS(tokens, last);
  if (ownS) words[words.length - 1] = `${words[words.length - 1] ?? ''}'s`;
  // "… said Amartya Sen.": a title's abbreviation ending a name is a surname ending the sentence.
  const tail = words[words.length - 1] ?? '';
  if (
    words.length >= 2 &&
    tail.endsWith('.') &&
    ABBREVIATED_TITLES.has(tail.slice(0, -1).toLowerCase())
  )
    words[words.length - 1] = tail.slice(0, -1);
  const lowers = mapPacked(words, (word) => word.toLowerCase());
  const lastLower = lowers[lowers.length - 1] ?? '';
  // "the 24-year-old Queenslander said": a people's name for one of them is no one's name.
  if (
    words.length === 1 &&
    (tokens[from - 1]?.lower === 'the' || describedAfterArticle(tokens, from)) &&
    isDemonym(words[0] ?? '') &&
    firstNameGender(words[0] ?? '') === undefined &&
    !ORGANISATION_WORDS.has(lastLower) &&
    !NEWS_ORGANISATIONS.has(lastLower)
  )
    return null;
  // "the Bench observed", "A Division Bench of …": a court's bench, capitalised, is no name.
  if (lastLower === 'bench' && lowers.every((word) => BENCH_WORDS.has(word))) return null;
  if (words.length === 1 && (words[0] ?? '').length < 2) return null;
  // "Critics had called it …", "Officials said": roles, even in the plural, name nobody; nor
  // does the second of two titles ("BJP MLA and Leader of Opposition Suvendu Adhikari").
  const titleSurname = surnameTitle(tokens, first, to);
  if (
    !titleSurname &&
    lowers.every(
      (word, index) =>
        (word === 'and' && index === 0 && words.length > 1) ||
        (TITLES.has(word) && !surnameLikeAbbreviation(words[index] ?? '')) ||
        ROLE_NOUNS.has(word) ||
        ROLE_NOUNS.has(word.replace(/s$/, '')),
    )
  )
    return null;
  if (words.some((word) => CONTRACTION.test(word))) return null;
  // "Sen. Lisa Demuth, R-Cold Spring, said": a party and a home town, set off after a name.
  if (/^[RDI]-\p{Lu}/u.test(words[0] ?? '')) return null;
  // "Commenting on…", "Equally,": a lone capitalised word opening a sentence that reads as a
  // participle or adverb is not a name; "Streeting dismissed", "Daly said" are surnames.
  const opensSentence = startsSentence(tokens, from);
  const lone = words.length === 1 ? (words[0] ?? '') : '';
  if (
    opensSentence &&
    /(?:ing|ly)$/.test(lone) &&
    firstNameGender(lone) === undefined &&
    !followedByVerb(tokens, to)
  )
    return null;

  // "Special public prosecutor Sunil Gonsalves", "Senior advocate Rao": a word opening the
  // sentence before lower-case role words only describes the role; "Adamson's spokesman" owns it.
  if (
    opensSentence &&
    lone &&
    firstNameGender(lone) === undefined &&
    !(tokens[to] as Token).possessive &&
    roleFollows(tokens, to)
  )
    return null;
  // "Fishermen said", "Dealers said": a plural role noun opening the sentence is a group.
  if (opensSentence && lone && firstNameGender(lone) === undefined && pluralRole(lastLower))
    return null;
  // "Inc." alone is the tail of a company's name, not a name.
  if (words.length === 1 && CORPORATE_SUFFIXES.has(lastLower.replace(/\.$/, ''))) return null;
  // "Environmental groups sued …", "Industry groups welcomed …": an adjective opening the sentence.
  if (
    opensSentence &&
    lone &&
    firstNameGender(lone) === undefined &&
    describesGroup(tokens[to + 1])
  )
    return null;
  // "Sarah House", "Tom Church": a given name before a surname that is also an institution word.
  const surnamed =
    words.length === 2 &&
    firstNameGender(words[0] ?? '') !== undefined &&
    SURNAME_LIKE_ORGANISATION_WORDS.has(lastLower);
  // "Bill Nelson": a given name first is not the institution word it also spells.
  const givenFirst = words.length >= 2 && firstNameGender(words[0] ?? '') !== undefined;
  // "JD(U) national working president", "CPI(M) state secretary": a party's acronym with its
  // bracketed letter.
  const bracketed = tokens[last + 1];
  const party =
    words.length === 1 &&
    (tokens[last] as Token).gap === '(' &&
    /^\p{Lu}{1,3}$/u.test(bracketed?.word ?? '') &&
    /^\)/.test(bracketed?.gap ?? '');
  if (party) words[0] = `${words[0] ?? ''}(${bracketed?.word ?? ''})`;
  const organisation =
    party ||
    words.some((word) => word.includes('&')) ||
    // "UAW Local 600", "IAM District 751": a union's local or district by its number.
    /^\d+$/.test(words.at(-1) ?? '') ||
    institution ||
    ownS ||
    (!surnamed &&
      lowers.some(
        (word, index) =>
          (ORGANISATION_WORDS.has(word) &&
            !(index === 0 && givenFirst) &&
            // "Kim Jong Un" is no United Nations: an acronym counts only in capitals.
            !(SPELLED_ACRONYMS.has(word) && words[index] !== word.toUpperCase())) ||
          // "Dr Nick Fox": a news outlet's name after a given name is a surname.
          // "Rhun ap Iorwerth": a particle in lower case is no news agency.
          (NEWS_ORGANISATIONS.has(word) &&
            /^\p{Lu}/u.test(words[index] ?? '') &&
            !(words.length === 2 && index === 1 && givenFirst)) ||
          (index > 0 && endsCompanyName(tokens, first + index)) ||
          isBrandSpelling(words[index] ?? ''),
      ));
  // "Moscow TASS": a place before a news agency's name is where it reported from.
  while (words.length > 1 && PLACES.has(lowers[0] ?? '') && NEWS_ORGANISATIONS.has(lastLower)) {
    words.shift();
    lowers.shift();
  }
  const allPlaces =
    lowers.every((word) => PLACES.has(word)) ||
    // "Co Cork", "Co. Kerry", "County Kerry": an Irish county.
    (words.length === 2 && /^(?:co\.?|county)$/.test(lowers[0] ?? '') && first === from) ||
    // "Humboldt County", "Plaquemines Parish", "Flat Creek": a place by its kind.
    (words.length >= 2 &&
      titles.length === 0 &&
      (PLACE_KINDS.has(lastLower) || (NATURAL_PLACE_KINDS.has(lastLower) && !givenFirst)));
  // "North Yorkshire", "Greater Manchester", "Fort Worth", "New South Wales": no one's name, by
  // the word that opens it (a place, or a firm: "Southern Bell"; a longer run is a firm's).
  const placeOpened =
    words.length >= 2 &&
    words.length <= 3 &&
    titles.length === 0 &&
    first === from &&
    PLACE_OPENERS.has(lowers[0] ?? '');
  const titledPerson = titles.some(
    (token) => TITLES.has(token.lower.replace(/\.$/, '')) && !PLACES.has(token.lower),
  );
  const givenName = words.length >= 2 ? firstNameGender(words[0] ?? '') : undefined;
  const afterArticle = tokens[from - 1]?.lower === 'the' && titles.length === 0;
  // "the South Dakota Republican said": a description ending in a role, not a name.
  // "the Congress MP said", "the District Magistrate said": a body's officer, named by office.
  // "the veteran Texas Democrat said": also after words that describe it.
  if (
    (afterArticle || (titles.length === 0 && describedAfterArticle(tokens, from))) &&
    ROLE_NOUNS.has(lastLower) &&
    (!organisation || !ORGANISATION_WORDS.has(lastLower)) &&
    !lowers.some((word) => CORPORATE_SUFFIXES.has(word.replace(/\.$/, '')))
  )
    return null;
  // "the Army Chief said", "the Union Minister said": an institution's officer, named by office.
  if (afterArticle && words.length <= 3 && OFFICERS.has(lastLower)) return null;
  // "the LG said", "the COAS said": an office's abbreviation after "the" is the office ("LG"
  // alone may be the company).
  if (
    afterArticle &&
    words.length === 1 &&
    lone === lone.toUpperCase() &&
    ROLE_ACRONYMS.has(lastLower)
  )
    return null;
  let kind: Mention['kind'];
  if (organisation) kind = 'organisation';
  // "Kathryn Judge", "Carole King", "Arthur H. Dean": a title after a given name (and an
  // initial) is a surname.
  else if (
    (words.length === 2 || (words.length === 3 && isInitial(words[1] ?? ''))) &&
    givenName !== undefined &&
    TITLES.has(lastLower) &&
    !RANK_OPENERS.has(lowers[0] ?? '')
  )
    kind = 'person';
  // "Russia said on Monday", "China raised tariffs and said", "The United States on Thursday
  // said": a country opening its sentence as the subject speaks as a state.
  else if (allPlaces && titles.length === 0 && countrySpeaks(tokens, from, to))
    kind = 'organisation';
  else if (titleSurname) kind = 'person';
  else if (
    allPlaces ||
    (TITLES.has(lastLower) &&
      // "Rokeya Begum", "Aung Tun": an honorific closing a name is a surname.
      !(HONORIFICS.has(lastLower) && words.length > 1) &&
      !titledPerson &&
      !surnameLikeAbbreviation(words.at(-1) ?? ''))
  )
    return null;
  else if (placeOpened) kind = 'unknown';
  else if (titledPerson || givenName !== undefined) kind = 'person';
  // "Pam burst out": a lone first name inside a sentence is someone.
  else if (words.length === 1 && !opensSentence && firstNameGender(lone) !== undefined)
    kind = 'person';
  else if (
    words.length >= 2 &&
    !afterArticle &&
    !PLACES.has(lastLower) &&
    // "Sen. Cory Booker of New Jersey": a name after a name and "of" says where from.
    !placeAfterName(tokens, from) &&
    !lowers.some((word) => COMMON_CAPITALISED.has(word))
  )
    kind = 'person';
  else kind = 'unknown';

  // "Marvin Harrison Jr.", "Ronald Pruitt Sr.": a person's generational suffix stays in the name,
  // which tells a son from his father.
  if (kind === 'person')
    for (let k = last + 1; k <= suffixEnd; k++) words.push((tokens[k] as Token).word);
  const honorific = titles.find(
    (token) => MALE_HONORIFICS.has(bare(token)) || FEMALE_HONORIFICS.has(bare(token)),
  );
  const honorificGender = honorific
    ? MALE_HONORIFICS.has(bare(honorific))
      ? 'male'
      : 'female'
    : null;
  return {
    start: (tokens[first] as Token).start,
    end: (tokens[to] as Token).start + (tokens[to] as Token).word.length,
    name: words.join(' '),
    words,
    kind,
    role:
      kind === 'person'
        ? roleOf(tokens, placeLed > from ? tokens.slice(from, placeLed) : [], titles, from, to)
        : null,
    office: kind === 'person' ? electedRole(tokens, to) : null,
    gender:
      honorificGender ??
      (kind === 'person'
        ? ((words.length === 1 ? firstNameGender(lone) : givenName) ?? null)
        : null),
    first,
    last: to,
    oblique:
      (tokens[to] as Token).possessive ||
      // "Williams' cousin": a plural possessive.
      (/^['’] /.test((tokens[to] as Token).gap) && /s$/.test((tokens[to] as Token).lower)) ||
      // "(NC)", "(D., N.C.)": a bracketed acronym only restates or places the name before it.
      insideBrackets(tokens, from) ||
      ((governed || isAfterPreposition(tokens, from)) &&
        !insideTitle(tokens, from, titles.length) &&
        placeLed < 0) ||
      // "an attack on Lok Sabha Leader of Opposition Rahul Gandhi": the title is governed.
      (insideTitle(tokens, from, titles.length) &&
        isAfterPreposition(tokens, titlePhraseStart(tokens, from))) ||
      modifiesRole(tokens, to),
    coordinated: isCoordinated(tokens, from, to),
    descriptors:
      kind === 'person'
        ? [...partyTag(tokens, to, titles.at(-1)?.word ?? ''), ...nationalityBefore(tokens, from)]
        : [],
  };
}

/** One or two lower-case words stand between "the" and the run at `from`: "the veteran Texas …". */
function describedAfterArticle(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= from - 2 && k >= 0; k--) {
    const token = tokens[k] as Token;
    if (token.lower === 'the' && k < from - 1) return true;
    if (!token.blank || !/^\p{Ll}+$/u.test(token.word) || PREPOSITIONS.has(token.lower))
      return false;
  }
  return tokens[from - 3]?.lower === 'the' && (tokens[from - 3] as Token).blank;
}

/** The run at `from` follows a name and "of" or "from": "Durbin of Illinois". */
function placeAfterName(tokens: readonly Token[], from: number): boolean {
  const link = tokens[from - 1];
  const name = tokens[from - 2];
  return (
    link !== undefined &&
    link.blank &&
    (link.lower === 'of' || link.lower === 'from') &&
    name !== undefined &&
    name.blank &&
    name.capitalised
  );
}

/**
 * The index of a known given name in `(first, to)` that follows a title word and is followed by
 * a surname, or `first` when there is none.
 */
function givenNameAfterTitle(tokens: readonly Token[], first: number, to: number): number {
  let titled = false;
  for (let k = first; k < to; k++) {
    const token = tokens[k] as Token;
    if (titled && k > first && firstNameGender(token.word) !== undefined) {
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
function namelike(token: Token): boolean {
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
function nameOpening(tokens: readonly Token[], k: number, first: number): number {
  const before = tokens[k - 1];
  const domain = tokens[k - 2];
  if (!before || !domain || k - 1 < first) return k;
  const unlisted =
    namelike(before) &&
    firstNameGender(before.word) === undefined &&
    !ROLE_NOUNS.has(before.lower) &&
    (ORGANISATION_WORDS.has(domain.lower) || PLACES.has(domain.lower) || TITLES.has(bare(domain)));
  return unlisted ? k - 1 : k;
}

/**
 * The index of the first known given name in `(first, to)` that a surname follows, when no word
 * before it is a given name or an initial; `first` otherwise.
 */
function firstGivenName(tokens: readonly Token[], first: number, to: number): number {
  for (let k = first; k < to; k++) {
    const token = tokens[k] as Token;
    const given = firstNameGender(token.word) !== undefined;
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
function complementsTitle(tokens: readonly Token[], from: number, first: number, to: number) {
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
function nameAfterDomain(tokens: readonly Token[], first: number, to: number): number {
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
function chamberEnd(tokens: readonly Token[], first: number, to: number): number {
  for (let k = first; k <= first + 3 && k <= to - 2; k++) {
    if (!CHAMBERS.has((tokens[k] as Token).lower)) continue;
    // "the Senate Foreign Relations Committee" is one institution, not a chamber and a person.
    const rest = tokens.slice(k + 1, to + 1);
    return rest.some((token) => ORGANISATION_WORDS.has(token.lower)) ? first : k + 1;
  }
  return first;
}

/** A lower-case plural noun for people or bodies: "groups", "officials", "lawmakers". */
function describesGroup(next: Token | undefined): boolean {
  if (!next || !/^\p{Ll}+s$/u.test(next.word)) return false;
  // "Aid agencies": "agencies" is "agency".
  const singular = next.lower.replace(/ies$/, 'y').replace(/s$/, '');
  return (
    ROLE_NOUNS.has(singular) || ORGANISATION_WORDS.has(singular) || GROUP_NOUNS.has(next.lower)
  );
}

const GROUP_NOUNS = new Set(['groups', 'lawmakers', 'leaders', 'experts', 'officials', 'people']);

/** A plural of a role noun that no one is named ("fishermen", "dealers"), relatives aside. */
function pluralRole(word: string): boolean {
  const singular = singularOfRole(word);
  return singular !== null && !KIN_NOUNS.has(singular);
}

/** The token at `from` stands inside a bracket opened at most four tokens before it. */
function insideBrackets(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 4; k--) {
    const gap = (tokens[k] as Token).gap;
    if (gap.includes(')')) return false;
    if (gap.includes('(')) return true;
  }
  return false;
}

/** A finite verb right after the word: "Streeting dismissed", "Manning said", "Keating has". */
export function followedByVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  // "Boeing on Monday reported", "Herring Saturday told": a day between the name and its verb.
  const dated =
    tokens[index + 1]?.lower === 'on' &&
    tokens[index + 1]?.blank === true &&
    WEEKDAYS.has(tokens[index + 2]?.lower ?? '');
  const day = !dated && WEEKDAYS.has(tokens[index + 1]?.lower ?? '');
  const next = tokens[index + (dated ? 3 : day ? 2 : 1)];
  if (!token.blank || !next || (dated && !(tokens[index + 2] as Token).blank)) return false;
  if (day && !(tokens[index + 1] as Token).blank) return false;
  return isFiniteVerb(next);
}

/** A word that is a finite verb after its subject: "dismissed", "said", "has". */
export function isFiniteVerb(token: Token): boolean {
  return (
    /^\p{Ll}{2,}ed$/u.test(token.word) ||
    SPEECH_VERBS.has(token.lower) ||
    FINITE_AUXILIARIES.has(token.lower) ||
    IRREGULAR_PAST.has(token.lower)
  );
}

const FINITE_AUXILIARIES = new Set(['has', 'had', 'is', 'was', 'will', 'would', 'also', 'could']);

/** Common irregular past tenses ("Micheál Martin made the remarks"). */
const IRREGULAR_PAST = new Set(
  'made gave took went came met spoke began sent held led won lost brought kept found stood became'.split(
    ' ',
  ),
);

/**
 * The possessive at `last` is the "'s" of a firm's own name (Moody's, McDonald's, Sainsbury's):
 * a reporting verb follows it, where a possessive would need its noun.
 */
function firmsOwnS(tokens: readonly Token[], last: number): boolean {
  const token = tokens[last] as Token;
  const next = tokens[last + 1];
  return (
    token.possessive &&
    token.blank &&
    next !== undefined &&
    next.mayReport &&
    // "Ueda's comments", "Ambedkar's warning": a noun-like form is what the possessive owns.
    /(?:ed|^said|^says|^told|^tells|^wrote|^writes|^adds)$/.test(next.lower) &&
    isCueVerb(tokens, last + 1) &&
    firstNameGender(token.word) === undefined
  );
}

/** The token at `index` opens a sentence (or the paragraph). */
export function startsSentence(tokens: readonly Token[], index: number): boolean {
  return index === 0 || /[.!?:"“”]\s*$/.test((tokens[index - 1] as Token).gap);
}

/** A title or a place adjective before a name: "Russian President", "PM", "Mr". */
function isTitleWord(tokens: readonly Token[], index: number): boolean {
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
    firstNameGender((tokens[index + 1] as Token).word) !== undefined
  )
    return true;
  // "Finn Russell", "Dane Swanson": a role noun that is also a given name, before a surname.
  const after = tokens[index + 1];
  const given =
    firstNameGender(token.word) !== undefined &&
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
  if (/^\p{L}+-(?:of-\p{L}+|year-old)$/u.test(token.lower)) return true;
  // "Carmaker Tata Motors", "Brokerage JM Financial": the kind of firm before its name.
  if (SECTOR_NOUNS.has(token.lower) && after?.capitalised === true) return true;
  // Place words before a title ("South African President") belong to the title.
  let next = index;
  while (PLACES.has((tokens[next] as Token | undefined)?.lower ?? '')) next++;
  return next > index && TITLES.has(bare(tokens[next] as Token | undefined));
}

/** The role stated with a name: its titles, role words before it, or an appositive after it. */
/**
 * Titles of courtesy that hold no office: "Sir Keir Starmer" is still "the Prime Minister", while
 * "King Charles" is "the King".
 */
const COURTESY_TITLES = new Set(
  'mr mrs ms miss mx dr sir dame shri smt shrimati sri monsieur madame mme mlle mademoiselle herr frau signor signora senor senora senhor senhora'.split(
    ' ',
  ),
);

function roleOf(
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
      /^[\p{L}\d]+-times?$/u.test(token.lower) ||
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

/** "Dmitry Peskov, the Kremlin spokesman, said": a role phrase between commas after the name. */
function appositiveAfter(tokens: readonly Token[], to: number): string | null {
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
function electedRole(tokens: readonly Token[], to: number): string | null {
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

/**
 * "Union Minister of State for External Affairs Kirti Vardhan Singh": the preposition belongs to
 * a capitalised title that runs on into the name's own title words, so it governs nothing.
 */
function insideTitle(tokens: readonly Token[], from: number, titleCount: number): boolean {
  // "Leader of the Opposition V.D. Satheesan": or "the" between.
  const at = tokens[from - 1]?.lower === 'the' ? from - 2 : from - 1;
  const preposition = tokens[at];
  const before = tokens[at - 1];
  return (
    titleCount > 0 && preposition?.blank === true && before?.blank === true && before.capitalised
  );
}

/** "with Xi", "of the far-right National Rally": a preposition governs the name. */
function isAfterPreposition(tokens: readonly Token[], from: number): boolean {
  // "on yoga guru Ramdev", "to real estate developer Lalit Tekchandani": lower-case words
  // ending in a role noun describe the name after them.
  const head = tokens[from - 1]?.lower ?? '';
  const described =
    ROLE_NOUNS.has(head) ||
    OCCUPATION.test(head) ||
    /^(?:guru|businessman|businesswoman|tycoon)$/.test(head);
  for (let k = from - 1; k >= 0 && k >= from - (described ? 5 : 3); k--) {
    const previous = tokens[k] as Token;
    if (!previous.blank) return false;
    if (PREPOSITIONS.has(previous.lower)) return true;
    // Only a determiner or a hyphenated modifier may stand between ("the", "far-right").
    if (
      !DETERMINERS.has(previous.lower) &&
      !/^\p{Ll}+-\p{Ll}+$/u.test(previous.word) &&
      !(described && /^\p{Ll}+$/u.test(previous.word))
    )
      return false;
  }
  return false;
}

/** A role noun within the three lower-case words after token `to`: "Special public prosecutor". */
function roleFollows(tokens: readonly Token[], to: number): boolean {
  for (let k = to + 1; k <= to + 3; k++) {
    const token = tokens[k - 1] as Token;
    const next = tokens[k];
    if (!token.blank || next === undefined || !/^\p{Ll}/u.test(next.word)) return false;
    if (ROLE_NOUNS.has(next.lower)) return true;
    // "Kohli told the broadcaster": a verb or a determiner after the name ends the description.
    if (next.mayReport || DETERMINERS.has(next.lower) || PREPOSITIONS.has(next.lower)) return false;
  }
  return false;
}

/** The first token of the capitalised title that ends right before `from`, over its links. */
function titlePhraseStart(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k - 1 >= 0 && k > from - 8) {
    const previous = tokens[k - 1] as Token;
    if (!previous.blank) break;
    // "Minister of State for Home Affairs", "Ambassador to China": links inside the title.
    if (!previous.capitalised && !/^(?:of|the|for|to|in)$/.test(previous.lower)) break;
    k--;
  }
  while (k < from && !(tokens[k] as Token).capitalised) k++;
  return k;
}

/**
 * "BJP leader Ravinder Raina", "Kremlin spokesperson Dmitry Peskov", "a Fed official": a name
 * followed by role words (and maybe another name) only says whose role it is.
 */
function modifiesRole(tokens: readonly Token[], to: number): boolean {
  let k = to + 1;
  // "National Conference (NC) president Farooq Abdullah": step over the bracketed acronym.
  if ((tokens[to] as Token).gap === ' (' && /^\) $/.test(tokens[to + 1]?.gap ?? '')) k = to + 2;
  else if (!(tokens[to] as Token).blank) return false;
  const first = k;
  while (k <= to + 3) {
    const token = tokens[k];
    if (!token || token.capitalised || !token.blank) break;
    if (!(
      ROLE_NOUNS.has(token.lower) ||
      TITLES.has(token.lower) ||
      ROLE_MODIFIERS.has(token.lower) ||
      // "Infosys co-founder NR Narayana Murthy".
      compoundRole(token.lower)
    ))
      break;
    k++;
  }
  if (k === first) return describesPersonNext(tokens, first);
  // "A Cook County judge denied bail": the name says whose judge, the role is the subject.
  return tokens[k]?.capitalised === true || ROLE_NOUNS.has((tokens[k - 1] as Token).lower);
}

/**
 * "Met Éireann meteorologist Aoife Quinlivan", "Kenya Power managing director Ruth Kinyanjui",
 * "Ford plant manager Jim Baumbick": one to three lower-case words from token `first`, the last an
 * office or an occupation the lists may lack, and then a person's name.
 */
function describesPersonNext(tokens: readonly Token[], first: number): boolean {
  for (let k = first; k < first + 3; k++) {
    const token = tokens[k];
    if (!token || !modifierWord(token)) return false;
    const next = tokens[k + 1];
    if (!next?.capitalised) continue;
    const office =
      ROLE_NOUNS.has(token.lower) || TITLES.has(token.lower) || OCCUPATION.test(token.lower);
    const person =
      firstNameGender(next.word) !== undefined ||
      (next.blank && tokens[k + 2]?.capitalised === true && !TITLES.has(bare(next)));
    return office && person;
  }
  return false;
}

/**
 * A lower-case word, no verb, article, preposition or conjunction, that can describe the noun
 * after it: "chief", "new", "managing", "plant".
 */
export function modifierWord(token: Token): boolean {
  return (
    token.blank &&
    /^\p{Ll}[\p{Ll}-]+$/u.test(token.word) &&
    !isFiniteVerb(token) &&
    !DETERMINERS.has(token.lower) &&
    !PREPOSITIONS.has(token.lower) &&
    !/^(?:and|or|but|as|than|who|which|that)$/.test(token.lower)
  );
}

/** "PM Modi and Chinese President Xi Jinping": the name is one of several subjects. */
function isCoordinated(tokens: readonly Token[], from: number, to: number): boolean {
  const after = tokens[to + 1];
  const before = tokens[from - 1];
  const joinsNext =
    after !== undefined &&
    (after.lower === 'and' || after.lower === 'or') &&
    (tokens[to] as Token).blank &&
    tokens[to + 2]?.capitalised === true;
  const joinsPrevious =
    before !== undefined && before.lower === 'and' && tokens[from - 2]?.capitalised === true;
  return joinsNext || joinsPrevious;
}

/** A word as the title lists know it: no final stop, and a compound by its head ("Secretary-General" → general). */
function bare(token: Token | undefined): string {
  if (!token) return '';
  // "Md Salim" is Mohammed Salim; only "MD" is a managing director.
  if (CAPITALS_ONLY_TITLES.has(token.lower) && token.word !== token.word.toUpperCase()) return '';
  return bareWord(token.lower);
}

/** `bare` by lower-case spelling, kept: title tests ask about the same few words for every name. */
const bareWord = memoised((lowerCase) => {
  const lower = lowerCase.replace(/\.$/, '');
  const hyphen = Math.max(lower.lastIndexOf('-'), lower.lastIndexOf('\u2010'));
  // "President-elect" is a title whole; "Secretary-General" by its head.
  return hyphen > 0 && !TITLES.has(lower) ? lower.slice(hyphen + 1) : lower;
}, 20_000);
