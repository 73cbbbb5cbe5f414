import { err, ok, type Result } from '../result.ts';

/** What the optional first line ` date YYYY-MM-DD By Author` says. */
export type Header = {
  date: string | null;
  byline: string | null;
  /** Offset where the body starts: after the header line, or 0 when there is none. */
  bodyStart: number;
};

const HEADER = /^\uFEFF?[ \t]*date[ \t]+(\S+)(?:[ \t]+By[ \t]+([^\r\n]*?))?[ \t]*(?:\r?\n|$)/i;

/** Parses the header line, if the text has one; an unreadable date is an error, not a guess. */
export function parseHeader(text: string): Result<Header, string> {
  const match = HEADER.exec(text);
  if (!match) return ok({ date: null, byline: null, bodyStart: 0 });
  const rawDate = match[1] ?? '';
  const date = parseIsoDate(rawDate);
  if (date === null) {
    return err(`unreadable date "${rawDate}" in the header line (expected YYYY-MM-DD)`);
  }
  const byline = match[2]?.trim() || null;
  return ok({ date, byline, bodyStart: match[0].length });
}

/** `YYYY-MM-DD` when it names a real calendar day, otherwise null. */
export function parseIsoDate(raw: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? raw : null;
}
