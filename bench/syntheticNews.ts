/**
 * A deterministic generator of synthetic news-like text for benchmarks and scale tests: invented
 * names and places, real English sentence shapes, every quotation form the engine handles.
 * Never real news; never committed as content.
 */

/** A small, fast, seedable PRNG (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Ada',
  'Tom',
  'Lena',
  'Omar',
  'Mira',
  'Ivo',
  'Nora',
  'Raj',
  'Yuki',
  'Pablo',
  'Zara',
  'Femi',
];
const LAST = [
  'Brook',
  'Reed',
  'Park',
  'Haddad',
  'Novak',
  'Okafor',
  'Lind',
  'Sato',
  'Varga',
  'Costa',
  'Mehta',
  'Dunn',
];
const ROLES = [
  'spokesperson',
  'mayor',
  'finance minister',
  'union leader',
  'council chair',
  'police chief',
];
const PLACES = ['Riverton', 'Eastmoor', 'Lakeside', 'Northgate', 'Pinehurst', 'Westfield'];
const CLAUSES = [
  'the budget would be published next week',
  'the bridge repairs were running late',
  'talks with the regional council had stalled',
  'water prices would rise in the spring',
  'the new rail line was on schedule',
  'the harbour would reopen after the storm',
];
const NARRATION = [
  'The council met for three hours before the vote was called.',
  'Residents had gathered outside the town hall since early morning, many of them holding signs.',
  'The plan, first proposed two years ago, would cost an estimated 40 million over a decade.',
  'Officials said the figures would be reviewed by an independent panel before the summer.',
  'Opposition members walked out of the chamber shortly after the debate began.',
  'The region has seen its population grow by almost a fifth since the last census.',
];
const SPEECH = [
  'We will not accept any delay',
  'The numbers speak for themselves',
  'Nobody wants another winter like the last one',
  'This is a fair deal for every resident',
  'We are ready to talk, but not at any price',
];

/**
 * Generates about `bytes` characters of paragraphs separated by blank lines, with about one
 * quotation per 400–500 characters, the density of the sample article and of wire copy.
 */
export function syntheticNews(bytes: number, seed = 1): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const surname = name.split(' ')[1] ?? name;
    const forms = [
      `${pick(PLACES)} ${pick(ROLES)} ${name} said on Monday that ${pick(CLAUSES)}.`,
      `"${pick(SPEECH)}," ${surname} said.`,
      `"${pick(SPEECH)}," he added, "and we will say so again."`,
      `${surname} described the plan as a "${pick(['bold step', 'quiet failure', 'fair start'])}" for ${pick(PLACES)}.`,
      `According to ${name}, ${pick(CLAUSES)}. "${pick(SPEECH)}."`,
      `In a post on X, ${name} wrote: “${pick(SPEECH)}.”`,
      `The so-called "${pick(PLACES)} plan" was discussed by the council, where ${pick(CLAUSES)}.`,
    ];
    const sentences = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
      next() < 0.3 ? pick(forms) : pick(NARRATION),
    );
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}
