/**
 * quotes/acronym-role: "…," the former senior JAG says. -> nobody, not the organisation "JAG".
 *
 * In:  the People index, a tag subject the tag reader cut to a lone acronym ("JAG"), and its
 *      position in the body.
 * Out: true when the words right before it in the body are a determiner and lower-case modifiers
 *      that only a person's post takes ("the former", "a senior", "the retired"): the acronym is
 *      then the post of someone unnamed (a judge advocate general), not an organisation that
 *      speaks. Found on the round-20 speaker audit of un-annotated corpus articles, where "JAG"
 *      was named the speaker of an anonymous former military lawyer's words.
 */
import type { People } from '../people.ts';

const POST_LEAD =
  /(?:^|[^\p{L}])(?:the|a|an|one|another)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:former|ex|senior|retired|veteran|onetime|one-time|longtime|top)[\s-]+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;

/** Whether the acronym subject at `pos` is a person's post (see the header). */
export function acronymPost(people: People, np: string, pos: number): boolean {
  if (!/^\p{Lu}{2,}s?$/u.test(np)) return false;
  const text = people.paragraphs[Math.floor(pos / 1_000_000) - people.contextCount] ?? '';
  const at = pos % 1_000_000;
  return POST_LEAD.test(text.slice(Math.max(0, at - 60), at));
}
