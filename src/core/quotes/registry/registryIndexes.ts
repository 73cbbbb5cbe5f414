/**
 * The registry's indexes: lists by key, names by their openings, and roles by their endings, their
 * head ("secretary" of "secretary of health") and their inverted form ("chief of police" → "police
 * chief").
 */

import { memoised } from '../../text/memoised.ts';
import type { Entity } from './entity.ts';

/** Adds `entity` to the list under `word`, lower-case (a missing word is ''). */
export function index(map: Map<string, Entity[]>, word: string | undefined, entity: Entity): void {
  const key = word?.toLowerCase() ?? '';
  const list = map.get(key);
  if (list) list.push(entity);
  else map.set(key, [entity]);
}

/**
 * Lower-case forms of roles and names, computed once: `withRole` runs for every role reference
 * and would otherwise lower-case every entity's roles each time.
 */
export const lowerCase = memoised((text) => text.toLowerCase());

/**
 * Each entity by the lower-case openings of its name that end at a space, the first entity
 * holding one winning: `get(prefix)` is `entities.find((e) => lower(e.name).startsWith(prefix))`
 * for any prefix that ends with a space.
 */
export function namesByOpening(entities: readonly Entity[]): Map<string, Entity> {
  const byOpening = new Map<string, Entity>();
  for (const entity of entities) {
    const lower = entity.name.toLowerCase();
    for (let at = lower.indexOf(' '); at >= 0; at = lower.indexOf(' ', at + 1)) {
      const opening = lower.slice(0, at + 1);
      if (!byOpening.has(opening)) byOpening.set(opening, entity);
    }
  }
  return byOpening;
}

/** A title's link to its portfolio or place: "of", "for", "to". */
const TITLE_LINK = / (?:of|for|to) /;

/**
 * A role's words before its first "of", "for" or "to": "secretary" of "secretary of health …",
 * "minister" of "minister for housing". Kept like lowerCase's: withRole asks for every role.
 */
export const headOf = memoised((role) => {
  const link = role.search(TITLE_LINK);
  return link < 0 ? '' : role.slice(0, link);
});

/**
 * A one-word title and its portfolio the other way round: "minister for housing" → "housing
 * minister", "chief of police" → "police chief"; '' for other roles.
 */
export const inverted = memoised((role) => {
  const link = role.search(TITLE_LINK);
  if (link < 0 || role.lastIndexOf(' ', link - 1) >= 0) return '';
  const complement = role.slice(role.indexOf(' ', link + 1) + 1).replace(/^the /, '');
  return `${complement} ${role.slice(0, link)}`;
});

/**
 * The endings of a text that `withRole` matches whole words against: the text, and what follows
 * each of its spaces ("press secretary", "secretary").
 */
export function endings(text: string): string[] {
  const found = [text];
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1))
    found.push(text.slice(at + 1));
  return found;
}

/** Adds `value` to the list under `key`, once (values come in order, so the last is checked). */
export function indexAt<T>(index: Map<string, T[]>, key: string, value: T): void {
  const list = index.get(key);
  if (!list) index.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}
