/**
 * Whether a token is a reporting verb used as one (`isCueVerb`), whether a spelling may be one at
 * all (`mayReport`, which tokens cache), and a cue verb's text with its particle.
 */

import { PHRASAL_SPEECH_VERBS, SPEECH_VERBS, CUE_ADVERBS } from './lexicon/speechVerbs.ts';
import { ROLE_NOUNS } from './lexicon/roles.ts';
import { SUBJECT_PRONOUNS, DETERMINERS, WEEKDAYS } from './lexicon/commonWords.ts';
import { DOCUMENT_NOUNS, ORGANISATION_WORDS } from './lexicon/organisations.ts';
import { PLACES } from './lexicon/places.ts';
import type { Token } from './tokenize.ts';
import {
  NOUN_MARKERS,
  PUBLISHING_PARTICIPLES,
  NOUN_LIKE,
  GESTURES,
  STATE_NOUNS,
  NOUN_FOLLOWERS,
  PASSIVE_MARKERS,
} from './cueVerbWords.ts';

/**
 * Token `last` ends a pronoun or a name of up to three capitalised words that opens right after
 * a quotation's closing mark; if `midSentence`, one that does not end its sentence (the mask
 * keeps a quotation's final stop, never its comma).
 */
function nameAfterQuote(tokens: readonly Token[], last: number, midSentence: boolean): boolean {
  for (let k = last; k >= 0 && k > last - 3; k--) {
    const gap = tokens[k - 1]?.gap ?? '';
    if (/["”’'»]/.test(gap)) return !(midSentence && /[.!?]["”’'»]/.test(gap));
    if (!tokens[k - 1]?.capitalised || !tokens[k - 1]?.blank) return false;
  }
  return false;
}

/**
 * Whether a lower-case word can be a reporting verb at all: the words `isCueVerb` reads further.
 * Tokens cache it per spelling, so the test for every word of the narration is one field read.
 * A rule in `isCueVerb` that accepts another word must accept it here too.
 */
export function mayReport(lower: string): boolean {
  return (
    PHRASAL_SPEECH_VERBS.has(lower) ||
    SPEECH_VERBS.has(lower) ||
    lower === 'read' ||
    lower === 'reads'
  );
}

/** True when the token at `i` is a reporting verb used as one. */
export function isCueVerb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token?.mayReport) return false;
  const particles = PHRASAL_SPEECH_VERBS.get(token.lower);
  if (particles?.has(tokens[i + 1]?.lower ?? '') && token.blank) return true;
  if (particles && !SPEECH_VERBS.has(token.lower)) return false;
  if (token.lower === 'read' || token.lower === 'reads') return documentReads(tokens, i);
  if (!SPEECH_VERBS.has(token.lower)) return false;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  // "said in an email", "the recall was": after an article or a possessive the word is a noun.
  if (previous?.blank && NOUN_MARKERS.has(previous.lower)) return false;
  // "in documents posted on its website": a document's participle, not its author's verb.
  if (
    previous?.blank &&
    PUBLISHING_PARTICIPLES.has(token.lower) &&
    (DOCUMENT_NOUNS.has(previous.lower) || DOCUMENT_NOUNS.has(previous.lower.replace(/s$/, '')))
  )
    return false;
  // "called Thurmond's remarks "a disgrace"", "termed Yadav's claims "…"": after a possessive a
  // word in -s is a plural noun, whose owner is characterised, not heard ("Trump's said" may be
  // "Trump has said").
  if (
    previous?.possessive === true &&
    previous.blank &&
    /s$/.test(token.lower) &&
    !/^(?:was|is|were|are)$/.test(next?.lower ?? '')
  )
    return false;
  // A capitalised verb is a cue only where it opens a sentence: `Said Benedick: "…"`.
  if (token.capitalised && previous !== undefined && !/[.!?:"”]\s*$/.test(previous.gap))
    return false;
  if (NOUN_LIKE.has(token.lower) || GESTURES.has(token.lower)) {
    // Right after a quotation ("…," answers Richards) any of these reports speech.
    const afterQuote = previous === undefined || /["”’'»]/.test(previous.gap);
    // "told Russian state television", "the Washington Post": a place names whose noun it is.
    if (
      !afterQuote &&
      previous?.blank &&
      PLACES.has(previous.lower) &&
      STATE_NOUNS.has(token.lower)
    )
      return false;
    const previousIsSubject =
      afterQuote ||
      (previous !== undefined &&
        GESTURES.has(token.lower) &&
        // `"…," she smiled`, `"…," Robert Jones laughed`: the subject right after a quotation
        // (`"…!" He'd laughed` and `"…." I nodded` are no names, and `"…." Benson grinned`
        // opens a sentence of its own).
        ((SUBJECT_PRONOUNS.has(previous.lower) && nameAfterQuote(tokens, i - 1, false)) ||
          (previous.capitalised &&
            previous.word !== 'I' &&
            !/['’]/.test(previous.word) &&
            nameAfterQuote(tokens, i - 1, true)))) ||
      (previous !== undefined &&
        !GESTURES.has(token.lower) &&
        (SUBJECT_PRONOUNS.has(previous.lower) ||
          // "would not take Cabinet posts": an institution's word names whose posts they are.
          (previous.capitalised && !(ORGANISATION_WORDS.has(previous.lower) && !afterQuote)) ||
          CUE_ADVERBS.has(previous.lower) ||
          ROLE_NOUNS.has(previous.lower) ||
          // "The indictment states that …".
          DOCUMENT_NOUNS.has(previous.lower))) ||
      // "…, ruling that the agency had acted", "…, warning that": a participle opening a clause.
      (previous !== undefined &&
        /,\s$/.test(previous.gap) &&
        /ing$/.test(token.lower) &&
        next?.lower === 'that');
    if (!previousIsSubject || (previous !== undefined && DETERMINERS.has(previous.lower)))
      return false;
    // "Initial claims for jobless benefits fell", "Demands of the union were": a noun, not a verb;
    // but "John's reply was:" still gives its owner's words.
    // "John's reply was always the same:" introduces them; "Rijiju's claim was "completely
    // false"" only says what the claim was.
    const ownersWords =
      previous?.possessive === true &&
      /^(?:was|is)$/.test(next?.lower ?? '') &&
      [1, 2, 3, 4, 5].some((k) => tokens[i + k]?.gap.includes(':') ?? false);
    if (!afterQuote && token.blank && next && NOUN_FOLLOWERS.has(next.lower) && !ownersWords)
      return false;
  }
  // "the bench held that the delay was "arbitrary"": a court's finding; "held talks" is no cue.
  if (/^(?:hold|holds|held|holding)$/.test(token.lower))
    return token.blank && next?.lower === 'that' && !PASSIVE_MARKERS.has(previous?.lower ?? '');
  if (/^(?:ask|asks|asked)$/.test(token.lower) && previous && PASSIVE_MARKERS.has(previous.lower))
    return false;
  if (
    /^(?:call|calls|called|calling)$/.test(token.lower) &&
    next &&
    /^(?:for|on|off|up|in|back)$/.test(next.lower) &&
    // "called for "peace in our time"": the words called for are quoted, also after a day
    // ("called on Monday for "an immediate ceasefire"").
    !(next.lower === 'for' && /^\s*["“‘]$/.test(next.gap)) &&
    !(
      next.lower === 'on' &&
      WEEKDAYS.has(tokens[i + 2]?.lower ?? '') &&
      tokens[i + 3]?.lower === 'for' &&
      /^\s*["“‘]$/.test(tokens[i + 3]?.gap ?? '')
    )
  )
    return false;
  return true;
}

/** `The statement from the ministry read, "…"`: a document, a few words back, reads out a quotation. */
function documentReads(tokens: readonly Token[], i: number): boolean {
  // `"…," the statement read.`
  if (DOCUMENT_NOUNS.has(tokens[i - 1]?.lower ?? '')) return true;
  if (!/^[\s,:]*["“‘']/.test((tokens[i] as Token).gap)) return false;
  // "the New English Bible, which reads: "…"": what reads is the text just named.
  if (/^(?:which|that)$/.test(tokens[i - 1]?.lower ?? '')) return true;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const token = tokens[k] as Token;
    if (DOCUMENT_NOUNS.has(token.lower)) return true;
    if (!token.blank) return false;
  }
  return false;
}

/** The verb's text, with its particle for phrasal verbs ("pointed out"). */
export function verbText(tokens: readonly Token[], i: number): { verb: string; end: number } {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  if (next && token.blank && PHRASAL_SPEECH_VERBS.get(token.lower)?.has(next.lower))
    return { verb: `${token.word} ${next.word}`, end: next.end };
  return { verb: token.word, end: token.end };
}
