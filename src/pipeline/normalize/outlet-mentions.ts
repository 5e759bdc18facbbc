/**
 * normalize/outlet-mentions: one line of site furniture -> the outlet it names, or null.
 *
 * In: a single line (a footer link, a newsletter box, an app promo, an author bio). Out: the name
 * as printed, without legal suffixes. The shapes are the ones any news site prints about itself:
 *   reader lines   "Thank you for reading Outlet", "Support Outlet", "Become an Outlet member"
 *   sign-ups       "Sign up for Outlet's newsletter", "Get Outlet in your inbox",
 *                  "Sign up for the Outlet morning briefing"
 *   elsewhere      "Follow Outlet on Instagram", "Outlet on Facebook", "Download the Outlet app",
 *                  "Watch Outlet live", "Listen to Outlet Radio"
 *   site links     "More from Outlet", "About Outlet", "Advertise with Outlet", "Careers at Outlet",
 *                  a light edition's "Go to the full Outlet site" and "Outlet | Lite"
 *   legal lines    "Outlet is a registered trademark of …", "Outlet is part of Group Media",
 *                  "Outlet is a verified signatory of the International Fact-Checking Network's …",
 *                  "Outlet's editorial standards", "The Outlet Trust Principles"
 *   provenance     "Provided by Outlet", "Originally published by Outlet",
 *                  "This article first appeared in Outlet", "As reported by Outlet."
 *   author bios    "Jane Doe is a reporter for Outlet", "Outlet's chief correspondent"
 * Callers read these only outside the article's prose: a sentence of the story that names another
 * outlet ("told CNN", "according to Reuters") is a source, not the site.
 *
 * Long because the shapes are one table (MENTIONS, then PROVENANCE), tried in order with one
 * matcher: a shape added elsewhere would not be seen beside the ones it must not shadow.
 */
import { cleanOutletName, MEDIA_WORD, nameShaped, personLike } from './outlet.ts';
import { isPlatformName } from './outlet-site.ts';

/** A run of capitalised words (with "of", "the", "&" inside): a proper name as printed. */
export const NAME =
  "((?:The\\s+)?[\\p{Lu}\\d][\\p{L}\\d.&'’-]*(?:\\s+(?:of|the|and|&|de|[\\p{Lu}\\d][\\p{L}\\d.&'’-]*)){0,5})";
const ROLE_NOUN =
  '(?:reporter|writer|correspondent|editor|columnist|producer|contributor|journalist|critic|analyst)';
/** Section words after the site's name ("More from X Opinion"; not "News", which ends names). */
const SECTION_SUFFIX =
  /\s+(?:magazine|opinion|politics|sports|business|world|travel|culture|science|health|technology|tech|style|lifestyle|entertainment|video|podcasts?)$/iu;
/** Any letter case for the furniture words around NAME, which alone must stay capitalised. */
const anyCase = (words: string) => words.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
const SOCIAL = `(?:${anyCase(
  'facebook|twitter|x|instagram|youtube|tiktok|linkedin|whatsapp|telegram|threads|bluesky|mastodon|flipboard|pinterest|snapchat|social media|google news|apple news',
)})`;

/** One network's name in a list of them: a known one, or one capitalised word ("Chirpline"). */
const PLATFORM_WORD = `(?:${SOCIAL}|\\p{Lu}[\\p{Ll}]{2,}(?:\\p{Lu}[\\p{Ll}]+)?)`;

/** Buttons of a share bar: "Share on X", "Pin on Pinterest". Not a name. */
const SHARE_VERB = `(?:${anyCase('share|post|tweet|pin|send|email|save|print|comment|discuss|join|find|like|follow|repost|open')})`;

/**
 * [pattern, strip a section word after the name, weak]. NAME is always the first group. A weak
 * shape may name something other than the publisher: a programme or a newsletter ("Listen to X",
 * "Subscribe to X"), a person or a show's social account ("X on Instagram"), a section or a
 * writer ("More from X", "About X"), a sponsor or a charity ("Download the X app", "Support X"),
 * a product's trademark. Its name counts only where a signal of another kind names it too
 * (normalize/outlet-vote.ts).
 */
