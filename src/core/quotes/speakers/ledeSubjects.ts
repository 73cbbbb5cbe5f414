/**
 * Who a lede's unnamed subject is ("A woman says …" ¶ "Louise Hartley, 52, …"): the person or
 * organisation the paragraphs after it introduce.
 */

import { placeInStory } from '../stories.ts';
import { isCueVerb } from '../cueVerbs.ts';
import { firstNameGender } from '../firstNames.ts';
import { SPOKESPEOPLE } from '../lexicon/roles.ts';
import { PREPOSITIONS } from '../lexicon/commonWords.ts';
import { COURTESY_TITLES, TITLES } from '../lexicon/titles.ts';
import { followedByVerb, isFiniteVerb } from '../mentions/finiteVerbs.ts';
import { bare } from '../mentions/tokenTests.ts';
import type { Mention } from '../mentions/mention.ts';
import type { Token } from '../tokenize.ts';
import { firstStartingAt, type ParagraphNarration } from '../narration.ts';
import type { Entity } from '../registry/entity.ts';
import type { SpeakerRegistry } from '../registry/speakerRegistry.ts';
import { earlierUses } from './earlierUses.ts';
import { closingBracket } from '../subjects/appositives.ts';
import { AGE_NUMBER } from '../subjects/wordTests.ts';
import { isPlural, contradicts } from './roleReferences.ts';

/** A capitalised word in "-ing": "Speaking", "Addressing". */
const CAPITALISED_ING = /^\p{Lu}\p{Ll}+ing$/u;

/** Person nouns whose gender a name must share: "A woman says … ¶ Louise Hartley, 52, …". */
const GENDERED_NOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...['woman', 'girl', 'grandmother', 'mother', 'wife', 'daughter', 'sister', 'widow'].map(
    (noun) => [noun, 'female'] as const,
  ),
  ...['man', 'boy', 'grandfather', 'father', 'husband', 'son', 'brother', 'widower'].map(
    (noun) => [noun, 'male'] as const,
  ),
]);

/**
 * The person the paragraph after a lede introduces as the lede's unnamed subject (`words`, at
 * offset `at` in the first sentence of the first or second paragraph): the subject of that
 * paragraph's first sentence, introduced with the role ("U.S. District Judge Jamal Whitehead"),
 * an age ("Louise Hartley, 52,") or the noun ("The witness, Albert Mendez,"), or, for someone new
 * (`fresh`: "A farmer has said"), opening it with a description and a reporting verb; of the
 * gender the noun implies. Null otherwise.
 */
