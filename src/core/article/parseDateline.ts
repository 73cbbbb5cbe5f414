import type { Dateline } from '../schema.ts';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const PLACE = "([A-Z][A-Za-z.'’-]*(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,3})";
/** `[India]`, `(Maharashtra)`: the state or country after the place, in brackets. */
const REGION = '(?:\\s*[[(][^\\])\\n]{1,40}[\\])]){0,2}';
const DAY = `(?:,\\s*${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)?`;
const AGENCY = '\\s*\\(([A-Za-z][A-Za-z .&-]{0,30})\\)';
const SEPARATOR = '\\s*[:\\-–—]+\\s*';

/**
 * `New Delhi [India], November 19 (ANI):`, `LONDON, May 3 (Reuters) -` and, PTI's style,
 * `New Delhi, Feb 21 (PTI) The …` with no separator.
 */
const WITH_AGENCY = new RegExp(`^${PLACE}${REGION}${DAY}${AGENCY}(?:${SEPARATOR}|\\s+(?=[A-Z]))`);
/** `Nov 5 (Reuters) -`: a wire story's day and agency, with no place. */
const DAY_WITH_AGENCY = new RegExp(`^${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?${AGENCY}${SEPARATOR}`);
/** `New Delhi, April 8:`: a place and a day, without an agency. */
const WITH_DAY = new RegExp(
  `^${PLACE}${REGION},\\s*${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?${SEPARATOR}`,
);
/**
 * `WASHINGTON —`, `KYIV, Ukraine —` or `NEW DELHI:`: a capitalised place and a dash or colon;
 * `Cape Town —`, `Kuala Lumpur, Malaysia –`: or a place in title case and a long dash.
 */
const PLACE_ONLY =
  /^([A-Z][A-Z.'’]+(?:[ ,]+[A-Z][A-Za-z.'’]+){0,3})(?:\s*[—–:]|\s+-)\s*|^([A-Z][a-z.'’]+(?:[ ,]+[A-Z][A-Za-z.'’]+){0,3})\s+(?:[—–]|--)\s*/;

/** Agencies PTI's style names with no separator after a place: `New Delhi (PTI) The …`. */
const KNOWN_AGENCIES = /^(?:PTI|ANI|IANS|UNI|Reuters|AP|AFP|Xinhua|TASS|Bloomberg)$/;

/**
 * `External Affairs Minister (EAM) S Jaishankar …`: with no date and no separator, a bracketed
 * word that is no known agency spells out the title before it; it opens no dateline.
 */
function titleWithAcronym(match: string, agency: string): boolean {
  return !/\d/.test(match) && !/[:\-–—]\s*$/.test(match) && !KNOWN_AGENCIES.test(agency.trim());
}

/** Reads the dateline that opens a news lead, if there is one. Offsets cover the whole prefix. */
export function parseDateline(text: string, paragraphStart: number): Dateline | null {
  const lead = text.slice(paragraphStart, paragraphStart + 200);
  const withAgency = WITH_AGENCY.exec(lead);
  if (withAgency && !titleWithAcronym(withAgency[0], withAgency[2] ?? '')) {
    return {
      place: (withAgency[1] ?? '').replace(/,\s*$/, ''),
      agency: withAgency[2]?.trim() ?? null,
      start: paragraphStart,
      end: paragraphStart + withAgency[0].length,
    };
  }
  const dayOnly = DAY_WITH_AGENCY.exec(lead);
  if (dayOnly)
    return {
      place: '',
      agency: dayOnly[1]?.trim() ?? null,
      start: paragraphStart,
      end: paragraphStart + dayOnly[0].length,
    };
  const placeOnly = WITH_DAY.exec(lead) ?? PLACE_ONLY.exec(lead);
  if (placeOnly) {
    return {
      place: (placeOnly[1] ?? placeOnly[2] ?? '').replace(/,\s*$/, ''),
      agency: null,
      start: paragraphStart,
      end: paragraphStart + placeOnly[0].length,
    };
  }
  return null;
}
