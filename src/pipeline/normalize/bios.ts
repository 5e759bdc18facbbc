/**
 * normalize/bios: the body's paragraphs -> which of them close it as notes on the writer or point
 * the reader elsewhere. Used by normalize/furniture.ts (both normalizers) and, for subheads, by
 * text/index.ts and html/article.ts.
 *
 * In: the paragraphs and the reasons found so far (null = story). Out: reasons filled in place.
 *   credits        a short bio closing the body ("Jane Doe is a contributing writer for X", "Jane Doe
 *                  covers courts." with a sentence more on her past, a think tank's "is a fellow at
 *                  X", a note ending "Follow him on Twitter."), in the last two story paragraphs
 *                  or past boxes the rules removed after them; and a reporter card's heading: the
 *                  writer's name alone right above it, as a paragraph or a subhead
 *   related-links  a label announcing reading elsewhere ("Also worth a look:", "Further reading:",
 *                  "See also:") and the "Site Name: headline" links under it
 */
import type { RemovedBlock } from '../../lib/model.ts';
import { isSiteLink } from './text/boxes.ts';

/** "Jane Doe is a contributing writer for …": a short bio of the author, opening with the name. */
const AUTHOR_BIO =
  /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2} is (?:an?|the) (?:[\p{L}-]+ ){0,3}(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|critic|producer)\b/u;
const MAX_BIO_LENGTH = 250;
/** Last paragraphs searched for the bio: two of the story's, and boxes the rules removed after them. */
const BIO_REACH = 12;
/**
 * "Jane Doe covers courts and crime.": the desk's one-line note on its writer's beat; a reporter's
 * card may add a sentence on the writer's past ("Before that, 6 years at …").
 */
const BEAT_BIO =
  /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2} (?:covers|reports on|writes about) [^.!?"“”,;]{3,80}\.(?: [^.!?"“”]{3,80}\.)?$/u;
/** "Jane Doe is a visiting scholar at the Policy Forum.": a think tank's or a faculty's bio line. */
const AFFILIATION_BIO =
  /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2} is an? (?:[\p{L}-]+ ){0,3}(?:fellow|scholar|professor|researcher|lecturer|director|economist|analyst)(?: (?:of|in|for) [\p{L}' -]{2,60}?)? (?:at|with) (?:the )?\p{Lu}[^.!?]{2,100}\.$/u;

/**
 * A note on the writer that ends by asking the reader to follow them ("Jane Doe, who reported from
 * London, recently returned from Iran. Follow her on Twitter."): a bio, whatever it says first.
 */
const FOLLOW_BIO =
  /[.!?]["”’]?\s+Follow (?:him|her|them|me|us) on (?:Twitter|X|Instagram|Facebook|Threads|Bluesky|LinkedIn|Mastodon|TikTok)(?:\s*(?:at|:)?\s*@\w{1,30})?\.?$/u;

/** A person's name alone: two or three capitalised words. */
const NAME_ALONE = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}$/u;

/** Marks the bio closing the body, and a reporter card's name heading above it. */
export function markClosingBio(input: readonly string[], reasons: Array<string | null>): void {
  // The bio closes the body, before or after a note or a box removed already (a "More from" list);
  // the lede is never one.
  for (let i = input.length - 1, mine = 0; i > 0 && mine < 2 && i >= input.length - BIO_REACH; i--) {
    if (!reasons[i]) mine++;
    const text = input[i]?.trim() ?? '';
    if (
      text.length <= MAX_BIO_LENGTH &&
      (AUTHOR_BIO.test(text) || AFFILIATION_BIO.test(text) || BEAT_BIO.test(text) || FOLLOW_BIO.test(text))
    ) {
      reasons[i] = 'credits';
      // A reporter's card: the writer's name alone on the line above the bio.
      if (isCardHeading(input[i - 1] ?? '', [text])) reasons[i - 1] = 'credits';
    } else if (!reasons[i]) break;
  }
}

/** A writer's name alone over a bio that opens with it: a reporter card's heading. */
function isCardHeading(text: string, bios: readonly string[]): boolean {
  const name = text.trim();
  return NAME_ALONE.test(name) && bios.some((bio) => bio.startsWith(`${name} `));
}

/**
 * Subheads that are a reporter card's heading (the writer's name over the bio removed as
 * `credits`): the card's, not the article's. Both normalizers pass their subheads through it.
 */
export function withoutCardHeadings(subheads: readonly string[], removed: RemovedBlock[]): string[] {
  const bios = removed.filter((r) => r.reason === 'credits').map((r) => r.text.trim());
  if (!bios.length) return [...subheads];
  return subheads.filter((subhead) => {
    if (!isCardHeading(subhead, bios)) return true;
    removed.push({ text: subhead, reason: 'credits' });
    return false;
  });
}

/**
 * A label announcing links to read elsewhere ("Also worth a look:", "Further reading:", "See
 * also:"), alone on its line, and the "Site Name: Their headline" links under it: other sites'
 * stories, not this one. A line that introduces a quote or a list of the story's own ends with a
 * colon too, but names no reading.
 */
const LINKS_LABEL =
  /^(?:(?:also|more|other|further|recommended|elsewhere) )?(?:worth (?:a look|a read|reading|your time)|further reading|more reading|reading list|see also|elsewhere(?: on the web)?|other reads|good reads|recommended reading)\s*:?$/iu;

/** Marks a links label and the "Site: headline" links under it. */
export function markLinkLists(input: readonly string[], reasons: Array<string | null>): void {
  input.forEach((text, i) => {
    if (reasons[i] || !LINKS_LABEL.test(text.trim())) return;
    reasons[i] = 'related-links';
    for (let j = i + 1; j < input.length && isSiteLink(input[j]?.trim() ?? ''); j++)
      reasons[j] ??= 'related-links';
  });
}