export function introducedNext(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  words: readonly string[],
  at: number,
  paragraphIndex: number,
  definite: boolean,
  fresh = false,
): Entity | null {
  const lede = narration[paragraphIndex];
  const next = narration[paragraphIndex + 1];
  if (!lede || !next || !inLede(narration, at, paragraphIndex)) return null;
  // "… a Senate leader warned today." ¶ "The warning came from Sen. Joseph V. Tolliver …".
  const framed = namedByFrame(next);
  if (framed) {
    const entity = registry.fromMention(framed);
    if (entity?.kind === 'person') return entity;
  }
  const noun = words[words.length - 1] ?? '';
  const sentence = next.sentences[0];
  const { tokens } = next;
  // "At the end of an inquest into the death of motorcyclist Callum Trewin, area coroner Emma
  // Whitlock said": the first person named who is no object of a phrase.
  const mention = next.mentions.find(
    (candidate) => candidate.kind === 'person' && !candidate.oblique,
  );
  if (!sentence || !mention || mention.start >= sentence.end) return null;
  // "The witness, Albert Mendez, was …": the name in apposition to a noun opening the sentence;
  // "The witness, Mrs. Doris Vandermeer, 38,": after a title.
  const apposed =
    mention.first >= 2 &&
    tokens.slice(2, mention.first).every((token) => token.capitalised && TITLES.has(bare(token))) &&
    tokens[0]?.lower === 'the' &&
    /^,\s$/.test((tokens[1] as Token).gap) &&
    !(tokens[1] as Token).capitalised;
  // "Speaking to the BBC, Amanda Pritchard said …", "At the end of an inquest, …": a participle
  // or prepositional phrase may come first.
  const comma = tokens.findLastIndex((token, k) => k < mention.first && /^,\s$/.test(token.gap));
  const fronted =
    comma > 0 &&
    (CAPITALISED_ING.test(tokens[0]?.word ?? '') || PREPOSITIONS.has(tokens[0]?.lower ?? ''));
  const role = mention.role?.toLowerCase().split(' ').includes(noun) === true;
  // "U.S. District Judge Jamal Whitehead issued …": or after titles opening the sentence;
  // "area coroner Emma Whitlock": lower-case ones when they hold the lede's noun.
  const titles = tokens.slice(fronted ? comma + 1 : 0, mention.first);
  if (!apposed && !titles.every((token) => (token.capitalised || role) && token.blank)) return null;
  const titled = !apposed && titles.some((token) => token.lower === noun);
  const after = (tokens[mention.last] as Token).gap;
  const aged = /^,\s$/.test(after) && AGE_NUMBER.test(tokens[mention.last + 1]?.word ?? '');
  // "Iran's foreign minister said … ¶ Abbas Araqchi told reporters …": a role that only one
  // person holds is whoever the next paragraph opens on, acting or with a definite apposition
  // ("Sir Mark Rowley, the Metropolitan Police Commissioner,"), not "an analyst".
  // "The state's treasurer said … ¶ Daniel Mookhey told parliament": or a body's, after "the".
  const openAt = firstStartingAt(lede.tokens, at);
  const opener = lede.tokens[openAt];
  const owner = opener?.lower === 'the' ? lede.tokens[openAt + 1] : opener;
  const owned =
    opener?.start === at &&
    ((owner?.possessive === true && (owner.capitalised || owner !== opener)) ||
      // "… cleared the committee today, and its sponsor said …": a body's, by its pronoun.
      /^(?:its|their)$/.test(lede.tokens[openAt - 1]?.lower ?? ''));
  // "a senior U.S. official described as … ¶ "…," the official, who spoke on condition of
  // anonymity, told Reuters": but "the official" refers back to someone the story had not named.
  const mentionedBefore = !earlierUses(narration, noun, at, paragraphIndex).next().done;
  const opens =
    (definite || owned) &&
    !mentionedBefore &&
    (followedByVerb(tokens, mention.last) ||
      bracketedThenVerb(tokens, mention.last) ||
      (/^,\s$/.test(after) && tokens[mention.last + 1]?.lower === 'the') ||
      // "Newton N. Minow, in his first speech to the broadcasters, challenged …"; not "Priya
      // Raman, an economist at a Mumbai bank, said": someone of another kind.
      (!/^an?$/.test(tokens[mention.last + 1]?.lower ?? '') &&
        afterApposition(tokens, mention.last, (k) => isFiniteVerb(tokens[k] as Token))));
  // "A Baptist minister who led a sit-in said … ¶ The Rev. Kelly Miller Smith said …": the
  // next paragraph opens on a name after courtesy titles alone, reporting at once.
  const courteous =
    mention.first > 0 &&
    tokens
      .slice(0, mention.first)
      .every(
        (token, k) =>
          (k === 0 && token.lower === 'the') ||
          (token.capitalised && (COURTESY_TITLES.has(bare(token)) || bare(token) === 'rev')),
      ) &&
    (tokens[mention.last] as Token).blank &&
    isCueVerb(tokens, mention.last + 1);
  // "A farmer has said he faces 'financial ruin'. ¶ Gwyn Price, who farms 300 acres near
  // Builth Wells, said …": someone new in the lede is the one the next paragraph opens on, set
  // off by a description and reporting in turn.
  // Only in the story's first paragraph after a dateline: "Tom Reed spoke first. ¶ A ministry
  // official, who spoke on condition of anonymity, said …" names nobody next.
  const described =
    fresh &&
    !isPlural(noun) &&
    (placeInStory(narration, paragraphIndex) === 0 ||
      isDateline(narration[paragraphIndex - 1] as ParagraphNarration)) &&
    ((mention.first === 0 && reportsAfterApposition(tokens, mention.last)) || courteous);
  if (!role && !titled && !aged && !apposed && !opens && !described) return null;
  const gender = GENDERED_NOUNS.get(noun);
  const entity = registry.fromMention(mention);
  if (!entity || entity.kind !== 'person') return null;
  if (opens && !role && !titled && contradicts(entity, words)) return null;
  const known = entity.gender ?? mention.gender ?? firstNameGender(mention.words[0] ?? '') ?? null;
  if (gender && known && known !== gender) return null;
  return entity;
}

