/**
 * normalize/outlet-site: the site's own name and address as its page prints them — shared by the
 * text and HTML normalizers.
 *
 * In: short texts from outside the article's prose (header, footer, metadata). Out:
 *   domainLabels    the registrable part of host names printed on the page
 *                   ("www.dailyledger.co.uk", "https://news.dailyledger.com/x" -> "dailyledger"),
 *                   and social handles ("@DailyLedger" -> "dailyledger");
 *                   platforms a site links to (social networks, app stores) are not the site
 *   spellsDomain    whether a name spells a domain label: "The Daily Ledger" ~ "dailyledger",
 *                   "New York Times" ~ "nytimes", "National Public Radio" ~ "npr"
 *   isSiteNameLine  a masthead or logo line: a short name in title case or capitals, no sentence,
 *                   no verb-like lower-case words, not a date, menu or section label
 * A site-name line alone is weak (a programme or section label looks the same); it counts when it
 * recurs on the page, spells the page's domain, or agrees with another signal (outlet-vote.ts).
 */
import { isDateLine } from './text/dates.ts';

/** Top-level domains news sites use, and the second levels some countries put before them. */
const TLD =
  '(?:com|org|net|news|info|tv|fm|media|press|online|today|co|io|us|uk|ca|au|nz|ie|in|za|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|pt|br|mx|ar|jp|kr|sg|hk|ph|my|id|ng|ke|eu)';
const SECOND_LEVEL = /^(?:co|com|org|net|gov|ac|news)$/u;
// Not after "@": an e-mail address names whoever answers the mail (a press office, a tip line,
// the organisation a contact works for), not necessarily the site that prints it.
const HOST = new RegExp(
  `(?<![\\p{L}\\d.@-])(?:https?://)?((?:[a-z\\d](?:[a-z\\d-]{0,61}[a-z\\d])?\\.)+${TLD})(?![\\p{L}\\d-])`,
  'giu',
);
/** Hosts a page links to that are never the page's own site. */
const PLATFORM_LABEL =
  /^(?:twitter|x|facebook|fb|instagram|youtube|youtu|tiktok|linkedin|whatsapp|wa|telegram|t|threads|bsky|bluesky|mastodon|flipboard|pinterest|snapchat|reddit|google|apple|itunes|spotify|amazon|bit|tinyurl|ow|wikipedia|wordpress|gravatar|doubleclick|gstatic|cloudflare|archive|substack|medium|example)$/u;

/** The registrable label of a host: "news.dailyledger.co.uk" -> "dailyledger". */
export function hostLabel(host: string): string | null {
  const parts = host
    .toLowerCase()
    .replace(/^www\d?\./u, '')
    .split('.')
    .filter(Boolean);
  if (parts.length < 2) return null;
  let at = parts.length - 2;
  if (at > 0 && SECOND_LEVEL.test(parts[at] ?? '') && (parts.at(-1) ?? '').length === 2) at--;
  const label = parts[at] ?? '';
  return label.length >= 2 && !PLATFORM_LABEL.test(label) ? label : null;
}

