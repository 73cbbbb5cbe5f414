/**
 * One synthetic article in the content format, from a seed: a header line, a dateline lead and
 * body paragraphs with direct, partial, pronoun- and role-attributed quotations in straight or
 * curly marks. Invented people and places only; never real news.
 */
import { MONTH_NAMES as MONTHS } from '../../src/core/text/monthNames.ts';
import { random } from '../../bench/syntheticNews.ts';
import { FIRST_NAMES, SURNAMES } from './corpusNames.ts';
import { TOPICS, type SyntheticTopic } from './corpusTopics.ts';
import { AGENCIES, NARRATION, PHRASES, PLACES, ROLES, SPEECH } from './corpusVocabulary.ts';

/** Someone the corpus quotes: one of `SPEAKER_POOL` people, each with a fixed role and town. */
export type SyntheticSpeaker = {
  name: string;
  surname: string;
  pronoun: 'he' | 'she';
  role: string;
  place: string;
};

const FIRST = [
  ...FIRST_NAMES.male.map((name) => ({ name, pronoun: 'he' as const })),
  ...FIRST_NAMES.female.map((name) => ({ name, pronoun: 'she' as const })),
];

/** How many distinct people the corpus can quote. */
export const SPEAKER_POOL = FIRST.length * SURNAMES.length;

const at = <T>(items: readonly T[], index: number): T => items[index % items.length] as T;

/** Speaker `k` of the pool; the same k is always the same person with the same role. */
export function speakerAt(k: number): SyntheticSpeaker {
  // A bijection of the pool (2053 is prime to 5,120), so the most quoted share no surname.
  const person = (k * 2053 + 17) % SPEAKER_POOL;
  const first = at(FIRST, person);
  const surname = at(SURNAMES, Math.floor(person / FIRST.length));
  const mix = Math.imul(k + 1, 0x9e3779b1) >>> 0;
  return {
    name: `${first.name} ${surname}`,
    surname,
    pronoun: first.pronoun,
    role: at(ROLES, mix % 97),
    place: at(PLACES, (mix >>> 8) % 101),
  };
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2016, 0, 1);

/** The article's raw text and the facts it was written around (for tests). */
export type GeneratedArticle = {
  text: string;
  /** Topic ids the article was written about: the generated taxonomy tags exactly these. */
  topics: string[];
  date: string | null;
};

/**
 * Writes article number `index` of the corpus seeded `seed`; `variant` re-rolls it (the corpus
 * maker uses it when two headlines would give the same slug).
 */
