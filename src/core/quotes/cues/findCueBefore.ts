/**
 * The cue before a quotation in its sentence (`Peskov said, "…"`, `X told reporters: "…"`): the
 * last reporting verb before the opening mark, and the names after it that are not its speaker.
 */

import { isCueVerb, verbText } from '../cueVerbs.ts';
import { isFiniteVerb } from '../mentions/finiteVerbs.ts';
import { tokenIndexAt, type ParagraphNarration } from '../narration.ts';
import { clauseSubject } from '../subjects/clauseSubject.ts';
import { isRoleNoun } from '../subjects/roleNouns.ts';
import { subjectAfter } from '../subjects/subjectAfter.ts';
import { subjectBefore } from '../subjects/subjectBefore.ts';
import { DOCUMENT_NOUNS, ORGANISATION_WORDS } from '../lexicon/organisations.ts';
import {
  PREPOSITIONS,
  STANDALONE_TIMES,
  SUBJECT_PRONOUNS,
  WEEKDAYS,
} from '../lexicon/commonWords.ts';
import type { Token } from '../tokenize.ts';
import { type CueMatch, CUE_REACH, sentenceFrom } from './cueMatch.ts';
import { ownedWords, putItCue, infinitiveCue } from './phraseCues.ts';
import { isAccordingTo, sourceAfter } from './accordingTo.ts';
import {
  quotedAsSaying,
  isPassive,
  agentOf,
  hedgeStart,
  earlierCueSubject,
} from './cueSubjects.ts';
import { STARTS_LOWER } from '../../text/wordShapes.ts';

