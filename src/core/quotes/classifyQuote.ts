import type { QuoteKind } from '../schema.ts';
import { lastWord } from '../text/letterCase.ts';
import { isSpace } from '../text/sentences.ts';
import type { CueMatch } from './cues/cueMatch.ts';
import { SPEECH_VERBS } from './lexicon/speechVerbs.ts';
import { endsWithNonSpeechLead } from './nonSpeechLead.ts';
import {
  HAS_LETTER_OR_DIGIT,
  LOWER_HYPHENATED,
  STARTS_LOWER,
  STARTS_UPPER,
} from '../text/wordShapes.ts';

/** A lone past participle: "outraged", "shown". */
const PARTICIPLE_WORD = /^\p{Ll}[\p{L}-]*(?:ed|en|wn|ght|lt|pt|ung|ne)[.,]?$/u;
/** Opens with a capital, after a mark or a bracket. */
const OPENS_CAPITAL = /^["'“‘(]?\p{Lu}/u;
/** Ends with "the/his/… NOUN". */
const DETERMINED_NOUN = /\b(?:the|his|her|their|its|this|that)\s+\p{L}+\s*$/iu;
/** One capitalised word ending a sentence: "Never!". */
const ONE_WORD_SENTENCE = /^\p{Lu}[\p{L}'’-]*[.!?…]$/u;
/** Opens with a capital or a number. */
const OPENS_CAPITAL_OR_NUMBER = /^[\p{Lu}\p{N}]/u;

/** What the classifier needs to know about one quotation and its surroundings. */
export type QuoteContext = {
  /** The quoted words. */
  text: string;
  /** The narration of the sentence before the opening mark (masked text). */
  before: string;
  cue: CueMatch | null;
  /** The quotation is its paragraph's only text: a line of dialogue or a subheading. */
  standalone: boolean;
  /** The cue comes after the quotation (`"…," he said`). */
  cueFollows: boolean;
  /** A full stop, question or exclamation mark follows the closing mark (British style). */
  endsSentence: boolean;
  /** Direct speech came before it in the same paragraph. */
  followsSpeech: boolean;
  /** The lower-case word right after the closing mark, if one follows: `"neutral" stance`. */
  nextWord: string;
};

/** Nouns a quoted word names a category of: `its "neutral" stance`, `a 'buy' rating`. */
const LABEL_NOUNS = new Set([
  'stance',
  'status',
  'category',
  'tag',
  'label',
  'rating',
  'ratings',
  'zone',
  'list',
  'alert',
  'mode',
  'grade',
]);

/**
 * A linking verb, a modal or a verb of intent right before the quotation: what follows is said of
 * the subject ("would remain "vigilant"", "the plan would "destroy" the system", "vowed to
 * "exponentially" expand", "would have to "reevaluate" plans").
 */
const COPULA_BEFORE =
  /\b(?:be|is|was|were|are|been|being|remains?|remained|stays?|stayed|seems?|seemed|appears?|appeared|becomes?|became|feels?|felt|would|will|could|can|should|might|may|must|(?:vow|pledge|promise|threaten|ha(?:ve|s|d)|need|want|plan|aim|hope|seek|sought|tr(?:y|ies|ied)|refuse|agree|decide|going|continue|intend|expect)\w*\s+to)\s*$/;

/**
 * `said the Centre had "betrayed" the people`, `said it had "noted" the verdict`: a quoted past
 * participle after "has", "have" or "had" is the speaker's verb.
 */
function perfectTense(before: string, text: string): boolean {
  return /\b(?:has|have|had|having)\s*$/.test(before) && PARTICIPLE_WORD.test(text);
}

/** Auxiliaries and modals that open a predicate in lower case: "must be", "had done". */
const PREDICATE_OPENERS =
  /^(?:must|should|will|would|shall|can|could|may|might|is|was|are|were|has|had|have|did|does)\s/;

/** Words that open a clause of another subject inside a reported one. */
const SUBORDINATE = /\b(?:which|who|whom|whose|where|after|before|while|because|although|until)\b/i;

/** Verbs that report what someone said in a clause of their own: `said the plan was "dead"`. */
const REPORTING_VERBS =
  /^(?:say|says|said|tell|tells|told|add|adds|added|warn|warns|warned|insist|insists|insisted|argue|argues|argued|claim|claims|claimed|stress|stresses|stressed|note|notes|noted|explain|explains|explained|assert|asserts|asserted|hail|hails|hailed|praise|praises|praised|declare|declares|declared|predict|predicts|predicted|announce|announces|announced|express|expresses|expressed|emphasi[sz]e[sd]?|thank|thanks|thanked|thanking|blame|blames|blamed|order|orders|ordered|urge|urges|urged|direct|directs|directed|exhort|exhorts|exhorted|request|requested|encourage|encourages|encouraged|appeal|appeals|appealed|apologi[sz]e[sd]?|allege|alleges|alleged|signal(?:s|l?ed|l?ing))$/i;

/** Pronouns that stand for a person who speaks ("He blamed "infiltrators""), not "it". */
const PERSONAL_PRONOUNS = /^(?:he|she|they)$/i;

const CALLING_VERBS = /^(?:call|calls|called|calling)$/i;

/** Verbs of judging a thing: `slammed the "anti-people" budget`. */
const JUDGING_VERBS =
  /^(?:criticis|criticiz|slam|question|attack|welcom|hail|praise|condemn|denounc|decr|lambast|blast|reject|dismiss|mock|ridicul|defend|laud|applaud)\w*$/i;

/** Verbs with which a speaker names or characterises a thing: `called the plan "a mess"`. */
export const NAMING_VERBS =
  /^(?:call|calls|called|calling|term|terms|termed|terming|describe|describes|described|describing|brand|brands|branded|branding|label|labels|labelled|labeled|recall|recalls|recalled|recalling|remember|remembers|remembered|remembering|hail|hails|hailed|hailing|praise|praises|praised|praising|condemn|condemns|condemned|condemning|reject|rejects|rejected|rejecting|denounce|denounces|denounced|denouncing|decr(?:y|ies|ied)|welcome|welcomes|welcomed|welcoming|liken|likens|likened|compare|compares|compared)$/i;

const SENTENCE_INSIDE = /[.!?…]["'”’)]*\s+["'“‘(]?\p{Lu}/u;

/**
 * Direct speech, a partial quotation inside the writer's sentence, or quotation marks that are not
 * speech at all (scare quotes, titles, nicknames): `other` quotations get no speaker.
 */
export function classifyQuote({
  text,
  before,
  cue,
  standalone,
  cueFollows,
  endsSentence,
  followsSpeech,
  nextWord,
}: QuoteContext): QuoteKind {
  if (standalone && OPENS_CAPITAL.test(text) && /[.!?…,]["'”’)]?$/.test(text)) return 'direct';
  // "called the report "great news"": what a speaker calls a thing is theirs, even when the thing
  // is a word that usually introduces a title ("the report", "the film").
  const namesIt =
    cue?.adjacent === true &&
    NAMING_VERBS.test(cue.verb) &&
    DETERMINED_NOUN.test(before.slice(-40));
  const tail = before.slice(-40);
  // "said the report "must be a turning point"": words that go on with the sentence's verb are
  // what the report's subject said, not its title.
  const predicate = PREDICATE_OPENERS.test(text);
  if (!namesIt && !predicate && endsWithNonSpeechLead(tail)) return 'other';
  // `"In America," I said`: capitals before a comma and the cue that follows are speech.
  const spokenBeforeCue = /,$/.test(text) && cueFollows && cue?.adjacent === true;
  if (isTitleCase(text) && !spokenBeforeCue) return 'other';
  const lastChar = before.replace(/\s+$/, '').slice(-1);
  const embedded = HAS_LETTER_OR_DIGIT.test(lastChar);
  const words = countWords(text);
  if (words === 1 && embedded && LABEL_NOUNS.has(nextWord)) return 'other';
  // One or two quoted words inside a sentence are usually a term or a scare quote; they are
  // someone's words only when a reporting verb stands right before them.
  // "Heretic!", "Osric Pendleton?": an exclamation or a question opening a sentence is spoken.
  if (!embedded && STARTS_UPPER.test(text) && /[!?]$/.test(text)) return 'direct';
  // `"Never before have we seen this," Durbin said. "Never."`: a one-word sentence of its own
  // after someone's speech goes on with it.
  if (followsSpeech && /^$|[.!?…]$/.test(lastChar) && ONE_WORD_SENTENCE.test(text)) return 'direct';
  // "whom he calls "bosses"": a word someone is reported to call a thing is their word.
  // "described the position as "unacceptable"", "termed it "shameful"": so is the word they
  // describe it with.
  const namedBySpeaker =
    cue?.adjacent === true &&
    (CALLING_VERBS.test(cue.verb) ||
      /^(?:term|brand|label)\w*(?:ed|ing)$/i.test(cue.verb) ||
      // "accused the party of "compromising"".
      /^accus(?:e|es|ed|ing)$/i.test(cue.verb) ||
      (NAMING_VERBS.test(cue.verb) && /\b(?:as|to)\s*$/i.test(before)));
  // "argued that the detention was "malicious."", "said both leaders wanted "peace."", "said
  // the day marked the nation's "self-respect".": a lower-case word that closes a reported
  // sentence, whichever side of the mark its full stop stands, is the speaker's (a capital is a
  // title).
  const closesReport =
    cue !== null &&
    // "The plan is "dead", Shah said.": a cue after the sentence reports all of it.
    (!cueFollows || (embedded && !endsSentence && !/[.!?…]$/.test(text))) &&
    STARTS_LOWER.test(text) &&
    // "… would be "transformational" for both", "would remain "vigilant" and …": the word is
    // what is said of the thing.
    (/[.]$/.test(text) ||
      endsSentence ||
      COPULA_BEFORE.test(before) ||
      perfectTense(before, text) ||
      // `Whiston said the exposure looked "manageable" for Ford`: a small word inside what a
      // named speaker said is theirs.
      (cue.subject !== null &&
        (cue.subject.kind !== 'pronoun' || PERSONAL_PRONOUNS.test(cue.subject.word)) &&
        REPORTING_VERBS.test(cue.verb) &&
        LOWER_HYPHENATED.test(text) &&
        // "… after a meeting in which the US president confronted him with claims of a
        // "genocide"": a clause of its own between the verb and the word has another speaker.
        !SUBORDINATE.test(cueFollows ? before : afterCue(before, cue))));
  // "Kumar slammed the "anti-people" budget", "criticised the "half-hearted" response": a
  // word a named speaker judges a thing with, right after its article, is the speaker's.
  const judgedBySpeaker =
    cue !== null &&
    !cueFollows &&
    cue.subject !== null &&
    (cue.subject.kind !== 'pronoun' || PERSONAL_PRONOUNS.test(cue.subject.word)) &&
    JUDGING_VERBS.test(cue.verb) &&
    LOWER_HYPHENATED.test(text) &&
    /\b(?:the|a|an|its|their|his|her)\s*$/i.test(before) &&
    !SUBORDINATE.test(afterCue(before, cue));
  if (
    words === 1 &&
    !(cue?.adjacent && !embedded) &&
    !namedBySpeaker &&
    !closesReport &&
    !judgedBySpeaker
  )
    return 'other';
  // "accused of 'losing control'": the words of an accusation are quoted even when no one is named.
  // "said the president was "taking stock"": but not words said of a reported clause's subject.
  const predicateOfReport = closesReport && COPULA_BEFORE.test(before);
  if (embedded && words === 2 && !cue?.subject && !namedBySpeaker && !predicateOfReport)
    return 'other';
  const speaksWholeSentence = SENTENCE_INSIDE.test(text);
  // "The jury said the fee system, under which justices are paid from the fines, "invites
  // abuse"": lower-case words after the comma that closes a phrase set off inside a reported
  // clause go on with that clause (not `he said, smiling, "and when I do …"`, which has none).
  if (
    lastChar === ',' &&
    cue !== null &&
    !cueFollows &&
    STARTS_LOWER.test(text) &&
    !speaksWholeSentence &&
    /^\s*[^,\s][^,]*,[^,]+,\s*$/.test(afterCue(before, cue))
  )
    return 'partial';
  if (!embedded) {
    if (cue || speaksWholeSentence || /[.!?…,]$/.test(text) || words > 4) return 'direct';
    return 'other';
  }
  const previousWord = lastWord(before).toLowerCase();
  const introducedBySpeechVerb = SPEECH_VERBS.has(previousWord) && STARTS_UPPER.test(text);
  if (introducedBySpeechVerb || speaksWholeSentence) return 'direct';
  // Five words or more in quotation marks are someone's words even with the cue elsewhere.
  return cue || words >= 5 ? 'partial' : 'other';
}

/** The narration between the cue's verb and the opening mark: `said the plan, which …, `. */
function afterCue(before: string, cue: CueMatch): string {
  return before.slice(before.lastIndexOf(cue.verb) + cue.verb.length);
}

/** How many pieces `text.split(/\s+/)` leaves that are not empty, without building them. */
function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'and',
  'or',
  'for',
  'to',
  'at',
  'by',
  'with',
  'from',
  'as',
]);

/** A word of a quotation, read one after another by `isTitleCase`. */
const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** "For Whom The Bell Tolls", "Operation Survival": the capitalisation of a title or a name. */
function isTitleCase(text: string): boolean {
  // Read word by word: most quotations are sentences, and their first lower-case word other
  // than a small one settles it.
  // "Aashiqui 3", "Article 370": a number in a name counts as a capitalised word.
  const pattern = WORD_PATTERN;
  // Shared and global: its search starts where the last call's loop may have stopped.
  pattern.lastIndex = 0;
  let words = 0;
  let capitalised = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const word = match[0];
    words++;
    if (OPENS_CAPITAL_OR_NUMBER.test(word)) capitalised++;
    else if (!SMALL_WORDS.has(word.toLowerCase())) return false;
  }
  return words >= 2 && capitalised >= 2;
}
