/**
 * quotes/relay: whether the tag after a quote only relays words that a speech verb before the
 * quote, in the same sentence, already gave to its own subject.
 *
 * In:  the sentence's text before the opening mark, the tag after the quote, and two lookups: the
 *      name the tag before the quote resolves to, and the name the tag after resolves to.
 * Out: true when the tag after should be dropped (the tag before then stands):
 *  - "Moreno said in a tweet that … because "…," according to The New York Times": "according to"
 *    after any speech verb is the channel, not the speaker;
 *  - "Kirby says there have been "…," Michele adds.": a named subject's reported speech, relayed
 *    by someone else (a correspondent, an outlet) whose tag closes the sentence. Only when the two
 *    tags name two different speakers ("Cornyn said … "…," Cornyn added" keeps either).
 * Found on the speaker audits of un-annotated corpus articles (rounds 17 and 20).
 */
import { isSpeechVerb, type Tag } from './attribution.ts';
import { tagBefore } from './tag-before.ts';

/** The report verb of a tag ends it: sentence end, a comma, or a place, time or channel follows. */
export function reportEnds(post: string, tag: Tag): boolean {
  const at = post.indexOf(tag.verb, tag.at + tag.subject.length);
  if (at < 0) return false;
  return /^\s*(?:[.,!?;:—–-]|$|(?:from|on|in|at|to|for|via|after|during|with|late|early|this|last)\b)/u.test(
    post.slice(at + tag.verb.length),
  );
}

const wordsOf = (t: string): string[] => t.split(/[^\p{L}]+/u).filter(Boolean);

/** Whether the tag after the quote only relays the words (see the header). */
export function relays(
  before: string,
  after: Tag,
  nameBefore: (tag: Tag) => string | null | undefined,
  nameAfter: () => string | null | undefined,
): boolean {
  if (!wordsOf(before).some(isSpeechVerb)) return false;
  if (after.verb === 'according to') return true;
  const first = tagBefore(before);
  if (!first?.subject || first.participle) return false;
  const own = nameBefore(first);
  const relayer = own ? nameAfter() : null;
  return Boolean(own && relayer && own !== relayer);
}