/** Domain labels of the host names (and, unless `handles` is false, social handles) printed in the texts, most frequent first. */
export function domainLabels(texts: readonly string[], handles = true): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    if (!text.includes('.')) continue;
    for (const match of text.matchAll(HOST)) {
      const host = match[1] ?? '';
      // "U.S." and "p.m." have one-letter labels; a host name has a real one before its TLD.
      if (!/[a-z\d-]{2,}\.[a-z.]+$/iu.test(host)) continue;
      const label = hostLabel(host);
      if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
    }
  }
  // A site's social handle ("Follow us @DailyLedger") names it as its host does.
  for (const text of handles ? texts : []) {
    if (!text.includes('@')) continue;
    for (const match of text.matchAll(/(?<![\p{L}\d_.])@([A-Za-z][A-Za-z\d_]{1,29})\b(?!\.[a-z])/gu)) {
      const label = (match[1] ?? '').toLowerCase().replace(/_/gu, '');
      if (!PLATFORM_LABEL.test(label)) counts.set(label, (counts.get(label) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([label]) => label);
}

/**
 * "Contact Jane Doe at jane@dailyledger.com", "Jane Doe can be reached at …": the writer's own
 * address, whose host is the newsroom that employs them (a press office's or a tip line's address
 * names whoever answers it, so only a line contacting a person counts).
 */
const CONTACT =
  /^(?:contact|e-?mail|reach|write to)\s+(?-i:\p{Lu})[\p{L}'’.-]+(?:\s+(?-i:\p{Lu})[\p{L}'’.-]+){1,3}\s+(?:at|via|:)\s*[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\.?$|^(?-i:\p{Lu})[\p{L}'’.-]+(?:\s+(?-i:\p{Lu})[\p{L}'’.-]+){1,3}\s+(?:can be reached|is reachable) at\s+[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\.?$/iu;

/** The domain labels of the writers' contact addresses the texts print ("jane@dailyledger.com" -> "dailyledger"). */
export function contactDomains(texts: readonly string[]): string[] {
  const labels = texts.map((text) => {
    const match = text.length <= 160 ? CONTACT.exec(text.trim()) : null;
    return hostLabel(match?.[1] ?? match?.[2] ?? '');
  });
  return [...new Set(labels.filter((l): l is string => l !== null))];
}

const squash = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Whether a name spells a domain label: the name squashed, with or without "The"; its initials,
 * whole or before its last words ("nytimes"); or the name plus a short site suffix ("ledgernews").
 */
export function spellsDomain(name: string, label: string): boolean {
  const words = name
    .replace(/[&+]/gu, ' ')
    .split(/[\s.'’-]+/u)
    .filter((w) => w && !/^(?:of|and|the|de|for|on)$/iu.test(w));
  if (!words.length || label.length < 2) return false;
  const full = squash(name);
  const bare = squash(name.replace(/^the\s+/iu, ''));
  if (label === full || label === bare) return true;
  // A short site suffix or prefix: "dailyledgernews", "ledgeronline", "thedailyledger".
  for (const whole of [bare, full])
    if (whole.length >= 4 && label.includes(whole) && label.length - whole.length <= 6) return true;
  if (label.length >= 5 && bare.startsWith(label) && bare.length - label.length <= 6) return true;
  // Initials of the first words, then the rest spelled out ("New York Times" -> "nytimes").
  for (let k = 1; k <= words.length; k++) {
    const initials = words
      .slice(0, k)
      .map((w) => w[0]?.toLowerCase() ?? '')
      .join('');
    const rest = squash(words.slice(k).join(''));
    if (initials.length + rest.length >= 2 && (k >= 2 || rest) && label === initials + rest) return true;
  }
  return false;
}

/** Words that may stand lower-case inside a name ("Voice of the Valley", "Arts & Life"). */
const JOINER = /^(?:of|the|and|&|de|du|la|le|el|für|for|on|in|at|an|a|[-–—:|·•])$/u;
/** Section and menu words: a line made only of these is a label, not a site. */
const SECTION_WORD =
  /^(?:home|news|latest|world|national|nation|local|region|politics|business|money|markets|economy|tech|technology|science|health|sport|sports|opinion|culture|arts|entertainment|life|lifestyle|style|travel|video|videos|photos|podcasts|live|weather|media|government|courts|law|climate|education|us|uk|u\.s\.|&|and|the|more|menu|search|top|stories|breaking|today|weekend|morning|evening|analysis|exclusive|explainer|features?|reviews?|interview|obituaries|editorial|comment|sponsored|premium|trending|agencies|commentary|column|guest|letters|perspective|perspectives|viewpoint|viewpoints|op-ed|oped|essay|blog|blogs|voices|ideas|debate|fact|check|factcheck|insight|insights|special|report|investigation|investigations|coverage|sections?|topics|desk|edition|e-edition|e-paper|epaper|replica|newsletters?|watch|listen|subscribe|latest headlines|headlines|portada|inicio|nacional|internacional|economía|deportes|cultura|opinión|sociedad|politik|wirtschaft|kultur|meinung|monde|politique|économie|société|cronaca|esteri|economia|política|esportes|binnenland|buitenland|berita|nasional|ekonomi)$/iu;

/** A masthead or logo line: a short proper name in title case or capitals, nothing else. */
export function isSiteNameLine(text: string): boolean {
  const line = text.trim();
  if (line.length < 2 || line.length > 50 || /[.!?,;:…"“”()[\]]$|^\d+$/u.test(line)) return false;
  if (/[|/›»>•·:]|\s{2,}/u.test(line) || isDateLine(line)) return false;
  const words = line.split(/\s+/u);
  if (words.length > 6) return false;
  if (!/^[\p{Lu}\d]/u.test(line) || !/\p{L}{2,}/u.test(line)) return false;
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || JOINER.test(w.toLowerCase()))) return false;
  // "Karachi 29°C", "KSE-100 +0.8%": a number with a unit or sign is a widget, not a name.
  if (words.some((w) => /\d/u.test(w) && !/^[\p{L}\d]+$/u.test(w))) return false;
  return !isSectionLabel(line);
}

/** A label made only of section and menu words ("Politics", "Nation & World"). */
export function isSectionLabel(text: string): boolean {
  return text
    .trim()
    .split(/\s+/u)
    .every((w) => SECTION_WORD.test(w));
}

/** Platforms a site sends readers to, or an app that shows it: never the publisher. */
const PLATFORM_NAME =
  /^(?:the )?(?:apple(?: news(?:\+)?| podcasts)?|google(?: news| podcasts| play)?|app store|itunes|spotify|facebook|twitter|x|instagram|youtube|tiktok|linkedin|whatsapp|telegram|threads|bluesky|mastodon|flipboard|pinterest|snapchat|reddit|smartnews|newsbreak|amazon(?: alexa)?|alexa|stitcher|audible|pocket casts|substack|medium|wordpress|rss|feedly|pocket)$/iu;

/** Whether a name is a platform (an app store, social network, aggregator) that carries outlets but is none. */
export function isPlatformName(name: string): boolean {
  return PLATFORM_NAME.test(name.trim());
}

/** "DailyLedger.com" -> "DailyLedger": a name printed as a host is the site's name. */
export function stripHost(name: string): string {
  return name.replace(new RegExp(`(?<=\\p{L}{2,})(?:\\.${TLD})+$`, 'iu'), '');
}
