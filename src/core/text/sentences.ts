/** Abbreviations that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st gen gov sen rep lt col capt sgt maj cmdr adm jr sr inc co corp ltd ' +
    'no nos vs etc approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec mt ft ' +
    'u.s u.k u.n e.g i.e a.m p.m supt atty det insp cpl pvt brig msgr hon rev fr comdr const cst coun cllr ' +
    'dist comr secy pres ald asst'
  ).split(' '),
);

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

/** Places written in initials, which end a sentence as often as they sit inside one. */
const PLACE_INITIALS = new Set(['d.c', 'n.y', 'l.a', 'n.j', 'u.s.a']);

/**
 * The end offset (exclusive, after the terminator) of the sentence that starts at `from`,
 * or `text.length` when the text has no further sentence break.
 */
export function sentenceEnd(
  text: string,
  from: number,
  to = text.length,
  cursor?: TerminatorCursor,
): number {
  // A scanner for the breaks `/[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[A-Z0-9])/g` would find (a
  // regular expression searches on past `to`, and this runs once per sentence).
  for (let index = from; index < to; index++) {
    if (cursor) {
      index = cursor.next(index, to);
      if (index >= to) break;
    } else if (!isTerminator(text.charCodeAt(index))) continue;
    const matchEnd = terminatorRunEnd(text, index);
    // No break starts inside the run or its closing marks: the search goes on after them.
    const next = matchEnd - 1;
    if (!startsNextSentence(text, matchEnd)) {
      index = next;
      continue;
    }
    // "Sen. Harry F. Byrd (D-Va.) Thursday called": a party-and-state tag ends nothing.
    if (closesPartyTag(text, index)) {
      index = next;
      continue;
    }
    const wordStart = lastWordStart(text, index);
    // A long word with no stop before its last letter is neither an abbreviation nor initials:
    // most sentences end so, and need no lower-case copy of their last word.
    if (
      index - wordStart > LONGEST_ABBREVIATION &&
      text.charCodeAt(index - 2) !== 46 &&
      !text.startsWith('...', index) &&
      !text.startsWith('…', index)
    )
      return Math.min(matchEnd, to);
    const word = text.slice(wordStart, index).toLowerCase();
    // "J. Smith", "J.D. Vance", "K.C. Venugopal": initials before a name; "in Washington, D.C."
    // and the other places written in initials may still end a sentence.
    const isInitial =
      /^(?:[a-z]\.)*[a-z]$/.test(word) && !PLACE_INITIALS.has(word) && text.charAt(index) === '.';
    const isEllipsis = text.startsWith('...', index) || text.startsWith('…', index);
    if (ABBREVIATIONS.has(word) || isInitial || isEllipsis) {
      index = next;
      continue;
    }
    return Math.min(matchEnd, to);
  }
  return to;
}

const TERMINATORS = ['.', '!', '?', '…'];

/**
 * Finds terminators for many `sentenceEnd` calls over one text in text order (a paragraph's
 * sentences, then the next paragraph's): each terminator is searched for with `indexOf`, a native
 * scan, and each search is remembered until the calls pass it, so every character of the text is
 * searched once per terminator however many sentences it is split into.
 */
export class TerminatorCursor {
  private readonly found = [-1, -1, -1, -1];
  private readonly searchedFrom = [Infinity, Infinity, Infinity, Infinity];

  constructor(private readonly text: string) {}

  /** The offset of the first terminator in `[from, to)`, or `to` when there is none. */
  next(from: number, to: number): number {
    const { found, searchedFrom } = this;
    let next = to;
    for (let t = 0; t < TERMINATORS.length; t++) {
      let at = found[t] as number;
      // A search from `searchedFrom` found `at` (-1: none after it); it holds for any `from`
      // between the two.
      if (from < (searchedFrom[t] as number) || (at !== -1 && at < from)) {
        at = this.text.indexOf(TERMINATORS[t] as string, from);
        found[t] = at;
        searchedFrom[t] = from;
      }
      if (at !== -1 && at < next) next = at;
    }
    return next;
  }
}

/**
 * Where the run of terminators (`.`, `!`, `?`, `…`) at `index` ends, with the closing marks and
 * brackets after it: what `/[.!?…]+["'”’)\]]*` matches there.
 */
export function terminatorRunEnd(text: string, index: number): number {
  let end = index;
  while (end < text.length && isTerminator(text.charCodeAt(end))) end++;
  while (end < text.length && isCloser(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Whitespace, then a capital or a digit, perhaps behind an opening mark or bracket: the
 * look-ahead `(?=\s+["'“‘([]?[A-Z0-9])` at `at`.
 */
export function startsNextSentence(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (k === at || k >= text.length) return false;
  const code = text.charCodeAt(k);
  return isCapitalOrDigit(code) || (isOpener(code) && isCapitalOrDigit(text.charCodeAt(k + 1)));
}

function lastWordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && isLetterOrStop(text.charCodeAt(i - 1))) i--;
  return i;
}

/** "(D-Va.", "(R., Pa.", "(D-N.Y.": a bracketed party and state, closed right after its stop. */
const PARTY_TAG = /\([DRI]\.?(?:-|,\s?)[A-Z][A-Za-z]*\.(?:\s?[A-Z]\.)*$/;

/** The stop at `index` ends a party-and-state tag whose bracket closes right after it. */
function closesPartyTag(text: string, index: number): boolean {
  return (
    text.charCodeAt(index + 1) === 41 &&
    PARTY_TAG.test(text.slice(Math.max(0, index - 14), index + 1))
  );
}

/** `.`, `!`, `?`, `…` */
function isTerminator(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

/** `"`, `'`, `”`, `’`, `)`, `]` */
function isCloser(code: number): boolean {
  return (
    code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93
  );
}

/** `"`, `'`, `“`, `‘`, `(`, `[` */
function isOpener(code: number): boolean {
  return (
    code === 34 || code === 39 || code === 0x201c || code === 0x2018 || code === 40 || code === 91
  );
}

function isCapitalOrDigit(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** `[A-Za-z.]` */
function isLetterOrStop(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46;
}

/** Exactly the characters of the regular-expression class `\s`, without a regular expression. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
