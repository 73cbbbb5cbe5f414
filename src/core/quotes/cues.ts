import { isCueVerb, verbText } from './cueVerbs.ts';
import { isFiniteVerb } from './mentions/finiteVerbs.ts';
import type { Mention } from './mentions/mention.ts';
import { firstStartingAt, sentenceAt, tokenIndexAt, type ParagraphNarration } from './narration.ts';
import { clauseSubject } from './subjects/clauseSubject.ts';
import { institutionAfter, linksTitle } from './subjects/namedSubjects.ts';
import { isModifierNoun, isRoleNoun, roleAfterModifiers } from './subjects/roleNouns.ts';
import { subjectAfter } from './subjects/subjectAfter.ts';
import { subjectBefore } from './subjects/subjectBefore.ts';
import type { Subject } from './subjects/subject.ts';
import {
  DETERMINERS,
  DOCUMENT_NOUNS,
  ORGANISATION_WORDS,
  PREPOSITIONS,
  STANDALONE_TIMES,
  SUBJECT_PRONOUNS,
  WEEKDAYS,
} from './lexicon.ts';
import type { Token } from './tokenize.ts';

/** Reporting verbs whose next name is the one spoken to, not the speaker. */
const OBJECT_VERBS =
  /^(?:tell|tells|told|telling|ask|asks|asked|asking|inform|informs|informed|remind|reminds|reminded|urge|urges|urged|warn|warns|warned|assure|assures|assured|advise|advises|advised|brief|briefed|order|ordered|instruct|instructed|call|calls|called|(?:slam|blast|praise|hail|dismiss|accuse|criticise|criticize|attack|thank|welcome|question|mock|reject|describe|term|brand|label)(?:s|es|d|ed|med|ing|ming|led|ling)?)$/;

/** How many words before a quotation the cue before it may stand. */
const CUE_REACH = 60;

