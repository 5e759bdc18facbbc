/**
 * extract/people: who is mentioned in one article, and who a speech-tag subject refers to.
 *
 * In:  the article's texts in reading order (headline, standfirst, captions, then body paragraphs
 *      with quoted words blanked out), via scanPeople().
 * Out: a People index: every person with full name, roles and (when the text says) gender, and
 *      every mention with its position; resolveSpeaker() turns what stands before "said" ("he",
 *      "Mr. Stoltenberg", "the secretary-general", "NATO boss", "Jens Stoltenberg") into a full name.
 *
 * Everything is read from the grammar of the article itself: a run of capitalised words is a name
 * once titles ("NATO Secretary General", "Mr.") are peeled off; appositions ("X, the minister of
 * Y") and titles give roles; honorifics, gendered role nouns, a small list of common first names
 * and same-sentence pronouns give gender. No person is known in advance.
 */

import type { SpeakerKind } from '../../lib/model.ts';

export type Gender = 'm' | 'f' | null;

export interface Person {
  /** The fullest form of the name seen ("Jens Stoltenberg"); a bare surname when that is all. */
  name: string;
  gender: Gender;
  /** Canonical role phrases ("secretary general", "nato chief"). */
  roles: Set<string>;
  /** Something in the text says this is a person (title, honorific, first name, role, speech). */
  evidence: boolean;
}

export interface Mention {
  person: Person;
  /** Global position: see position(). */
  pos: number;
  /** Grammatical subject rather than the object of a preposition or a possessor. */
  subject: boolean;
}

export interface People {
  persons: Person[];
  mentions: Mention[];
  /** Number of context texts before the body (for position()). */
  contextCount: number;
  /** The (masked) body paragraphs, for the lazily built `midSentenceCaps`. */
  paragraphs: string[];
  /** Capitalised words seen in mid-sentence somewhere: proper nouns, not "Critics" opening one. */
  midSentenceCaps: Set<string> | null;
  /** Organisations that spoke so far, in order ("the company said" refers to the latest). */
  organisations: { name: string; pos: number }[];
  /** Organisations the body introduces by what they are ("X, a union that …"): noun -> name. */
  declared: { name: string; noun: string; pos: number }[];
}

/** A single ordering over context texts (first) and body paragraphs. */
export function position(people: People, paragraph: number, offset: number): number {
  return (people.contextCount + paragraph) * 1_000_000 + offset;
}

// ---------------------------------------------------------------------------------------------
// Lexicons (grammar words, not names of anyone in particular)

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Capitalised words that begin sentences but are not part of a name. */
const FUNCTION_WORDS = words(`the a an and but or so yet nor in on at as if when while after before meanwhile
  however thus also this that these those it he she they we i you his her their our its my your
  according asked speaking during following despite although though since earlier later last next for
  from with by of to than then there here what who why how where which whether both all some many most
  no not only even still now today yesterday tomorrow under over about against between among within
  without into onto upon via per each every another other such once instead currently finally first
  read related photo source watch see says said is are was were will would has have had can could
  should may might must do does did let because unlike like amid including until unless whose whom
  dear speaking addressing writing responding commenting meanwhile moreover furthermore indeed`);

/** Words that stand before a name as title, office, honorific, party or nationality label. */
const TITLE_WORDS = words(`mr mrs ms miss mx dr prof professor sir dame lord lady baroness baron duke duchess
  president vice prime minister secretary general secretary-general chancellor chief executive officer
  senator sen rep representative congressman congresswoman governor gov mayor judge justice ambassador
  foreign defence defense finance interior home health economy economic trade deputy coach manager
  captain chairman chairwoman chair chairperson director director-general commissioner king queen prince
  princess pope cardinal bishop archbishop rev reverend father speaker leader head boss spokesman
  spokeswoman spokesperson ceo cfo coo cto founder co-founder colonel col lt lieutenant major sergeant
  sgt admiral commander marshal field pres attorney treasury state envoy premier striker midfielder
  defender goalkeeper forward winger star veteran analyst economist sheikh emir crown ayatollah imam
  rabbi senior hon fr gen capt maj adm cmdr mp mep labour tory republican democrat democratic
  conservative liberal socialist green opposition former acting interim outgoing incoming new
  chief-of-staff minister-president secretary-of-state counsel officer official councillor councilor
  councilman councilwoman alderman superintendent actor actress singer rapper comedian author writer
  police sheriff detective prosecutor lawyer host anchor correspondent lawmaker candidate nominee
  activist researcher scientist inspector agent assistant associate
  businessman businesswoman entrepreneur investor billionaire philanthropist whip majority minority`);