/**
 * Offset `at` lies in the first sentence of the story's first or second paragraph (of the file's,
 * or after a headline, of that story's).
 */
function inLede(
  narration: readonly ParagraphNarration[],
  at: number,
  paragraphIndex: number,
): boolean {
  const lede = narration[paragraphIndex];
  return (
    placeInStory(narration, paragraphIndex) <= 1 &&
    lede !== undefined &&
    (lede.sentences[0]?.end ?? 0) > at
  );
}

/**
 * The organisation the first sentence of the paragraph after a lede names first as its subject or
 * a spokesperson's, when offset `at` lies in the lede's first sentence ("Johannesburg Water
 * spokesperson Kabelo Tshabalala said", "Thames Water said"); null otherwise.
 */
export function organisationNamedNext(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  at: number,
  paragraphIndex: number,
): Entity | null {
  const next = narration[paragraphIndex + 1];
  const sentence = next?.sentences[0];
  if (!next || !sentence || !inLede(narration, at, paragraphIndex)) return null;
  // Its subject, or a spokesperson's ("president of the Orleans Parish School Board" is not).
  const mention = next.mentions.find(
    (candidate) =>
      candidate.kind === 'organisation' &&
      (!candidate.oblique || SPOKESPEOPLE.has(next.tokens[candidate.last + 1]?.lower ?? '')),
  );
  if (!mention || mention.start >= sentence.end) return null;
  const entity = registry.fromMention(mention);
  return entity?.kind === 'organisation' ? entity : null;
}

/**
 * The person introduced with the role `noun` ("U.S. District Judge Sylvester J. Ryan", "His lawyer,
 * Milton Ferrell,") as the subject of one of the three paragraphs after a lede that names no one
 * alone but in passing ("convicted Frank Costello's former bookkeeper", "Two students, Mary Lane
 * and John Grant, registered") and gives the role to nobody named (at offset `at`, in the first
 * sentence of the first or second paragraph); null otherwise.
 */
export function introducedLater(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  noun: string,
  at: number,
  paragraphIndex: number,
): Entity | null {
  if (!inLede(narration, at, paragraphIndex)) return null;
  if (!earlierUses(narration, noun, at, paragraphIndex).next().done) return null;
  const namedBefore = narration
    .slice(0, paragraphIndex + 1)
    .some((paragraph) =>
      paragraph.mentions.some(
        (mention) =>
          mention.kind === 'person' &&
          !mention.oblique &&
          !mention.coordinated &&
          mention.start < at,
      ),
    );
  if (namedBefore) return null;
  for (let p = paragraphIndex + 1; p <= paragraphIndex + 3 && p < narration.length; p++) {
    const mention = (narration[p] as ParagraphNarration).mentions.find(
      (candidate) =>
        candidate.kind === 'person' &&
        !candidate.oblique &&
        candidate.role?.toLowerCase().split(' ').includes(noun) === true,
    );
    const entity = mention ? registry.fromMention(mention) : null;
    if (entity?.kind === 'person') return entity;
  }
  return null;
}

/**
 * The name ending at token `last` is set off by a description (", who farms 300 acres …,",
 * ", head of the school,") that a reporting verb follows.
 */
function reportsAfterApposition(tokens: readonly Token[], last: number): boolean {
  return afterApposition(tokens, last, (k) => isCueVerb(tokens, k));
}

