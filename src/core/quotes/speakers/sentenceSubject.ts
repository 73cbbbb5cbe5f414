/**
 * The subject of the nearest earlier sentence, which a pronoun stands for: a person plainly the
 * subject, not one asked about, silent, or the subject of a past-perfect background sentence.
 */

import { isCueVerb } from '../cueVerbs.ts';
import { definiteRoleAt } from '../subjects/roleNouns.ts';
import { SUBJECT_PRONOUNS } from '../lexicon/commonWords.ts';
import type { Token } from '../tokenize.ts';
import { firstStartingAt, type ParagraphNarration } from '../narration.ts';
import type { Entity } from '../registry/entity.ts';
import type { SpeakerRegistry } from '../registry/speakerRegistry.ts';
import { type SpeechHistory, PRONOUN_REACH, SENTENCE_REACH } from './speechHistory.ts';
import { apposedNear, firstSubject, mainClauseStart } from './sentenceOpenings.ts';
import { byRole, ofOtherParty } from './roleReferences.ts';

/** A past participle in "-ed" or "-en": "asked", "spoken". */
const REGULAR_PARTICIPLE = /^\p{Ll}{2,}(?:ed|en)$/u;

/**
 * The subject of the nearest earlier sentence, walking back from `at`: a person when one person
 * is plainly the subject, in this or the previous paragraph or as someone already heard
 * speaking; null when the
 * subject is plural ("Modi and Xi held…") or merely mentioned, which leaves the pronoun to the
 * last speaker.
 */
export function sentenceSubject(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  at: number,
  paragraphIndex: number,
  accepts: (entity: Entity) => boolean,
  history: SpeechHistory,
  reach = PRONOUN_REACH,
  continuing = false,
): Entity | null {
  let fits = accepts;
  for (let p = paragraphIndex; p >= 0 && p > paragraphIndex - reach; p--) {
    const paragraph = narration[p] as ParagraphNarration;
    const { sentences } = paragraph;
    const last = firstStartingAt(sentences, at) - 1;
    for (let s = last; s >= 0 && s > last - SENTENCE_REACH; s--) {
      const sentence = sentences[s] as { start: number; end: number };
      // `"…," said Shiv Sena leader Aaditya Thackeray.` is about Thackeray, whoever it names first.
      const speaker = history.quotedIn(sentence.start, Math.min(sentence.end, at));
      if (speaker) {
        if (fits(speaker)) return speaker;
        continue;
      }
      const first = firstStartingAt(paragraph.tokens, sentence.start);
      // "He said that Modi had promised jobs.", "Shah made such promises too, he added.": a
      // sentence a pronoun reports is about the pronoun's person, whom an earlier one names.
      if (reportedByPronoun(paragraph.tokens, first, Math.min(sentence.end, at))) continue;
      // "The pacer, who took eight wickets, praised opener Yashasvi Jaiswal.": a sentence whose
      // subject is a definite role is about its holder, never about the names after its verb,
      // unless a name stands in apposition to the role ("The journalist's wife, Meena Joshi,").
      const opening = definiteRoleAt(paragraph.tokens, first, Math.min(sentence.end, at));
      const apposed = opening && apposedNear(paragraph, sentence.start, first);
      if (opening && !apposed) {
        const holder = byRole(registry, opening, sentence.start);
        if (holder && fits(holder) && p >= paragraphIndex - 1) return holder;
        // "The Congress MP said …": whoever that is, it is nobody of another party.
        const narrowed = fits;
        if (!holder) fits = (entity) => narrowed(entity) && !ofOtherParty(entity, opening);
        continue;
      }
      // "The sole survivor, a British national identified as Viswashkumar Ramesh, told": the
      // name in apposition to the role, even after "as".
      const end = Math.min(sentence.end, at);
      // "In the parish of St. Elizabeth, where Melissa made landfall, resident Kemar Brown
      // described …": the main clause's subject comes after a fronted phrase, unless it is a
      // pronoun ("When Modi arrived, he said").
      const subject =
        (apposed || undefined) ??
        firstSubject(
          paragraph,
          registry,
          mainClauseStart(paragraph.tokens, first, end),
          end,
          fits,
        ) ??
        firstSubject(paragraph, registry, sentence.start, end, fits);
      if (!subject) {
        // "The mayor replied that …. "…," he said.": a sentence about a role holds the pronoun's
        // person when the article introduced someone with that role.
        const role = definiteRoleAt(
          paragraph.tokens,
          firstStartingAt(paragraph.tokens, sentence.start),
          Math.min(sentence.end, at),
        );
        const holder = role ? byRole(registry, role, sentence.start) : null;
        if (holder && fits(holder) && p >= paragraphIndex - 1) return holder;
        continue;
      }
      if (subject.coordinated) return null;
      // "A reporter asked whether he trusted Vladimir Putin.": a name inside the question is
      // not who answers it.
      if (askedAbout(paragraph.tokens, first, subject.first)) continue;
      // "Punjab saw such protests, recalled farm leader Balbir Rajewal.": when the first name
      // is nobody, the sentence is about the speaker named after its reporting verb.
      const named = registry.fromMention(subject);
      const entity =
        named && !fits(named)
          ? // "Patel now plans a second shop. "…," she says.": of Raj and Maya Patel, the one
            // the pronoun fits.
            (registry.namesakes(subject).findLast((namesake) => fits(namesake)) ?? named)
          : (named ?? history.reportedIn(sentence.start, Math.min(sentence.end, at)));
      if (!entity || !fits(entity)) continue;
      // "Modi had spoken to Putin last month": the past perfect sets a background, and its
      // subject is not who the passage is about.
      if (!history.hasSpoken(entity, at) && inPastPerfect(paragraph.tokens, subject.last)) continue;
      // "Robert Jones, who chairs the finance committee, did not return calls": nor is someone
      // the sentence says did not speak.
      if (!history.hasSpoken(entity, at) && keptSilent(paragraph.tokens, subject.last, end))
        continue;
      // "Isak has now scored 23 goals. "…," he added.": "added" goes on with someone who spoke,
      // not with the subject of a sentence that reports no speech.
      if (
        continuing &&
        !history.hasSpoken(entity, at) &&
        !reportsBefore(paragraph.tokens, first, end)
      )
        continue;
      const nearby = p >= paragraphIndex - 1;
      if (nearby || history.hasSpoken(entity, at)) return entity;
      return null;
    }
  }
  return null;
}

