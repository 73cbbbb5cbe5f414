/**
 * What a resolver remembers of who has spoken (the SpeechHistory that sentenceSubject weighs),
 * kept as sorted offsets and speech events, and how far back a pronoun looks.
 */

import type { ParagraphNarration } from '../narration.ts';
import type { Entity } from '../registry/entity.ts';
import type { SpeakerRegistry } from '../registry/speakerRegistry.ts';

export type SpeechEvent = { at: number; entity: Entity };

/** How many sentences of a paragraph a pronoun looks back through. */
export const SENTENCE_REACH = 12;

/** How far back (in paragraphs) a pronoun looks for the person it stands for. */
export const PRONOUN_REACH = 3;

/**
 * What a resolver has heard so far, which `sentenceSubject` weighs: who has spoken before an
 * offset, and who was quoted or reported in a span.
 */
export type SpeechHistory = {
  hasSpoken(entity: Entity, at: number): boolean;
  quotedIn(from: number, to: number): Entity | null;
  reportedIn(from: number, to: number): Entity | null;
};

/**
 * What the resolver's stages read of it: the article's narration and registry, and who has
 * spoken so far.
 */
export type ResolverState = SpeechHistory & {
  readonly narration: readonly ParagraphNarration[];
  readonly registry: SpeakerRegistry;
  /** The last speech event before `at` whose speaker `fits`. */
  lastSpeaker(at: number, fits: (entity: Entity) => boolean): SpeechEvent | null;
};

/** Adds `at` to sorted `offsets`, keeping them sorted and each once. */
export function noteOffset(offsets: number[], at: number): void {
  const index = firstOffsetAtOrAfter(offsets, at);
  if (offsets[index] !== at) offsets.splice(index, 0, at);
}

export function firstOffsetAtOrAfter(offsets: readonly number[], at: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((offsets[middle] as number) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function firstAtOrAfter(events: readonly SpeechEvent[], at: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((events[middle] as SpeechEvent).at < at) low = middle + 1;
    else high = middle;
  }
  return low;
}
