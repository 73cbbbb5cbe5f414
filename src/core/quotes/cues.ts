import {
  COMMON_CAPITALISED,
  NEWS_ORGANISATIONS,
  ORGANISATION_WORDS,
  PHRASAL_SPEECH_VERBS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
  TITLES,
} from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { firstStartingAt, tokenIndexAt, type ParagraphNarration } from './narration.ts';
import type { Token } from './tokenize.ts';

/** Who a cue says is speaking, before it is resolved to a person. */
export type Subject =
  | { kind: 'pronoun'; word: string; at: number }
  | { kind: 'mention'; mention: Mention }
  | { kind: 'role'; words: string[]; definite: boolean; at: number }
  | { kind: 'organisation'; words: string[]; at: number };

/** A reporting verb that attributes a quotation, where it is and whom it names. */
export type CueMatch = {
  verb: string;
  start: number;
  end: number;
  subject: Subject | null;
  /** Right next to the quotation (`Peskov said, "…"` or `"…," he said`), not elsewhere in the sentence. */
  adjacent: boolean;
};

/** Forms that are nouns as often as verbs: cues only right after a name or pronoun. */
const NOUN_LIKE = new Set([
  'post',
  'posts',
  'report',
  'reports',
  'state',
  'states',
  'note',
  'notes',
  'call',
  'calls',
  'claim',
  'claims',
  'comment',
  'comments',
  'charge',
  'charges',
  'counter',
  'demand',
  'demands',
  'promise',
  'promises',
  'warning',
  'answer',
  'answers',
  'reply',
  'tweet',
  'tweets',
  'cry',
  'joke',
  'jokes',
  'laugh',
  'sigh',
  'snap',
  'yell',
  'scream',
  'stress',
  'highlight',
  'highlights',
  'underline',
  'continue',
  'vow',
  'vows',
  'pledge',
  'pledges',
  'write',
  'tell',
  'say',
  'add',
  'ask',
  'respond',
  'written',
  'mention',
  'comment',
  'quip',
  'retort',
  'murmur',
  'whisper',
  'shout',
  'boast',
  'plan',
]);
/** Gestures that attribute a quotation only right after it: `"…," she smiled.` */
const GESTURES = new Set([
  'smile',
  'smiled',
  'grin',
  'grinned',
  'nod',
  'nodded',
  'shrug',
  'shrugged',
  'sniff',
  'sniffed',
  'laugh',
  'laughed',
  'sigh',
  'sighed',
  'breathe',
  'breathed',
]);
const PASSIVE_MARKERS = new Set([
  'when',
  'being',
  'was',
  'were',
  'is',
  'are',
  'if',
  'been',
  'be',
  'after',
  'once',
  'not',
]);
const ADVERBS = new Set([
  'now',
  'also',
  'then',
  'later',
  'further',
  'again',
  'has',
  'had',
  'have',
  'was',
  'is',
  'would',
  'will',
  'reportedly',
  'previously',
  'recently',
  'earlier',
  'once',
  'quickly',
  'simply',
  'only',
  'just',
  'finally',
  'repeatedly',
  'publicly',
  'separately',
  'often',
  'once',
  'angrily',
  'calmly',
  'firmly',
  'flatly',
  'bluntly',
  'candidly',
  'openly',
  'privately',
  'proudly',
  'quietly',
  'softly',
  'loudly',
  'sharply',
  'strongly',
  'clearly',
  'simply',
  'tersely',
  'briefly',
  'emphatically',
  'frankly',
  'jokingly',
  'laughingly',
  'cheerfully',
  'gravely',
  'solemnly',
  'subsequently',
  'did',
  'does',
  'may',
  'might',
  'could',
  'can',
  'should',
  'must',
  'had',
  'who',
  'who',
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'this',
  'that',
  'one',
  'another',
]);
/** Lower-case words that sit inside a role: "the new assistant secretary", "a former minister". */
const ROLE_MODIFIERS = new Set([
  'new',
  'former',
  'acting',
  'then',
  'top',
  'chief',
  'senior',
  'deputy',
  'assistant',
  'local',
  'regional',
  'national',
  'state',
  'federal',
  'foreign',
  'veteran',
  'interim',
  'outgoing',
  'incoming',
  'newly',
  'elected',
  'appointed',
  'retired',
]);
const PARTICLES = new Set([
  'de',
  'da',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'el',
  'le',
  'la',
  'du',
  'del',
  'di',
  'dos',
  'ibn',
  'ben',
  'abu',
]);