const MENTIONS: ReadonlyArray<[RegExp, boolean, boolean]> = [
  [
    new RegExp(`^${anyCase('thank')}(?:s| you) for (?:reading|supporting|choosing) ${NAME}(?:[.!]|$)`, 'u'),
    false,
    false,
  ],
  [
    new RegExp(
      `^(?:${anyCase('subscribe')}|${anyCase('sign')} up|${anyCase('register')}) (?:to|for|with) ${NAME}(?:[’']s\\b.*|[.!]?)$`,
      'u',
    ),
    false,
    true,
  ],
  // "Sign up for the Outlet morning briefing": a time of day or week between the name and the
  // newsletter says whose briefing it is (the publisher's), not what the newsletter is called.
  [
    new RegExp(
      `^(?:${anyCase('subscribe')}|${anyCase('sign')} up|${anyCase('register')}) (?:to|for) (?:the |our )?${NAME} (?:morning|evening|nightly|daily|weekly|weekday|weekend|midday|afternoon)(?: [\\p{Ll}-]+)? (?:newsletter|briefing|digest|email|e-mail|bulletin|roundup)[.!]?$`,
      'u',
    ),
    false,
    false,
  ],
  [
    new RegExp(
      `^(?:${anyCase('get')}|${anyCase('receive')}) ${NAME}[’']s\\s.{0,60}(?:newsletter|briefing|alerts?)\\b`,
      'u',
    ),
    false,
    true,
  ],
  [new RegExp(`^${anyCase('get')} ${NAME} (?:in|delivered to) your inbox\\b`, 'u'), false, true],
  [new RegExp(`^${anyCase('more')} (?:from|on|at) ${NAME}[.:]?$`, 'u'), true, true],
  [
    new RegExp(
      `\\b(?:is|has been) (?:an?|the) (?!(?:former|retired|onetime|one-time|ex-)\\b)(?:[\\p{L}-]+ ){0,3}${ROLE_NOUN}s? (?:for|at|with) ${NAME}`,
      'u',
    ),
    false,
    false,
  ],
  [new RegExp(`^(?:.{0,80}?\\s)??${NAME}[’']s (?:[\\p{L}-]+ ){0,3}${ROLE_NOUN}\\b`, 'u'), false, true],
  // Elsewhere: social accounts, apps, live streams, radio.
  [
    new RegExp(`^(?:${anyCase('follow')}|${anyCase('like')}) ${NAME} on ${SOCIAL}\\b.{0,40}$`, 'u'),
    false,
    true,
  ],
  // "Follow X on Chirpline and Vidmarq": a list of networks the lexicon does not know, each one
  // capitalised word (a new or a local network is spelled like any other).
  [
    new RegExp(
      `^(?:${anyCase('follow')}|${anyCase('like')}) ${NAME} on ${PLATFORM_WORD}(?:(?:,| and| &| ·)\\s*${PLATFORM_WORD})*[.!]?$`,
      'u',
    ),
    false,
    true,
  ],
  // "Share on X", "Post on Facebook": a share bar's buttons, whose first word is a verb.
  [new RegExp(`^(?!${SHARE_VERB}\\b)${NAME} on ${SOCIAL}$`, 'u'), false, true],
  [
    new RegExp(
      `^(?:${anyCase('download')}|${anyCase('get')}|${anyCase('install')}) (?:the |our )?(?:free )?${NAME} (?:news )?app\\b.{0,60}$`,
      'u',
    ),
    false,
    true,
  ],
  [
    new RegExp(
      `^(?:${anyCase('watch')}|${anyCase('stream')}) ${NAME} (?:live|now|24/7|free)\\b.{0,40}$`,
      'u',
    ),
    false,
    true,
  ],
  [
    new RegExp(
      `^${anyCase('listen')} (?:to |live to )?${NAME}(?: (?:live|on air|podcasts?)\\b.{0,40}|[.!]?)$`,
      'u',
    ),
    false,
    true,
  ],
  [
    // ("Support X’s journalism", a paywall's plea, is firm: normalize/outlet-prompts.ts.)
    new RegExp(`^(?:${anyCase('support')}|${anyCase('donate to')}) ${NAME}[.!]?$`, 'u'),
    false,
    true,
  ],
  [
    new RegExp(
      `^(?:${anyCase('become')} an? )${NAME} (?:member|subscriber|supporter|insider)\\b.{0,60}$`,
      'u',
    ),
    false,
    true,
  ],
  // Site links in the header and footer.
  // "About X", "Contact X": a writer's or a section's page as often as the site's.
  [new RegExp(`^(?:${anyCase('about')}|${anyCase('contact')}) ${NAME}$`, 'u'), false, true],
  [
    new RegExp(
      `^(?:${anyCase('advertise')} (?:with|on|in)|(?:${anyCase('careers')}|${anyCase('jobs')}|${anyCase('work')}) (?:at|with|for)) ${NAME}$`,
      'u',
    ),
    false,
    false,
  ],
  // A light edition's links to and name for the full site: "Go to the full Outlet site",
  // "Outlet | Lite", "Outlet — Text-only edition".
  [
    new RegExp(
      `^(?:${anyCase('go to')}|${anyCase('visit')}|${anyCase('view')}|${anyCase('switch to')}) (?:the )?${anyCase('full')} ${NAME} (?:${anyCase('site')}|${anyCase('website')}|${anyCase('edition')})\\b.{0,10}$`,
      'u',
    ),
    false,
    false,
  ],
  [
    new RegExp(
      `^${NAME}\\s*[|–—-]\\s*(?:${anyCase('lite')}|${anyCase('text')}[- ]${anyCase('only')}(?: ${anyCase('edition')}| ${anyCase('version')})?|${anyCase('low')}[- ]${anyCase('bandwidth')}(?: ${anyCase('edition')})?)$`,
      'u',
    ),
    false,
    false,
  ],
  // A comments disclaimer: "… do not necessarily reflect the views of Outlet."
  [
    new RegExp(`\\b(?:do|does) not (?:necessarily )?(?:reflect|represent) the views of ${NAME}[.]?$`, 'u'),
    false,
    false,
  ],
  // Legal lines and ownership.
  [
    new RegExp(`^${NAME}(?: and the .{1,40})? (?:is|are) (?:a )?(?:registered )?trademarks?\\b`, 'u'),
    false,
    true,
  ],
  [
    new RegExp(
      `^${NAME} is (?:part of|a (?:division|unit|brand|publication|member|trading name|trading style|trade name) of|an? (?:verified |certified |founding )?(?:signatory|member) (?:of|to) the|owned by|published by)\\s\\p{Lu}`,
      'u',
    ),
    false,
    false,
  ],
  // A newsroom's statement of who pays for it: "Outlet is supported by the X Foundation and
  // readers like you" (the funder is not the outlet; the subject is).
  [new RegExp(`^${NAME} is (?:supported|funded|made possible) (?:in part )?by\\s`, 'u'), false, false],
  [
    new RegExp(
      `^(?:${anyCase('our standards')}\\s*:\\s*)?${NAME} (?:${anyCase('trust principles')}|${anyCase('editorial')} (?:standards|guidelines|policy|code))\\.?$`,
      'u',
    ),
    false,
    false,
  ],
  [
    new RegExp(
      `^${NAME}[’']s (?:${anyCase('editorial')} )?(?:standards|guidelines|code of (?:ethics|conduct))\\b`,
      'u',
    ),
    false,
    false,
  ],
  [
    new RegExp(
      `^${anyCase('catch')} (?:all )?the latest (?:news|updates|stories)(?: and (?:updates|news|stories))? (?:on|from|at) ${NAME}[.!]?$`,
      'u',
    ),
    false,
    false,
  ],
];

