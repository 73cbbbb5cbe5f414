/**
 * The people named last before an offset: who "the latter" is, and a pronoun's last resort.
 */

import type { Mention } from '../mentions/mention.ts';
import { firstStartingAt, type ParagraphNarration } from '../narration.ts';
import type { Entity } from '../registry/entity.ts';
import type { SpeakerRegistry } from '../registry/speakerRegistry.ts';
import { PRONOUN_REACH } from './speechHistory.ts';

/** How many names back "the latter" looks for a person. */
const LOOKBACK_MENTIONS = 12;

/** The person named last before `at`, in this paragraph or the one before. */
export function lastNamedPerson(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  at: number,
  paragraphIndex: number,
): Entity | null {
  for (let p = paragraphIndex; p >= 0 && p >= paragraphIndex - 1; p--) {
    const { mentions } = narration[p] as ParagraphNarration;
    const last = firstStartingAt(mentions, at) - 1;
    // A bounded look-back keeps a paragraph of thousands of "the latter said" linear.
    for (let m = last; m >= 0 && m > last - LOOKBACK_MENTIONS; m--) {
      const mention = mentions[m] as Mention;
      if (mention.kind === 'organisation') continue;
      const entity = entityOf(mention, registry);
      if (entity?.kind === 'person') return entity;
    }
  }
  return null;
}

/** A mention's entity; a bare surname used as a speaker becomes a person. */
export function entityOf(mention: Mention, registry: SpeakerRegistry): Entity | null {
  return registry.fromMention(mention) ?? registry.resolve(mention.words, mention.start, 'person');
}

/** The last person named before `at`, as a last resort. */
export function lastMentioned(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  at: number,
  paragraphIndex: number,
  fits: (entity: Entity) => boolean,
): Entity | null {
  for (let p = paragraphIndex; p >= 0 && p > paragraphIndex - PRONOUN_REACH; p--) {
    const mentions = (narration[p] as ParagraphNarration).mentions;
    for (let m = firstStartingAt(mentions, at) - 1; m >= 0; m--) {
      const mention = mentions[m] as Mention;
      const entity = registry.fromMention(mention);
      if (entity && fits(entity)) return entity;
    }
  }
  return null;
}