/**
 * The name ending at token `last` is set off by a description (", who farms 300 acres …,", ", in
 * his first speech to the association,") that a word `verbAt` accepts follows.
 */
function afterApposition(
  tokens: readonly Token[],
  last: number,
  verbAt: (k: number) => boolean,
): boolean {
  if (!/^,\s$/.test((tokens[last] as Token).gap)) return false;
  for (let k = last + 1; k < tokens.length && k <= last + APPOSITION_REACH; k++) {
    const token = tokens[k] as Token;
    if (/[.;:!?]/.test(token.gap)) return false;
    // "who runs the Riverside Kitchen in Tenbury Wells, Worcestershire, said": past a place's
    // own comma.
    if (/^,\s$/.test(token.gap) && k + 1 < tokens.length && verbAt(k + 1)) return true;
  }
  return false;
}

/** "Rep. Vernon L. Tjaden (R-Mason City) told": a verb after the brackets after token `last`. */
function bracketedThenVerb(tokens: readonly Token[], last: number): boolean {
  const after = /^ \($/.test((tokens[last] as Token).gap) ? closingBracket(tokens, last + 1) : -1;
  return after > 0 && tokens[after] !== undefined && isFiniteVerb(tokens[after] as Token);
}

/** A paragraph of a few words naming no person: a dateline ("CEBU, Philippines"). */
function isDateline({ tokens, mentions }: ParagraphNarration): boolean {
  return tokens.length <= 6 && mentions.every((mention) => mention.kind !== 'person');
}

/** How many words a description set off after a name may run to. */
const APPOSITION_REACH = 16;

/**
 * Words that open a sentence naming the one who just spoke: "The warning came from", "The
 * prediction was made by", "The speaker was", "So said", "That was the word from".
 */
/** Speech the frame points back at by its name: "The warning was Sen. X's", "The speaker was". */
const SPEECH_NOUNS =
  'warning|statement|prediction|objection|word|speaker|plea|charge|criticism|proposal|forecast|remark|appeal|suggestion|call|protest|complaint|estimate|announcement|testimony|view|verdict';

/** Verbs that say who produced the speech: "came (from)", "was made (by)". */
const PRODUCED = 'came|was made|was raised|was voiced|was issued|was delivered|was sounded';

/** A time between the verb and "from" or "by": "came today from". */
const WHEN = '(?: [a-z]+day| today| tonight)?';

const NAMING_FRAME = new RegExp(
  `^(?:(?:the|that|this) (?:[a-z-]+ )?(?:${SPEECH_NOUNS}) (?:${PRODUCED}|was|is)${WHEN}(?: from| by)?(?: the)?` +
    // "The pledge was made by Leo J. Mahaffey": any noun, when the verb says who produced it.
    `|(?:the|that|this) (?:[a-z-]+ )?[a-z-]+ (?:${PRODUCED})${WHEN} (?:from|by)(?: the)?` +
    '|so said|so says|speaking was|that was the word from)$',
);

/**
 * The person a paragraph's first sentence names in a frame that points back at the speech
 * before it ("The warning came from Sen. Joseph V. Tolliver", "So said Superintendent Howard E.
 * Stroud"), or null.
 */
function namedByFrame(paragraph: ParagraphNarration): Mention | null {
  const { tokens, mentions, sentences } = paragraph;
  const sentence = sentences[0];
  const named = mentions.find((mention) => mention.kind === 'person');
  if (!sentence || !named || named.start >= sentence.end || named.first > FRAME_WORDS) return null;
  let end = named.first;
  // "by Sen. Joseph V. Tolliver", "from the Rev. Ansel P. Norberg": titles before the name.
  while (
    end > 0 &&
    TITLES.has(bare(tokens[end - 1] as Token)) &&
    (tokens[end - 1] as Token).capitalised
  )
    end--;
  const opening = tokens.slice(0, end);
  if (!opening.slice(0, -1).every((token) => token.blank)) return null;
  return NAMING_FRAME.test(opening.map((token) => token.lower).join(' ')) ? named : null;
}

/** How far into its sentence a frame's name may stand. */
const FRAME_WORDS = 12;
