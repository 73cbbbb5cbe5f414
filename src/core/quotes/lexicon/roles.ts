/**
 * Role nouns ("the spokesperson said"), their plurals, acronyms and synonyms, the words inside a
 * role, and the nouns for people, relatives, players and seats that roles are told from.
 */

import { STATE_PEOPLE } from '../partyTags.ts';
import { words } from './words.ts';

/** Words shaped like an occupation: "meteorologist", "screenwriter", "historian", "consultant". */
export const OCCUPATION = /^\p{Ll}{4,}(?:ist|er|or|ian|ant|ent)$/u;

/**
 * The learned endings among those (machinist, seismologist, paediatrician, demographer), which
 * names do not share as they share -er and -or (Manjinder, Mansoor).
 */
export const LEARNED_OCCUPATION = /^\p{Ll}{4,}(?:ist|ician|itian|grapher|arian)$/u;

/** Seats in a house ("MP from Faizabad"), held beside other offices. */
export const SEATS = words(`mp mla mlc mep msp mpp legislator lawmaker councillor senator`);

/** Lower-case nouns that name a role ("the spokesperson said"); used to resolve role references. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...words(`
  spokesperson spokesman spokeswoman minister secretary president premier chancellor ombudsman
  ambassador envoy official officer director chairman chairwoman chair chief ceo founder
  governor mayor senator lawmaker legislator congressman congresswoman judge justice general
  commander leader head adviser advisor aide analyst economist expert researcher scientist
  professor lawyer attorney prosecutor investigator detective inspector commissioner
  superintendent coach manager captain player owner executive representative negotiator
  diplomat candidate mp mla msp mpp councillor sheriff priest bishop imam rabbi pastor teacher
  principal doctor nurse surgeon witness resident survivor activist campaigner organiser
  organizer author writer editor columnist correspondent journalist reporter analyst
  strategist historian economist banker trader investor farmer worker student protester
  critic novelist poet playwright composer conductor actor actress singer producer architect
  painter sculptor philosopher theologian scholar physicist chemist biologist physiologist
  psychologist psychiatrist sociologist anthropologist archaeologist astronomer geologist
  physician engineer pilot driver broker publisher commentator broadcaster announcer pitcher
  catcher quarterback trainer dean provost rector vicar chaplain sergeant corporal
  astronaut diplomat ambassador consul mediator spokesperson
  retiree pensioner housewife homemaker hawker
  secretary-general premier monarch king queen prince princess spokesperson side
  collector magistrate tehsildar sarpanch mukhiya patwari taoiseach boatman fisherman constable
  latter
  businessman businesswoman policeman policewoman
  halfback goalie caddie caddy regent evacuee landlady librarian
  supremo convener convenor chairperson patron in-charge functionary
  republican democrat conservative tory socialist liberal communist nationalist counsel advocate
  promoter agent consultant pollster donor supporter volunteer chef designer rapper musician
  guitarist drummer dancer comedian host presenter anchor filmmaker star striker midfielder
  defender goalkeeper forward bowler batsman batter skipper umpire referee athlete sprinter
  pacer paceman seamer spinner all-rounder wicketkeeper winger fullback playmaker
  champion winner runner-up titleholder medallist medalist finalist debutant shuttler paddler
  grappler archer weightlifter hurdler cueist
  spaniard briton frenchman frenchwoman dutchman englishman englishwoman scot scotsman
  irishman welshman swede serb croat kiwi aussie dane pole finn norwegian icelander american
  australian argentine argentinian brazilian canadian chilean colombian mexican peruvian uruguayan
  venezuelan ecuadorian german austrian belgian italian portuguese greek turk russian ukrainian
  georgian armenian czech slovak hungarian romanian bulgarian slovenian croatian serbian bosnian
  albanian indian pakistani bangladeshi afghan iranian iraqi israeli palestinian egyptian
  moroccan algerian tunisian nigerian ghanaian kenyan ethiopian ugandan zimbabwean cameroonian
  senegalese ivorian japanese chinese korean thai vietnamese filipino indonesian malaysian
  singaporean zealander lankan nepali nepalese afrikaner jamaican trinidadian
  swimmer boxer wrestler cyclist golfer jockey entrepreneur shareholder landlord tenant
  homeowner shopkeeper vendor merchant retailer parent mother father son daughter widow widower
  husband wife brother sister uncle aunt cousin nephew niece grandfather grandmother grandson
  granddaughter grandparent spouse friend neighbour neighbor victim suspect defendant plaintiff
  juror inmate prisoner soldier veteran firefighter paramedic medic midwife pharmacist dentist
  clinician epidemiologist virologist lecturer academic pupil graduate villager commuter
  passenger tourist visitor pilgrim migrant refugee fan member partner colleague counterpart
  boss employer employee staffer insider source rival opponent challenger ally politician
  delegate teenager voter shopper customer bystander onlooker
  eyewitness demonstrator attendee participant
  superstar megastar teammate compatriot fly-half scrum-half full-back centre-back centre-half quick speedster opener keeper stumper
  left-hander right-hander southpaw leg-spinner off-spinner linebacker receiver shortstop
  outfielder yorkshireman lancastrian catalan basque belarusian lithuanian latvian estonian
  flanker rider racer slugger hitter spearhead mvp
  nominee hopeful front-runner forecaster dutchwoman irishwoman scotswoman welshwoman
  coroner pathologist curator headteacher headmaster headmistress dealer administrator
  freshman sophomore rookie sponsor
  heavyweight cruiserweight middleweight welterweight lightweight featherweight bantamweight
  flyweight
  `),
  // "the Texan said", "the Arizonan said": a state's people, as American copy calls a legislator.
  ...STATE_PEOPLE,
]);

/** The role noun a plural names ("fishermen" → "fisherman", "dealers" → "dealer"); null otherwise. */
export function singularOfRole(word: string): string | null {
  const singular = word.endsWith('men') ? `${word.slice(0, -3)}man` : word.replace(/s$/, '');
  return singular !== word && ROLE_NOUNS.has(singular) ? singular : null;
}

