/**
 * compare/naming: how each outlet spells the names the story argues about.
 *
 * In:  the story's articles and the entity analysis (entities.ts) for the story's own names.
 * Out: per article, `{ concept, variant, count }` for every contested name it uses.
 *
 * Two sources of contested names:
 *  - a small built-in table of known contested transliterations and renamings (Kiev/Kyiv,
 *    Kharkov/Kharkiv, Burma/Myanmar…), reported when the story uses two of its spellings (where
 *    everyone writes "Kyiv" there is nothing to compare);
 *  - automatic: the spellings of the story's own entities that fold to the same skeleton (case,
 *    diacritics, doubled letters, y/i: Odessa/Odesa, Zelensky/Zelenskyy), reported only when the
 *    story really uses two or more of them that differ beyond case: NATO/Nato or a "BRUSSELS"
 *    dateline is house style, not a choice of name.
 *
 * One scan per article at the word starts that can begin a name, looking variants up by their first
 * word, so cost is linear in the text.
 */
import { ASCII_LETTERS_ONLY, asciiTwin } from '../../lib/ascii-letters.ts';
import type { Article, OutletProfile } from '../../lib/model.ts';
import { NO_MEMO, type CompareMemo } from './memo.ts';
import { fold, increment } from './text.ts';

/** Concept (preferred modern spelling first) -> other spellings in use. */
export const CONTESTED_NAMES: ReadonlyArray<readonly string[]> = [
  ['Kyiv', 'Kiev'],
  ['Kharkiv', 'Kharkov'],
  ['Odesa', 'Odessa'],
  ['Lviv', 'Lvov', 'Lwów'],
  ['Mykolaiv', 'Nikolaev', 'Nikolayev'],
  ['Luhansk', 'Lugansk'],
  ['Dnipro', 'Dnepr', 'Dnipropetrovsk'],
  ['Zaporizhzhia', 'Zaporozhye', 'Zaporizhia', 'Zaporizhzhya'],
  ['Chernihiv', 'Chernigov'],
  ['Donbas', 'Donbass'],
  ['Bakhmut', 'Artemovsk', 'Artyomovsk'],
  ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskii'],
  ['Belarus', 'Byelorussia', 'Belorussia'],
  ['Moldova', 'Moldavia'],
  ['Türkiye', 'Turkey'],
  ['Myanmar', 'Burma'],
  ['Czechia', 'Czech Republic'],
  ['Eswatini', 'Swaziland'],
  ['North Macedonia', 'Macedonia'],
  ['Beijing', 'Peking'],
  ['Mumbai', 'Bombay'],
  ['Kolkata', 'Calcutta'],
  ['Chennai', 'Madras'],
  ['Gaddafi', 'Qaddafi', 'Kadhafi', 'Qadhafi'],
  ['al-Qaeda', 'al-Qaida', 'Al Qaeda', 'Al-Qaeda'],
  ['Islamic State', 'ISIS', 'ISIL', 'Daesh'],
  ['Tbilisi', 'Tiflis'],
  ['Almaty', 'Alma-Ata'],
  ['Persian Gulf', 'Arabian Gulf'],
];

/** Spelling skeleton: case, diacritics, separators, doubled letters and y/i do not count. */
export function skeleton(name: string): string {
  let key = skeletons.get(name);
  if (key === undefined) {
    if (skeletons.size >= 50_000) skeletons.clear();
    key = skeletonOf(name);
    skeletons.set(name, key);
  }
  return key;
}

/** skeleton is asked for the same names many times: their skeletons are kept (a bounded cache). */
const skeletons = new Map<string, string>();

function skeletonOf(name: string): string {
  return fold(name)
    .replace(/[^\p{L}]/gu, '')
    .replace(/y/g, 'i')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/(\p{L})\1+/gu, '$1');
}

const tableKey = new Map<string, string>();
for (const [concept, ...others] of CONTESTED_NAMES) {
  for (const variant of [concept!, ...others]) tableKey.set(skeleton(variant), concept!);
}

/** The concept a name belongs to in the built-in table, or null. */
export function contestedConcept(name: string): string | null {
  return tableKey.get(skeleton(name)) ?? null;
}

/**
 * The word starts of an article that can begin a name (a capital, or a short lower-case prefix such
 * as "al-"), in text order: each one's first word, folded, and where it is. Per article and
 * independent of the story, so ingest caches it (compare/features.ts) and namingChoices only looks
 * the words up.
 */
export interface NameStarts {
  /** The folded first words, joined by " ". */
  words: string;
  /** Paragraph and offset of each start, as pairs. */
  at: number[];
}

export const NAME_START = /(?<![\p{L}\p{N}])(?:\p{Lu}|\p{Ll}{1,3}-\p{Lu})/gu;
export const FIRST_WORD = /[\p{L}\p{M}]+/uy;
/** NAME_START and FIRST_WORD for ASCII-letter paragraphs (most): the same matches, faster (lib/ascii-letters.ts). */
const NAME_START_ASCII = asciiTwin(NAME_START);
const FIRST_WORD_ASCII = asciiTwin(FIRST_WORD);
/**
 * The letters a folded word starts with: the key phrases are indexed by and name starts looked up
 * under. Folding can split a word ("Ⰰﹴ" -> "ⰰ ٍ": a compatibility form becomes a space and a mark),
 * and a space inside one key would misalign the space-joined list of NameStarts.
 */
const leadingLetters = (folded: string): string => /^[\p{L}\p{M}]*/u.exec(folded)![0];