/** A reporting verb that attributes a quotation, where it is and whom it names. */
export type CueMatch = {
  verb: string;
  start: number;
  end: number;
  subject: Subject | null;
  /** Right next to the quotation (`Peskov said, "…"` or `"…," he said`), not elsewhere in the sentence. */
  adjacent: boolean;
};

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

  if (isAccordingTo(tokens, first)) {
    const subject = sourceAfter(paragraph, first + 2, limit);
    return subject
      ? {
          verb: `${head.word} ${(tokens[first + 1] as Token).word}`,
          start: head.start,
          end: (tokens[first + 1] as Token).end,
          subject,
          adjacent: true,
        }
      : null;
  }
  // `"Keep making movies," was the advice from Steven Spielberg.`
  if (
    /^(?:was|is)$/.test(head.lower) &&
    tokens[first + 1]?.lower === 'the' &&
    SPEECH_NOUNS.has(tokens[first + 2]?.lower ?? '') &&
    /^(?:from|of)$/.test(tokens[first + 3]?.lower ?? '')
  ) {
    const subject = subjectAfter(paragraph, first + 4, limit);
    const noun = tokens[first + 2] as Token;
    if (subject)
      return { verb: noun.word, start: noun.start, end: noun.end, subject, adjacent: true };
  }
  if (isCueVerb(tokens, first)) {
    const { verb, end } = verbText(tokens, first);
    // "Huang said controls had been "a failure", arguing they …": a participle's subject is
    // the reporting verb's before it; the words after it are what it argues.
    const subject = /ing$/.test(head.lower)
      ? earlierCueSubject(paragraph, first)
      : subjectAfter(paragraph, first + (verb.includes(' ') ? 2 : 1), limit);
    // `if the "discrimination" continued.`: a verb that ends the sentence with no subject after
    // it has the quoted words for its subject, and reports nothing.
    if (!subject && /^[.!?;]/.test((tokens[first + (verb.includes(' ') ? 1 : 0)] as Token).gap))
      return null;
    // `remark that "…" continued to draw protests`: the quoted words are the verb's subject.
    if (!subject && tokens[first + (verb.includes(' ') ? 2 : 1)]?.lower === 'to') return null;
    return { verb, start: head.start, end, subject, adjacent: true };
  }
  for (
    let v = first + 1;
    v < tokens.length && v <= first + 12 && (tokens[v] as Token).start < limit;
    v++
  ) {
    if (!isCueVerb(tokens, v)) continue;
    const lead = attributionLead(tokens, first);
    // `"…," she was quoted as saying by the Financial Times.`, `"…," Gagarin was quoted by Tass
    // as saying.`: the subject of "quoted" speaks.
    const quoted = quotedAsSaying(paragraph, v, lead);
    if (quoted) {
      const { verb, end } = verbText(tokens, v);
      return { verb, start: (tokens[v] as Token).start, end, subject: quoted, adjacent: true };
    }
    const found = subjectBefore(paragraph, hedgeStart(tokens, v), lead);
    if (!found || !titlePhrase(tokens, lead, found.from)) return null;
    const { verb, end } = verbText(tokens, v);
    // `"…conservative." He added that more data were needed.`: the verb opens a reported clause
    // of its own, so it reports something else.
    if (tokens[v + (verb.includes(' ') ? 2 : 1)]?.lower === 'that') return null;
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
 * "Tass quoted Gagarin as saying", "Local media quoted the mayor, Ivan Fedorov, as saying",
 * "Gagarin was quoted by Tass as saying": the subject quoted with the participle at `v`, or null
 * when the participle follows no "quoted … as".
 */
function quotedAsSaying(paragraph: ParagraphNarration, v: number, from: number): Subject | null {
  const { tokens } = paragraph;
  if (tokens[v - 1]?.lower !== 'as' || !/ing$/.test((tokens[v] as Token).lower)) return null;
  for (let q = v - 2; q >= from && q >= v - QUOTED_REACH; q--) {
    const token = tokens[q] as Token;
    if (/[.!?;:]/.test(token.gap)) return null;
    if (!/^(?:quoted|quotes|quoting|cited|cites|citing|reported)$/.test(token.lower)) continue;
    if (PASSIVE_AUXILIARIES.has(tokens[q - 1]?.lower ?? ''))
      return subjectBefore(paragraph, q - 1, from)?.subject ?? null;
    return q + 1 < v - 1 ? (subjectBefore(paragraph, v - 1, q + 1)?.subject ?? null) : null;
  }
  return null;
}

/** How many words back a participle looks for the "quoted" of "quoted X as saying". */
const QUOTED_REACH = 14;

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

/** The subject of the finite reporting verb before the participle at `v`, in its sentence. */
function earlierCueSubject(paragraph: ParagraphNarration, v: number): Subject | null {
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

const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/** "was hailed", "has been described", "were widely criticised": a passive participle. */
function isPassive(tokens: readonly Token[], v: number): boolean {
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
function agentOf(paragraph: ParagraphNarration, v: number, to: number): Subject | null {
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
 * "said the Shiv Sena would contest": a name followed straight by a verb is the subject of the
 * reported clause, not an inverted speaker (`said Shinde, "…"`, `said Shinde on Monday`).
 */
function opensReportedClause(tokens: readonly Token[], last: number): boolean {
  const name = tokens[last] as Token;
  const next = tokens[last + 1];
  // "said Cardwell "never asked me …"": a quotation opening in lower case goes on with the
  // clause whose subject the name is.
  if (/^\s["“‘']$/.test(name.gap) && next !== undefined && /^\p{Ll}/u.test(next.word))
    return !name.possessive;
  return (
    name.blank &&
    !name.possessive &&
    next !== undefined &&
    /^\p{Ll}/u.test(next.word) &&
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

/**
 * Tokens `from` to `to` (exclusive) only describe the subject that follows them:
 * `Deputy Commissioner of Police (North) Manoj Meena said`.
 */
function titlePhrase(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const token = tokens[k] as Token;
    // "general secretary (communications)": a bracketed word inside the title.
    const bracketed = /\($/.test(tokens[k - 1]?.gap ?? '') && /^\)/.test(token.gap);
    const describes =
      token.capitalised ||
      isRoleNoun(token.lower) ||
      token.lower === 'of' ||
      bracketed ||
      // "department spokesperson Kevin Roth": a noun that says whose spokesperson.
      (isModifierNoun(token.lower) && isRoleNoun(tokens[k + 1]?.lower ?? '')) ||
      // "a protesting doctor", "an angry local resident": words that describe the role after.
      (/^\p{Ll}+$/u.test(token.word) && roleAfterModifiers(tokens, k) > 0) ||
      // "the chair of the Least Developed Countries group, Evans Njewa,".
      (DETERMINERS.has(token.lower) &&
        (k === from || /^(?:of|for|to)$/.test(tokens[k - 1]?.lower ?? ''))) ||
      // "Minister for Health Jennifer Carroll MacNeill", "Ambassador to the UN Mike Waltz".
      linksTitle(tokens, k) ||
      // "an emotional Akash Deep", "a visibly upset Gill": words describing the name after them.
      (/^(?:a|an)$/.test(tokens[from]?.lower ?? '') &&
        k > from &&
        k >= to - 2 &&
        /^\p{Ll}+$/u.test(token.word) &&
        token.blank) ||
      (ORGANISATION_WORDS.has(token.lower) && tokens[k - 1]?.capitalised === true) ||
      // "GM Chair and CEO Mary Barra", "founder and CEO Deepinder Goyal", "senior BJD leader
      // and former minister Prasanna Acharya".
      (token.lower === 'and' &&
        (tokens[k - 1]?.capitalised === true || isRoleNoun(tokens[k - 1]?.lower ?? '')) &&
        (tokens[k + 1]?.capitalised === true ||
          isRoleNoun(tokens[k + 1]?.lower ?? '') ||
          roleAfterModifiers(tokens, k + 1) > 0));
    if (!describes) return false;
  }
  return true;
}

/**
 * `"…." That is how Maria Lopez described it`, `That's what Tom Reed said`: the token after such a
 * lead, where the subject may start; `first` when there is none.
 */
function attributionLead(tokens: readonly Token[], first: number): number {
  const head = tokens[first];
  if (!head || !/^(?:that|this)$/.test(head.lower)) return first;
  const contracted = head.possessive ? first + 1 : -1;
  const spelled =
    /^(?:is|was)$/.test(tokens[first + 1]?.lower ?? '') && head.blank ? first + 2 : -1;
  const at = Math.max(contracted, spelled);
  return at > 0 && /^(?:how|what)$/.test(tokens[at]?.lower ?? '') ? at + 1 : first;
}

/**
 * `As Sen. John Cornyn put it after the speech, "…"`, `In the words of Sen. John Cornyn, "…"`:
 * whoever put it so, or whose words they are, speaks the quotation that follows.
 */
function putItCue(
  paragraph: ParagraphNarration,
  to: number,
  from: number,
  outerStart: number,
): CueMatch | null {
  const { tokens } = paragraph;
  for (let v = to - 1; v > from && v >= to - PUT_IT_REACH; v--) {
    const token = tokens[v] as Token;
    if (/[.!?;]/.test(token.gap) && v < to - 1) return null;
    // "In the words of Sen. John Cornyn,", "to borrow the words of".
    if (
      token.lower === 'words' &&
      tokens[v + 1]?.lower === 'of' &&
      /^(?:in|borrow)$/.test(tokens[v - 2]?.lower ?? '') &&
      tokens[v - 1]?.lower === 'the'
    ) {
      // "of Sen. John Cornyn", "of one aide": its source, read as "according to" reads it.
      const source = sourceAfter(paragraph, v + 2, outerStart);
      if (!source) return null;
      return {
        verb: 'words of',
        start: token.start,
        end: (tokens[v + 1] as Token).end,
        subject: source,
        adjacent: true,
      };
    }
    if (token.lower !== 'put' || tokens[v + 1]?.lower !== 'it') continue;
    let as = v - 1;
    while (as > from && as >= v - 10 && (tokens[as] as Token).lower !== 'as') as--;
    if ((tokens[as] as Token | undefined)?.lower !== 'as') return null;
    const found = subjectBefore(paragraph, v, as + 1);
    if (!found) return null;
    return {
      verb: 'put it',
      start: token.start,
      end: (tokens[v + 1] as Token).end,
      subject: found.subject,
      adjacent: true,
    };
  }
  return null;
}

/** How many words before a quotation "as X put it" may stand. */
const PUT_IT_REACH = 16;

/**
 * `it is not always easy to say, "Just forget it."`, `he wanted to ask: "…"`: an infinitive
 * speech verb right before the quotation; its speaker is the clause's subject, and a dummy
 * "it" names nobody.
 */
function infinitiveCue(paragraph: ParagraphNarration, to: number, from: number): CueMatch | null {
  const { tokens } = paragraph;
  const verb = tokens[to - 1];
  if (!verb || to - 2 < from || tokens[to - 2]?.lower !== 'to' || !tokens[to - 2]?.blank)
    return null;
  if (!/^(?:say|ask|tell|add|reply|answer)$/.test(verb.lower) || !/^[,:]\s*["“‘']?$/.test(verb.gap))
    return null;
  // "what Mr. Johnston has to say:", "the Field Marshal has this to say:": the subject of "has".
  let has = to - 3;
  if (/^(?:this|that|much|little|plenty|more|something|nothing)$/.test(tokens[has]?.lower ?? ''))
    has--;
  const holder = /^(?:has|had|have)$/.test(tokens[has]?.lower ?? '')
    ? subjectBefore(paragraph, has, from)?.subject
    : null;
  const subject = holder ?? clauseSubject(paragraph, sentenceFrom(paragraph, verb.start), to - 2);
  if (!subject) return null;
  const dummy = subject.kind === 'pronoun' && subject.word === 'it';
  return {
    verb: verb.word,
    start: verb.start,
    end: verb.end,
    subject: dummy ? null : subject,
    adjacent: true,
  };
}

/** Nouns that stand for what someone said: "Blunt's verdict:", "was the advice from". */
const SPEECH_NOUNS = new Set(
  'verdict response reply answer message advice view take conclusion assessment words comment reaction explanation warning retort promise plea prediction summary argument instruction instructions motto mantra slogan refrain'.split(
    ' ',
  ),
);

/**
 * `Emily Blunt's verdict: "…"`, `Nair's response was blunt: "…"`: a name's words, introduced by
 * a colon right before the quotation.
 */
function ownedWords(paragraph: ParagraphNarration, to: number, from: number): CueMatch | null {
  const { tokens } = paragraph;
  if (!/^:\s*["“‘']?$/.test(tokens[to - 1]?.gap ?? '')) return null;
  // `Nair's response was blunt: "…"`: a verdict on the words may stand between noun and colon.
  const judged =
    /^(?:was|is)$/.test(tokens[to - 2]?.lower ?? '') && tokens[to - 2]?.blank === true ? 2 : 0;
  const noun = tokens[to - 1 - judged];
  const owner = tokens[to - 2 - judged];
  if (!noun || !owner || to - 2 - judged < from || !owner.possessive || !owner.blank) return null;
  if (!SPEECH_NOUNS.has(noun.lower) || (judged > 0 && !noun.blank)) return null;
  const mention = paragraph.mentionByLast.get(to - 2 - judged);
  if (!mention || mention.kind === 'unknown') return null;
  return {
    verb: noun.word,
    start: noun.start,
    end: noun.end,
    subject: { kind: 'mention', mention },
    adjacent: true,
  };
}

/** A pronoun after "according to", as the subject pronoun it stands for. */
const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
]);

/** "according to" or "as per" at token `i`. */
function isAccordingTo(tokens: readonly Token[], i: number): boolean {
  const pair = `${tokens[i]?.lower ?? ''} ${tokens[i + 1]?.lower ?? ''}`;
  return pair === 'according to' || pair === 'as per';
}

/**
 * The source after "according to": a name or a role, or a document — `a statement issued by the
 * Defence Ministry` speaks for the ministry, `the statement` for whoever issued it.
 */
function sourceAfter(paragraph: ParagraphNarration, s: number, limit: number): Subject | null {
  const { tokens } = paragraph;
  // "According to him, the ties were at "their best ever"": the pronoun's person speaks.
  const pronoun = tokens[s];
  const subjectForm = pronoun && pronoun.start < limit ? OBJECT_PRONOUNS.get(pronoun.lower) : null;
  if (subjectForm && pronoun) return { kind: 'pronoun', word: subjectForm, at: pronoun.start };
  let d = s;
  if (DETERMINERS.has(tokens[d]?.lower ?? '')) d++;
  for (let k = d; k < d + 3 && k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.start >= limit) break;
    if (DOCUMENT_NOUNS.has(token.lower)) {
      for (let b = k + 1; b <= k + 3 && b < tokens.length; b++) {
        if (!/^(?:by|from|of)$/.test((tokens[b] as Token).lower)) continue;
        const issuer = subjectAfter(paragraph, b + 1, limit);
        if (issuer) return issuer;
      }
      return { kind: 'role', words: [token.lower], definite: true, at: token.start };
    }
    if (!token.blank || token.capitalised) break;
  }
  return institutionAfter(paragraph, s, limit) ?? subjectAfter(paragraph, s, limit);
}

/**
 * `The girl died of "measles pulmonary failure", according to a statement from UMC Health
 * System.`: an "according to" that ends the sentence, after the quotation, names its source.
 */
export function accordingToLater(
  paragraph: ParagraphNarration,
  outerEnd: number,
  limit: number,
): CueMatch | null {
  const { tokens } = paragraph;
  for (let i = tokenIndexAt(tokens, outerEnd); i < tokens.length - 1; i++) {
    const token = tokens[i] as Token;
    if (token.start >= limit) return null;
    if (!isAccordingTo(tokens, i)) continue;
    const subject = sourceAfter(paragraph, i + 2, limit);
    const to = tokens[i + 1] as Token;
    return subject
      ? {
          verb: `${token.word} ${to.word}`,
          start: token.start,
          end: to.end,
          subject,
          adjacent: false,
        }
      : null;
  }
  return null;
}

/**
 * Where the subject of the verb at `v` ends when a hedge stands between them: "Kharge is learnt
 * to have said", "she is understood to have told" (the subject ends before "is").
 */
function hedgeStart(tokens: readonly Token[], v: number): number {
  return tokens[v - 1]?.lower === 'have' &&
    tokens[v - 2]?.lower === 'to' &&
    /^(?:learnt|learned|understood|believed|known|thought|reported|said)$/.test(
      tokens[v - 3]?.lower ?? '',
    ) &&
    /^(?:is|was|are|were)$/.test(tokens[v - 4]?.lower ?? '')
    ? v - 4
    : v;
}

/** What may follow a sentence's closing cue: a time, a place, a medium, or the sentence's end. */
const CUE_ADJUNCT =
  /^(?:\s*[.!?…;]|\s*$|,?\s+(?:on|in|at|late|early|earlier|last|this|during|after|before|while|from|to|when|via|through|citing|adding|without|according)\b|,\s+(?:adding|citing|noting|saying|without)\b)/;

/**
 * A cue closing the sentence a quotation sits inside, after a comma: `The plan is "dead" and
 * buried, Shah said on Sunday.`, `… an "updated and refined" framework, the two sides said.`
 * The whole sentence is what the cue reports, so a partial quotation anywhere in it is the
 * speaker's. Only a clause that ends the sentence counts: `, officials said the …` opens
 * another report.
 */
export function sentenceEndCue(
  paragraph: ParagraphNarration,
  masked: string,
  outerEnd: number,
  limit: number,
): CueMatch | null {
  const { tokens } = paragraph;
  for (let i = tokenIndexAt(tokens, outerEnd); i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.end >= limit) return null;
    if (!/^,\s/.test(token.gap)) continue;
    const cue = findCueAfter(paragraph, masked, token.end, limit);
    if (!cue?.subject) continue;
    // "…, said Amit Shah on Sunday.": after an inverted subject, what follows the name.
    const inverted = cue.start === tokens[i + 1]?.start;
    if (inverted && cue.subject.kind !== 'mention') continue;
    const rest = inverted && cue.subject.kind === 'mention' ? cue.subject.mention.end : cue.end;
    if (CUE_ADJUNCT.test(masked.slice(rest, limit))) return { ...cue, adjacent: false };
  }
  return null;
}

/** Index of the first token of the sentence holding `offset`. */
function sentenceFrom(paragraph: ParagraphNarration, offset: number): number {
  return tokenIndexAt(paragraph.tokens, sentenceAt(paragraph, offset).start);
}

/**
 * Every named subject of a reporting verb in a paragraph's narration: who spoke, where, and
 * whether the name follows the verb after a clause ("…, recalled Balbir Rajewal").
 */
export function reportingSubjects(
  paragraph: ParagraphNarration,
): Array<{ at: number; mention: Mention; inverted: boolean }> {
  const found: Array<{ at: number; mention: Mention; inverted: boolean }> = [];
  const { tokens } = paragraph;
  for (const sentence of paragraph.sentences) {
    const from = tokenIndexAt(tokens, sentence.start);
    const to = tokenIndexAt(tokens, sentence.end);
    for (let v = from; v < to; v++) {
      if (!isCueVerb(tokens, v)) continue;
      const verb = tokens[v] as Token;
      // "Punjab saw such protests, recalled farm leader Balbir Rajewal.": after a clause and a
      // comma, the verb's subject follows it.
      const inverted =
        v > from && /,\s*$/.test((tokens[v - 1] as Token).gap)
          ? subjectAfter(paragraph, v + 1, sentence.end)
          : null;
      if (inverted?.kind === 'mention') {
        found.push({ at: verb.start, mention: inverted.mention, inverted: true });
        continue;
      }
      const subject = subjectBefore(paragraph, v, from)?.subject;
      if (subject?.kind === 'mention')
        found.push({ at: verb.start, mention: subject.mention, inverted: false });
    }
  }
  return found;
}

/**
 * "The letter from the teachers' union, sent to the ministry on Monday, read:": a sentence that
 * opens with a document and who it is from quotes its issuer.
 */
function issuerOfDocument(
  paragraph: ParagraphNarration,
  sentence: { start: number; end: number },
  inSentence: readonly Mention[],
): Mention | undefined {
  const { tokens } = paragraph;
  let k = tokenIndexAt(tokens, sentence.start);
  if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
  if (!DOCUMENT_NOUNS.has(tokens[k]?.lower ?? '')) return undefined;
  if (!/^(?:from|by|of)$/.test(tokens[k + 1]?.lower ?? '')) return undefined;
  // The issuer's name follows the preposition, perhaps after an article ("the All India …").
  return inSentence.find((mention) => mention.first > k + 1 && mention.first <= k + 4);
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
  // "a small article in the New York Times:" names its source after a preposition.
  const mention =
    issuerOfDocument(paragraph, sentence, inSentence) ??
    inSentence.find((candidate) => !candidate.oblique) ??
    inSentence.find((candidate) => candidate.kind === 'person') ??
    inSentence.at(-1);
  if (!mention) return null;
  return {
    verb: ':',
    start: sentence.end - 1,
    end: sentence.end,
    subject: { kind: 'mention', mention },
    adjacent: false,
  };
}