/** Role acronyms and the roles they stand for: "the CM said" is the Chief Minister. */
export const ROLE_ACRONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['cm', ['chief minister']],
  ['dcm', ['deputy chief minister']],
  ['pm', ['prime minister']],
  ['eam', ['external affairs minister', 'foreign minister']],
  ['fm', ['finance minister']],
  ['hm', ['home minister']],
  ['lg', ['lieutenant governor']],
  ['mos', ['minister of state']],
  ['cji', ['chief justice']],
  ['nsa', ['national security adviser', 'national security advisor']],
  ['dgp', ['director general of police']],
  ['dig', ['deputy inspector general']],
  ['igp', ['inspector general of police', 'inspector general']],
  ['ssp', ['senior superintendent of police']],
  ['sp', ['superintendent of police']],
  ['ig', ['inspector general of police', 'inspector general']],
  ['dm', ['district magistrate']],
  ['bdo', ['block development officer']],
  ['sdm', ['sub-divisional magistrate']],
  ['sho', ['station house officer']],
  ['dcp', ['deputy commissioner of police']],
  ['acp', ['assistant commissioner of police']],
  ['sg', ['solicitor general']],
  ['asg', ['additional solicitor general']],
  ['md', ['managing director']],
  ['cmd', ['chairman and managing director']],
  ['dg', ['director general', 'director-general']],
  ['coas', ['chief of army staff', 'chief of the army staff', 'army chief']],
  ['dycm', ['deputy chief minister']],
  ['cp', ['commissioner of police', 'police commissioner']],
  ['cs', ['chief secretary']],
  ['ag', ['attorney general', 'advocate general']],
  ['dc', ['deputy commissioner']],
  ['vc', ['vice chancellor', 'vice-chancellor']],
  ['pro', ['public relations officer']],
  ['io', ['investigating officer']],
  ['si', ['sub-inspector', 'sub inspector']],
  ['asi', ['assistant sub-inspector', 'assistant sub inspector']],
  ['cec', ['chief election commissioner']],
  ['cds', ['chief of defence staff']],
  ['lop', ['leader of opposition', 'leader of the opposition']],
  ['ceo', ['chief executive officer', 'chief executive']],
  ['cfo', ['chief financial officer']],
  ['mp', ['member of parliament']],
  ['mla', ['member of the legislative assembly']],
  ['msp', ['member of the scottish parliament']],
  ['hc', ['high court']],
  ['sc', ['supreme court']],
]);

