/**
 * Who a cue says is speaking, before it is resolved to a person: the Subject type.
 */

import type { Mention } from '../mentions/mention.ts';

/** Who a cue says is speaking, before it is resolved to a person. */
export type Subject =
  | { kind: 'pronoun'; word: string; at: number }
  | { kind: 'mention'; mention: Mention }
  | {
      kind: 'role';
      words: string[];
      definite: boolean;
      at: number;
      /** Opened by "a", "an" or "another": someone not met before, whatever their role. */
      fresh?: true;
      /** A capitalised common word alone ("Player said"): a surname, if anyone's. */
      surname?: true;
    }
  | { kind: 'organisation'; words: string[]; at: number };

/** A subject found before a verb, and the token its phrase opens at. */
export type SubjectAt = { subject: Subject; from: number };
