import type { Attribution, Span, Speaker } from '../schema.ts';
// Two capitalised words in a row: the only quotations worth reading for full names.
import { hasCapitalisedPair } from '../text/letterCase.ts';
import { memoised } from '../text/memoised.ts';
import { slugify } from '../text/slugify.ts';
import { classifyQuote, NAMING_VERBS } from './classifyQuote.ts';
import { accordingToLater } from './cues/accordingTo.ts';
import { sentenceEndCue, findCueAfter } from './cues/findCueAfter.ts';
import { findCueBefore } from './cues/findCueBefore.ts';
import { introductionSubject } from './cues/introductionSubject.ts';
import type { CueMatch } from './cues/cueMatch.ts';
import { findQuoteSpans, type QuoteSpan } from './spans/findQuoteSpans.ts';
import { maskQuotes } from './maskQuotes.ts';
import { findMentions } from './mentions/findMentions.ts';
import type { Mention } from './mentions/mention.ts';
import { tokenize } from './tokenize.ts';
import { readNarration, sentenceAt, type ParagraphNarration } from './narration.ts';
import { askerBefore, narratedAsker, QUESTION_END, type Located } from './speakers/askers.ts';
import { alternatingTurn, exchangeTurns, turnSpeaker } from './speakers/exchanges.ts';
import { ledeQuotationSpeaker } from './speakers/ledeQuotation.ts';
import type { Resolution } from './speakers/resolution.ts';
import { createSpeakerResolver } from './speakers/resolveSpeaker.ts';
import { headlineParagraphs, StoryView, storyStarts, withoutNames } from './stories.ts';
import { buildSpeakerRegistry } from './registry/speakerRegistry.ts';
import type { Entity } from './registry/entity.ts';
import type { FoundQuote, QuoteAnalysis } from './types.ts';
import { HAS_LETTER_OR_DIGIT } from '../text/wordShapes.ts';