/** Words that make a capitalised run an organisation, place or thing rather than a person. */
const NON_PERSON_WORDS =
  words(`group organization organisation council congress ministry ministries department
  office union party alliance force forces army navy bank fund agency committee commission parliament
  senate house court university college school company inc ltd corp llc plc news times post press
  reuters street road avenue square treaty north south east west atlantic pacific ocean sea river
  mountain island islands city county states united kingdom republic federal national international
  central royal summit league cup club fc stadium airport station base headquarters center centre
  institute foundation association federation government administration cabinet assembly embassy
  contact monday tuesday wednesday thursday friday saturday sunday january february march april 
  july september october november december christmas easter day week year europe asia
  africa america americas god internet twitter facebook telegram instagram tiktok youtube google
  apple microsoft amazon covid brexit olympics games world war act bill plan program programme
  initiative project index exchange market stock ministers leaders officials members allies
  diplomats media channel tv radio online daily weekly magazine journal gazette tribune herald trust
  hospital hospitals association securities capital holdings partners ventures airlines motors
  services service authority police chamber commerce`);

/** Role nouns a speech tag may use instead of a name ("the minister said"). */
const ROLE_HEADS =
  words(`president minister chancellor secretary general chairman chairwoman chair chairperson
  director commissioner governor senator mayor ambassador coach manager captain chief boss head leader
  spokesperson spokesman spokeswoman executive ceo founder commander king queen premier envoy judge
  prosecutor lawyer striker midfielder defender goalkeeper player owner official economist analyst
  speaker treasurer attorney diplomat officer negotiator advisor adviser counsel superintendent sheriff
  detective inspector lawmaker professor anchor host correspondent nominee candidate strategist
  consultant commentator pollster columnist editor expert historian researcher scientist`);

const PREPOSITIONS = words(`with to by from of alongside for against at about on after before between among
  like toward towards including than into onto upon via behind beside besides without under over around
  near unlike amid versus vs told thanked met urged praised criticised criticized accused called asked
  invited joined replaced succeeded backed supported`);

