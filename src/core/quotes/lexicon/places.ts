/**
 * Places likely in news and the words for their people: never people's names.
 */

import { words } from './words.ts';

/** "Icelander", "Brazilian", "Muscovite". */
const DEMONYM = /^\p{Lu}\p{Ll}{3,}(?:lander|ian|ite|man|i|ie)$/u;

/** Countries, regions and cities likely in news, and their demonyms: never people. */
export const PLACES = words(`
  afghanistan albania algeria america american americans argentina armenia australia austria
  azerbaijan bahrain bangladesh belarus belgium beijing berlin bhutan bolivia bosnia brazil
  britain british brussels bulgaria cambodia canada chile china chinese colombia congo croatia
  cuba cyprus czech delhi denmark egypt england english estonia ethiopia europe european
  finland france french gaza georgia germany german ghana greece greek hungary india indian
  indonesia iran iranian iraq iraqi ireland irish israel israeli italy italian japan japanese
  jordan kazakhstan kazan kenya korea korean kosovo kuwait kyiv kiev laos latvia lebanon libya
  lithuania london malaysia mexico moldova mongolia montenegro morocco moscow myanmar nepal
  netherlands dutch new york zealand nigeria norway oman pakistan pakistani palestine
  palestinian panama paris peru philippines poland polish portugal qatar romania russia
  russian rwanda saudi arabia scotland serbia singapore slovakia slovenia somalia south africa
  spain spanish sri lanka sudan sweden swiss switzerland syria syrian taiwan tehran thailand
  tokyo turkey turkish uganda ukraine ukrainian emirates uae uk us usa u.s. u.k. kingdom united
  states uzbekistan venezuela vietnam washington west east north south yemen zambia zimbabwe
  asia africa african asian latin middle western eastern northern southern soviet crimea
  donbas donetsk luhansk kharkiv odesa jerusalem cairo riyadh dubai mumbai kolkata chennai
  bengaluru bangalore hyderabad islamabad karachi lahore dhaka kathmandu colombo kabul baghdad
  damascus beirut ankara istanbul athens rome madrid lisbon vienna warsaw prague budapest
  stockholm oslo copenhagen helsinki dublin edinburgh ottawa toronto sydney canberra seoul
  pyongyang manila jakarta bangkok hanoi hong kong shanghai geneva davos strasbourg hague
  brooklyn chicago texas california florida ohio virginia carolina atlanta boston
  egyptian emirati qatari afghan bangladeshi nepali nepalese lankan canadian mexican brazilian
  argentine australian vietnamese thai indonesian malaysian filipino nigerian kenyan ethiopian
  lebanese jordanian yemeni omani kuwaiti bahraini moroccan algerian tunisian libyan sudanese
  somali ugandan ghanaian belgian austrian swedish norwegian danish finnish hungarian romanian
  bulgarian serbian croatian portuguese scottish welsh slovak belarusian georgian armenian
  azerbaijani kazakh uzbek mongolian taiwanese singaporean burmese cambodian venezuelan
  colombian chilean peruvian cuban
  michigan illinois pennsylvania arizona nevada oregon massachusetts minnesota wisconsin iowa
  kansas kentucky tennessee alabama mississippi louisiana oklahoma arkansas missouri nebraska
  colorado utah idaho montana wyoming alaska hawaii connecticut maryland delaware vermont
  ala ariz ark calif colo conn fla ill ind kan ky md mass mich minn neb nev okla ore pa tenn
  tex vt wash wis wyo n.y n.j n.c n.h n.m n.d s.c s.d
  `);

/**
 * A capitalised word shaped like the name of a people, for one of them: "Queenslander",
 * "Glaswegian", "Ulsterman", "Keralite", "Punjabi", "Geordie".
 */
export function isDemonym(word: string): boolean {
  return DEMONYM.test(word);
}
