/**
 * compare/entities: the story's body paragraphs -> key people, organisations and places.
 *
 * In:  the story's articles (`id`, `paragraphs`).
 * Out: `entities` for StoryAnalysis (most mentioned first, only those mentioned by >= 2 articles or
 *      >= 3 times), plus per-article mention counts and the surface spellings seen for each entity,
 *      which outlets.ts uses for the coverage matrix and naming choices.
 *
 * How (heuristic, no model): runs of capitalised words are candidate names. Titles are cut off
 * ("NATO Secretary General Jens Stoltenberg" -> NATO + Jens Stoltenberg, the second marked as a
 * person), sentence-initial words count only when the story also capitalises them mid-sentence,
 * demonyms, months and weekdays are dropped. Then mentions are merged: case/diacritic variants
 * (Nato -> NATO), surnames into the one full name that ends with them (Stoltenberg -> Jens
 * Stoltenberg), and a spelled-out name into its acronym when the acronym is used (North Atlantic
 * Treaty Organization -> NATO).
 */
import { ASCII_LETTERS_ONLY, asciiTwin } from '../../lib/ascii-letters.ts';
import type { Article, StoryAnalysis } from '../../lib/model.ts';
import { mergeVariants } from './entity-merge.ts';
import { NO_MEMO, type CompareMemo, type StorySum } from './memo.ts';
import { STOPWORDS, fold, increment } from './text.ts';
import {
  ADJECTIVES,
  CALENDAR,
  LOCATIVE,
  MULTI_WORD_PLACES,
  ORG_WORDS,
  PLACES,
  SPEECH,
  TITLES,
} from './entity-words.ts';
import {
  addLowercaseWords,
  endsSentence,
  isAcronym,
  isDemonym,
  lastWord,
  splitRun,
} from './entity-tokens.ts';

export type Entity = StoryAnalysis['entities'][number];
type EntityKind = Entity['kind'];

export interface EntityAnalysis {
  entities: Entity[];
  /** For each article (input order): entity name -> mentions. Only the kept entities. */
  perArticle: Array<Map<string, number>>;
  /**
   * Entity name -> surface spelling -> mentions, story-wide, for the kept entities and for other
   * names mentioned at least twice (a naming choice can concern a minor name: "Ramstein group").
   */
  spellings: Map<string, Map<string, number>>;
}

export const ENTITY_LIMITS = { minArticles: 2, minMentions: 3, max: 60, spellings: 300 };

// A capitalised token (with inner apostrophes/hyphens), or an all-caps acronym.
export const NAME_RUN =
  /(?<![\p{L}\p{M}\p{N}])[\p{Lu}][\p{L}\p{M}]*(?:['’\-.][\p{L}\p{M}]+)*\.?(?:[ \u00a0]+[\p{Lu}][\p{L}\p{M}]*(?:['’\-.][\p{L}\p{M}]+)*\.?)*/gu;
const NAME_RUN_ASCII = asciiTwin(NAME_RUN);
/** The first word after a name run (what follows it, up to 30 characters). */
export const FOLLOWING_WORD = /^[^\p{L}]*([\p{L}]+)/u;
const FOLLOWING_WORD_ASCII = asciiTwin(FOLLOWING_WORD);
/** A lower-case word right after a name run's space. */
export const LOWER_AFTER_SPACE = /^ \p{Ll}/u;
const LOWER_AFTER_SPACE_ASCII = asciiTwin(LOWER_AFTER_SPACE);

interface Surface {
  mentions: number;
  articles: Map<number, number>;
  /** Mentions not at a sentence start (proof the word is a name, not just capitalised). */
  midSentence: number;
  /** Votes for the kind, from the context of each mention. */
  person: number;
  place: number;
}

/**
 * One article's entity candidates, in text order: each capitalised name part with its context
 * votes, and the words the article writes in lower case. Per article and independent of the rest
 * of the story, so ingest caches it with the source's analysis (compare/features.ts). Lists are
 * joined into one string each: a thousand articles' lists stay a few thousand strings in memory
 * and in the cache, not millions.
 */
export interface EntityMentions {
  /** Candidate names, one per mention, joined by "\n" (a name never holds one). */
  names: string;
  /** Per mention: MID (not at a sentence start) | PERSON (a title or speech verb) | PLACE (after "in"…). */
  flags: number[];
  /** Words seen in lower case ("meanwhile"), joined by " ": sentence-initial capitals that are not names. */
  lowercase: string;
}

const MID = 1;
const PERSON = 2;
const PLACE = 4;

