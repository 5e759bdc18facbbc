/**
 * extract/people/lexicon: the grammar words people.ts reads names, titles, roles and gender with —
 * function words, titles, words that make a capitalised run an organisation, role nouns, and a
 * small list of common first names (for gender only). No one in particular is listed.
 */

import {
  FEMALE_NAMES as FEMALE_NAMES_LIST,
  MALE_NAMES as MALE_NAMES_LIST,
  NOT_GIVEN_NAMES,
  UNISEX_NAMES as UNISEX_NAMES_LIST,
} from '../../../lib/lexicon/first-names.ts';
import { COUNTRIES_AND_REGIONS } from '../../../lib/lexicon/places.ts';
import { US_STATE_PAIRS } from '../../../lib/lexicon/us-states.ts';
import { TITLE_WORDS as TITLE_WORDS_LIST } from '../../../lib/lexicon/titles.ts';
import { WEEKDAYS } from '../../../lib/lexicon/weekdays.ts';
import { listedGender } from './given-names.ts';

/** A space-separated word list as a set. */
export const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Capitalised words that begin sentences but are not part of a name. */
export const NOT_NAME_WORDS =
  words(`the a an and but or so yet nor in on at as if when while after before meanwhile
  however thus also this that these those it he she they we i you his her their our its my your
  according asked speaking during following despite although though since earlier later last next for
  from with by of to than then there here what who why how where which whether both all some many most
  no not only even still now today yesterday tomorrow under over about against between among within
  without into onto upon via per each every another other such once instead currently finally first
  read related photo source watch see says said is are was were will would has have had can could
  should may might must do does did let because unlike like amid including until unless whose whom
  dear speaking addressing writing responding commenting meanwhile moreover furthermore indeed
  two three four five six seven eight nine ten twelve dozens hundreds thousands several`);

/** Words that stand before a name as title, office, honorific, party or nationality label. */
export const TITLE_WORDS = words(TITLE_WORDS_LIST);

/** Words that make a capitalised run an organisation, place or thing rather than a person. */
export const NON_PERSON_WORDS =
  words(`group organization organisation council congress ministry ministries department
  office union party alliance force forces army navy bank fund agency committee commission parliament
  senate house court university college school company inc ltd corp llc plc news times post press
  reuters street road avenue square treaty north south east west atlantic pacific ocean sea river
  mountain island islands city county states united kingdom republic federal national international
  central royal summit league cup club fc stadium airport station base headquarters center centre
  institute foundation association federation government administration cabinet assembly embassy
  contact ${WEEKDAYS} january february march april 
  july september october november december christmas easter day week year europe asia
  africa america americas god internet twitter facebook telegram instagram tiktok youtube google
  apple microsoft amazon covid brexit olympics games world war act bill plan program programme
  initiative project index exchange market stock ministers leaders officials members allies
  diplomats media channel tv radio online daily weekly magazine journal gazette tribune herald trust
  hospital hospitals association securities capital holdings partners ventures airlines motors
  services service authority police chamber commerce eastern western northern southern province
  region`);

/** Role nouns a speech tag may use instead of a name ("the minister said"). */
export const ROLE_HEADS =
  words(`president minister chancellor secretary general chairman chairwoman chair chairperson
  director commissioner governor senator mayor ambassador coach manager captain chief boss head leader
  spokesperson spokesman spokeswoman executive ceo founder commander king queen premier envoy judge
  prosecutor lawyer striker midfielder defender goalkeeper player owner official economist analyst
  speaker treasurer attorney diplomat officer negotiator advisor adviser counsel superintendent sheriff
  detective inspector lawmaker professor anchor host correspondent nominee candidate strategist
  consultant commentator pollster columnist editor expert historian researcher scientist journalist
  reporter pope cardinal archbishop bishop rabbi imam pastor`);

export const PREPOSITIONS =
  words(`with to by from of alongside for against at about on after before between among
  like toward towards including than into onto upon via behind beside besides without under over around
  near unlike amid in during through across within throughout versus vs told thanked met urged praised criticised criticized accused called asked
  invited joined replaced succeeded backed supported`);

/** A speech verb right after a name, or after its apposition or home town ("X of Knoxville said"). */
export const SPEAKS_AFTER =
  /^(?:,[^,.;:!?"“”]{1,120},|\s+of\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?\s+(?:\p{Ll}+ly\s+|also\s+)?(?:said|says|told|tells|added|asked|wrote|argued|noted|stated|explained|insisted|warned|testified|tweeted|responded|replied)\b/u;

export const MODIFIER_BEFORE = words('the a an alleged accused late his her their its our my your whose');

export const FEMALE_WORDS =
  words(`mrs ms miss dame lady baroness duchess queen princess congresswoman chairwoman
  spokeswoman actress businesswoman sister mother`);
export const MALE_WORDS = words(`mr sir lord baron duke king prince congressman chairman spokesman businessman
  father brother`);

/** Common first names, for gender only (a name missing here just has unknown gender). */
export const FEMALE_NAMES = words(FEMALE_NAMES_LIST);
export const MALE_NAMES = words(MALE_NAMES_LIST);

export const FIRST_NAMES = new Set([...MALE_NAMES, ...FEMALE_NAMES]);
const UNISEX_NAMES = words(UNISEX_NAMES_LIST);
/** Places the name lists also hold as given names ("California Democrat", "Roman Catholics"). */
const PLACE_WORDS = new Set([
  ...words(COUNTRIES_AND_REGIONS),
  ...US_STATE_PAIRS.map(([, name]) => name.toLowerCase()),
  ...words(NOT_GIVEN_NAMES),
]);

/** A first name's usual gender ('m' / 'f'), or null when it is unisex, ambiguous or unknown. */
export function firstNameGender(first: string, lists = true): 'm' | 'f' | null {
  if (UNISEX_NAMES.has(first)) return null;
  const male = MALE_NAMES.has(first);
  const female = FEMALE_NAMES.has(first);
  if (male !== female) return male ? 'm' : 'f';
  if (!lists || male || PLACE_WORDS.has(first)) return null;
  // The name as written and without accents must agree too ("théo" is listed female, "theo" male).
  const plain = first.normalize('NFD').replace(/\p{M}/gu, '');
  const said = `${listedGender(first) ?? ''}${listedGender(plain) ?? ''}`;
  if (said === '') return null;
  if (said.includes('x')) return null;
  return said.includes('m') && said.includes('f') ? null : said.includes('m') ? 'm' : 'f';
}

/** An opening subordinate clause not yet closed by a comma ("Given the blowback Williams …"). */
export function subordinate(lead: string): boolean {
  return (
    /^\s*(?:Given|After|While|Although|Though|When|Whenever|As|Since|Because|Despite|If|Before|Once|Until|Unlike)\b/u.test(
      lead,
    ) && !lead.includes(',')
  );
}
