import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Synthetic hostile articles, written fresh for each test run (never shipped in `content/`): markup
 * and script in text, quotes, headlines and a topic label; `javascript:` URLs; HTML entities;
 * bidi overrides, zero-width and astral characters with emoji touching quotation marks; a 2 MB
 * paragraph; 5,000 quotations in one article. Deterministic: the same files every time.
 */

/** Markup that would set `window.__pwned` if it were ever parsed as HTML or followed as a link. */
export const PAYLOADS = {
  script: '<script>window.__pwned=1</script>',
  img: `<img src=x onerror="window.__pwned=1">`,
  imgInQuote: `<img src=x onerror='window.__pwned=1'>`,
  javascriptUrl: 'javascript:window.__pwned=1',
  anchor: `<a href="javascript:window.__pwned=1">read more</a>`,
  entities: '&lt;b&gt;bold&lt;/b&gt; &amp; &#x3C;i&#x3E; &quot;',
  svg: '<svg onload=window.__pwned=1>',
} as const;

/** Invisible and direction-changing characters that must survive untouched. */
export const INVISIBLES = {
  rightToLeftOverride: '\u202E',
  popDirectional: '\u202C',
  zeroWidthSpace: '\u200B',
  zeroWidthJoiner: '\u200D',
  zeroWidthNoBreak: '\uFEFF',
} as const;

/**
 * Quotations whose text is known exactly, each with astral characters or emoji (surrogate pairs)
 * inside or right against the quotation marks, so an offset off by one code unit would show.
 */
export const EMOJI_QUOTES = [
  'We will build 🌉 bridges before walls',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters and 𠜎 are fine here 👩‍👩‍👧',
  '🚀 Launch day is the first of many',
] as const;

export const LONG_PARAGRAPH_BYTES = 2 * 1024 * 1024;
/** Ends the 2 MB paragraph, so a test can see it was rendered to the very end. */
export const LONG_PARAGRAPH_END = 'This is the end of the longest paragraph.';
export const MANY_QUOTES = 5_000;
/** Who speaks in the many-quotes article, in turn. */
export const MANY_SPEAKERS = ['Ada Byron', 'Alan Turing', 'Grace Hopper', 'Edsger Dijkstra'];

export type HostileArticle = {
  /** File name in the content folder; the built article's `source`. */
  file: string;
  text: string;
  /** Strings that must appear in the page's text exactly as written. */
  literal: string[];
};

const HEADER = ' date 2024-11-19 By Ann Writer\n\n';

const markupInText: HostileArticle = {
  file: 'hostile-markup.txt',
  text:
    HEADER +
    `LONDON — Council leader Maria Lopez said on Monday that ${PAYLOADS.script} is only text.\n\n` +
    `The council page showed ${PAYLOADS.img} and ${PAYLOADS.svg} where a photo should be.\n\n` +
    `A link to ${PAYLOADS.javascriptUrl} and ${PAYLOADS.anchor} appeared in the minutes.\n\n` +
    `Entities stay as typed: ${PAYLOADS.entities}.\n`,
  literal: [
    PAYLOADS.script,
    PAYLOADS.img,
    PAYLOADS.svg,
    PAYLOADS.javascriptUrl,
    PAYLOADS.anchor,
    PAYLOADS.entities,
  ],
};

const markupInQuotes: HostileArticle = {
  file: 'hostile-quotes.txt',
  text:
    HEADER +
    `PARIS — The city engineer Tom Reed spoke to reporters about the website on Tuesday.\n\n` +
    `“${PAYLOADS.script} is not a script here,” said Tom Reed.\n\n` +
    `“${PAYLOADS.imgInQuote} is not a picture either,” said Tom Reed.\n\n` +
    `“Follow ${PAYLOADS.javascriptUrl} at your own risk,” Maria Lopez said, “and ${PAYLOADS.entities} stays put.”\n`,
  literal: [PAYLOADS.script, PAYLOADS.imgInQuote, PAYLOADS.javascriptUrl, PAYLOADS.entities],
};

const { rightToLeftOverride, popDirectional, zeroWidthSpace, zeroWidthJoiner, zeroWidthNoBreak } =
  INVISIBLES;
const bidiText = `file name ${rightToLeftOverride}gpj.exe${popDirectional} is not what it seems`;
const zeroWidthText = `zero${zeroWidthSpace}width${zeroWidthJoiner}joined${zeroWidthNoBreak}words`;

const unicode: HostileArticle = {
  file: 'hostile-unicode.txt',
  text:
    HEADER +
    `TOKYO — Engineers at the 🌐 summit tested how ${bidiText} and ${zeroWidthText} display.\n\n` +
    `😀“${EMOJI_QUOTES[0]}”🎉 said Maria Lopez.\n\n` +
    `Maria Lopez added: 𝕏“${EMOJI_QUOTES[1]}”𝕐 and left.\n\n` +
    `“${EMOJI_QUOTES[2]}”👍, said Tom Reed, pointing at ${'🚀'.repeat(20)}.\n`,
  literal: [bidiText, zeroWidthText, ...EMOJI_QUOTES],
};

/** Plain sentences up to `bytes` (all ASCII, so bytes are characters), then the end marker. */
function longParagraph(bytes: number): string {
  const sentences = [
    'The committee met again to review the long agenda.',
    'Members read every line of the report aloud.',
    'Nobody left the room before the final item.',
  ];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i += 1) {
    const sentence = sentences[i % sentences.length] ?? '';
    parts.push(sentence);
    length += sentence.length + 1;
  }
  parts.push(LONG_PARAGRAPH_END);
  return parts.join(' ');
}

const long: HostileArticle = {
  file: 'hostile-long-paragraph.txt',
  text: `${HEADER}BERLIN — A report of record length was read out on Wednesday.\n\n${longParagraph(LONG_PARAGRAPH_BYTES)}\n`,
  literal: [LONG_PARAGRAPH_END],
};

/** Five quotations per paragraph, each with its own number and a named speaker. */
function manyQuotes(count: number): string {
  const paragraphs: string[] = [];
  for (let first = 1; first <= count; first += 5) {
    const quotes: string[] = [];
    for (let n = first; n < first + 5 && n <= count; n += 1) {
      const speaker = MANY_SPEAKERS[n % MANY_SPEAKERS.length] ?? '';
      quotes.push(`“Point ${n} stands on its own,” said ${speaker}.`);
    }
    paragraphs.push(quotes.join(' '));
  }
  return paragraphs.join('\n\n');
}

const many: HostileArticle = {
  file: 'hostile-many-quotes.txt',
  text: `${HEADER}ROME — The panel debated every point of the plan on Thursday.\n\n${manyQuotes(MANY_QUOTES)}\n`,
  literal: [`Point ${MANY_QUOTES} stands on its own`],
};

export const HOSTILE_ARTICLES: HostileArticle[] = [
  markupInText,
  markupInQuotes,
  unicode,
  long,
  many,
];

/** A topic that tags the markup articles, with markup for a label. */
export const HOSTILE_TOPIC = { id: 'hostile-markup', label: `Markup ${PAYLOADS.img}` };

const taxonomy = {
  topics: [{ ...HOSTILE_TOPIC, anyOf: [{ allOf: [['script', 'onerror']] }] }],
};

/** Writes the hostile articles and their taxonomy into `dir` (created if missing). */
export async function writeHostileContent(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'topics.json'), JSON.stringify(taxonomy, null, 2));
  for (const { file, text } of HOSTILE_ARTICLES) {
    await writeFile(path.join(dir, file), text);
  }
}
