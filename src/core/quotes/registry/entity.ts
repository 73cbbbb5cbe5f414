/**
 * The Entity type: what the registry records of each person or organisation (name, kind, roles,
 * gender).
 */

/** A person or organisation the article names, under the fullest name it gives. */
export type Entity = {
  /**
   * The name and its words never change: the registry's indexes are built from them, and a
   * speaker's id from the name (`speakerId` in `analyzeQuotes.ts`).
   */
  readonly name: string;
  readonly words: readonly string[];
  /**
   * Every role the article states for the entity, first stated first: added through the
   * registry's `addRole`, which keeps `withRole`'s index.
   */
  readonly roles: readonly string[];
  kind: 'person' | 'organisation';
  gender: 'male' | 'female' | null;
  /** Where the article first names the entity this fully. */
  firstAt: number;
};
