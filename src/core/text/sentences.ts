/** Abbreviations that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st gen gov sen rep lt col capt sgt maj cmdr adm jr sr inc co corp ltd ' +
    'no nos vs etc approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec mt ft ' +
    'u.s u.k u.n e.g i.e a.m p.m supt atty det insp cpl pvt brig msgr hon rev fr comdr'
  ).split(' '),
);

/** Places written in initials, which end a sentence as often as they sit inside one. */
const PLACE_INITIALS = new Set(['d.c', 'n.y', 'l.a', 'n.j', 'u.s.a']);

/**
 * The end offset (exclusive, after the terminator) of the sentence that starts at `from`,
 * or `text.length` when the text has no further sentence break.
 */
export function sentenceEnd(text: string, from: number, to = text.length): number {
  const terminator = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[A-Z0-9])/g;
  terminator.lastIndex = from;
  for (
    let match = terminator.exec(text);
    match && match.index < to;
    match = terminator.exec(text)
  ) {
    const wordStart = lastWordStart(text, match.index);
    const word = text.slice(wordStart, match.index).toLowerCase();
    // "J. Smith", "J.D. Vance", "K.C. Venugopal": initials before a name; "in Washington, D.C."
    // and the other places written in initials may still end a sentence.
    const isInitial =
      /^(?:[a-z]\.)*[a-z]$/.test(word) &&
      !PLACE_INITIALS.has(word) &&
      text.charAt(match.index) === '.';
    const isEllipsis = match[0].startsWith('...') || match[0].startsWith('…');
    if (ABBREVIATIONS.has(word) || isInitial || isEllipsis) continue;
    return Math.min(match.index + match[0].length, to);
  }
  return to;
}

function lastWordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && /[A-Za-z.]/.test(text.charAt(i - 1))) i--;
  return i;
}