/** A capital after closing marks and stops: the next sentence. */
const CAPITAL_AFTER_MARKS = /^[\s"'”’.!?…]*\p{Lu}/u;
/** " and the doctors ": a second thing named alike. */
const AND_A_NOUN = /^\s*,?\s*(?:and|or) (?:the |his |her |their |its )?\p{Ll}+ $/u;
/** The lower-case word after a space. */
const NEXT_LOWER_WORD = /^ (\p{Ll}+)/u;
/** A full stop, then a capital: the next sentence. */
const NEXT_SENTENCE = /^["'”’]*[.!?]["'”’]*\s+\p{Lu}/u;
/** A lower-case word next. */
const LOWER_NEXT = /^[\s.!?]*\p{Ll}/u;

/**
 * Finds every quotation in `text`, classifies it and attributes it to a speaker.
 * `paragraphs` are the spans of the body; quotations are searched only inside them.
 * Pure and total: any string gives an analysis, never an exception.
 */
export function analyzeQuotes(text: string, paragraphs: readonly Span[]): QuoteAnalysis {
  const { spans, warnings } = findQuoteSpans(text, paragraphs);
  const masked = maskQuotes(text, spans);
  const narration = readNarration(masked, paragraphs);
  // A headline opens another story: nobody heard before it is "he" or the last speaker. Each
  // story's resolver sees only its own paragraphs; story `s` runs from bounds[s] to bounds[s + 1].
  const starts = storyStarts(text, paragraphs);
  for (const p of headlineParagraphs(text, paragraphs, starts))
    narration[p] = withoutNames(narration[p] as ParagraphNarration);
  const quotedNames: Mention[] = [];
  for (const span of spans) {
    if (hasCapitalisedPair(text, span.start, span.end))
      for (const mention of findMentions(tokenize(text, span))) quotedNames.push(mention);
  }
  const mentions: Mention[] = [];
  for (const paragraph of narration)
    for (const mention of paragraph.mentions) mentions.push(mention);
  const registry = buildSpeakerRegistry(mentions, quotedNames);
  const bounds = [0, ...starts, narration.length];
  const view = bounds.length > 2 ? new StoryView(narration) : null;
  const resolverFor = (story: number) =>
    createSpeakerResolver(
      view ? view.show(bounds[story] as number, bounds[story + 1] as number) : narration,
      registry,
    );
  let story = 0;
  let resolver = resolverFor(story);

  const located: Located[] = [];
  const windowStarts: number[] = [];
  spans.forEach((span, index) => {
    const paragraph = narration[span.paragraph] as ParagraphNarration;
    const previous = spans[index - 1];
    const next = spans[index + 1];
    const sentence = sentenceAt(paragraph, span.outerStart);
    // `said the Army had shown during 'Operation Sindoor' that it could strike "deep"`: a title
    // or a term in between does not cut the quotation off from the cue before it.
    // A term listed right before it ("palindromes," "paraphrases," and "parodies.") still does.
    const samePrevious = previous?.paragraph === span.paragraph;
    const listed =
      samePrevious &&
      /^[\s,;]*(?:(?:and|or|nor|instead of|rather than)\s*)?$/.test(
        masked.slice(previous.outerEnd, span.outerStart),
      );
    const windowStart = Math.max(
      sentence.start,
      !samePrevious
        ? paragraph.span.start
        : located[index - 1]?.kind === 'other' && !listed
          ? (windowStarts[index - 1] ?? previous.outerEnd)
          : previous.outerEnd,
    );
    windowStarts.push(windowStart);
    const nextStart = next?.paragraph === span.paragraph ? next.outerStart : paragraph.span.end;
    // The narration after a quotation, to the end of the sentence it continues or starts:
    // `"Dad!" She said.` attributes across the full stop the quotation ends with.
    const afterStart = Math.min(nextStart, nextNonSpace(masked, span.outerEnd, paragraph.span.end));
    const limit = Math.min(
      nextStart,
      Math.max(span.outerEnd, sentenceAt(paragraph, afterStart).end),
    );
    const following = span.runsOn ? null : findCueAfter(paragraph, masked, span.outerEnd, limit);
    // `"…defraud the United States." The ruling said the law was "vague."`: a verb that opens a
    // reported clause after the full stop reports the next sentence, not this quotation.
    const after =
      following &&
      // The full stop inside the marks, or just after them (`banners reading "No more empty
      // promises". Greenpeace's Carolina Pasquali said the talks were failing.`).
      (/[.!?…]$/.test(text.slice(span.start, span.end)) ||
        /^[.!?…]/.test(masked.slice(span.outerEnd, span.outerEnd + 1))) &&
      CAPITAL_AFTER_MARKS.test(masked.slice(span.outerEnd, following.start)) &&
      CLAUSE_VERBS.test(following.verb) &&
      REPORTED_CLAUSE.test(masked.slice(following.end, following.end + 12))
        ? null
        : following;
    // `described her as "fearless" and "impossible to out-argue."`, `called it "unworkable",
    // "expensive" and "unfair"`: a quotation coordinated with the partial one before shares its
    // cue.
    const between = previous ? masked.slice(previous.outerEnd, span.outerStart) : '';
    const coordinated =
      previous?.paragraph === span.paragraph &&
      (/^\s*,?\s*(?:and|or|but|but not|yet|nor)\s*$/.test(between) ||
        // `said Bove was "a brilliant lawyer" and that Democrats were "smearing" him`: a second
        // reported clause of the same cue.
        (/^\s*,?\s*(?:and|but) that [^.!?;:"“”]{0,80}$/.test(between) &&
          located[index - 1]?.kind === 'partial') ||
        // `called the nurses 'heroes' and the doctors 'saints'`: a second thing named alike.
        (AND_A_NOUN.test(between) &&
          located[index - 1]?.kind === 'partial' &&
          NAMING_VERBS.test(located[index - 1]?.cue?.verb ?? '')) ||
        (/^\s*,\s*$/.test(between) && located[index - 1]?.kind === 'partial'));
    // `said it was 'not a perfect deal' but recognised 'the value of nursing'`, `called her "a
    // charlatan" who had used her position to "peddle snake oil."`: with no cue of its own, a
    // quotation in the same sentence as a speaker's partial one goes on with its cue.
    const sentencePartial =
      previous?.paragraph === span.paragraph &&
      previous.outerStart >= sentence.start &&
      located[index - 1]?.kind === 'partial' &&
      after === null
        ? (located[index - 1]?.cue ?? null)
        : null;
    const before =
      findCueBefore(paragraph, masked, windowStart, span.outerStart) ??
      (coordinated ? (located[index - 1]?.cue ?? null) : sentencePartial);
    const quoted = text.slice(span.start, span.end);
    // The items of a list of partial quotations share the first one's cue, not one after them.
    const inPartialList = coordinated && located[index - 1]?.kind === 'partial';
    const shared = inPartialList ? (located[index - 1]?.cue ?? null) : null;
    const cue =
      shared ??
      chooseCue(quoted, masked.slice(span.outerEnd, limit), before, after) ??
      (span.runsOn || !mentionsAccordingTo(masked, span.outerEnd, limit)
        ? null
        : accordingToLater(paragraph, span.outerEnd, limit)) ??
      (span.runsOn ? null : sentenceEndCue(paragraph, masked, span.outerEnd, limit));
    const classified = classifyQuote({
      text: quoted,
      before: masked.slice(Math.max(windowStart, span.outerStart - 200), span.outerStart),
      cue,
      cueFollows: cue !== null && cue.start >= span.outerEnd,
      endsSentence: /^[.!?…]/.test(masked.slice(span.outerEnd, span.outerEnd + 1)),
      nextWord: NEXT_LOWER_WORD.exec(masked.slice(span.outerEnd, span.outerEnd + 16))?.[1] ?? '',
      followsSpeech:
        previous?.paragraph === span.paragraph && located[index - 1]?.kind === 'direct',
      // Only a paragraph's single quotation can stand alone; checking that first keeps a
      // paragraph of thousands of quotations linear.
      standalone:
        previous?.paragraph !== span.paragraph &&
        next?.paragraph !== span.paragraph &&
        !hasWords(masked, paragraph.span.start, span.outerStart) &&
        !hasWords(masked, span.outerEnd, paragraph.span.end),
    });
    // A list of partial quotations stays partial, whatever its later items look like on their
    // own: speech (a comma before them) or a lone word (`as "growth-oriented" and "inclusive"`).
    const kind = inPartialList ? 'partial' : classified;
    located.push({ span, cue, kind });
  });

  const speakers = new Map<Entity, number>();
  const quotes: FoundQuote[] = [];
  const turns = exchangeTurns(located, text, narration);
  let previousSpeaker: Entity | null = null;
  // The speaker found for each quotation so far, by index.
  const entities: (Entity | null)[] = [];
  located.forEach(({ span, cue, kind }, index) => {
    if (span.paragraph >= (bounds[story + 1] as number)) {
      while (span.paragraph >= (bounds[story + 1] as number)) story++;
      resolver = resolverFor(story);
      previousSpeaker = null;
    }
    let resolution: { entity: Entity | null; attribution: Attribution } = {
      entity: null,
      attribution: 'unknown',
    };
    if (kind !== 'other') {
      const chainCue =
        cue ??
        (span.continues ? null : introducedBy(span, narration, masked)) ??
        (span.runsOn && !span.continues ? cueLaterInChain(located, index) : null);
      if (chainCue)
        resolution = resolver.resolve(
          chainCue.subject,
          span.paragraph,
          text.slice(span.start, span.end),
          askerBefore(located, index, chainCue.verb, previousSpeaker, text) ??
            narratedAsker(narration, registry, span.paragraph, span.start, chainCue.verb),
        );
      // "“Are you afraid, Colonel?” one reporter asked. ¶ “…,” the astronaut said.": someone
      // unnamed who asks a question is not the one the answer's pronoun or role goes on with.
      if (chainCue && !resolution.entity && !QUESTION_END.test(text.slice(span.start, span.end)))
        resolver.noteUnresolved(span.outerStart);
      // "Tolbert led her through the events." ¶ "Did he say anything else?" ¶ "He said he was
      // afraid.": untagged questions are the questioner's, the answers the one questioned.
      const turn = chainCue ? undefined : turns.get(index);
      if (turn) resolution = turnSpeaker(turn, resolver);
      // A cue that names someone the engine cannot resolve ("a senior official told Reuters")
      // leaves the quotation unattributed rather than handing it to the last speaker.
      else if (!resolution.entity && !chainCue)
        resolution =
          untaggedSpeaker(located, index, text, narration, resolver, previousSpeaker, entities) ??
          resolution;
    }
    const { entity } = resolution;
    if (entity) {
      resolver.noteSpeaker(entity, span.outerStart);
      speakers.set(entity, (speakers.get(entity) ?? 0) + 1);
    }
    if (kind !== 'other') previousSpeaker = entity;
    entities.push(entity);
    quotes.push({
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      paragraph: span.paragraph,
      kind,
      speaker: entity ? { id: speakerId(entity.name), name: entity.name } : null,
      attribution: resolution.attribution,
      cue: cue && kind !== 'other' ? { verb: cue.verb, start: cue.start, end: cue.end } : null,
    });
  });

  return { quotes, speakers: toSpeakers(speakers), warnings };
}

/** Verbs whose object is a reported clause: "said the law was …", not "described the storm". */
const CLAUSE_VERBS =
  /^(?:say|says|said|add|adds|added|state|states|stated|write|writes|wrote|note|notes|noted|argue|argues|argued|claim|claims|claimed|insist|insists|insisted|warn|warns|warned|explain|explains|explained|announce|announces|announced|declare|declares|declared|allege|alleges|alleged|maintain|maintains|maintained)$/i;

/** Words that open a reported clause right after a verb: "said the law was", "said it would". */
const REPORTED_CLAUSE = /^\s+(?:the|a|an|his|her|its|their|it|he|she|they|we|i|that)\s/i;

/**
 * Picks between the cue before and the cue after a quotation. `"…," he said` and `"…?" she asked`
 * put the attribution after; a quotation that ends its sentence leaves it to the cue before.
 */
function chooseCue(
  quoted: string,
  after: string,
  before: CueMatch | null,
  cue: CueMatch | null,
): CueMatch | null {
  if (!cue) return before;
  if (!before) return cue;
  // `said the plan was "…", adding: "…"`: a participle after the quotation goes on with the
  // reporting verb before it, or introduces the next quotation.
  if (before.subject !== null && /ing$/.test(cue.verb)) return before;
  // `said the hike "was nothing" compared with Parris Island`: a verb after it with no subject
  // of its own goes on with the sentence the cue before reports.
  if (before.subject !== null && cue.subject === null && before.adjacent) return before;
  // `said banks would pass it on "at the earliest". According to Madan Sabnavis, …`: a cue in
  // the next sentence never outranks one in the quotation's own.
  if (NEXT_SENTENCE.test(after)) return before;
  const attributionFollows =
    /,$/.test(quoted) || /^\s*[,—–-]/.test(after) || LOWER_NEXT.test(after);
  return attributionFollows || !before.adjacent ? cue : before;
}

/**
 * The speaker of the quotation at `index`, which has no cue: a story's opening quotation is the
 * person the next paragraph opens with (`"A horse will tell you when he's hurting."` ¶ `Jed
 * Hollister has been listening for 61 years.`); an untagged turn of questions and answers is
 * the speaker two paragraphs back (`entities` holds the speakers found so far); otherwise the
 * speaker it continues. Null when there is none.
 */
function untaggedSpeaker(
  located: readonly Located[],
  index: number,
  text: string,
  narration: readonly ParagraphNarration[],
  resolver: ReturnType<typeof createSpeakerResolver>,
  previousSpeaker: Entity | null,
  entities: readonly (Entity | null)[],
): Resolution | null {
  const lede = ledeQuotationSpeaker(located, index, text, narration);
  const { span } = located[index] as Located;
  if (lede) return resolver.resolve({ kind: 'mention', mention: lede }, span.paragraph + 1);
  const turn = alternatingTurn(located, index, text, narration);
  if (turn !== undefined) {
    const entity = entities[turn] ?? null;
    return { entity, attribution: entity ? 'continuation' : 'unknown' };
  }
  const continued = continuedSpeaker(located, index, previousSpeaker, narration, resolver);
  return continued ? { entity: continued, attribution: 'continuation' } : null;
}

/** A quotation that runs over several paragraphs is often attributed only at its end. */
function cueLaterInChain(located: readonly Located[], index: number): CueMatch | null {
  for (let i = index + 1; i < located.length; i++) {
    const item = located[i] as Located;
    if (!item.span.continues) return null;
    if (item.cue) return item.cue;
    if (!item.span.runsOn) return null;
  }
  return null;
}

/**
 * The speaker a quotation without its own cue inherits: the one whose quotation it continues,
 * or the one speaking just before it in the same or the previous paragraph.
 */
function continuedSpeaker(
  located: readonly Located[],
  index: number,
  previousSpeaker: Entity | null,
  narration: readonly ParagraphNarration[],
  resolver: ReturnType<typeof createSpeakerResolver>,
): Entity | null {
  const { span } = located[index] as Located;
  const previous = located[index - 1];
  if (span.continues || previous?.span.paragraph === span.paragraph) return previousSpeaker;
  const paragraph = narration[span.paragraph] as ParagraphNarration;
  const subject = resolver.subjectInParagraph(span.outerStart, span.paragraph);
  if (subject) return subject;
  const previousParagraph = narration[span.paragraph - 1];
  return resolver.lastSpeakerSince(span.outerStart, (previousParagraph ?? paragraph).span.start);
}

/**
 * A paragraph that ends with a colon introduces the quotation that opens the next one:
 * `TASS datelined Los Angeles:` ¶ `"…"`; so does a transcript's label before it in its own
 * paragraph (`Banerjee: "…"`). Returns the introduction's cue, if any.
 */
function introducedBy(
  span: QuoteSpan,
  narration: readonly ParagraphNarration[],
  masked: string,
): CueMatch | null {
  const paragraph = narration[span.paragraph] as ParagraphNarration;
  const lead = masked.slice(paragraph.span.start, span.outerStart);
  // `Banerjee: "It is real in parts."`: a transcript's speaker label opens the paragraph.
  if (/^[^\s:][^:]{0,40}:\s*$/.test(lead)) {
    const label = paragraph.mentions[0];
    if (
      label &&
      label.start === paragraph.span.start &&
      label.end === paragraph.span.start + lead.trimEnd().length - 1
    )
      return {
        verb: ':',
        start: label.end,
        end: label.end + 1,
        subject: { kind: 'mention', mention: label },
        adjacent: true,
      };
  }
  const previous = narration[span.paragraph - 1];
  if (!previous || lead.trim() !== '') return null;
  if (!masked.slice(previous.span.start, previous.span.end).trimEnd().endsWith(':')) return null;
  const sentence = sentenceAt(previous, previous.span.end - 1);
  return (
    findCueBefore(previous, masked, sentence.start, previous.span.end) ??
    introductionSubject(previous, sentence)
  );
}

/** Whether "according to" stands between two offsets: most sentences spare the token scan. */
function mentionsAccordingTo(text: string, from: number, to: number): boolean {
  // Sliced first: an unbounded indexOf would read to the end of the text for every quotation.
  return to > from && text.slice(from, to).includes('ccording to');
}

/** Whether the text between two offsets holds any letter or digit. */
function hasWords(text: string, from: number, to: number): boolean {
  return from < to && HAS_LETTER_OR_DIGIT.test(text.slice(from, to));
}

function nextNonSpace(text: string, from: number, end: number): number {
  let at = from;
  while (at < end && /[\s,.;:!?…—–\-)]/.test(text.charAt(at))) at++;
  return at;
}

/**
 * A speaker's id: the name as a slug ('speaker' when it has no letter or digit a slug keeps).
 * Made only for the entities that speak, most an article names never do; kept by name, since
 * the same speaker comes back with every quotation and across articles.
 */
const speakerId = memoised((name) => slugify(name) || 'speaker');

function toSpeakers(counts: ReadonlyMap<Entity, number>): Speaker[] {
  return [...counts].map(([entity, quoteCount]) => ({
    id: speakerId(entity.name),
    name: entity.name,
    role: entity.roles[0] ?? null,
    kind: entity.kind,
    quoteCount,
  }));
}