/** One article's entity candidates (see EntityMentions), computed once per source and cached. */
export function entityMentions(article: Pick<Article, 'paragraphs'>): EntityMentions {
  const names: string[] = [];
  const flags: number[] = [];
  const lowercaseWords = new Set<string>();
  const record = (name: string, mid: boolean, person: boolean, before: string, after: string) => {
    names.push(name);
    flags.push(
      (mid ? MID : 0) | (person || SPEECH.has(after) ? PERSON : 0) | (LOCATIVE.has(before) ? PLACE : 0),
    );
  };
  for (const paragraph of article.paragraphs) {
    // ASCII is enough for this filter, and much faster.
    addLowercaseWords(paragraph, lowercaseWords);
    // Most paragraphs have only ASCII letters: their patterns run as the faster twins (same matches).
    const ascii = ASCII_LETTERS_ONLY.test(paragraph);
    for (const match of paragraph.matchAll(ascii ? NAME_RUN_ASCII : NAME_RUN)) {
      const start = match.index;
      const prefix = paragraph.slice(Math.max(0, start - 30), start);
      // After ". ", ": ", an opening quote or bracket, or at the paragraph start. `," Stoltenberg`
      // (a closing quote after a comma) continues the sentence.
      const atSentenceStart = start === 0 || endsSentence(prefix);
      const before = fold(lastWord(prefix));
      const following = (ascii ? FOLLOWING_WORD_ASCII : FOLLOWING_WORD).exec(
        paragraph.slice(start + match[0].length, start + match[0].length + 30),
      );
      const after = fold(following?.[1] ?? '');
      // "the Ramstein group": a lower-case generic head is part of the name, and the variant of
      // "Ramstein Group" that naming.ts must see. Only when the run ends right before it.
      const head =
        following &&
        (ascii ? LOWER_AFTER_SPACE_ASCII : LOWER_AFTER_SPACE).test(
          paragraph.slice(start + match[0].length, start + match[0].length + 2),
        ) &&
        ORG_WORDS.has(after) &&
        !/['’]s$/u.test(match[0])
          ? following[1]!
          : null;
      const parts = splitRun(match[0].split(/[ \u00a0]+/), atSentenceStart);
      parts.forEach((part, i) => {
        const last = i === parts.length - 1;
        const name = last && head ? [...part.tokens, head].join(' ') : part.tokens.join(' ');
        record(name, part.mid, part.titled, part.first ? before : '', last ? after : '');
      });
    }
  }
  return { names: names.join('\n'), flags, lowercase: [...lowercaseWords].join(' ') };
}

/**
 * `mentions[i]`, when given, must be entityMentions(articles[i]) (ingest passes them from its
 * cache); missing ones are computed here.
 */
export function findEntities(
  articles: Article[],
  mentions: ReadonlyArray<EntityMentions | undefined> = [],
  memo: CompareMemo = NO_MEMO,
): EntityAnalysis {
  const found = (a: number) => mentions[a] ?? entityMentions(articles[a]!);
  const surfaces = collectSurfaces(articles.length, found);
  const lowercaseWords = lowercaseSurfaces(
    surfaces,
    memo.sum(LOWERCASE_TOTALS, articles.length, (a) => found(a).lowercase),
  );
  const kept = keepNameLike(surfaces, lowercaseWords);
  const aggregated = aggregate(kept, mergeVariants(kept, lowercaseWords));
  return rankEntities(articles, aggregated);
}

/** Every candidate name of the story's `count` articles with its mentions and context votes. */
function collectSurfaces(count: number, mentionsOf: (a: number) => EntityMentions): Map<string, Surface> {
  const surfaces = new Map<string, Surface>();
  for (let a = 0; a < count; a++) {
    const found = mentionsOf(a);
    const names = found.flags.length > 0 ? found.names.split('\n') : [];
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      const flags = found.flags[i]!;
      let s = surfaces.get(name);
      if (!s) {
        s = { mentions: 0, articles: new Map(), midSentence: 0, person: 0, place: 0 };
        surfaces.set(name, s);
      }
      s.mentions++;
      increment(s.articles, a);
      if (flags & MID) s.midSentence++;
      if (flags & PERSON) s.person++;
      if (flags & PLACE) s.place++;
    }
  }
  return surfaces;
}

/**
 * Each word the story's articles write in lower case, with the number of articles that do: their
 * EntityMentions' `lowercase` summed (kept up to date across ingests by compare's memo).
 */
const LOWERCASE_TOTALS: StorySum<string, Map<string, number>> = {
  name: 'lowercase-words',
  version: 1,
  empty: () => new Map(),
  isTotal: (value): value is Map<string, number> => value instanceof Map,
  partOf: (features) => features.entities.lowercase,
  add(total, words, sign) {
    if (!words) return;
    for (const word of words.split(' ')) {
      const n = (total.get(word) ?? 0) + sign;
      if (n === 0) total.delete(word);
      else total.set(word, n);
    }
  },
};

/** The one-word surfaces the articles also write in lower case ("meanwhile"), folded. */
function lowercaseSurfaces(
  surfaces: ReadonlyMap<string, Surface>,
  lowercase: ReadonlyMap<string, number>,
): Set<string> {
  const lowercaseWords = new Set<string>();
  for (const name of surfaces.keys()) {
    if (name.includes(' ')) continue;
    const key = fold(name);
    if (lowercase.has(key)) lowercaseWords.add(key);
  }
  return lowercaseWords;
}

