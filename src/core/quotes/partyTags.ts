import { mapPacked } from '../text/mapPacked.ts';
import type { Token } from './tokenize.ts';

/** A party letter and a place: "D-Ohio", "R-Texas". */
const PARTY_LETTER = /^([RDI])-(\p{Lu}[\p{L}]*)$/u;

/**
 * US states as American copy writes them after a legislator's name: the AP abbreviation or
 * postal code ("R-Ariz.", "D-N.Y.", "R-TX"), the name, and the word for its people ("the Texan").
 */
const STATES: ReadonlyArray<readonly [name: string, spellings: string, people: string]> = [
  ['Alabama', 'ala al', 'Alabamian'],
  ['Alaska', 'alaska ak', 'Alaskan'],
  ['Arizona', 'ariz az', 'Arizonan'],
  ['Arkansas', 'ark ar', 'Arkansan'],
  ['California', 'calif ca', 'Californian'],
  ['Colorado', 'colo co', 'Coloradan'],
  ['Connecticut', 'conn ct', 'Connecticuter'],
  ['Delaware', 'del de', 'Delawarean'],
  ['Florida', 'fla fl', 'Floridian'],
  ['Georgia', 'ga', 'Georgian'],
  ['Hawaii', 'hawaii hi', 'Hawaiian'],
  ['Idaho', 'idaho id', 'Idahoan'],
  ['Illinois', 'ill il', 'Illinoisan'],
  ['Indiana', 'ind in', 'Hoosier'],
  ['Iowa', 'iowa ia', 'Iowan'],
  ['Kansas', 'kan ks', 'Kansan'],
  ['Kentucky', 'ky', 'Kentuckian'],
  ['Louisiana', 'la', 'Louisianan'],
  ['Maine', 'maine me', 'Mainer'],
  ['Maryland', 'md', 'Marylander'],
  ['Massachusetts', 'mass ma', 'Bay Stater'],
  ['Michigan', 'mich mi', 'Michigander'],
  ['Minnesota', 'minn mn', 'Minnesotan'],
  ['Mississippi', 'miss ms', 'Mississippian'],
  ['Missouri', 'mo', 'Missourian'],
  ['Montana', 'mont mt', 'Montanan'],
  ['Nebraska', 'neb ne', 'Nebraskan'],
  ['Nevada', 'nev nv', 'Nevadan'],
  ['New Hampshire', 'nh', 'New Hampshirite'],
  ['New Jersey', 'nj', 'New Jerseyan'],
  ['New Mexico', 'nm', 'New Mexican'],
  ['New York', 'ny', 'New Yorker'],
  ['North Carolina', 'nc', 'North Carolinian'],
  ['North Dakota', 'nd', 'North Dakotan'],
  ['Ohio', 'ohio oh', 'Ohioan'],
  ['Oklahoma', 'okla ok', 'Oklahoman'],
  ['Oregon', 'ore or', 'Oregonian'],
  ['Pennsylvania', 'pa', 'Pennsylvanian'],
  ['Rhode Island', 'ri', 'Rhode Islander'],
  ['South Carolina', 'sc', 'South Carolinian'],
  ['South Dakota', 'sd', 'South Dakotan'],
  ['Tennessee', 'tenn tn', 'Tennessean'],
  ['Texas', 'texas tex tx', 'Texan'],
  ['Utah', 'utah ut', 'Utahn'],
  ['Vermont', 'vt', 'Vermonter'],
  ['Virginia', 'va', 'Virginian'],
  ['Washington', 'wash wa', 'Washingtonian'],
  ['West Virginia', 'wva wv', 'West Virginian'],
  ['Wisconsin', 'wis wi', 'Wisconsinite'],
  ['Wyoming', 'wyo wy', 'Wyomingite'],
];

type State = { name: string; people: string };

const BY_SPELLING = new Map<string, State>();
for (const [name, spellings, people] of STATES)
  for (const spelling of spellings.split(' ')) BY_SPELLING.set(spelling, { name, people });

const BY_NAME = new Map<string, State>(
  STATES.map(([name, , people]) => [name.toLowerCase(), { name, people }]),
);

/**
 * The words for a state's people, lower-case: "the Texan said" names a role, not a person; so
 * does "the New Yorker said", by its last word.
 */
export const STATE_PEOPLE: ReadonlySet<string> = new Set(
  STATES.map(([, , people]) => people.toLowerCase().split(' ').at(-1) ?? ''),
);

