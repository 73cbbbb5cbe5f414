import type { Token } from './tokenize.ts';

/**
 * Countries as copy names them before a person ("Spain's Carlos Alcaraz") and the words it then
 * uses for that person ("the Spaniard", "the Spanish player"), lower-case.
 */
const PEOPLES: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      'spain spaniard spanish',
      'italy italian',
      'germany german',
      'france frenchman frenchwoman french',
      'britain briton british',
      'england englishman englishwoman english',
      'scotland scot scotsman scottish',
      'wales welshman welsh',
      'ireland irishman irish',
      'india indian',
      'pakistan pakistani',
      'bangladesh bangladeshi',
      'nepal nepali nepalese',
      'china chinese',
      'japan japanese',
      'korea korean',
      'norway norwegian',
      'sweden swede swedish',
      'denmark dane danish',
      'finland finn finnish',
      'netherlands dutchman dutchwoman dutch',
      'belgium belgian',
      'switzerland swiss',
      'austria austrian',
      'poland pole polish',
      'russia russian',
      'ukraine ukrainian',
      'serbia serb serbian',
      'croatia croat croatian',
      'greece greek',
      'turkey turk turkish',
      'portugal portuguese',
      'canada canadian',
      'mexico mexican',
      'brazil brazilian',
      'argentina argentine argentinian',
      'chile chilean',
      'colombia colombian',
      'australia australian aussie',
      'kenya kenyan',
      'nigeria nigerian',
      'ghana ghanaian',
      'ethiopia ethiopian',
      'egypt egyptian',
      'morocco moroccan',
      'israel israeli',
      'iran iranian',
      'iraq iraqi',
      'afghanistan afghan',
      'indonesia indonesian',
      'malaysia malaysian',
      'singapore singaporean',
      'thailand thai',
      'vietnam vietnamese',
      'philippines filipino filipina',
      'jamaica jamaican',
    ] as const
  ).map((line) => {
    const [country, ...people] = line.split(' ');
    return [country as string, people];
  }),
);

/** Two-word countries: "South Africa's", "New Zealand's", "Sri Lanka's". */
const TWO_WORD_PEOPLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['south africa', ['south african']],
  ['new zealand', ['new zealander', 'kiwi']],
  ['sri lanka', ['sri lankan']],
  ['united states', ['american']],
  ['south korea', ['south korean', 'korean']],
]);

/**
 * The words for the nationality that a country's possessive before the name at token `first`
 * gives: "Spain's Carlos Alcaraz" → ["Spaniard", "Spanish"]; none otherwise.
 */
export function nationalityBefore(tokens: readonly Token[], first: number): string[] {
  const country = tokens[first - 1];
  if (!country?.possessive || !country.blank) return [];
  const before = tokens[first - 2];
  const pair =
    before?.capitalised && before.blank
      ? TWO_WORD_PEOPLES.get(`${before.lower} ${country.lower}`)
      : undefined;
  return [...(pair ?? PEOPLES.get(country.lower) ?? [])];
}