/** A syndicated story's publisher, on a portal that republishes it ("Provided by Outlet"). */
const PROVENANCE: ReadonlyArray<[RegExp, boolean, boolean]> = [
  [
    new RegExp(
      `^(?:(?:${anyCase('content')}|${anyCase('article')}|${anyCase('story')}) )?${anyCase('provided by')} ${NAME}[.]?$`,
      'u',
    ),
    false,
    false,
  ],
  [
    new RegExp(
      `^(?:${anyCase('this')} (?:article|story|piece) (?:was )?)?(?:${anyCase('originally')}|${anyCase('first')}) (?:published|appeared|ran) (?:by|in|on|at) ${NAME}\\b.{0,80}$`,
      'u',
    ),
    false,
    false,
  ],
  [
    new RegExp(
      `^${anyCase('read')} (?:the )?(?:original|full) (?:article|story|report) (?:on|at|from) ${NAME}[.]?$`,
      'u',
    ),
    false,
    false,
  ],
  // "A podcast from Outlet": a show's own credit line, on the host or player that carries it.
  [
    new RegExp(
      `^[Aa]n? (?:podcast|show|series|programme|program|production) (?:from|by|of) ${NAME}[.]?$`,
      'u',
    ),
    false,
    false,
  ],
  // "As reported by Outlet.", "As first reported by Outlet": a line of its own crediting the report
  // a release or a digest passes on (inside a sentence it is a source, and prose is not read).
  [
    new RegExp(
      `^${anyCase('as')} (?:(?:first|originally) )?${anyCase('reported')} (?:by|in) ${NAME}[.]?$`,
      'u',
    ),
    false,
    false,
  ],
  [
    new RegExp(
      `^(?:${anyCase('republished')}|${anyCase('reprinted')}|${anyCase('reproduced')}) (?:with permission )?(?:from|of) ${NAME}[.]?$`,
      'u',
    ),
    false,
    false,
  ],
];