/** Reporting verbs whose next name is the one spoken to, not the speaker. */
const OBJECT_VERBS =
  /^(?:tell|tells|told|telling|ask|asks|asked|asking|inform|informs|informed|remind|reminds|reminded|urge|urges|urged|warn|warns|warned|assure|assures|assured|advise|advises|advised|brief|briefed|order|ordered|instruct|instructed|call|calls|called|(?:slam|blast|praise|hail|dismiss|accuse|criticise|criticize|attack|thank|welcome|question|mock|reject|describe|term|brand|label)(?:s|es|d|ed|med|ing|ming|led|ling)?)$/;

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
  const to = tokenIndexAt(tokens, outerStart);
  // A cue stands within a few dozen words of its quotation; the bound keeps long sentences linear.
  const from = Math.max(tokenIndexAt(tokens, windowStart), to - CUE_REACH);
  const owned = ownedWords(paragraph, to, from);
  if (owned) return owned;
  const putIt = putItCue(paragraph, to, from, outerStart);
  if (putIt) return putIt;
  const infinitive = infinitiveCue(paragraph, to, from);
  if (infinitive) return infinitive;
  for (let v = to - 1; v >= from; v--) {
    const token = tokens[v] as Token;
    if (isAccordingTo(tokens, v) && v + 2 < to) {
      return {
        verb: `${token.word} ${(tokens[v + 1] as Token).word}`,
        start: token.start,
        end: (tokens[v + 1] as Token).end,
        subject: sourceAfter(paragraph, v + 2, outerStart),
        adjacent: false,
      };
    }
    if (!isCueVerb(tokens, v)) continue;
    // "Tass quoted Gagarin as saying: "…"": the one quoted speaks, not the one quoting.
    const quoted = quotedAsSaying(paragraph, v, from);
    if (quoted) {
      const { verb, end } = verbText(tokens, v);
      return { verb, start: token.start, end, subject: quoted, adjacent: to - v <= 8 };
    }
    // "said continued incarceration would amount to "…"": a verb right after a reporting verb
    // has no subject of its own, so it is a word of the reported clause.
    const reporter = tokens[v - 1];
    if (v - 1 >= from && reporter?.blank && /^(?:said|says|say)$/.test(reporter.lower)) continue;
    // "Fink told analysts that many business leaders believed the U.S. was "…"", "the ministry
    // said both ministers had agreed on "…"": what others believe or agree, inside someone's
    // report, is in the reporter's words.
    if (OPINION_VERBS.has(token.lower) && governedByEarlierCue(tokens, from, v)) continue;
    // "Lula said Brazil would respond with "reciprocity"": a verb after a modal in someone's
    // report is what they say will happen, not a second report.
    // "Sinha said the Shrine Board had noted "a sharp rise"": and so is a past perfect there.
    // "testified that the defendant had said, "I didn't mean it"": but a verb that opens a
    // quotation with a comma or a colon quotes its own subject.
    const { verb, end } = verbText(tokens, v);
    const between = masked.slice(end, outerStart);
    if (
      (MODALS.has(tokens[v - 1]?.lower ?? '') || tokens[v - 1]?.lower === 'had') &&
      !/^[^.!?"“”]{0,40}[,:]\s*$/.test(between) &&
      // "a State Department spokesman said the United States would protest "…"": a role's too.
      governedByEarlierCue(tokens, from, v, true) &&
      // "a plea filed by activist Medha Patkar, who had argued that …": a relative clause
      // reports for the person it is about.
      !tokens.slice(Math.max(from, v - 4), v).some((token) => token.lower === 'who')
    )
      continue;
    // "Kenny said the writings suggested he had "some ill will …"", "Vijayan said the State had
    // submitted a memorandum but received "not a single rupee"": inside someone's report, a
    // verb whose subject is a thing, not a person or a body, reports nothing of its own; a verb
    // of naming still does ("a move the Opposition hailed as a "victory"").
    if (
      !OBJECT_VERBS.test(token.lower) &&
      governedByEarlierCue(tokens, from, v) &&
      thingSubject(paragraph, v, from)
    )
      continue;
    const adjacent = between.length <= 60 && !/[.!?]/.test(between) && to - v <= 8;
    if (isPassive(tokens, v)) {
      // "was hailed by the opposition leader, Juan Bosch, as "…"": the agent speaks; a passive
      // with no agent ("claims were said to …") names nobody, unless a reporting verb before it
      // governs the clause ("She said ministers had been warned 'time and again'").
      const agent = agentOf(paragraph, v, to);
      if (!agent && governedByEarlierCue(tokens, from, v, true)) continue;
      return { verb, start: token.start, end, subject: agent, adjacent };
    }
    // "Asked what she needed, she didn't hesitate: "…"": the main clause after the comma speaks.
    if (token.lower === 'asked' && v === sentenceFrom(paragraph, token.start)) {
      let comma = v;
      while (comma < to - 1 && !(tokens[comma] as Token).gap.includes(',')) comma++;
      const main = comma < to - 1 ? clauseSubject(paragraph, comma + 1, to) : null;
      if (main) return { verb, start: token.start, end, subject: main, adjacent };
    }
    const takesObject = OBJECT_VERBS.test(token.lower); // "the company told Smith": Smith listens
    // "calling it", "telling them": after a participle or a verb of telling, a pronoun is the
    // object; only a finite verb inverts its subject ("said he").
    const objectFollows = /ing$/.test(token.lower) || takesObject;
    const inverted = verb.includes(' ') ? null : subjectAfter(paragraph, v + 1, outerStart);
    // "said he was …" opens a reported clause; only "said he," or "said he." inverts.
    const clauseOpens = inverted?.kind === 'pronoun' && (tokens[v + 1] as Token | undefined)?.blank;
    const invertedSubject =
      // "saying the Congress leader "does not understand"": a participle never inverts.
      /ing$/.test(token.lower) ||
      ((objectFollows || clauseOpens) && inverted?.kind === 'pronoun') ||
      (inverted?.kind === 'mention' && opensReportedClause(tokens, inverted.mention.last)) ||
      // "… and said the Governor had "once again insulted …"": the role is the reported
      // clause's subject.
      (inverted?.kind === 'role' && roleOpensClause(tokens, v + 1, inverted.words))
        ? null
        : inverted;
    // "The BJP launched an attack on Rahul Gandhi …, calling them "…"": a participle after a
    // comma shares the main clause's subject, not the object just before it.
    // "sent a telegram to Robert F. Kennedy on Thursday asking that …": so does one after a
    // name that a preposition governs.
    const mainSubject =
      /ing$/.test(token.lower) &&
      (/,\s*$/.test(tokens[v - 1]?.gap ?? '') || governedNameBefore(paragraph, v))
        ? clauseSubject(paragraph, clauseStart(tokens, sentenceFrom(paragraph, token.start), v), v)
        : null;
    const before = mainSubject
      ? { subject: mainSubject, from: v }
      : subjectBefore(paragraph, hedgeStart(tokens, v), from);
    // "The result, says Jolliffe:" — a name right after the verb outranks a phrase before it
    // that names nobody.
    const namedBefore = before?.subject.kind === 'mention' || before?.subject.kind === 'pronoun';
    const subject =
      (invertedSubject?.kind === 'mention' && !namedBefore && !takesObject
        ? invertedSubject
        : null) ??
      before?.subject ??
      (invertedSubject && adjacent && !takesObject ? invertedSubject : null) ??
      clauseSubject(paragraph, clauseStart(tokens, sentenceFrom(paragraph, token.start), v), v) ??
      // `"…," the Home Minister said, adding that …`: a participle shares the subject of the
      // reporting verb before it.
      (/ing$/.test(token.lower) ? earlierCueSubject(paragraph, v) : null);
    return { verb, start: token.start, end, subject, adjacent };
  }
  return null;
}

/**
 * Where the clause of the verb at `v` starts: after the last relative pronoun before it ("a call
 * in which a woman says"), or at the sentence's start, at most `CUE_REACH` tokens back.
 */
function clauseStart(tokens: readonly Token[], sentenceStart: number, v: number): number {
  const from = Math.max(sentenceStart, v - CUE_REACH);
  for (let k = v - 1; k > from; k--)
    if (/^(?:which|whom|whose|where)$/.test((tokens[k] as Token).lower)) return k + 1;
  return from;
}

/**
 * A reporting verb with a subject right before it stands between `from` and `v`; with `byRole`,
 * the subject may be a role noun ("A former highway inspector told a jury that he was ordered").
 */
