/**
 * A capitalised name in the narration, as the name reader records it.
 */

/** A capitalised name in the narration: a person, an organisation, or a word not yet known. */
export type Mention = {
  start: number;
  end: number;
  /** The name without titles: "Narendra Modi", "Modi", "Prime Minister's Office". */
  name: string;
  words: string[];
  kind: 'person' | 'organisation' | 'unknown';
  /** The role the text gives right next to the name ("Kremlin spokesperson"), if any. */
  role: string | null;
  /** The office a clause after the name gives it ("was elected the first pope"), if any. */
  office: string | null;
  /** Gender implied by an honorific (Mr, Mrs), if any. */
  gender: 'male' | 'female' | null;
  /** Index of the name's first and last token in the paragraph's tokens. */
  first: number;
  last: number;
  /** Inside a prepositional phrase or a possessive: not the subject of its sentence. */
  oblique: boolean;
  /** Joined to another name by "and": part of a plural subject. */
  coordinated: boolean;
  /** What a party-and-state tag after the name says of it ("Arizona Republican"), if any. */
  descriptors: string[];
};