/** The places in an article where a name can begin (see NameStarts). */
export function nameStarts(article: Pick<Article, 'paragraphs'>): NameStarts {
  const words: string[] = [];
  const at: number[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    const ascii = ASCII_LETTERS_ONLY.test(paragraph);
    const firstWord = ascii ? FIRST_WORD_ASCII : FIRST_WORD;
    for (const start of paragraph.matchAll(ascii ? NAME_START_ASCII : NAME_START)) {
      firstWord.lastIndex = start.index;
      words.push(leadingLetters(fold(firstWord.exec(paragraph)?.[0] ?? '')));
      at.push(p, start.index);
    }
  });
  return { words: words.join(' '), at };
}

/** `starts[i]`, when given, must be nameStarts(articles[i]); missing ones are computed here. */
export function namingChoices(
  articles: Article[],
  spellings: Map<string, Map<string, number>>,
  starts: ReadonlyArray<NameStarts | undefined> = [],
  memo: CompareMemo = NO_MEMO,
): Array<OutletProfile['naming']> {
  // Every phrase to look for, mapped (by skeleton) to its concept.
  const conceptOf = new Map<string, { concept: string; table: boolean }>();
  const phrases = new Set<string>();
  for (const variants of CONTESTED_NAMES) {
    for (const v of variants) {
      conceptOf.set(skeleton(v), { concept: variants[0]!, table: true });
      phrases.add(v);
    }
  }
  for (const [entity, forms] of spellings) {
    for (const form of forms.keys()) {
      const key = skeleton(form);
      if (!conceptOf.has(key)) conceptOf.set(key, { concept: entity, table: false });
      // Lower-case second words ("Ramstein group") are only found by the case-insensitive scan.
      phrases.add(form);
    }
  }
  const story = new Map<string, Map<string, number>>();
  if (phrases.size === 0) return articles.map(() => []);

  // Phrases indexed by their folded first word, looked up at each word start that can begin a
  // name (nameStarts).
  const byFirst = new Map<string, string[]>();
  for (const phrase of phrases) {
    const folded = fold(phrase);
    const first = leadingLetters(folded);
    if (!first) continue;
    const list = byFirst.get(first) ?? [];
    byFirst.set(first, list);
    list.push(folded);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  // An article's spellings depend only on its text and the phrases looked for (compare/memo.ts):
  // the entities' spellings (their forms, not counts); the table is code.
  const spellingsOf = memo.step<Map<string, Map<string, number>>>(
    'naming',
    [...spellings].map(([entity, forms]) => [entity, [...forms.keys()]]),
  );
  const perArticle = articles.map((article, a) => spellingsOf(a, () => articleSpellings(article, a)));
  for (const concepts of perArticle)
    for (const [concept, forms] of concepts) {
      const forStory = story.get(concept) ?? new Map<string, number>();
      story.set(concept, forStory);
      for (const [surface, count] of forms) increment(forStory, surface, count);
    }
  // Concept -> surface -> count in one article.
  function articleSpellings(article: Article, a: number): Map<string, Map<string, number>> {
    const found = new Map<string, Map<string, number>>();
    const { words, at } = starts[a] ?? nameStarts(article);
    const folded = at.length > 0 ? words.split(' ') : [];
    for (let s = 0; s < folded.length; s++) {
      const candidates = byFirst.get(folded[s]!);
      if (!candidates) continue;
      const paragraph = article.paragraphs[at[2 * s]!]!;
      const index = at[2 * s + 1]!;
      for (const candidate of candidates) {
        const surface = paragraph.slice(index, index + candidate.length);
        if (fold(surface) !== candidate) continue;
        if (/[\p{L}\p{N}]/u.test(paragraph.charAt(index + candidate.length))) continue;
        const entry = conceptOf.get(skeleton(surface));
        if (!entry) break;
        const concept = entry.concept;
        const forArticle = found.get(concept) ?? new Map<string, number>();
        found.set(concept, forArticle);
        increment(forArticle, surface);
        break; // longest phrase first: "Czech Republic" before "Czech"
      }
    }
    return found;
  }

  // Auto-detected concepts: only when the story uses two or more spellings, and named after the
  // most used one. Table concepts keep their table name.
  const tableConcepts = new Set(CONTESTED_NAMES.map((v) => v[0]!));
  const reported = new Map<string, string>();
  for (const [concept, forms] of story) {
    if (tableConcepts.has(concept)) {
      // A choice only when the story shows one: two spellings beyond case (Kiev and Kyiv).
      if (new Set([...forms.keys()].map((form) => fold(form))).size > 1) reported.set(concept, concept);
      continue;
    }
    // Only variants of the same skeleton are naming choices ("Stoltenberg" vs "Jens Stoltenberg"
    // is not): group this entity's spellings by skeleton and keep groups with 2+ spellings.
    const bySkeleton = new Map<string, string[]>();
    for (const form of forms.keys()) {
      const list = bySkeleton.get(skeleton(form)) ?? [];
      bySkeleton.set(skeleton(form), list);
      list.push(form);
    }
    for (const list of bySkeleton.values()) {
      // Case alone ("NATO"/"Nato", a "BRUSSELS" dateline) is house style, not a choice of name.
      if (new Set(list.map((form) => fold(form))).size < 2) continue;
      const name = [...list].sort((x, y) => forms.get(y)! - forms.get(x)! || (x < y ? -1 : 1))[0]!;
      for (const form of list) reported.set(`${concept}\u0000${form}`, name);
    }
  }

  return perArticle.map((concepts) => {
    const out: OutletProfile['naming'] = [];
    for (const [concept, forms] of concepts) {
      for (const [variant, count] of forms) {
        const name = reported.get(concept) ?? reported.get(`${concept}\u0000${variant}`);
        if (name) out.push({ concept: name, variant, count });
      }
    }
    return out.sort((x, y) => (x.concept < y.concept ? -1 : x.concept > y.concept ? 1 : y.count - x.count));
  });
}