/** Roles with another name for the same office: "Justice Datta" is "the judge". */
export const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['judge', ['justice']],
  ['skipper', ['captain']],
  ['boss', ['manager', 'head coach']],
  ['chief executive', ['ceo']],
  ['congressman', ['representative']],
  ['congresswoman', ['representative']],
  ['envoy', ['ambassador', 'high commissioner']],
  ['premier', ['prime minister']],
  [
    'top diplomat',
    ['foreign minister', 'foreign secretary', 'secretary of state', 'external affairs minister'],
  ],
  ['police chief', ['director general of police', 'chief constable', 'chief of police']],
  ['spokesman', ['press secretary']],
  ['spokeswoman', ['press secretary']],
  ['lib dem leader', ['liberal democrat leader']],
]);

/** A player's position on the field: "the 37-year-old opener", "the Brazilian striker". */
export const PLAYER_POSITIONS = words(`
  striker midfielder defender goalkeeper forward winger fullback full-back centre-back
  centre-half playmaker keeper bowler batsman batter opener pacer paceman seamer spinner
  leg-spinner off-spinner all-rounder wicketkeeper stumper left-hander right-hander fly-half
  scrum-half quarterback linebacker receiver shortstop pitcher catcher slugger hitter spearhead
  `);

/** Who runs a team from the bench: never "the opener" or "the striker". */
export const BENCH_STAFF = words(`coach manager selector trainer boss`);

/** Nouns that introduce someone as another's relative: "his wife, Jill Biden", "Omar's father". */
export const KIN_NOUNS = words(`
  wife husband son daughter father mother brother sister spouse widow widower nephew niece cousin
  uncle aunt grandson granddaughter grandfather grandmother stepson stepdaughter father-in-law
  mother-in-law son-in-law daughter-in-law
  `);

/** Lower-case words that sit inside a role: "the new assistant secretary", "a former minister". */
export const ROLE_MODIFIERS = words(`
  new former acting then top chief senior deputy assistant local regional national state federal
  lead principal
  foreign veteran interim outgoing incoming newly elected appointed retired
  `);

/** Nouns for a person that are no role: "A Winnipeg man said", "said an elderly Galveston man". */
export const PEOPLE = words(`man woman boy girl person youth`);

/**
 * Person nouns that say the person's gender: "the boy said" after "Billy Joe Tatum, 12," is him,
 * as "he said" would be.
 */
export const GENDERED_PEOPLE: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['man', 'male'],
  ['boy', 'male'],
  ['youth', 'male'],
  ['woman', 'female'],
  ['girl', 'female'],
]);

/** Nouns for a child: "the boy said" is never someone the article gave a grown-up's age or a child. */
export const CHILD_NOUNS = words(`
  boy girl youngster youth lad kid child teenager teen-ager schoolboy schoolgirl
  `);

/** Relations only a grown-up has: "Danny's father, Stanley Kowalczyk," is no boy. */
export const GROWN_UP_KIN = words(`
  father mother husband wife widow widower grandfather grandmother father-in-law mother-in-law
  `);

/** Nouns for the one who speaks for an institution or a person. */
export const SPOKESPEOPLE = words(`spokesperson spokesman spokeswoman`);