/** True when the token at `i` is a reporting verb used as one. */
export function isCueVerb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  const particle = PHRASAL_SPEECH_VERBS.get(token.lower);
  if (particle) return next?.lower === particle;
  if (!SPEECH_VERBS.has(token.lower)) return false;
  // A capitalised verb is a cue only where it opens a sentence: `Said Benedick: "…"`.
  if (token.capitalised && previous !== undefined && !/[.!?:"”]\s*$/.test(previous.gap))
    return false;
  if (NOUN_LIKE.has(token.lower) || GESTURES.has(token.lower)) {
    // Right after a quotation ("…," answers Richards) any of these reports speech.
    const afterQuote = previous === undefined || /["”’'»]/.test(previous.gap);
    const previousIsSubject =
      afterQuote ||
      (previous !== undefined &&
        GESTURES.has(token.lower) &&
        SUBJECT_PRONOUNS.has(previous.lower) &&
        /["”’'»]/.test(tokens[i - 2]?.gap ?? '')) ||
      (previous !== undefined &&
        !GESTURES.has(token.lower) &&
        (SUBJECT_PRONOUNS.has(previous.lower) ||
          previous.capitalised ||
          ADVERBS.has(previous.lower) ||
          ROLE_NOUNS.has(previous.lower)));
    if (!previousIsSubject || (previous !== undefined && DETERMINERS.has(previous.lower)))
      return false;
  }
  if (/^(?:ask|asks|asked)$/.test(token.lower) && previous && PASSIVE_MARKERS.has(previous.lower))
    return false;
  if (
    /^(?:call|calls|called|calling)$/.test(token.lower) &&
    next &&
    /^(?:for|on|off|up|in|back)$/.test(next.lower)
  )
    return false;
  return true;
}

/** The verb's text, with its particle for phrasal verbs ("pointed out"). */
function verbText(tokens: readonly Token[], i: number): { verb: string; end: number } {
  const token = tokens[i] as Token;
  const particle = PHRASAL_SPEECH_VERBS.get(token.lower);
  const next = tokens[i + 1];
  if (particle && next) return { verb: `${token.word} ${next.word}`, end: next.end };
  return { verb: token.word, end: token.end };
}

/**
 * A cue right after a quotation: `"…," he said`, `"…," said Peskov`, `"…," Peskov noted when
 * asked`, `"…," according to the ministry`. `limit` is where the narration after it stops.
 */
export function findCueAfter(
  paragraph: ParagraphNarration,
  masked: string,
  outerEnd: number,
  limit: number,
): CueMatch | null {
  const { tokens } = paragraph;
  const first = tokenIndexAt(tokens, outerEnd);
  const head = tokens[first];
  if (
    !head ||
    head.start >= limit ||
    !/^[\s,.;:!?…—–\-)]*$/.test(masked.slice(outerEnd, head.start))
  )
    return null;

  if (head.lower === 'according' && tokens[first + 1]?.lower === 'to') {
    const subject = subjectAfter(paragraph, first + 2, limit);
    return subject
      ? {
          verb: 'according to',
          start: head.start,
          end: (tokens[first + 1] as Token).end,
          subject,
          adjacent: true,
        }
      : null;
  }
  if (isCueVerb(tokens, first)) {
    const { verb, end } = verbText(tokens, first);
    const subject = subjectAfter(paragraph, first + (verb.includes(' ') ? 2 : 1), limit);
    return { verb, start: head.start, end, subject, adjacent: true };
  }
  for (
    let v = first + 1;
    v < tokens.length && v <= first + 12 && (tokens[v] as Token).start < limit;
    v++
  ) {
    if (!isCueVerb(tokens, v)) continue;
    const found = subjectBefore(paragraph, v, first);
    if (!found || found.from !== first) return null;
    const { verb, end } = verbText(tokens, v);
    return { verb, start: (tokens[v] as Token).start, end, subject: found.subject, adjacent: true };
  }
  return null;
}

/**
 * The cue before a quotation in its sentence: the last reporting verb between `windowStart`
 * and the opening mark. Adjacent when only a short phrase separates them (`Peskov said, "…"`).
 */
export function findCueBefore(
  paragraph: ParagraphNarration,
  masked: string,
  windowStart: number,
  outerStart: number,
): CueMatch | null {
  const { tokens } = paragraph;
  const from = tokenIndexAt(tokens, windowStart);
  const to = tokenIndexAt(tokens, outerStart);
  for (let v = to - 1; v >= from; v--) {
    const token = tokens[v] as Token;
    if (token.lower === 'according' && tokens[v + 1]?.lower === 'to' && v + 2 < to) {
      return {
        verb: 'according to',
        start: token.start,
        end: (tokens[v + 1] as Token).end,
        subject: subjectAfter(paragraph, v + 2, outerStart),
        adjacent: false,
      };
    }
    if (!isCueVerb(tokens, v)) continue;
    const { verb, end } = verbText(tokens, v);
    const between = masked.slice(end, outerStart);
    const adjacent = between.length <= 60 && !/[.!?]/.test(between) && to - v <= 8;
    const inverted = verb.includes(' ') ? null : subjectAfter(paragraph, v + 1, outerStart);
    const before = subjectBefore(paragraph, v, from);
    const subject =
      before?.subject ??
      (inverted && adjacent ? inverted : null) ??
      clauseSubject(paragraph, from, v);
    return { verb, start: token.start, end, subject, adjacent };
  }
  return null;
}

/**
 * The subject phrase that ends right before the verb at `v` (adverbs and an appositive may sit
 * between): a pronoun, a name, a role ("the spokesperson") or an organisation.
 */
function subjectBefore(
  paragraph: ParagraphNarration,
  v: number,
  min: number,
): { subject: Subject; from: number } | null {
  const { tokens } = paragraph;
  let k = v - 1;
  while (k >= min && ADVERBS.has((tokens[k] as Token).lower) && (tokens[k] as Token).blank) k--;
  if (k < min) return null;
  const apposed = paragraph.mentionByLast.get(k);
  if ((tokens[k] as Token).gap.includes(',') && apposed?.kind === 'person') {
    // "Mr Reed's lawyer, Omar Haddad, said": the name in apposition is the speaker.
    return { subject: { kind: 'mention', mention: apposed }, from: apposed.first };
  }
  if ((tokens[k] as Token).gap.includes(',')) {
    // "Smith, the mayor, said", "Reed, 54, said": step back over the appositive to the name
    // before it. Only a role or an age is an appositive; "acknowledged the delay," is not.
    let j = k - 1;
    while (j >= min && j >= k - 10 && !(tokens[j] as Token).gap.includes(',')) j--;
    if (j < min || !(tokens[j] as Token).gap.includes(',')) return null;
    const appositive = tokens.slice(j + 1, k + 1);
    const describesRole = appositive.some(
      (part) => isRoleNoun(part.lower) || TITLES.has(part.lower),
    );
    const givesAge = appositive.length === 1 && /^\d{1,3}$/.test(appositive[0]?.word ?? '');
    if (!describesRole && !givesAge) return null;
    k = j;
  } else if (!(tokens[k] as Token).blank) return null;

  const token = tokens[k] as Token;
  if (SUBJECT_PRONOUNS.has(token.lower) || token.lower === 'i') {
    return { subject: { kind: 'pronoun', word: token.lower, at: token.start }, from: k };
  }
  const mention = paragraph.mentionByLast.get(k);
  if (mention) {
    const from = Math.max(min, leadingDeterminer(tokens, mention.first, min));
    return { subject: { kind: 'mention', mention }, from: roleStart(tokens, from, min) };
  }
  // A phrase of role words and capitalised words: "the new U.S. Assistant Secretary of State".
  let j = k;
  while (j - 1 >= min) {
    const previous = tokens[j - 1] as Token;
    const before = tokens[j - 2];
    const joinable =
      previous.blank &&
      (previous.capitalised ||
        isRoleNoun(previous.lower) ||
        TITLES.has(previous.lower) ||
        ROLE_MODIFIERS.has(previous.lower) ||
        PARTICLES.has(previous.lower) ||
        (previous.lower === 'of' &&
          before !== undefined &&
          before.blank &&
          (before.capitalised || isRoleNoun(before.lower))));
    if (!joinable) break;
    j--;
  }
  const phrase = tokens.slice(j, k + 1);
  const from = leadingDeterminer(tokens, j, min);
  const determiner = from < j ? (tokens[from] as Token).lower : (phrase[0] as Token).lower;
  const at = (phrase[0] as Token).start;
  const named = phrase.filter((part) => !DETERMINERS.has(part.lower));
  if (named.length === 0) return null;
  const definite = determiner === 'the' || determiner === 'this';
  if (
    named.some((part) => isRoleNoun(part.lower) && !part.capitalised) ||
    isRoleNoun(token.lower)
  ) {
    return { subject: { kind: 'role', words: roleWords(named), definite, at }, from };
  }
  if (!token.capitalised) {
    // "the jury said": a definite noun may name an organisation introduced earlier
    // ("the Riverton County Grand Jury"); it is never resolved like a pronoun.
    if (!definite || !/^\p{Ll}{3,}$/u.test(token.lower)) return null;
    return { subject: { kind: 'role', words: [token.lower], definite: false, at }, from };
  }
  if (named.every((part) => COMMON_CAPITALISED.has(part.lower))) return null;
  const organisational = named.some(
    (part) => ORGANISATION_WORDS.has(part.lower) || NEWS_ORGANISATIONS.has(part.lower),
  );
  if (named.some((part) => TITLES.has(part.lower) || isRoleNoun(part.lower)) && !organisational) {
    return { subject: { kind: 'role', words: roleWords(named), definite, at }, from };
  }
  const name = named.map((part, index) =>
    part.possessive && index < named.length - 1 ? `${part.word}'s` : part.word,
  );
  return { subject: { kind: 'organisation', words: name, at }, from };
}

/** The subject named after an inverted verb: `said Kremlin spokesperson Dmitry Peskov`, `said he`. */
function subjectAfter(paragraph: ParagraphNarration, s: number, limit: number): Subject | null {
  const { tokens, mentions } = paragraph;
  let k = s;
  const start = tokens[k];
  if (!start || start.start >= limit) return null;
  if (SUBJECT_PRONOUNS.has(start.lower))
    return { kind: 'pronoun', word: start.lower, at: start.start };
  if (DETERMINERS.has(start.lower)) k++;
  const phrase: Token[] = [];
  while (k < tokens.length && (tokens[k] as Token).start < limit && phrase.length < 8) {
    const token = tokens[k] as Token;
    if (!(
      token.capitalised ||
      ROLE_NOUNS.has(token.lower) ||
      TITLES.has(token.lower) ||
      PARTICLES.has(token.lower)
    ))
      break;
    phrase.push(token);
    k++;
    // "Brook's deputy": a possessive owner is followed by the role that names the speaker.
    const owned = tokens[k]?.lower ?? '';
    const continuesWithRole = token.possessive && (isRoleNoun(owned) || TITLES.has(owned));
    if (!token.blank || (token.possessive && !continuesWithRole)) break;
  }
  if (phrase.length === 0) return null;
  const first = phrase[0] as Token;
  const last = phrase[phrase.length - 1] as Token;
  const inside: Mention[] = [];
  for (let m = firstStartingAt(mentions, first.start); m < mentions.length; m++) {
    const mention = mentions[m] as Mention;
    if (mention.end > last.end + 2) break;
    if (!(tokens[mention.last] as Token).possessive) inside.push(mention);
  }
  const person =
    inside.find((mention) => mention.kind === 'person') ??
    inside.find((mention) => mention.kind === 'unknown');
  if (person) return { kind: 'mention', mention: person };
  // "said Brook's deputy, Ivo Varga": the name in apposition after the role.
  const appositive = last.gap.includes(',') ? paragraph.mentionByFirst.get(k) : undefined;
  if (appositive && appositive.kind !== 'organisation' && (tokens[k] as Token).start < limit) {
    return { kind: 'mention', mention: appositive };
  }
  const organisation = inside.find((mention) => mention.kind === 'organisation');
  if (organisation && !ROLE_NOUNS.has(last.lower))
    return { kind: 'mention', mention: organisation };
  if (ROLE_NOUNS.has(last.lower))
    return {
      kind: 'role',
      words: roleWords(phrase),
      definite: start.lower === 'the',
      at: first.start,
    };
  return null;
}

/** The subject of the clause a participle hangs on: `Peskov acknowledged it, stating, "…"`. */
function clauseSubject(paragraph: ParagraphNarration, from: number, v: number): Subject | null {
  const { tokens } = paragraph;
  for (let k = from; k < v; k++) {
    const token = tokens[k] as Token;
    const mention = paragraph.mentionByFirst.get(k);
    if (mention && !mention.oblique && mention.kind !== 'organisation')
      return { kind: 'mention', mention };
    if (SUBJECT_PRONOUNS.has(token.lower))
      return { kind: 'pronoun', word: token.lower, at: token.start };
  }
  return null;
}

function leadingDeterminer(tokens: readonly Token[], index: number, min: number): number {
  const previous = tokens[index - 1];
  return index - 1 >= min && previous && DETERMINERS.has(previous.lower) ? index - 1 : index;
}

/** Extends a subject's start back over role words before a name ("Kremlin spokesperson"). */
function roleStart(tokens: readonly Token[], index: number, min: number): number {
  let start = index;
  while (start - 1 >= min) {
    const previous = tokens[start - 1] as Token;
    if (
      !previous.blank ||
      !(
        ROLE_NOUNS.has(previous.lower) ||
        TITLES.has(previous.lower) ||
        previous.capitalised ||
        DETERMINERS.has(previous.lower)
      )
    )
      break;
    start--;
  }
  return start;
}

/** The role words of a phrase, after any possessive owner: "Putin's Press Secretary" → press secretary. */
function roleWords(phrase: readonly Token[]): string[] {
  let from = 0;
  phrase.forEach((token, index) => {
    if (token.possessive) from = index + 1;
  });
  const words = phrase.slice(from).map((token) => token.lower);
  return words.length > 0 ? words : [(phrase[phrase.length - 1] as Token).lower];
}
/** A role noun, singular or plural ("officials", "spokesmen"). */
function isRoleNoun(word: string): boolean {
  return (
    ROLE_NOUNS.has(word) ||
    ROLE_NOUNS.has(word.replace(/s$/, '')) ||
    ROLE_NOUNS.has(word.replace(/men$/, 'man'))
  );
}
/** Every named subject of a reporting verb in a paragraph's narration: who spoke, and where. */
export function reportingSubjects(
  paragraph: ParagraphNarration,
): Array<{ at: number; mention: Mention }> {
  const found: Array<{ at: number; mention: Mention }> = [];
  const { tokens } = paragraph;
  for (const sentence of paragraph.sentences) {
    const from = tokenIndexAt(tokens, sentence.start);
    const to = tokenIndexAt(tokens, sentence.end);
    for (let v = from; v < to; v++) {
      if (!isCueVerb(tokens, v)) continue;
      const subject = subjectBefore(paragraph, v, from)?.subject;
      if (subject?.kind === 'mention')
        found.push({ at: (tokens[v] as Token).start, mention: subject.mention });
    }
  }
  return found;
}

/** The cue of an introduction with no reporting verb: its first named subject speaks. */
export function introductionSubject(
  paragraph: ParagraphNarration,
  sentence: { start: number; end: number },
): CueMatch | null {
  const { mentions } = paragraph;
  const inSentence: Mention[] = [];
  for (let m = firstStartingAt(mentions, sentence.start); m < mentions.length; m++) {
    const mention = mentions[m] as Mention;
    if (mention.start >= sentence.end) break;
    inSentence.push(mention);
  }
  // "TASS datelined Los Angeles:" names its subject first; "this quotation of J. Walter Carroll:"
  // names the speaker inside a phrase.
  const mention =
    inSentence.find((candidate) => !candidate.oblique) ??
    inSentence.find((candidate) => candidate.kind === 'person');
  if (!mention) return null;
  return {
    verb: ':',
    start: sentence.end - 1,
    end: sentence.end,
    subject: { kind: 'mention', mention },
    adjacent: false,
  };
}