export function generateArticle(seed: number, index: number, variant = 0): GeneratedArticle {
  const next = random(
    Math.imul(seed ^ 0x5bd1e995, 0x27d4eb2f) ^ Math.imul(index + 1, 0x165667b1) ^ variant,
  );
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => at(items, int(items.length));
  const chance = (p: number) => next() < p;

  // A few topics and speakers are in the news far more than the rest, as in a real archive.
  const topicCount = chance(0.5) ? 1 : chance(0.7) ? 2 : 3;
  const topics: SyntheticTopic[] = [];
  while (topics.length < topicCount) {
    const candidate = at(TOPICS, Math.floor(TOPICS.length * next() ** 1.5));
    if (!topics.includes(candidate)) topics.push(candidate);
  }
  const speakerCount = 1 + int(5);
  const speakers: SyntheticSpeaker[] = [];
  while (speakers.length < speakerCount) {
    const candidate = speakerAt(Math.floor(SPEAKER_POOL * next() ** 2));
    if (!speakers.some((s) => s.name === candidate.name)) speakers.push(candidate);
  }
  const curly = chance(0.5);
  const [open, close] = curly ? ['“', '”'] : ['"', '"'];
  const quote = (words: string) => `${open}${words}${close}`;
  const word = (t: SyntheticTopic = pick(topics)) => pick(t.words);
  const speech = () =>
    chance(0.5)
      ? pick(SPEECH)
      : pick([
          `Our plan for ${word()} is fully funded`,
          `We cannot keep ignoring ${word()}`,
          `Nobody here is against ${word()}, but the money has to come from somewhere`,
          `The figures on ${word()} tell their own story`,
          `What happens with ${word()} this year will shape the next decade`,
        ]);

  const day = FIRST_DAY + int(3650) * DAY_MS;
  const when = new Date(day);
  const date = when.toISOString().slice(0, 10);
  const weekday = pick(WEEKDAYS);
  const lead = speakers[0] as SyntheticSpeaker;
  const introduced = new Set<SyntheticSpeaker>([lead]);
  const mention = (s: SyntheticSpeaker) => {
    if (introduced.has(s)) return s.surname;
    introduced.add(s);
    return `${s.name}, the ${s.role} of ${s.place},`;
  };

  const [mainTopic] = topics as [SyntheticTopic];
  const n = 2 + int(38);
  const leadSentence = pick([
    () =>
      `Spending on ${word(mainTopic)} in ${lead.place} will rise by ${n} per cent, ${lead.role} ${lead.name} said on ${weekday}.`,
    () =>
      `${lead.place} ${lead.role} ${lead.name} said on ${weekday} that talks on ${word(mainTopic)} had stalled after ${n} days.`,
    () =>
      `A ${n}-page review of ${word(mainTopic)} in ${lead.place} was published on ${weekday}, and ${lead.role} ${lead.name} called it overdue.`,
    () =>
      `The row over ${word(mainTopic)} in ${lead.place} deepened on ${weekday} as ${lead.role} ${lead.name} rejected a ${n}-point plan.`,
    () =>
      `${lead.name}, the ${lead.role} of ${lead.place}, promised on ${weekday} to settle the ${word(mainTopic)} dispute within ${n} weeks.`,
  ])();
  const dateline = pick([
    () =>
      `${lead.place.toUpperCase()}, ${MONTHS[when.getUTCMonth()]} ${when.getUTCDate()} (${pick(AGENCIES)}) - `,
    () => `${lead.place.toUpperCase()} — `,
    () => '',
  ])();
  const paragraphs = [`${dateline}${leadSentence} ${pick(NARRATION)}`];

  const topicSentence = (t: SyntheticTopic = pick(topics)) =>
    pick([
      () => `The ${word(t)} question has divided the council for months.`,
      () =>
        `Figures released on ${pick(WEEKDAYS)} showed ${word(t)} costs up by ${2 + int(20)} per cent.`,
      () => `Local groups have campaigned on ${word(t)} since ${2000 + int(16)}.`,
      () => `A report on ${word(t)} is due before the end of the year.`,
    ])();
  // Every topic is mentioned at least twice more, so the taxonomy's two-mention rule holds.
  const pending = topics.flatMap((t) => [t, t]);

  const bodyLength = 4 + Math.floor(24 * next() ** 1.3);
  let lastNamed: SyntheticSpeaker | null = lead;
  for (let p = 0; p < bodyLength || pending.length > 0; p++) {
    const topicWord = pending.shift();
    const filler = topicWord ? topicSentence(topicWord) : pick(NARRATION);
    const s = pick(speakers);
    const form = int(10);
    let paragraph: string;
    if (form < 3) {
      paragraph = chance(0.5) ? `${filler} ${topicSentence()}` : `${pick(NARRATION)} ${filler}`;
      lastNamed = null;
    } else if (form === 3) {
      paragraph = `${quote(`${speech()},`)} ${mention(s)} said. ${filler}`;
      lastNamed = s;
    } else if (form === 4) {
      paragraph = `${mention(s)} said: ${quote(`${speech()}.`)} ${filler}`;
      lastNamed = s;
    } else if (form === 5 && lastNamed) {
      paragraph = `${quote(`${speech()},`)} ${lastNamed.pronoun} added. ${filler}`;
    } else if (form === 6) {
      paragraph = `${mention(s)} described the ${word()} plan as a ${quote(pick(PHRASES))}. ${filler}`;
      lastNamed = s;
    } else if (form === 7) {
      paragraph = `${quote(`${speech()}. ${speech()},`)} ${mention(s)} told reporters. ${filler}`;
      lastNamed = s;
    } else if (form === 8 && introduced.has(s)) {
      paragraph = `${quote(`${speech()},`)} the ${s.role} said. ${filler}`;
      lastNamed = s;
    } else {
      paragraph = `${filler} ${pick(NARRATION)}`;
      lastNamed = null;
    }
    paragraphs.push(paragraph);
  }

  const byline = chance(0.92) ? ` By ${speakerAt(SPEAKER_POOL - 1 - int(200)).name}` : '';
  const header = chance(0.98) ? ` date ${date}${byline}\n\n` : '';
  return {
    text: `${header}${paragraphs.join('\n\n')}\n`,
    topics: topics.map((t) => t.id),
    date: header ? date : null,
  };
}
