/**
 * Function words and common capitalised words: subject pronouns, prepositions, determiners,
 * indefinites, days, and words that open sentences but are never names.
 */

import { words } from './words.ts';

/** Pronouns that can be a speaker, with the gender they imply; 'plural' stands for organisations. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
  ['it', 'plural'],
  ['we', 'plural'],
]);

/**
 * Words that describe how someone looks, opening a sentence before the name ("Tall, bony Gerald
 * Rice", "Wiry Dale Hutchens"); never the nicknames some of their kind are ("Slim", "Curly",
 * "Red", "Lefty").
 */
const LOOKS = `
  tall lanky wiry towering bespectacled burly stocky slender husky balding grizzled gangling
  gangly chunky dapper diminutive muscular bearded mustached gray-haired grey-haired
  white-haired silver-haired soft-spoken hard-hitting hard-driving handsome petite plump portly
  rangy rawboned raw-boned brawny beefy hulking bony
  `;

/**
 * Capitalised words that start sentences or headings but are never names; keeps "Notably" and
 * "Despite" from becoming speakers.
 */
export const COMMON_CAPITALISED = words(`${LOOKS}
  perhaps maybe nevertheless nonetheless otherwise thus hence therefore anyway likewise
  methodist baptist catholic protestant muslim hindu sikh jewish christian buddhist mormon
  anglican lutheran presbyterian episcopalian evangelical
  a an the this that these those there here it its it's i we you they he she his her their our
  my your in on at by for from to of with without about after before during since until while
  when where why how what which who whom whose if then than but and or nor so yet also however
  meanwhile moreover furthermore notably recently earlier later today yesterday tomorrow
  despite although though because as once now still even just only last next first second
  third finally monday tuesday wednesday thursday friday saturday sunday january february march
  april may june july august september october november december jan feb mar apr jun jul aug
  sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun according asked speaking
  addressing no yes not all some many most several both each every any another
  other such one two three four five six seven eight nine ten hundreds thousands millions
  under over between among against into through across along around near amid amidst within
  inside outside beyond behind beneath throughout towards toward upon
  following regarding concerning meanwhile instead indeed overall additionally separately
  similarly likewise nevertheless nonetheless otherwise therefore thus hence accordingly
  god oh well please thank thanks let lets let's do does did is are was were be been being
  have has had will would shall should can could might must ok okay sources source officials
  `);

/** Prepositions before a name put it in a phrase, not in the subject of the sentence. */
export const PREPOSITIONS = words(`
  of with to for by about regarding from on in at between among against into toward towards
  upon over under than like unlike including via per amid as behind beside besides near
  `);

/** Determiners and possessives that open a noun phrase ("the spokesperson", "his lawyer"). */
export const DETERMINERS = words(`
  the a an its his her their this that one another
  `);

/** Words that introduce someone not named before: "A Winnipeg man", "one resident of". */
export const INDEFINITES = words(`a an one another`);

/** The days of the week, lower-case: "Boeing on Monday reported". */
export const WEEKDAYS = words(`monday tuesday wednesday thursday friday saturday sunday`);

/** Words for a day that stand alone after a name: "Reed today said". */
export const STANDALONE_TIMES = words(`today yesterday tonight`);
