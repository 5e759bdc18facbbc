/**
 * emit/group-ids: quote and figure group ids that survive edits and re-ingest.
 *
 *   pinGroupIds(story, pinned) -> { story with stable group ids, pins to store in the manifest }
 *
 * compare names a group from what it says (`q-<speaker>-<words>`, `f-<label>`), so fixing a speaker
 * or a figure's attributes would rename it and break every `<QuoteGroup id>`, `<Chart group>` and
 * note that uses it. What does not change under such edits is which statements a group holds: each
 * member's article and text (the quote's words; the figure's paragraph and words). The manifest
 * keeps, per group id, a short hash of each member; on the next ingest a group that shares members
 * with a pinned id gets that id back (the one it shares most with), whatever compare now calls it.
 * Groups with no pinned match keep compare's id (made unique against the pinned ones).
 */
import { createHash } from 'node:crypto';
import type { StoryData } from '../../lib/model.ts';

/** group id -> hashes of its members (article + statement text). */
export type GroupPins = Record<string, string[]>;

const fold = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Member keys of every group, by group index: what an edit of speakers, verbs or attributes keeps. */
function memberKeys(story: StoryData): { quotes: string[][]; figures: string[][] } {
  const byId = new Map(story.articles.map((article) => [article.id, article]));
  const quotes = story.analysis.quoteGroups.map((group) =>
    group.members.map((m) => {
      const quote = byId.get(m.article)?.quotes[m.quote];
      return hash(`q\0${m.article}\0${fold(quote?.text ?? String(m.quote))}`);
    }),
  );
  const figures = story.analysis.figureGroups.map((group) =>
    group.members.map((m) => {
      const figure = byId.get(m.article)?.figures[m.figure];
      return hash(`f\0${m.article}\0${figure?.paragraph ?? ''}\0${fold(figure?.text ?? String(m.figure))}`);
    }),
  );
  return { quotes, figures };
}

/** For each group (by index), the pinned id it takes back, or null: best overlap first, each id once. */
function match(keys: string[][], pinned: GroupPins, prefix: string): Array<string | null> {
  const owner = new Map<string, string>();
  for (const [id, members] of Object.entries(pinned)) {
    if (!id.startsWith(prefix)) continue;
    for (const key of members) owner.set(key, id);
  }
  const pairs: Array<{ group: number; id: string; overlap: number }> = [];
  keys.forEach((members, group) => {
    const counts = new Map<string, number>();
    for (const key of members) {
      const id = owner.get(key);
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, overlap] of counts) pairs.push({ group, id, overlap });
  });
  pairs.sort((a, b) => b.overlap - a.overlap || a.group - b.group || a.id.localeCompare(b.id));
  const result: Array<string | null> = keys.map(() => null);
  const taken = new Set<string>();
  for (const { group, id } of pairs) {
    if (result[group] !== null || taken.has(id)) continue;
    result[group] = id;
    taken.add(id);
  }
  return result;
}

/** Assigns ids: pinned where a group matches, else compare's id made unique. */
function assign(generated: string[], pinnedIds: Array<string | null>, reserved: Set<string>): string[] {
  const used = new Set(pinnedIds.filter((id): id is string => id !== null));
  return generated.map((id, index) => {
    const pin = pinnedIds[index];
    if (pin) return pin;
    let candidate = id;
    for (let n = 2; used.has(candidate) || reserved.has(candidate); n++) candidate = `${id}-${n}`;
    used.add(candidate);
    return candidate;
  });
}

/** Group ids carried over from the manifest's pins by shared members, and the pins to store for next time. */
export function pinGroupIds(story: StoryData, pinned: GroupPins): { story: StoryData; pins: GroupPins } {
  const keys = memberKeys(story);
  const { quoteGroups, figureGroups, outlets } = story.analysis;
  // An old id no group takes back by its members is free again: when compare still gives it (a
  // group whose only quote was reworded), it is most likely the same statement.
  const reserved = new Set<string>();
  const quoteIds = assign(
    quoteGroups.map((g) => g.id),
    match(keys.quotes, pinned, 'q-'),
    reserved,
  );
  const figureIds = assign(
    figureGroups.map((g) => g.id),
    match(keys.figures, pinned, 'f-'),
    reserved,
  );
  const rename = new Map<string, string>();
  quoteGroups.forEach((g, i) => rename.set(`q\0${g.id}`, quoteIds[i]!));
  figureGroups.forEach((g, i) => rename.set(`f\0${g.id}`, figureIds[i]!));
  const pins: GroupPins = {};
  quoteIds.forEach((id, i) => (pins[id] = keys.quotes[i]!));
  figureIds.forEach((id, i) => (pins[id] = keys.figures[i]!));
  return {
    pins,
    story: {
      ...story,
      analysis: {
        ...story.analysis,
        quoteGroups: quoteGroups.map((g, i) => ({ ...g, id: quoteIds[i]! })),
        figureGroups: figureGroups.map((g, i) => ({ ...g, id: figureIds[i]! })),
        outlets: outlets.map((profile) => ({
          ...profile,
          reports: {
            ...profile.reports,
            quoteGroups: profile.reports.quoteGroups.map((id) => rename.get(`q\0${id}`) ?? id),
            figureGroups: profile.reports.figureGroups.map((id) => rename.get(`f\0${id}`) ?? id),
          },
        })),
      },
    },
  };
}
