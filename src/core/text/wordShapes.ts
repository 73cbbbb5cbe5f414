/**
 * Word shapes the rules test again and again, as regular expressions made once.
 *
 * Why here and not inline: esbuild (which tsx and the bench run the engine through) rewrites a
 * regular expression literal with a Unicode class (`/^\p{Ll}+$/u`) into `new RegExp(source,
 * 'u')`, so an inline one is parsed and looked up afresh on every call; across a megabyte of
 * news that was some tenth of the engine's time. The same holds in every file of the engine: a
 * pattern with `\p{…}` lives at module level, named, never inline in a function (an ESLint rule
 * in eslint.config.js checks it). None of these has the `g` or `y` flag, so sharing them keeps no
 * state between calls.
 */

/** A lower-case word: "said", "officials". */
export const LOWER_WORD = /^\p{Ll}+$/u;
/** A lower-case word of three letters or more: "nurse", not "of". */
export const LONG_LOWER_WORD = /^\p{Ll}{3,}$/u;
/** A lower-case word, hyphens allowed after its first letter: "well-known". */
export const LOWER_HYPHENATED = /^\p{Ll}[\p{Ll}-]*$/u;
/** A lower-case plural-looking word: "officials", "says". */
export const LOWER_PLURAL = /^\p{Ll}+s$/u;
/** A lower-case word in "-ed": "reported", "based". */
export const LOWER_ED = /^\p{Ll}+ed$/u;
/** A lower-case word in "-ing" of two letters or more before it: "speaking". */
export const LOWER_ING = /^\p{Ll}{2,}ing$/u;
/** Starts with a lower-case letter. */
export const STARTS_LOWER = /^\p{Ll}/u;
/** Starts with an upper-case letter. */
export const STARTS_UPPER = /^\p{Lu}/u;
/** An initial, with or without its stop: "J.", "J". */
export const INITIAL = /^\p{Lu}\.?$/u;
/** An initial with its stop: "J.". */
export const INITIAL_WITH_STOP = /^\p{Lu}\.$/u;
/** Two or three capitals: "UK", "USA". */
export const SHORT_CAPITALS = /^\p{Lu}{2,3}$/u;
/** Holds a letter or a digit somewhere. */
export const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