/** The surfaces that look like names: not stop words, months, titles, demonyms or capitalised sentence openers. */
function keepNameLike(
  surfaces: ReadonlyMap<string, Surface>,
  lowercaseWords: ReadonlySet<string>,
): Map<string, Surface> {
  const kept = new Map<string, Surface>();
  for (const [name, s] of surfaces) {
    const tokens = name.split(' ');
    if (tokens.length === 1) {
      const key = fold(name);
      if (key.length < 2 || STOPWORDS.has(key) || CALENDAR.has(key) || TITLES.has(key) || ADJECTIVES.has(key))
        continue;
      if (isDemonym(name)) continue;
      // A capitalised word only ever seen starting a sentence ("Meanwhile") is not a name.
      if (!isAcronym(name) && s.midSentence === 0) continue;
      if (!isAcronym(name) && lowercaseWords.has(key) && s.midSentence < 2) continue;
    }
    kept.set(name, s);
  }
  return kept;
}

interface Aggregate {
  mentions: number;
  articles: Map<number, number>;
  person: number;
  place: number;
  spellings: Map<string, number>;
  surnameOnly: number;
}

/** The kept surfaces summed per entity (the name `resolve` gives each surface). */
function aggregate(
  kept: ReadonlyMap<string, Surface>,
  resolve: (name: string) => string,
): Map<string, Aggregate> {
  const aggregated = new Map<string, Aggregate>();
  for (const [name, s] of kept) {
    const entity = resolve(name);
    let agg = aggregated.get(entity);
    if (!agg) {
      agg = { mentions: 0, articles: new Map(), person: 0, place: 0, spellings: new Map(), surnameOnly: 0 };
      aggregated.set(entity, agg);
    }
    agg.mentions += s.mentions;
    for (const [a, n] of s.articles) increment(agg.articles, a, n);
    agg.person += s.person;
    agg.place += s.place;
    increment(agg.spellings, name, s.mentions);
    if (entity.includes(' ') && !name.includes(' ') && !isAcronym(name)) agg.surnameOnly += s.mentions;
  }
  return aggregated;
}

/** The entities a reader is shown (most mentioned first, within ENTITY_LIMITS), their counts per article and spellings. */
function rankEntities(articles: Article[], aggregated: ReadonlyMap<string, Aggregate>): EntityAnalysis {
  const entities: Array<Entity & { mentions: number }> = [];
  for (const [name, agg] of aggregated) {
    if (agg.articles.size < ENTITY_LIMITS.minArticles && agg.mentions < ENTITY_LIMITS.minMentions) continue;
    entities.push({
      name,
      kind: kindOf(name, agg),
      articles: [...agg.articles.keys()].sort((x, y) => x - y).map((a) => articles[a]!.id),
      mentions: agg.mentions,
    });
  }
  entities.sort(
    (x, y) => y.mentions - x.mentions || y.articles.length - x.articles.length || (x.name < y.name ? -1 : 1),
  );
  const top = entities.slice(0, ENTITY_LIMITS.max);

  const perArticle = articles.map(() => new Map<string, number>());
  for (const entity of top) {
    for (const [a, n] of aggregated.get(entity.name)!.articles) perArticle[a]!.set(entity.name, n);
  }
  const spellings = new Map<string, Map<string, number>>();
  for (const entity of top) spellings.set(entity.name, aggregated.get(entity.name)!.spellings);
  const minor = [...aggregated]
    .filter(([name, agg]) => !spellings.has(name) && agg.mentions >= 2)
    .sort((x, y) => y[1].mentions - x[1].mentions || (x[0] < y[0] ? -1 : 1))
    .slice(0, Math.max(0, ENTITY_LIMITS.spellings - spellings.size));
  for (const [name, agg] of minor) spellings.set(name, agg.spellings);
  return {
    entities: top.map(({ name, kind, articles: ids }) => ({ name, kind, articles: ids })),
    perArticle,
    spellings,
  };
}

function kindOf(
  name: string,
  agg: { mentions: number; person: number; place: number; surnameOnly: number },
): EntityKind {
  const tokens = name.split(' ');
  const key = fold(name);
  if (PLACES.has(key) || MULTI_WORD_PLACES.has(key)) return 'place';
  if (tokens.some((t) => ORG_WORDS.has(fold(t))) || (tokens.length === 1 && isAcronym(name)))
    return 'organisation';
  if (
    tokens.length > 1 &&
    tokens.every((t) => !isAcronym(t)) &&
    (agg.person > 0 || agg.surnameOnly > 0 || tokens.length <= 3)
  ) {
    return agg.place > agg.mentions / 2 ? 'place' : 'person';
  }
  if (agg.place >= Math.max(1, agg.mentions / 3)) return 'place';
  if (agg.person > 0) return 'person';
  return 'organisation';
}