/** A name a line of furniture gives, and whether its shape may name someone else (see MENTIONS). */
export interface OutletMention {
  name: string;
  weak: boolean;
}

/**
 * The outlet a line of site furniture names: a newsletter or subscription line, an app or social
 * promo, a "More from" box or footer link, a legal line, a provenance note, an author bio.
 */
export function outletFromMention(line: string): string | null {
  return firstMatch(line, MENTIONS)?.name ?? null;
}

/** Every outlet a line's sentences name ("Catch the latest on X. Download the X app."): one each. */
export function outletMentions(line: string): OutletMention[] {
  const text = line.trim();
  if (text.length > 300) return [];
  const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  const names = sentences
    .map((sentence) => matchName(sentence, MENTIONS))
    .filter((n): n is OutletMention => !!n);
  const whole = names.length ? null : matchName(text, MENTIONS);
  return whole ? [whole] : names;
}

/** The publisher a syndicated page credits as the story's source, or null. */
export function outletFromProvenance(line: string): string | null {
  // A whole line only: inside a caption, "Video provided by X" credits the clip, not the story.
  const text = line.trim();
  return text.length <= 160 ? (matchName(text, PROVENANCE)?.name ?? null) : null;
}

/** Each sentence of a short line, then the line: a promo often packs two sentences. */
function firstMatch(line: string, patterns: ReadonlyArray<[RegExp, boolean, boolean]>): OutletMention | null {
  const text = line.trim();
  if (text.length > 300) return null;
  const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  for (const sentence of sentences.length > 1 ? [...sentences, text] : [text]) {
    const found = matchName(sentence, patterns);
    if (found) return found;
  }
  return null;
}

/**
 * The site's own account or newsletter line in its footer, among its legal and contact links
 * ("About us", "Terms of use", "Privacy policy"): "Follow X on Instagram", "Follow X on A and B",
 * "Sign up for X's newsletter", "Subscribe to X". Elsewhere such a line may name a writer's, a
 * show's or a partner's account (a weak mention); in the footer the site speaks of itself, so the
 * name is firm, a one-word name too ("Follow Newsmax on …": a person's account is not a footer's).
 * Caller: text/site-name.ts, which decides what is the footer.
 */
export function footerAccountMention(line: string): string | null {
  const text = line.trim();
  if (text.length > 120 || !/^(?:follow|like|subscribe|sign up|register|get|receive)\b/iu.test(text))
    return null;
  const found = matchName(text, MENTIONS, true);
  return found?.weak ? found.name : null;
}

function matchName(
  text: string,
  patterns: ReadonlyArray<[RegExp, boolean, boolean]>,
  oneWord = false,
): OutletMention | null {
  for (const [pattern, section, weak] of patterns) {
    const match = pattern.exec(text);
    const printed = match?.[1]?.trim() ?? '';
    let name = section ? printed.replace(SECTION_SUFFIX, '').trim() : printed;
    // "More from Outlet Opinion": a box naming the site's own section names its publisher; "More
    // from X" alone may be a section, a writer, a programme or a partner.
    const firm = !weak || name !== printed;
    name = cleanOutletName(name);
    // "Subscribe to Daily Newsletters" names a product, not the site.
    if (
      /\b(?:newsletters?|alerts?|updates?|edition|digest|briefings?|podcasts?|emails?|offers?)$/iu.test(name)
    )
      continue;
    if (!name || !nameShaped(name) || /^(?:our|my|your|this|us|me|the)$/iu.test(name) || isPlatformName(name))
      continue;
    // "Follow Jane Doe on X", "About Jane Doe", "Contact Kevin": a writer's accounts and pages;
    // "Watch Morning Briefing live", "Listen to Trade Talks": a programme. Only a name that cannot
    // be a person's or a programme's counts (a media word, "The …", an acronym).
    if (
      /^(?:follow|like|about|contact|watch|stream|listen|support|donate|become)\b/iu.test(text) &&
      personLike(name) &&
      !(oneWord && !/\s/u.test(name))
    )
      continue;
    // "More from Jane Doe": the writer's other stories ("More from Outlet Magazine" is the site).
    if (/^more\b/iu.test(text) && personLike(name) && /\s/u.test(name)) continue;
    if (/^(?:watch|stream|listen)\b/iu.test(text) && !MEDIA_WORD.test(name) && !/\b\p{Lu}{2,}\b/u.test(name))
      continue;
    return { name, weak: !firm };
  }
  return null;
}
