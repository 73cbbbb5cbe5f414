/**
 * Titles and honorifics written before a name (not part of it), the titles only capitals make,
 * and the words that end a minister's portfolio.
 */

import { words } from './words.ts';

/**
 * Honorifics of Malaysian, Indonesian, Thai, Indian, Urdu, West African, Kenyan and Maori copy: titles before a name,
 * but never a role, and several are also surnames ("Rokeya Begum", "Aung Tun", "Tunde Oba",
 * "Prasanna Acharya", "Vijay Pandit").
 */
export const HONORIFICS = words(`
  acharya pandit datuk datin dato seri tun puan encik bapak ibu khun thiru janab haji hajji begum alhaji alhaja
  hajiya engr otunba mallam comrade mazi oba ustaz cikgu berhormat mzee mama kuia koro whaea madam
  `);

/** Honorifics and titles written before a name; they are not part of the name. */
export const TITLES: ReadonlySet<string> = new Set([
  ...words(`
  mr mrs ms miss mx dr prof sir dame lord lady rev fr sr sheikh sheikha imam rabbi
  president prime minister pm premier chancellor king queen prince princess emperor pope
  senator sen rep representative congressman congresswoman gov governor mayor judge justice
  general gen lieutenant lt colonel col major maj captain capt sergeant sgt commander cmdr
  admiral adm marshal officer chief secretary spokesperson spokesman spokeswoman ambassador
  envoy director chairman chairwoman chair ceo cfo coo founder professor inspector detective
  commissioner superintendent deputy vice foreign defence defense finance home interior external
  press leader speaker chairperson minister-in-charge mp mla mep msp mpp councillor councilman
  councilwoman attorney solicitor barrister coach manager captain president-elect
  vice-president sultan emir crown chief-minister cm ayatollah bishop archbishop cardinal
  father sister brother saint st state union cabinet junior senior acting former interim
  executive principal auditor comptroller treasurer registrar magistrate sheriff constable
  trooper agent pastor reverend dean provost chancellor-elect monsignor monsieur madame
  mademoiselle mme mlle herr frau signor signora senor senora senhor doctor viscount earl
  baron baroness duke duchess marquess count countess shri shrimati smt sushri eam mos nsa cji cds dgp dcp sho mlc
  affairs opposition counsel advocate councilmember councilor councillor alderman alderwoman assemblymember
  assemblyman assemblywoman delegate supervisor trustee selectman
  supt atty det insp cpl pvt sgt brig msgr hon comdr cllr coun const cst dci dcs pcso
  justices judges senators sens reps drs messrs profs
  mahant maulana ustad fm hm lop dig igp adgp ssp acp sdm cec lg cp dsp
  grandmaster md cmd dg sg asg ig bdo dm cto td si asi taoiseach tanaiste tánaiste ceann comhairle
  ombudsman cadet midshipman airman seaman ensign plebe apprentice sp4 sp5 spec4 pfc
  undersecretary ald sp dc whip menteri besar
  cr ds di pc ch dpp app patrolman patrolwoman fireman comr secy dist asst warden controller mec
  pro tem coroner elder younger
  `),
  ...HONORIFICS,
]);

/** Titles that are titles only in capitals: "MD Salil Parekh", but "Md Salim" is Mohammed. */
export const CAPITALS_ONLY_TITLES = words(
  `md cmd dg sg asg ig dm bdo cto si asi sp dc ds di pc dpp app lg cp dsp`,
);

/** Words that end a minister's portfolio: "Minister for Rural Development and Panchayat Raj". */
export const PORTFOLIO_WORDS = words(`
  affairs development welfare industry industries commerce health family child women rural urban
  panchayat raj technology biotechnology transport highways aviation defence defense finance
  education environment forests climate labour employment tourism culture fisheries agriculture
  railways power energy coal mines steel textiles housing resources broadcasting justice guards
  sanitation empowerment enterprises trade security children equality science sport heritage
  economy infrastructure planning enterprise innovation immigration youth disability arts media
  communications
  `);

/**
 * Titles of courtesy that hold no office: "Sir Keir Starmer" is still "the Prime Minister", while
 * "King Charles" is "the King".
 */
export const COURTESY_TITLES = words(`
  mr mrs ms miss mx dr sir dame shri smt shrimati sri monsieur madame mme mlle mademoiselle herr
  frau signor signora senor senora senhor senhora
  `);
