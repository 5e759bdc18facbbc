/**
 * compare/role-names: how each outlet refers to the story's key people.
 *
 * In:  the story's articles and the entity analysis (entities.ts: people and their spellings).
 * Out: per article, for each key person that some outlet describes by role, the names this article
 *      uses for them: the name forms ("Jens Stoltenberg", "Stoltenberg", "Mr. Stoltenberg") and the
 *      role descriptions tied to the person in that article ("NATO chief", "the secretary-general
 *      of NATO"), each with its count and first paragraph.
 *
 * Precision first: a role description is listed only when the article itself ties it to the
 * person, through one of three general signals —
 *  - a title run right before the name ("NATO Secretary General Jens Stoltenberg");
 *  - an appositive right after it ("Stoltenberg, a former prime minister of Norway,") whose head is
 *    a role noun (the role noun ends the phrase or is followed by of/for/at/in/and);
 *  - a definite role phrase as the subject of a direct quote the extractor gave to that person
 *    ("…," the NATO chief said).
 * Case variants collapse (one entry per lower-cased form), all-capitals forms (datelines) are skipped.
 */
import type { Article, OutletProfile } from '../../lib/model.ts';
import { INVERTING_SPEECH_VERBS } from '../../lib/lexicon/inverting-speech-verbs.ts';
import type { EntityAnalysis } from './entities.ts';
import { NO_MEMO, type CompareMemo } from './memo.ts';
import { TITLES } from './entity-words.ts';
import { STOPWORDS, increment } from './text.ts';

export type RoleNames = OutletProfile['roleNames'];

/** Role nouns besides the titles entities.ts cuts off names. */
const ROLE_NOUNS = new Set([
  ...TITLES,
  ...`official envoy negotiator adviser advisor founder ceo executive lawmaker diplomat candidate
  spokesperson representative chairperson counterpart predecessor successor incumbent`.split(/\s+/),
]);
const NOT_ROLES = new Set([
  'former',
  'acting',
  'vice',
  'deputy',
  'dr',
  'mr',
  'mrs',
  'ms',
  'sir',
  'lord',
  'lady',
]);
const HONORIFICS = ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Dr'];
const INVERTING_VERBS = new Set(INVERTING_SPEECH_VERBS.split(/\s+/));
export const ROLE_NAME_LIMITS = { people: 6, appositiveWords: 12, subjectWords: 5 };

