/**
 * A capitalised run as read up to its name's words: what the stages that decide its kind and
 * build its mention share.
 */

import type { Token } from '../tokenize.ts';
import type { SpelledName } from './spellName.ts';

/** A run `[from, to]` read up to its name's words (see `readRun`). */
export type RunReading = {
  readonly tokens: readonly Token[];
  /** The run's first token, before any word that is no part of the name ("The"). */
  readonly from: number;
  /** The run's last token. */
  readonly to: number;
  /** The name's first token, after its titles. */
  readonly first: number;
  /** The titles before the name, in order. */
  readonly titles: readonly Token[];
  readonly name: SpelledName;
};