const PARTIES: Readonly<Record<string, string>> = {
  r: 'Republican',
  d: 'Democrat',
  i: 'independent',
  republican: 'Republican',
  democrat: 'Democrat',
  independent: 'independent',
};

/** A legislator's office from the title before the name. */
const OFFICES: Readonly<Record<string, string>> = {
  sen: 'senator',
  senator: 'senator',
  rep: 'congressman',
  representative: 'congressman',
  congressman: 'congressman',
  congresswoman: 'congresswoman',
  gov: 'governor',
  governor: 'governor',
};

/**
 * The descriptions a party-and-state tag after a person's name gives them, as roles the copy
 * refers back with: "Sen. Barry Goldwater (R-Ariz.)", "Sen. Ted Cruz, R-Texas,", "Sen. John
 * Tower, a Texas Republican," → "Arizona Republican", "Arizona senator", "Arizonan". `last` is the
 * name's last token, `title` the title before it ("Sen."), if any. A party and a home town
 * ("R-Cold Spring") give the party alone.
 */
export function partyTag(tokens: readonly Token[], last: number, title: string): string[] {
  const gap = (tokens[last] as Token).gap;
  const tag = tokens[last + 1];
  const office = OFFICES[title.toLowerCase().replace(/\.$/, '')];
  // "Rep. Wayne Hays of Ohio", "Gov. George Wallace of Alabama": an officer's state, no party.
  if (gap === ' ' && tag?.lower === 'of' && office) {
    const state = stateAt(tokens, last + 2);
    if (!state) return [];
    return [
      ...mapPacked(
        Object.values(PARTIES).filter((party, index, all) => all.indexOf(party) === index),
        (party) => `${state.name} ${party}`,
      ),
      state.people,
      `${state.name} ${office}`,
    ];
  }
  if (gap !== ' (' && gap !== ', ') return [];
  if (!tag) return [];
  let party: string | undefined;
  let state: State | undefined;
  const letter = PARTY_LETTER.exec(tag.word);
  if (letter) {
    party = PARTIES[(letter[1] as string).toLowerCase()];
    // "D-N.Y.": the tokenizer splits "N" from "Y.".
    let spelled = letter[2] as string;
    for (let k = last + 1; (tokens[k] as Token).gap === '.' && tokens[k + 1]; k++)
      spelled += (tokens[k + 1] as Token).word;
    state = BY_SPELLING.get(spelled.replace(/\./g, '').toLowerCase());
  } else if (/^[RDI]\.$/.test(tag.word) && gap === ' (' && tag.gap === ', ') {
    // "(D., Tex.)", "(R., N.Y.)": the party's letter, a comma, and the state.
    party = PARTIES[tag.lower.slice(0, 1)];
    state = stateAt(tokens, last + 2);
  } else if (tag.lower === 'a' && gap === ', ') {
    // "a Texas Republican", "a New York Democrat".
    const one = tokens[last + 2];
    const two = tokens[last + 3];
    const pair = one && two ? BY_NAME.get(`${one.lower} ${two.lower}`) : undefined;
    state = pair ?? (one ? BY_NAME.get(one.lower) : undefined);
    party = PARTIES[tokens[last + (pair ? 4 : 3)]?.lower ?? ''];
    if (!state || !party) return [];
  } else return [];
  if (!party) return [];
  if (!state) return [party];
  return [
    `${state.name} ${party}`,
    state.people,
    `${state.name} lawmaker`,
    ...(office ? [`${state.name} ${office}`] : []),
  ];
}

/** The state spelled from token `at`: "Ohio", "New York", "Tex.", "N.Y." (split at its dots). */
function stateAt(tokens: readonly Token[], at: number): State | undefined {
  const one = tokens[at];
  if (!one?.capitalised) return undefined;
  const two = tokens[at + 1];
  const pair = two && one.blank ? BY_NAME.get(`${one.lower} ${two.lower}`) : undefined;
  if (pair) return pair;
  let spelled = one.word;
  for (let k = at; (tokens[k] as Token).gap === '.' && tokens[k + 1]; k++)
    spelled += (tokens[k + 1] as Token).word;
  const key = spelled.replace(/\./g, '').toLowerCase();
  return BY_NAME.get(key) ?? BY_SPELLING.get(key);
}
