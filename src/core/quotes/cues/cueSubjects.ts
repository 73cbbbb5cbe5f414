/**
 * Whose a cue is when its subject does not stand right before it: "quoted X as saying", a
 * hedge ("is learnt to have said"), the finite verb before a participle, a passive's agent.
 */

import { isCueVerb } from '../cueVerbs.ts';
import type { Mention } from '../mentions/mention.ts';
import { firstStartingAt, type ParagraphNarration } from '../narration.ts';
import { subjectAfter } from '../subjects/subjectAfter.ts';
import { subjectBefore } from '../subjects/subjectBefore.ts';
import type { Subject } from '../subjects/subject.ts';
import type { Token } from '../tokenize.ts';
import { sentenceFrom, CUE_REACH } from './cueMatch.ts';

/**
 * "Tass quoted Gagarin as saying", "Local media quoted the mayor, Ivan Fedorov, as saying",
 * "Gagarin was quoted by Tass as saying": the subject quoted with the participle at `v`, or null
 * when the participle follows no "quoted … as".
 */
export function quotedAsSaying(
  paragraph: ParagraphNarration,
  v: number,
  from: number,
): Subject | null {
  const { tokens } = paragraph;
  if (tokens[v - 1]?.lower !== 'as' || !/ing$/.test((tokens[v] as Token).lower)) return null;
  for (let q = v - 2; q >= from && q >= v - QUOTED_REACH; q--) {
    const token = tokens[q] as Token;
    if (/[.!?;:]/.test(token.gap)) return null;
    if (!/^(?:quoted|quotes|quoting|cited|cites|citing|reported)$/.test(token.lower)) continue;
    if (PASSIVE_AUXILIARIES.has(tokens[q - 1]?.lower ?? ''))
      return subjectBefore(paragraph, q - 1, from)?.subject ?? null;
    // "TASS quoted him as saying": the one an object pronoun stands for.
    const pronoun = q + 2 === v - 1 ? SUBJECT_OF.get((tokens[q + 1] as Token).lower) : undefined;
    if (pronoun) return { kind: 'pronoun', word: pronoun, at: (tokens[q + 1] as Token).start };
    return q + 1 < v - 1 ? (subjectBefore(paragraph, v - 1, q + 1)?.subject ?? null) : null;
  }
  return null;
}

/** The subject pronoun an object pronoun after "quoted" stands for. */
const SUBJECT_OF = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
]);

/** How many words back a participle looks for the "quoted" of "quoted X as saying". */
const QUOTED_REACH = 14;

/** The subject of the finite reporting verb before the participle at `v`, in its sentence. */
export function earlierCueSubject(paragraph: ParagraphNarration, v: number): Subject | null {
  const { tokens } = paragraph;
  const first = Math.max(sentenceFrom(paragraph, (tokens[v] as Token).start), v - CUE_REACH);
  for (let k = v - 1; k >= first; k--) {
    if (!isCueVerb(tokens, k) || /ing$/.test((tokens[k] as Token).lower)) continue;
    return (
      subjectBefore(paragraph, k, first)?.subject ??
      subjectAfter(paragraph, k + 1, (tokens[v] as Token).start)
    );
  }
  return null;
}

const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/** "was hailed", "has been described", "were widely criticised": a passive participle. */
export function isPassive(tokens: readonly Token[], v: number): boolean {
  if (!/ed$/.test((tokens[v] as Token).lower)) return false;
  for (let k = v - 1; k >= 0 && k >= v - 2; k--) {
    const token = tokens[k] as Token;
    if (!token.blank) return false;
    if (PASSIVE_AUXILIARIES.has(token.lower)) return true;
    if (!/ly$/.test(token.lower)) return false;
  }
  return false;
}

/** The agent of a passive cue: the name after "by" before the quotation, if any. */
export function agentOf(paragraph: ParagraphNarration, v: number, to: number): Subject | null {
  const { tokens } = paragraph;
  for (let k = v + 1; k < to && k <= v + 6; k++) {
    const token = tokens[k] as Token;
    if (token.lower === 'by' && k + 1 < to) {
      const limit = (tokens[to] as Token | undefined)?.start ?? Infinity;
      // "by a principal opposition leader, Dr. Juan Bosch,": the person named in the phrase.
      const { mentions } = paragraph;
      const from = (tokens[k + 1] as Token).start;
      for (let m = firstStartingAt(mentions, from); m < mentions.length; m++) {
        const mention = mentions[m] as Mention;
        if (mention.start >= limit || mention.first > k + 10) break;
        if (mention.kind === 'person') return { kind: 'mention', mention };
      }
      const agent = subjectAfter(paragraph, k + 1, limit);
      return agent?.kind === 'pronoun' ? null : agent;
    }
    if (!token.blank && k < to - 1) return null;
  }
  return null;
}

/**
 * Where the subject of the verb at `v` ends when a hedge stands between them: "Kharge is learnt
 * to have said", "she is understood to have told" (the subject ends before "is").
 */
export function hedgeStart(tokens: readonly Token[], v: number): number {
  return tokens[v - 1]?.lower === 'have' &&
    tokens[v - 2]?.lower === 'to' &&
    /^(?:learnt|learned|understood|believed|known|thought|reported|said)$/.test(
      tokens[v - 3]?.lower ?? '',
    ) &&
    /^(?:is|was|are|were)$/.test(tokens[v - 4]?.lower ?? '')
    ? v - 4
    : v;
}