function governedByEarlierCue(
  tokens: readonly Token[],
  from: number,
  v: number,
  byRole = false,
): boolean {
  for (let k = v - 2; k > from; k--) {
    if (!isCueVerb(tokens, k) || isPassive(tokens, k)) continue;
    // "Wale Edun has said the gains reflect "…"": past an auxiliary or an adverb.
    let s = k - 1;
    while (s > from && AUXILIARIES.test((tokens[s] as Token).lower)) s--;
    const subject = tokens[s] as Token;
    // "Lula, who hosted William earlier in the day, said": a clause in apposition ends at a comma.
    return (
      subject.capitalised ||
      SUBJECT_PRONOUNS.has(subject.lower) ||
      subject.gap === ', ' ||
      (byRole && isRoleNoun(subject.lower))
    );
  }
  return false;
}

/** The subject before the verb at `v` is a role noun naming neither a person nor a body. */
function thingSubject(paragraph: ParagraphNarration, v: number, from: number): boolean {
  const subject = subjectBefore(paragraph, v, from)?.subject;
  if (subject?.kind !== 'role') return false;
  const head = subject.words[subject.words.length - 1] ?? '';
  return !isRoleNoun(head) && !ORGANISATION_WORDS.has(head) && !DOCUMENT_NOUNS.has(head);
}

/** Words between a subject and its reporting verb: "has said", "had also said". */
const AUXILIARIES = /^(?:has|have|had|also|already|earlier|previously|recently|reportedly|now)$/;

const MODALS = new Set(['would', 'will', 'could', 'can', 'should', 'must', 'may', 'might']);

/**
 * Verbs of holding a view or greeting a thing ("Lula said Brazil welcomed "every friend""): cues
 * of their own only when no one reports them.
 */
const OPINION_VERBS = new Set(
  `agree agrees agreed believe believes believed welcome welcomes welcomed welcoming reject rejects
  rejected rejecting denounce denounces denounced decry decries decried laud lauds lauded liken
  likens likened compare compares compared estimate estimates estimated reckon reckons reckoned`.split(
    /\s+/,
  ),
);

/**
 * "said the Shiv Sena would contest": a name followed straight by a verb is the subject of the
 * reported clause, not an inverted speaker (`said Shinde, "…"`, `said Shinde on Monday`).
 */
function opensReportedClause(tokens: readonly Token[], last: number): boolean {
  const name = tokens[last] as Token;
  const next = tokens[last + 1];
  // "said Cardwell "never asked me …"": a quotation opening in lower case goes on with the
  // clause whose subject the name is.
  if (/^\s["“‘']$/.test(name.gap) && next !== undefined && STARTS_LOWER.test(next.word))
    return !name.possessive;
  return (
    name.blank &&
    !name.possessive &&
    next !== undefined &&
    STARTS_LOWER.test(next.word) &&
    !PREPOSITIONS.has(next.lower) &&
    !/ly$/.test(next.lower) &&
    !/^(?:and|who|whose|which|while|as|also|then|too|himself|herself|itself)$/.test(next.lower)
  );
}

/**
 * The words right before token `v`, a day aside ("Thursday", "on Thursday", "today"), end the
 * name of a person something is sent to: "sent a telegram to Robert F. Kennedy Thursday".
 */
function governedNameBefore(paragraph: ParagraphNarration, v: number): boolean {
  const { tokens } = paragraph;
  let k = v - 1;
  const day = tokens[k]?.lower ?? '';
  if (WEEKDAYS.has(day) || STANDALONE_TIMES.has(day)) {
    k--;
    if (tokens[k]?.lower === 'on') k--;
  }
  const mention = paragraph.mentionByLast.get(k);
  // Not "with Mayor Wayne Brown saying", "a statement from President Kennedy calling": the name
  // is the participle's subject there.
  return (
    mention?.kind === 'person' &&
    (tokens[k] as Token).blank &&
    tokens[firstTitleBefore(tokens, mention.first) - 1]?.lower === 'to'
  );
}

/** The first of the capitalised words (titles) that run up to token `first`. */
function firstTitleBefore(tokens: readonly Token[], first: number): number {
  let k = first;
  while (k > 0 && (tokens[k - 1] as Token).capitalised && (tokens[k - 1] as Token).blank) k--;
  return k;
}

/**
 * The role `words` read from token `from` on ("the Governor", "the prime minister") is followed
 * by a verb of its own ("had", "was", "would"): it is the subject of a reported clause.
 */
function roleOpensClause(
  tokens: readonly Token[],
  from: number,
  words: readonly string[],
): boolean {
  const noun = words[words.length - 1];
  for (let k = from; k < tokens.length && k <= from + words.length + 1; k++) {
    const token = tokens[k] as Token;
    if (token.lower !== noun) continue;
    const next = tokens[k + 1];
    return (
      token.blank &&
      next !== undefined &&
      (isFiniteVerb(next) || MODALS.has(next.lower) || /^(?:were|are|did|does)$/.test(next.lower))
    );
  }
  return false;
}