/** A speech verb right after a name, or after its apposition. */
const SPEAKS_AFTER =
  /^(?:,[^,.;:!?"“”]{1,120},)?\s+(?:\p{Ll}+ly\s+|also\s+)?(?:said|says|told|tells|added|asked|wrote|argued|noted|stated|explained|insisted|warned|testified|tweeted|responded|replied)\b/u;

const MODIFIER_BEFORE = words('the a an alleged accused late his her their its our my your whose');

const FEMALE_WORDS = words(`mrs ms miss dame lady baroness duchess queen princess congresswoman chairwoman
  spokeswoman actress businesswoman sister mother`);
const MALE_WORDS = words(`mr sir lord baron duke king prince congressman chairman spokesman businessman
  father brother`);

/** Common first names, for gender only (a name missing here just has unknown gender). */
const FEMALE_NAMES =
  words(`mary anna anne ann maria marie elizabeth sarah sara emma emily olivia sophie sophia
  laura julia kate katherine catherine kathryn karen susan lisa linda nancy hillary kamala ursula angela
  annalena theresa margaret rachel priti liz suella kemi yvette angela jacinda giorgia marine christine
  jill michelle melania nikki elise alexandria ilhan nicola kristi janet gina jennifer jessica amanda
  ashley helen claire clare rebecca lucy charlotte victoria alice jane joanna natalia natalie olga irina
  yulia tatiana svetlana elena ekaterina maria hanna iryna oksana kaja mette magdalena
  sanna ingrid greta monika barbara petra sandra andrea nadia fatima aisha leila layla mariam sofia
  isabel isabella carmen lucia elisa francesca chiara giulia marta beatriz ana paula serena venus naomi
  simone megan alex coco iga aryna elena ons emma amy jess mia susan nancy kirstjen kellyanne betsy
  elaine debbie dianne patty tammy kirsten heidi lisa shelley martha sheryl cindy`);
const MALE_NAMES = words(`john james robert michael william david richard joseph thomas charles christopher
  daniel matthew mark donald joe joseph barack george bill boris keir rishi jeremy david tony gordon
  nigel emmanuel olaf friedrich vladimir volodymyr dmitry sergei sergey viktor jens mark antony anthony
  lloyd jake kevin mike mitch chuck ron ted marco bernie pete justin benjamin ben yair recep xi narendra
  jair luis luiz andrzej petr pedro pablo carlos juan jose miguel antonio giuseppe mario matteo
  alexander alexei alexey andrei andriy oleksandr dmytro denys rustem mykhailo ivan pavel peter paul
  stefan hans klaus wolfgang karl frank martin luc jean pierre francois nicolas sebastien michel
  ahmed mohammed muhammad ali hassan hussein omar khalid abdullah mahmoud yousef ismail ibrahim
  lionel cristiano kylian erling harry jude marcus rafael roger novak andy carlos jannik lewis max
  elon jeff tim satya sundar warren jamie larry sam steve bob tom jack henry edward hugh ryan adam
  eric scott gary wayne alan brian kenneth steven andrew patrick sean liam noah ethan jason`);

const FIRST_NAMES = new Set([...MALE_NAMES, ...FEMALE_NAMES]);

// ---------------------------------------------------------------------------------------------
// Names

/** A run of capitalised words (with name particles and hyphenated al-/bin- prefixes). */
const NAME_RUN =
  /(?:(?:\p{Lu}\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Rev|Pres|Hon|Fr|St)\.|\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*|(?:al|el|bin|ben|abu|ibn)-\p{Lu}[\p{L}\p{M}'’-]*)(?:\s+(?:(?:de|da|di|del|della|der|den|van|von|bin|ibn|al|el|la|le|du|dos|das|ter|ten|zu)\s+)*(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Rev|Pres|Hon|Fr)\.|(?:\p{Lu}\.){2,}|\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*|(?:al|el|bin|ben|abu|ibn)-\p{Lu}[\p{L}\p{M}'’-]*))*/gu;

const key = (token: string): string => {
  const lower = token.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
};
const isAcronym = (token: string): boolean =>
  /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u.test(token.replace(/['’]s$/u, ''));
const stripPossessive = (token: string): string => token.replace(/['’]s?$/u, '');

export interface ParsedName {
  /** The name proper, titles removed ("Jens Stoltenberg"), or '' when only titles were found. */
  name: string;
  /** The words before it ("NATO Secretary General"). */
  titles: string[];
  possessive: boolean;
}

/** Splits a capitalised run into title words and the name proper. */
export function parseNameRun(run: string): ParsedName | null {
  let tokens = run.split(/\s+/u);
  while (tokens.length > 0 && FUNCTION_WORDS.has(key(tokens[0]!))) tokens = tokens.slice(1);
  if (tokens.length === 0) return null;
  const last = tokens[tokens.length - 1]!;
  const possessive = /['’]s?$/u.test(last) && !/^\p{Lu}\.$/u.test(last);
  tokens[tokens.length - 1] = stripPossessive(last);
  // The name is what follows the last title word; the last word itself is never a title when
  // something precedes it, so surnames that are also titles survive ("John Major").
  let cut = -1;
  tokens.forEach((t, i) => {
    // A possessor inside the run belongs to the title ("City's Joao Pereira", "NATO's Jens …").
    const possessor = /['’]s?$/u.test(t);
    if (i < tokens.length - 1 && (TITLE_WORDS.has(key(t)) || isAcronym(t) || possessor)) cut = i;
  });
  // "Veterans Affairs David Shulkin" (from "Secretary of Veterans Affairs David Shulkin"): a known
  // first name after two or more words starts the name.
  const first = tokens.findIndex((t, i) => i > cut + 1 && i < tokens.length - 1 && FIRST_NAMES.has(key(t)));
  if (first >= 0 && tokens.length - first <= 3) cut = first - 1;
  let titles = tokens.slice(0, cut + 1);
  let rest = tokens.slice(cut + 1);
  if (rest.length === 1 && TITLE_WORDS.has(key(rest[0]!))) {
    titles = tokens;
    rest = [];
  }
  if (rest.length === 0) return { name: '', titles, possessive };
  if (rest.length > 4) return null;
  for (const [i, t] of rest.entries()) {
    const k = key(t);
    // "Bill Shuster", "Mark Field": a first name that is also a common word.
    const firstName = i === 0 && rest.length > 1 && (MALE_NAMES.has(k) || FEMALE_NAMES.has(k));
    if ((NON_PERSON_WORDS.has(k) && !firstName) || FUNCTION_WORDS.has(k) || isAcronym(t)) return null;
    if (rest.length === 1 && TITLE_WORDS.has(k.replace(/s$/u, ''))) return null;
  }
  return { name: rest.join(' '), titles, possessive };
}

// ---------------------------------------------------------------------------------------------
// Roles

const ROLE_SYNONYMS: Record<string, string> = {
  boss: 'chief',
  head: 'chief',
  leader: 'chief',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  chairwoman: 'chairman',
  chair: 'chairman',
  chairperson: 'chairman',
  ceo: 'chief executive',
  adviser: 'advisor',
};

/** "the Secretary-General" / "NATO boss" -> "secretary general" / "nato chief". */
export function canonicalRole(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/[-‐]/gu, ' ')
    .replace(/[^\p{L}\s]/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w && !['the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame'].includes(w))
    .map((w) => ROLE_SYNONYMS[w] ?? w)
    .join(' ')
    .replace(/\bchief executive officer\b/u, 'chief executive');
}

/** Role phrases for a person from title words: the full phrase and the phrase without labels. */
function rolesFromTitles(titles: string[]): string[] {
  const label = (t: string): boolean =>
    isAcronym(t) || /(?:ian|ean|ese|ish|ch)$/u.test(t) || ['former', 'new', 'acting'].includes(key(t));
  const honorific = (t: string): boolean =>
    ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame'].includes(key(t));
  const core = titles.filter((t) => !honorific(t));
  if (core.length === 0 || core.some((t) => key(t) === 'former')) return [];
  const roles = [canonicalRole(core.join(' ')), canonicalRole(core.filter((t) => !label(t)).join(' '))];
  return roles.filter((r) => r.length > 0);
}

const endsWithWords = (phrase: string, tail: string): boolean =>
  phrase === tail || phrase.endsWith(` ${tail}`);

// ---------------------------------------------------------------------------------------------
// Scanning

function genderFromWords(tokens: string[]): Gender {
  for (const t of tokens) {
    const k = key(t);
    if (FEMALE_WORDS.has(k)) return 'f';
    if (MALE_WORDS.has(k)) return 'm';
  }
  return null;
}

function genderFromFirstName(name: string): Gender {
  const first = key(name.split(' ')[0] ?? '');
  if (name.includes(' ')) {
    if (FEMALE_NAMES.has(first)) return 'f';
    if (MALE_NAMES.has(first)) return 'm';
  }
  return null;
}

/** The word right before `index`, lower-cased, or '' after punctuation / at the start. */
function wordBefore(text: string, index: number): string {
  let end = index;
  while (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase();
}

/** "X, the secretary-general of NATO," -> "secretary-general" (+ "NATO secretary general"). */
function appositionRoles(after: string): string[] {
  const m = /^,\s+(?:(?:the|a|an)\s+|(\p{Lu}[\p{L}.]*)['’]s\s+)([^,.;:()"“”]+)/u.exec(after);
  if (!m) return [];
  const phrase = m[2]!.trim();
  if (/^(?:former|ex-|then-|late\b)/iu.test(phrase)) return [];
  const head = phrase.split(/\s+(?:of|for|at|in|and|who|which|since|from|to)\s+/u)[0]!;
  const headWords = head.toLowerCase().replace(/-/gu, ' ').split(/\s+/u);
  if (!ROLE_HEADS.has(headWords[headWords.length - 1] ?? '')) return [];
  const roles = [canonicalRole(head)];
  const of = /\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}]*)/u.exec(phrase);
  const org = m[1] ?? of?.[1];
  if (org) roles.push(canonicalRole(`${org} ${head}`));
  // "the secretary-general of NATO and chairman of the meeting": every role of the list.
  for (const more of phrase.matchAll(/\band\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+of\b/gu)) {
    const last = more[1]!.replace(/-/gu, ' ').split(/\s+/u).pop()!;
    if (ROLE_HEADS.has(last)) roles.push(canonicalRole(more[1]!));
  }
  return roles;
}

/**
 * Roles written before a name in lower case: "ministry spokeswoman Lidia Varga", "NATO boss X",
 * or as an apposition the other way round: "The Chancellor, Harriet Okonjo,".
 */
function rolesBefore(before: string): string[] {
  // The last three words before the name, stopping at punctuation other than one comma at the end.
  const trimmed = before.trimEnd();
  const comma = trimmed.endsWith(',');
  const tail = (comma ? trimmed.slice(0, -1) : trimmed).split(/[^\p{L}'’\s-]/u).pop()!;
  const words = tail.split(/\s+/u).filter(Boolean).slice(-3);
  if (words.length === 0 || !/\s$/u.test(before)) return [];
  const last = words[words.length - 1]!.toLowerCase().replace(/-/gu, ' ').split(' ').pop()!;
  if (!ROLE_HEADS.has(last) || words.some((w) => w.toLowerCase() === 'former')) return [];
  const det = words.findIndex((w) => /^(?:the|a|an)$/iu.test(w));
  // With a comma, only a determiner phrase is an apposition ("The Chancellor, X"); "said, X" is not.
  if (comma && det < 0) return [];
  const core = det >= 0 ? words.slice(det + 1) : words.filter((w) => !/^\p{Lu}/u.test(w) || isAcronym(w));
  const roles = [canonicalRole(core.join(' ')), canonicalRole(last)];
  return roles.filter((r) => r.length > 0);
}

interface RawMention {
  parsed: ParsedName;
  block: number;
  /** The capitalised run: where it starts and ends in the block. */
  from: number;
  to: number;
  /** Offset of the name proper (after the titles). */
  offset: number;
  subject: boolean;
  /** Start of the sentence around the mention (for same-sentence pronoun gender). */
  sentence: number;
}

function rawMentions(text: string, block: number): RawMention[] {
  const out: RawMention[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    const parsed = parseNameRun(m[0]);
    if (!parsed || !parsed.name) continue;
    const offset = m.index + m[0].lastIndexOf(parsed.name.split(' ')[0]!);
    // "told Fox News' Martha Ross": look past a possessor to the verb or preposition before it.
    const possessor = /(?:\p{Lu}[\p{L}\p{M}.-]*\s+)*\p{Lu}[\p{L}\p{M}.-]*['’]s?\s+$/u.exec(
      text.slice(0, m.index),
    );
    const before = wordBefore(text, possessor ? possessor.index : m.index);
    // "the alleged Epstein victim": a name used as a modifier is no subject either.
    const subject = !parsed.possessive && !PREPOSITIONS.has(before) && !MODIFIER_BEFORE.has(before);
    const sentence = sentenceStart(text, m.index);
    out.push({ parsed, block, from: m.index, to: m.index + m[0].length, offset, subject, sentence });
  }
  return out;
}

/** Roles around one mention: from its titles, an apposition after it, role words before it. */
function rolesOf(text: string, r: RawMention): string[] {
  return [
    ...rolesFromTitles(r.parsed.titles),
    ...appositionRoles(text.slice(r.to, r.to + 200)),
    ...rolesBefore(text.slice(Math.max(0, r.from - 45), r.from)),
  ];
}

/** Where the sentence around `index` starts: after the last ". " that ends no "Rep."/"U.S.". */
function sentenceStart(text: string, index: number): number {
  let at = text.lastIndexOf('. ', index);
  while (
    at > 0 &&
    /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Rev|St|Jr|Sr|\p{Lu}|(?:\p{Lu}\.)+\p{Lu})$/u.test(
      text.slice(Math.max(0, at - 8), at),
    )
  )
    at = text.lastIndexOf('. ', at - 1);
  return at < 0 ? 0 : at + 1;
}

/**
 * Gender from a pronoun later in the sentence, when the sentence names only this person. Object
 * "him" is left out: "X … called on him to apologize" is someone else.
 */
function pronounGender(text: string, r: RawMention): Gender {
  const end = text.indexOf('. ', r.to);
  const after = text.slice(r.to, end < 0 ? text.length : end);
  if (/\b(?:he|his|himself)\b/iu.test(after)) return 'm';
  if (/\b(?:she|her|hers|herself)\b/iu.test(after)) return 'f';
  return null;
}

/** The last word of a name, a generational suffix aside ("John Lyke Jr." -> "Lyke"). */
export function surnameOf(name: string): string {
  const parts = name.replace(/,?\s+(?:Jr|Sr|II|III|IV)\.?$/u, '').split(' ');
  return parts[parts.length - 1]!;
}

/** Index of all people in the article. `blocks`: context texts first, then masked paragraphs. */
export function scanPeople(contextTexts: string[], paragraphs: string[]): People {
  const blocks = [...contextTexts, ...paragraphs];
  const raws = blocks.flatMap((text, b) => rawMentions(text, b));
  const persons: Person[] = [];
  const byName = new Map<string, Person>();
  const perSentence = new Map<string, number>();
  for (const r of raws)
    perSentence.set(`${r.block}:${r.sentence}`, (perSentence.get(`${r.block}:${r.sentence}`) ?? 0) + 1);

  // Pass 1: full names (two words or more) are people in their own right.
  for (const r of raws) {
    if (!r.parsed.name.includes(' ') || byName.has(r.parsed.name)) continue;
    const person: Person = { name: r.parsed.name, gender: null, roles: new Set(), evidence: false };
    byName.set(person.name, person);
    persons.push(person);
  }
  // "Exchequer Harriet Okonjo" next to "Harriet Okonjo": a stray title word glued to the name.
  for (const p of [...persons]) {
    const shorter = persons.find((q) => q !== p && p.name.endsWith(` ${q.name}`));
    if (shorter) {
      byName.set(p.name, shorter);
      persons.splice(persons.indexOf(p), 1);
    }
  }
  const surnames = new Map<string, Person>();
  for (const p of persons) {
    // "John Lyke Jr." is Lyke: a generational suffix is not the surname.
    const last = surnameOf(p.name);
    if (!surnames.has(last)) surnames.set(last, p);
  }

  // Pass 2: link every mention (a bare surname to the full name), gather roles and gender.
  const mentions: Mention[] = [];
  for (const r of raws) {
    const name = r.parsed.name;
    let person = name.includes(' ') ? byName.get(name) : (surnames.get(name) ?? byName.get(name));
    if (!person) {
      // A single capitalised word is a person only when a title says so ("President Zelensky").
      if (r.parsed.titles.length === 0) continue;
      person = { name, gender: null, roles: new Set(), evidence: false };
      byName.set(name, person);
      persons.push(person);
    }
    const text = blocks[r.block]!;
    const roles = rolesOf(text, r);
    for (const role of roles) person.roles.add(role);
    const g = genderFromWords(r.parsed.titles) ?? genderFromFirstName(person.name);
    if (g && !person.gender) person.gender = g;
    // The subject of a speech verb ("Kavanaugh told …", "X, a strategist, said") is a person.
    const speaks = SPEAKS_AFTER.test(text.slice(r.to, r.to + 160));
    if (r.parsed.titles.length > 0 || roles.length > 0 || g || (speaks && r.subject)) person.evidence = true;
    if (!person.gender && perSentence.get(`${r.block}:${r.sentence}`) === 1)
      person.gender = pronounGender(text, r);
    mentions.push({ person, pos: r.block * 1_000_000 + r.offset, subject: r.subject });
  }
  mentions.sort((a, b) => a.pos - b.pos);
  return {
    persons,
    mentions,
    contextCount: contextTexts.length,
    paragraphs,
    midSentenceCaps: null,
    organisations: [],
    declared: [],
  };
}

/** True when `word` is capitalised in mid-sentence somewhere in the body (a proper noun). */
function capitalisedMidSentence(people: People, word: string): boolean {
  if (!people.midSentenceCaps) {
    const caps = new Set<string>();
    for (const text of people.paragraphs) {
      for (const m of text.matchAll(/[\p{Ll},;”"’'»“]\s+(\p{Lu}[\p{L}\p{M}-]*)/gu)) caps.add(m[1]!);
    }
    people.midSentenceCaps = caps;
  }
  return people.midSentenceCaps.has(word);
}

/** Capitalised in mid-sentence somewhere and never written in lower case in the body. */
function properNoun(people: People, word: string): boolean {
  if (!capitalisedMidSentence(people, word)) return false;
  const lower = new RegExp(
    `(?<![\\p{L}])${word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`,
    'u',
  );
  return !people.paragraphs.some((text) => lower.test(text));
}

/** Records that `person` spoke at `pos`: speakers are the likeliest antecedents of a later "he". */
export function addMention(people: People, person: Person, pos: number): void {
  person.evidence = true;
  const mention: Mention = { person, pos, subject: true };
  let i = people.mentions.length;
  while (i > 0 && people.mentions[i - 1]!.pos > pos) i--;
  people.mentions.splice(i, 0, mention);
}

// ---------------------------------------------------------------------------------------------
// Resolution

function resolvePronoun(people: People, pronoun: string, pos: number): Person | null {
  if (!/^(?:he|him|she|her)$/iu.test(pronoun)) return resolveThey(people, pos);
  const wanted: 'm' | 'f' = /^(?:he|him)$/iu.test(pronoun) ? 'm' : 'f';
  // Only the body: a headline is no antecedent ("Scrap Whitefish deal" … "he said").
  const bodyStart = position(people, 0, 0);
  let fallback: Person | null = null;
  /** The nearest other person it could be ("McDaniel's campaign …"), for the far-subject check. */
  let nearer: Person | null = null;
  const block = (at: number): number => Math.floor(at / 1_000_000);
  for (let i = people.mentions.length - 1; i >= 0; i--) {
    const m = people.mentions[i]!;
    if (m.pos < bodyStart) break;
    if (m.pos >= pos || (m.person.gender !== null && m.person.gender !== wanted)) continue;
    // A subject that is surely a person; else the nearest subject, or an object known to be of
    // this gender. An object of unknown gender ("the alleged Epstein victim") is no antecedent.
    if (m.subject && m.person.evidence) {
      // A subject paragraphs back, with another person named since: too unsure to name anyone.
      if (nearer && nearer !== m.person && block(pos) - block(m.pos) >= 2) return null;
      // Being "he" or "she" once tells the gender for the rest of the article.
      m.person.gender ??= wanted;
      return m.person;
    }
    if (!fallback && (m.subject || m.person.gender === wanted)) {
      if (nearer && nearer !== m.person && block(pos) - block(m.pos) >= 2) return null;
      fallback = m.person;
    }
    if (m.person.evidence || m.person.gender === wanted) nearer ??= m.person;
  }
  return fallback;
}

/**
 * "They" is mostly a group ("officials … they said"), which is nobody's name. It is taken as one
 * person only when the last subject before it is a person of unknown gender.
 */
function resolveThey(people: People, pos: number): Person | null {
  for (let i = people.mentions.length - 1; i >= 0; i--) {
    const m = people.mentions[i]!;
    if (m.pos < position(people, 0, 0)) return null;
    if (m.pos >= pos || !m.subject) continue;
    return m.person.gender === null && m.person.evidence ? m.person : null;
  }
  return null;
}

/** The most recently mentioned of `candidates` before `pos`. */
function mostRecent(people: People, candidates: Person[], pos: number): Person | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  for (let i = people.mentions.length - 1; i >= 0; i--) {
    const m = people.mentions[i]!;
    if (m.pos < pos && candidates.includes(m.person)) return m.person;
  }
  return candidates[0]!;
}

const PARTY_LABELS = words(
  'republican democrat democratic conservative liberal labour tory gop socialist green',
);

function resolveRole(people: People, phrase: string, pos: number): Person | null {
  // "a spokesperson for the ministry" introduces someone new: never an earlier person.
  if (/^(?:a|an|one)\s/iu.test(phrase)) return null;
  const role = canonicalRole(phrase.replace(/\s+(?:of|for|at)\s+.*$/u, ''));
  if (!role) return null;
  // Only people the body has named before the tag: a role noun never points into the headline.
  const bodyStart = position(people, 0, 0);
  const named = new Set(
    people.mentions.filter((m) => m.pos >= bodyStart && m.pos < pos).map((m) => m.person),
  );
  const holding = (wanted: string): Person[] =>
    people.persons.filter((p) => named.has(p) && [...p.roles].some((r) => endsWithWords(r, wanted)));
  let matches = holding(role);
  if (matches.length === 0) {
    // "the port chief" for "the head of the Lagos port authority": drop modifiers that are not
    // themselves titles ("prime", "foreign" and "deputy" must match).
    const words = role.split(' ');
    while (words.length > 1 && !TITLE_WORDS.has(words[0]!)) words.shift();
    if (words.join(' ') !== role) matches = holding(words.join(' '));
  }
  if (matches.length === 0) {
    // "the Republican president": a party label is no part of the office.
    const office = role.split(' ').filter((w) => !PARTY_LABELS.has(w));
    if (office.length > 0 && office.length < role.split(' ').length) matches = holding(office.join(' '));
  }
  return mostRecent(people, matches, pos);
}

export function isRolePhrase(phrase: string): boolean {
  const head = phrase
    .replace(/\s+(?:of|for|at)\s+.*$/u, '')
    .toLowerCase()
    .replace(/-/gu, ' ')
    .split(/\s+/u)
    .pop();
  return head !== undefined && ROLE_HEADS.has(head);
}

export interface Speaker {
  name: string | null;
  person: Person | null;
  /** person, organisation, document or group (several speakers); null with no name. */
  kind: SpeakerKind | null;
}

const personSpeaker = (person: Person | null): Speaker => ({
  name: person?.name ?? null,
  person,
  kind: person ? 'person' : null,
});

/** A capitalised run that names an organisation rather than a person ("Apple", "NATO", "Acme Corp"). */
export function looksLikeOrganisation(name: string): boolean {
  const tokens = name.split(/\s+/u);
  return tokens.some((t) => NON_PERSON_WORDS.has(key(stripPossessive(t))) || isAcronym(t));
}

/**
 * What stands in subject position of a speech verb -> the speaker's full name.
 * `pos` is where the tag is, for "nearest preceding" choices.
 */
export function resolveSpeaker(people: People, subject: string, pos: number): Speaker | null {
  const np = subject.trim().replace(/^[,;:—–-]+\s*/u, '');
  if (!np || np.split(/\s+/u).length > 9) return null;
  if (/^(?:he|she|they)$/iu.test(np)) {
    return personSpeaker(resolvePronoun(people, np, pos));
  }
  if (/^(?:i|we|you|it|who|which|this|that)$/iu.test(np)) return null;
  // "Prime Minister Viktor Orban of Hungary": the qualifier is not part of the name.
  const core = np.replace(/\s+(?:of|for|from|at|in)\s+.*$/u, '');
  // "a WeWork spokesperson", "the port chief": a role phrase, whatever capitals it contains.
  if (/\s\p{Ll}[\p{Ll}-]*$/u.test(core) && isRolePhrase(core)) {
    return personSpeaker(resolveRole(people, np, pos));
  }
  const runs = [...core.matchAll(NAME_RUN)];
  const lastRun = runs[runs.length - 1];
  const parsed = lastRun ? parseNameRun(lastRun[0]) : null;
  if (parsed?.name) {
    const found = parsed.name.includes(' ')
      ? people.persons.find((p) => p.name === parsed.name)
      : mostRecent(
          people,
          people.persons.filter(
            (p) =>
              p.name === parsed.name ||
              surnameOf(p.name) === parsed.name ||
              p.name.endsWith(` ${parsed.name}`),
          ),
          pos,
        );
    if (found) return personSpeaker(found);
    // A lone capitalised word is a name only if it is capitalised in mid-sentence somewhere:
    // "Critics said" / "Analysts said" opening a sentence are no names, "Evans said" is.
    if (
      !parsed.name.includes(' ') &&
      parsed.titles.length === 0 &&
      !capitalisedMidSentence(people, parsed.name)
    ) {
      return null;
    }
    // A name no one in the article bears in full: a lone word is an organisation ("Tunewave
    // said"; a person's surname comes with a full name somewhere in news copy).
    const lone = !parsed.name.includes(' ') && parsed.titles.length === 0;
    return {
      name: parsed.name,
      person: null,
      kind: lone || looksLikeOrganisation(parsed.name) ? 'organisation' : 'person',
    };
  }
  if (isRolePhrase(core) || (parsed && parsed.titles.length > 0)) {
    return personSpeaker(resolveRole(people, np, pos));
  }
  // A capitalised organisation speaks in its own name: "the Kremlin", "Downing Street", "UEFA";
  // not a lone capitalised word opening a sentence ("Police said", "Critics said").
  const org =
    /^((?:[Tt]he\s+)?)(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*)$/u.exec(np);
  if (!org) return null;
  const name = org[2]!;
  // "Rep. Bill Shuster of Pennsylvania" that failed as a name is no organisation either.
  if (/(?:^|\s)(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Rev|Pres|Hon)\.(?:\s|$)/u.test(name))
    return null;
  // A lone word speaks only as a proper noun: capitalised in mid-sentence and never written in
  // lower case ("Tunewave said" yes; "Police said", "Critics said" no).
  if (!org[1] && !name.includes(' ') && !isAcronym(name) && !properNoun(people, name)) return null;
  return { name, person: null, kind: 'organisation' };
}