const isRoleNoun = (word: string): boolean => {
  const w = word.toLowerCase();
  return ROLE_NOUNS.has(w) && !NOT_ROLES.has(w);
};
const capitalised = (word: string): boolean => /^\(?\p{Lu}/u.test(word);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Found {
  name: string;
  kind: 'name' | 'role';
  count: number;
  paragraph: number;
}

const WORD = /^[\p{L}][\p{L}'’-]*$/u;
const ACRONYM_IN_PARENS = /^\(\p{Lu}[\p{Lu}\p{N}.]*\)$/u;
const INITIALS = /^(\p{Lu}\.){2,}$/u;
const isTitleWord = (w: string): boolean => TITLES.has(w.toLowerCase()) || isRoleNoun(w);

/**
 * The title run ending right before `at` ("NATO Secretary General "), or null. Its shape, read
 * backwards from the name: an optional "of [the] Name…" complement ("Secretary-General of the North
 * Atlantic Treaty Organization (NATO)"), a block of title words with at least one role noun, then
 * at most three capitalised modifiers ("White House", "US", "Ukrainian") and an optional "the".
 * A name right after "of" ("the chairman of Clinton's campaign") or after another name is no title.
 */
export function titleBefore(text: string, at: number): string | null {
  const words = text.slice(0, at).trimEnd().split(/\s+/);
  let i = words.length - 1;
  const word = (k: number): string => words[k] ?? '';
  // The complement: capitalised words (and "the") back to an "of" that follows a title word.
  if (!isTitleWord(word(i))) {
    let k = i;
    while (
      k >= 0 &&
      (ACRONYM_IN_PARENS.test(word(k)) || (WORD.test(word(k)) && capitalised(word(k))) || word(k) === 'the')
    )
      k -= 1;
    if (k === i || word(i) === 'the' || word(k) !== 'of' || !isTitleWord(word(k - 1))) return null;
    i = k - 1;
  }
  let first = i + 1;
  while (i >= 0 && WORD.test(word(i)) && isTitleWord(word(i))) first = i--;
  if (!words.slice(first).some((w) => isRoleNoun(w))) return null;
  const block = first;
  let modifiers = 0;
  while (
    i >= 0 &&
    modifiers < 3 &&
    ((WORD.test(word(i)) &&
      capitalised(word(i)) &&
      !isTitleWord(word(i)) &&
      !STOPWORDS.has(word(i).toLowerCase())) ||
      INITIALS.test(word(i)))
  ) {
    first = i--;
    modifiers += 1;
  }
  // "Pope Benedict XVI Pope X": capitalised words between two titles are a name, not a modifier.
  if (modifiers > 0 && isRoleNoun(word(i))) return words.slice(block).join(' ');
  // "the official Stone referred to": a lower-case title after "the" is as likely a relative clause.
  if (/^the$/i.test(word(i))) {
    if (modifiers === 0 && words.slice(first).every((w) => !capitalised(w))) return null;
    first = i;
  }
  return words.slice(first).join(' ');
}

/** Whether the name at `at` continues a longer capitalised name ("Donald" before "Trump"). */
function insideLongerName(text: string, at: number): boolean {
  const before = /([\p{L}'’-]+) $/u.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  return before !== undefined && capitalised(before) && !isTitleWord(before) && !HONORIFICS.includes(before);
}

/** An appositive starting at `at` (", the secretary-general of NATO,"), or null. */
export function appositiveAfter(text: string, at: number): string | null {
  const m = /^,\s+((?:the|a|an|his|her|its|[\p{L}-]+['’]s)\s[^,.;:!?"“”()]+?)\s*(,|\.|;|$)/iu.exec(
    text.slice(at),
  );
  if (!m) return null;
  const phrase = m[1]!;
  // ", the president, and Y": a list of names, not an appositive.
  if (m[2] === ',' && /^\s*(and|or)\s/i.test(text.slice(at + m[0].length))) return null;
  const words = phrase.split(/\s+/);
  if (words.length > ROLE_NAME_LIMITS.appositiveWords) return null;
  const headed = words.some(
    (w, i) => isRoleNoun(w) && (i === words.length - 1 || /^(of|for|at|in|and)$/i.test(words[i + 1]!)),
  );
  return headed ? phrase : null;
}

/** roleSubject's three patterns for one verb, compiled once per verb (it runs for every quote). */
const subjectPatternsByVerb = new Map<string, { before: RegExp; after: RegExp; inverted: RegExp }>();
function subjectPatterns(verb: string): { before: RegExp; after: RegExp; inverted: RegExp } {
  let patterns = subjectPatternsByVerb.get(verb);
  if (!patterns) {
    const np = `((?:the|The)(?:\\s+[\\p{L}'’-]+){1,${ROLE_NAME_LIMITS.subjectWords}})`;
    const v = escape(verb);
    patterns = {
      before: new RegExp(`^${np},?\\s+${v}\\b`, 'u'),
      after: new RegExp(`${np},?\\s+${v}$`, 'u'),
      inverted: new RegExp(`^${v}\\s+${np}(?=[\\s,.;]|$)`, 'u'),
    };
    subjectPatternsByVerb.set(verb, patterns);
  }
  return patterns;
}

/**
 * A definite role phrase that is the subject of `verb` right next to the quote: in `after` (the text
 * after the closing mark: "the NATO chief said", "said the NATO chief") or at the end of `before`
 * (the text before the opening mark: "The NATO chief said:").
 */
export function roleSubject(after: string, before: string, verb: string): string | null {
  const patterns = subjectPatterns(verb);
  const tail = after.replace(/^[\s,.!?"”’'“‘]+/u, '');
  const head = before.replace(/[\s,:"“‘']+$/u, '');
  const candidates: Array<string | undefined> = [
    patterns.before.exec(tail)?.[1],
    patterns.after.exec(head)?.[1],
  ];
  // "said the NATO chief": only verbs of saying take an inverted subject ("warned the president"
  // has an object there).
  if (INVERTING_VERBS.has(verb.toLowerCase())) candidates.push(patterns.inverted.exec(tail)?.[1]);
  for (const phrase of candidates) {
    if (!phrase) continue;
    const words = phrase.split(/\s+/);
    // After an inverted verb the phrase may run on ("said the NATO chief on Monday"): cut it at
    // its last role noun; the phrase is then the tail from its last "the".
    while (words.length > 1 && !isRoleNoun(words.at(-1)!)) words.pop();
    const start = words.map((w) => w.toLowerCase()).lastIndexOf('the');
    const role = words.slice(start < 0 ? 0 : start);
    if (role.length > 1 && isRoleNoun(role.at(-1)!)) return role.join(' ');
  }
  return null;
}

/** The name forms of a person: the full name, the surname, other spellings; longest first. */
function nameForms(
  name: string,
  spellings: Map<string, number> | undefined,
  sharedSurname: boolean,
): string[] {
  const surname = name.split(/\s+/).at(-1)!;
  // A surname two key people share (Roger and Elizabeth Ailes) names neither of them.
  const forms = new Set(sharedSurname ? [name] : [name, surname]);
  for (const spelling of spellings?.keys() ?? [])
    // Not a dateline in capitals, nor a spelling that kept a title ("Minister Benjamin Netanyahu").
    if (
      spelling !== spelling.toUpperCase() &&
      !isTitleWord(spelling.split(/\s+/)[0]!) &&
      !(sharedSurname && spelling === surname)
    )
      forms.add(spelling);
  return [...forms].filter((f) => f.length > 1).sort((a, b) => b.length - a.length);
}

function add(found: Map<string, Found>, name: string, kind: Found['kind'], paragraph: number): void {
  const key = `${kind}:${name.toLowerCase()}`;
  const entry = found.get(key);
  if (entry) entry.count += 1;
  else found.set(key, { name, kind, count: 1, paragraph });
}

/** A person's forms, with an optional honorific before: built once per person (matchAll copies it). */
function formsPattern(forms: string[]): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(${HONORIFICS.map(escape).join('|')})\\s+)?(${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
}

/** One article's names for one person. `scan: false` skips the paragraphs (none can hold a form). */
export function namesFor(
  article: Article,
  person: string,
  forms: string[],
  pattern: RegExp = formsPattern(forms),
  scan = true,
): Found[] {
  const found = new Map<string, Found>();
  if (scan)
    article.paragraphs.forEach((text, p) => {
      // A match holds one of the forms: a paragraph with none is not run through the pattern.
      if (!forms.some((form) => text.includes(form))) return;
      for (const m of text.matchAll(pattern)) {
        const form = m[2]!;
        if (form === form.toUpperCase() && form.length > 3) continue;
        if (!m[1] && insideLongerName(text, m.index)) continue;
        add(found, m[1] ? `${m[1]} ${form}` : form, 'name', p);
        const title = m[1] ? null : titleBefore(text, m.index);
        if (title) add(found, title, 'role', p);
        const appositive = appositiveAfter(text, m.index + m[0].length);
        if (appositive) add(found, appositive, 'role', p);
      }
    });
  for (const quote of article.quotes) {
    if (quote.speaker !== person || quote.scare || !quote.verb) continue;
    const text = article.paragraphs[quote.paragraph] ?? '';
    const role = roleSubject(text.slice(quote.end), text.slice(0, quote.start), quote.verb);
    if (role) add(found, role, 'role', quote.paragraph);
  }
  return [...found.values()].sort((a, b) => a.paragraph - b.paragraph || b.count - a.count);
}

/**
 * Per article (input order), the names of each key person that at least one article describes by
 * role (people named only by name have nothing to compare), most mentioned people first.
 */
export function roleNames(
  articles: Article[],
  entities: EntityAnalysis,
  capitals: ReadonlyArray<string | undefined> = [],
  memo: CompareMemo = NO_MEMO,
): RoleNames[] {
  const persons = entities.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  const surnames = new Map<string, number>();
  for (const name of persons) increment(surnames, name.split(/\s+/).at(-1)!);
  const people = persons.map((person) => ({
    person,
    forms: nameForms(
      person,
      entities.spellings.get(person),
      person.includes(' ') && surnames.get(person.split(/\s+/).at(-1)!)! > 1,
    ),
  }));
  const patterns = people.map(({ forms }) => formsPattern(forms));
  // A form can only match where the text has its first letter run, a capitalised word of the
  // article (features.ts `capitals`): articles without any of a person's are not scanned for them.
  const leads = people.map(({ forms }) => forms.map((form) => /^\p{Lu}\p{L}*/u.exec(form)?.[0] ?? null));
  // An article's rows depend only on its text and the people's name forms (compare/memo.ts).
  const rowsOf = memo.step<Array<{ person: string; names: Found[] }>>('role-names', people);
  const perArticle = articles.map((article, a) =>
    rowsOf(a, () => {
      const words = capitals[a] === undefined ? null : new Set(capitals[a].split(' '));
      return people.map(({ person, forms }, i) => {
        const scan = !words || leads[i]!.some((lead) => lead === null || words.has(lead));
        return { person, names: namesFor(article, person, forms, patterns[i], scan) };
      });
    }),
  );
  const described = people
    .filter((_, i) => perArticle.some((rows) => rows[i]!.names.some((n) => n.kind === 'role')))
    .slice(0, ROLE_NAME_LIMITS.people)
    .map((p) => p.person);
  return perArticle.map((rows) => rows.filter((r) => described.includes(r.person) && r.names.length > 0));
}

/** Profiles with their `roleNames` filled (the one call compare/index.ts makes). */
export function withRoleNames(
  profiles: OutletProfile[],
  articles: Article[],
  entities: EntityAnalysis,
  capitals: ReadonlyArray<string | undefined> = [],
  memo: CompareMemo = NO_MEMO,
): OutletProfile[] {
  const names = roleNames(articles, entities, capitals, memo);
  return profiles.map((profile, a) => ({ ...profile, roleNames: names[a] ?? [] }));
}
