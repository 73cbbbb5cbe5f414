/**
 * The word lists the name reader (readRun) consults: honorifics, words that open or end a place's
 * or an institution's name, post-nominal letters and name suffixes.
 */

export const MALE_HONORIFICS = new Set([
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

export const FEMALE_HONORIFICS = new Set([
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
export const OPENING_VERBS = new Set(
  'says said adds added asks asked replies replied writes wrote tells told notes noted explains explained insists insisted answers answered recalls recalled continues continued concludes concluded argues argued declares declared'.split(
    ' ',
  ),
);

/** Offices an institution's name may precede: "the Army Chief", "the Police Commissioner". */
export const OFFICERS = new Set([
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

/** Words that end a place's name and never a person's: "Humboldt County", "Flat Creek". */
export const PLACE_KINDS = new Set(['county', 'parish', 'township', 'borough', 'province']);

/** Such words that are also surnames: "Flat Creek", but "Jenny Rivers", "Ann River". */
export const NATURAL_PLACE_KINDS = new Set([
  'creek',
  'river',
  'valley',
  'canyon',
  'city',
  'falls',
  'springs',
  'heights',
  'beach',
]);

/** Given names that also open a rank: "Field Marshal", "Lance Corporal". */
export const RANK_OPENERS = new Set(['field', 'lance']);

/** Letters after a name, written as they are: honours, silks (SC, BL), seats (TD) and degrees. */
export const POST_NOMINALS = new Set(
  'KC QC SC BL TD MP MS MSP MLA MEP MLC OBE MBE CBE KBE DBE PhD MD Esq FRS'.split(' '),
);

/** Institution words that are also common surnames: after a given name they are a surname. */
export const SURNAME_LIKE_ORGANISATION_WORDS = new Set([
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
export const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** "Don't", "I'm", "We'll": contractions start sentences but are never names. */
export const CONTRACTION = /['’](?:t|ll|re|ve|d|m)$/i;

/** The words of a court's bench as Indian papers capitalise it: "Division Bench", "Full Bench". */
export const BENCH_WORDS = new Set(
  'bench division full constitution vacation special larger single-judge division-bench'.split(' '),
);

/** Institution words that are acronyms: "UN", "EU", "NATO" name one only in capitals. */
export const SPELLED_ACRONYMS = new Set(['un', 'eu', 'nato', 'asean', 'brics', 'tv', 'quad']);

/** Words that open a place's name: a compass point, "Greater", "Fort", "Mount", "Port". */
export const PLACE_OPENERS = new Set(
  `north south east west northern southern eastern western greater central upper lower new fort
  mount port`.split(/\s+/),
);

/** Words that skip as common ones elsewhere but open an institution's name before its kind. */
export const BODY_NAME_OPENERS = new Set(
  `all first second third fourth fifth sixth seventh eighth ninth tenth methodist baptist
  catholic protestant anglican lutheran presbyterian episcopalian evangelical`.split(/\s+/),
);
