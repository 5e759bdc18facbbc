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
import { TITLES, type EntityAnalysis } from './entities.ts';

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
const CONNECTORS = new Set(['of', 'the', 'for']);
const HONORIFICS = ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Dr'];
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

/** The title run ending right before `at` ("NATO Secretary General "), or null. */
export function titleBefore(text: string, at: number): string | null {
  const tokens = text.slice(0, at).split(/(\s+)/);
  const run: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token === '' || /^\s+$/.test(token)) continue;
    const bare = token.replace(/^\(|\)$/g, '');
    if (!/^[\p{L}][\p{L}.'’-]*$/u.test(bare)) break;
    const role = isRoleNoun(bare) || TITLES.has(bare.toLowerCase());
    if (role || capitalised(token) || CONNECTORS.has(token) || /['’]s$/.test(token)) run.unshift(token);
    else break;
    // "the" opens the run unless it sits inside a title ("Secretary-General of the …").
    if (/^the$/i.test(token) && !/^(of|for)$/.test(tokens.slice(0, i).findLast((t) => t.trim() !== '') ?? ''))
      break;
  }
  while (run.length > 0 && CONNECTORS.has(run[0]!) && run[0] !== 'the') run.shift();
  while (run.length > 0 && /^the$/i.test(run.at(-1)!)) run.pop();
  if (!run.some((w) => isRoleNoun(w.replace(/[()]/g, '')))) return null;
  return run.join(' ');
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

/** A definite role phrase that is the subject of `verb` ("the NATO chief said" / "said the NATO chief"). */
export function roleSubject(text: string, verb: string): string | null {
  const np = `((?:the|The)(?:\\s+[\\p{L}'’-]+){1,${ROLE_NAME_LIMITS.subjectWords}})`;
  const v = escape(verb);
  for (const re of [
    new RegExp(`${np},?\\s+${v}\\b`, 'u'),
    new RegExp(`\\b${v}\\s+${np}(?=[\\s,.;]|$)`, 'u'),
  ]) {
    const m = re.exec(text);
    if (!m) continue;
    const words = m[1]!.split(/\s+/);
    // The phrase must end in a role noun; the longest tail starting at a "the" is the phrase.
    while (words.length > 1 && !isRoleNoun(words.at(-1)!)) words.pop();
    const start = words.map((w) => w.toLowerCase()).lastIndexOf('the');
    const tail = words.slice(start < 0 ? 0 : start);
    if (tail.length > 1 && isRoleNoun(tail.at(-1)!)) return tail.join(' ');
  }
  return null;
}

/** The name forms of a person: the full name, the surname, other spellings; longest first. */
function nameForms(name: string, spellings: Map<string, number> | undefined): string[] {
  const surname = name.split(/\s+/).at(-1)!;
  const forms = new Set([name, surname]);
  for (const spelling of spellings?.keys() ?? [])
    if (spelling !== spelling.toUpperCase()) forms.add(spelling);
  return [...forms].filter((f) => f.length > 1).sort((a, b) => b.length - a.length);
}

function add(found: Map<string, Found>, name: string, kind: Found['kind'], paragraph: number): void {
  const key = `${kind}:${name.toLowerCase()}`;
  const entry = found.get(key);
  if (entry) entry.count += 1;
  else found.set(key, { name, kind, count: 1, paragraph });
}

/** One article's names for one person. */
export function namesFor(article: Article, person: string, forms: string[]): Found[] {
  const found = new Map<string, Found>();
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(${HONORIFICS.map(escape).join('|')})\\s+)?(${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  article.paragraphs.forEach((text, p) => {
    for (const m of text.matchAll(pattern)) {
      const form = m[2]!;
      if (form === form.toUpperCase() && form.length > 3) continue;
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
    // Outside the quoted words only.
    const around = `${text.slice(0, quote.start)} ${text.slice(quote.end)}`;
    const role = roleSubject(around, quote.verb);
    if (role) add(found, role, 'role', quote.paragraph);
  }
  return [...found.values()].sort((a, b) => a.paragraph - b.paragraph || b.count - a.count);
}

/**
 * Per article (input order), the names of each key person that at least one article describes by
 * role (people named only by name have nothing to compare), most mentioned people first.
 */
export function roleNames(articles: Article[], entities: EntityAnalysis): RoleNames[] {
  const people = entities.entities
    .filter((e) => e.kind === 'person')
    .map((e) => ({ person: e.name, forms: nameForms(e.name, entities.spellings.get(e.name)) }));
  const perArticle = articles.map((article) =>
    people.map(({ person, forms }) => ({ person, names: namesFor(article, person, forms) })),
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
): OutletProfile[] {
  const names = roleNames(articles, entities);
  return profiles.map((profile, a) => ({ ...profile, roleNames: names[a] ?? [] }));
}