/**
 * A question verb and "whether", "if" or "about" stand between tokens `first` and `at`, after a
 * subject ("Asked about his future, Isak was coy" is about Isak).
 */
function askedAbout(tokens: readonly Token[], first: number, at: number): boolean {
  for (let k = first + 1; k < at - 1; k++) {
    if (!QUESTION_VERBS.test((tokens[k] as Token).lower)) continue;
    for (let j = k + 1; j <= k + 3 && j < at; j++)
      if (/^(?:whether|if|about)$/.test((tokens[j] as Token).lower)) return true;
  }
  return false;
}

/** How copy says that someone did not speak to it. */
const SILENCE =
  /\b(?:did not (?:immediately )?(?:return|respond)|declined to (?:comment|speak|be interviewed)|refused to comment|could not be reached|(?:was|were) not (?:immediately )?available|has not commented)\b/;

/** The sentence from token `last` to offset `end` says its subject did not speak. */
function keptSilent(tokens: readonly Token[], last: number, end: number): boolean {
  const words: string[] = [];
  for (let k = last + 1; k < tokens.length && (tokens[k] as Token).start < end; k++)
    words.push((tokens[k] as Token).lower);
  return SILENCE.test(words.join(' '));
}

/** A cue verb stands between token `from` and offset `end`. */
export function reportsBefore(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < tokens.length && (tokens[k] as Token).start < end; k++) {
    if (!isCueVerb(tokens, k)) continue;
    // "who asked not to be named", "who requested anonymity": not the report.
    if (/^(?:not|to)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    // "One grocer, who asked that his name not be used, said": nor is a relative's question.
    if (tokens[k - 1]?.lower === 'who' && asksQuestion(tokens, k)) continue;
    // "One woman asked him whether he would campaign", "A man shouted a question": a question
    // is answered by someone else, whose "he said" follows.
    return !asksQuestion(tokens, k);
  }
  return false;
}

/** Verbs that ask a question. */
const QUESTION_VERBS = /^(?:ask|asks|asked|inquired|enquired|queried|wondered)$/;

/** The cue verb at `k` asks a question: "asked", "inquired", "shouted a question". */
function asksQuestion(tokens: readonly Token[], k: number): boolean {
  const verb = (tokens[k] as Token).lower;
  return (
    QUESTION_VERBS.test(verb) ||
    (tokens[k + 1]?.lower === 'a' && /^questions?$/.test(tokens[k + 2]?.lower ?? ''))
  );
}

/**
 * The sentence opening at token `first` and ending before offset `end` is reported by a subject
 * pronoun: "He said that …" at its start or "…, he added." at its end.
 */
function reportedByPronoun(tokens: readonly Token[], first: number, end: number): boolean {
  const opener = tokens[first];
  if (opener && SUBJECT_PRONOUNS.has(opener.lower) && opener.blank && isCueVerb(tokens, first + 1))
    return true;
  let last = firstStartingAt(tokens, end) - 1;
  while (last > first && (tokens[last] as Token).start >= end) last--;
  const pronoun = tokens[last - 1];
  return (
    last - 1 > first &&
    pronoun !== undefined &&
    SUBJECT_PRONOUNS.has(pronoun.lower) &&
    (tokens[last - 2] as Token).gap.includes(',') &&
    isCueVerb(tokens, last)
  );
}

const IRREGULAR_PARTICIPLES = new Set(
  'spoken met made said told sent held led been won lost taken given written seen gone come done begun known shown grown drawn chosen fallen got gotten brought bought thought fought sought caught taught left kept felt built spent meant heard found stood sat paid laid read put cut hit set'.split(
    ' ',
  ),
);

/** The name at token `last` is the subject of a past-perfect verb: "Modi had spoken". */
function inPastPerfect(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  while (k < last + 3 && tokens[k] && isAdverb((tokens[k] as Token).lower)) k++;
  if (!(tokens[last] as Token).blank || tokens[k]?.lower !== 'had') return false;
  // "Amit Shah had also made similar promises".
  let p = k + 1;
  while (p < k + 3 && tokens[p] && isAdverb((tokens[p] as Token).lower)) p++;
  const participle = tokens[p]?.lower ?? '';
  return REGULAR_PARTICIPLE.test(participle) || IRREGULAR_PARTICIPLES.has(participle);
}

const isAdverb = (word: string) => /ly$/.test(word) || PERFECT_ADVERBS.has(word);

const PERFECT_ADVERBS = new Set(['also', 'already', 'never', 'just', 'once', 'earlier', 'even']);
