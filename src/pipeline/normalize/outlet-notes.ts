/**
 * normalize/outlet-notes: one line of site furniture -> the outlets it names in a note about the
 * piece or its publication, or in a credit of its pictures, shares and posts. Read with the other
 * furniture lines by normalize/outlet-lines.ts (both normalizers).
 *
 * In: a line's text. Out: candidates for the vote in outlet-vote.ts.
 *   publication  "X is a Y Media publication." — the masthead naming itself and its owner (firm)
 *   issue note   "This article appears in the June 2014 issue of X." (firm)
 *   series       "An investigation by X", "A X special report" (firm)
 *   via          "Via X, Jan. 14" — a round-up's credit of the excerpt it quotes (firm)
 *   fields       a CMS preview's "Credit line: X staff" (a byline) and "SEO title: Headline | X"
 *                (a title) (firm)
 *   picture      "Photographs by Jane Doe for X", "(Jane Doe/X)", "Graphic: Jane Doe / X": weak —
 *                a picture is bought from an agency or another paper as often as made in-house
 *   share        "From X:", "Shared from the X app": weak — a share's lead-in names a section, a
 *                partner or an app as often as the publisher
 *   embed        "— X (@handle) May 4, 2019": a social post's credit, weak — its author is anyone
 *   cross-link   "(Also on X: Another headline)" between the paragraphs: weak — a partner's link
 *                reads the same
 * A weak name counts only where a signal of another kind (a masthead, a copyright, the page's
 * domain) names it too (outlet-vote.ts). Only whole, short lines: inside the story's prose these
 * shapes are sentences about someone else, and callers read furniture lines only.
 */
import { cleanOutletName, genericMedium, nameShaped, outletFromCredit, personLike, ROLE } from './outlet.ts';
import { NAME } from './outlet-mentions.ts';
import { isPlatformName, isSectionLabel } from './outlet-site.ts';
import { OUTLET_WEIGHT, outletKey, type OutletCandidate } from './outlet-vote.ts';
import { isAgencyName } from './text/sources.ts';

/** A person's name as a credit prints it: two to four capitalised words. */
const PERSON = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|van|de|von|der|da|del|la)){1,3}";
/** A short date after a credit: "Jan. 14", "June 4, 2014", "2014-06-04". */
const DATE =
  '(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,?\\s+(?:19|20)\\d{2})?|(?:19|20)\\d{2}-\\d{2}-\\d{2})';

/** "Reuters is a Meridian Local News Co. publication.": the subject is the masthead. */
const PUBLICATION = new RegExp(
  `^${NAME} is (?:a|an) (?:[\\p{Lu}\\d][\\p{L}\\d.&'’-]*\\s+){1,6}(?:publication|newspaper|title|brand|newsroom|property)\\.?$`,
  'u',
);
/** "This article appears in the June 2014 issue of X." — a magazine's note under its story. */
const ISSUE = new RegExp(
  `^(?:[Tt]his|[Tt]he) (?:article|story|piece|essay|feature|report|review|interview) (?:appears|appeared|will appear|ran) in (?:the |our )?(?:[\\p{L}\\d]+,?\\s+){0,4}(?:print |digital )?(?:issue|edition) of ${NAME}\\.?$`,
  'u',
);
/** "An investigation by X": a series' credit of the newsroom that reported it. */
const SERIES = new RegExp(`^(?:An? )?(?:investigation|special report|series) (?:by|from) ${NAME}\\.?$`, 'u');
/** "A X special report", "An X investigation": a long read's label naming the newsroom behind it. */
const REPORT_LABEL = new RegExp(
  `^An? ${NAME} (?:${anyCase('special report')}|${anyCase('investigation')}|${anyCase('special investigation')}|${anyCase('original series')}|${anyCase('documentary')})\\.?$`,
  'u',
);
/** "Via X, Jan. 14": a link round-up's credit of the story it quotes. */
const VIA = new RegExp(`^[Vv]ia ${NAME}(?:,\\s*|\\s+[·|•–-]\\s+)${DATE}\\.?$`, 'u');
/** A CMS preview's labelled fields. */
const CREDIT_FIELD = /^credit(?: line)?\s*:\s*(.{2,80})$/iu;
const TITLE_FIELD = /^(?:seo|web|page|browser|meta|html) title\s*:\s*(.{10,200})$/iu;

/** Words a picture's credit opens with: "Photographs by", "Graphic:". */
const PICTURE =
  '(?:photo|photos|photograph|photographs|photography|illustration|illustrations|image|images|graphic|graphics|chart|map|video)';
/** "Jane Doe/X", "Photographs by Jane Doe for X", "Graphic: Jane Doe / X". */
const PICTURE_CREDIT = `(?:${anyCase(PICTURE)}(?:\\s+by\\s+|\\s*:\\s*))?(${PERSON})\\s*(?:/|\\s+for\\s+)\\s*${NAME}`;
const PICTURE_LINE = new RegExp(`^${PICTURE_CREDIT}\\.?$`, 'u');
/** A caption's credit in brackets after its sentence: "Officials speak. (Jane Doe/X)". */
const PICTURE_BRACKET = new RegExp(`(?:^|\\s)\\(${PICTURE_CREDIT}\\)$`, 'u');
/** "From X:" over a shared story, "Shared from the X app" under a clipped one. */
const SHARE = new RegExp(
  `^(?:[Ff]rom ${NAME}:?|(?:[Ss]hared|[Ss]ent|[Cc]lipped) (?:from|via|with) (?:the |my )?${NAME}(?: (?:app|website|site))?\\.?)$`,
  'u',
);
/**
 * "(Also on X: Another headline)": a cross-link the site sets between its paragraphs to its own
 * stories. Weak: a partner's or a sister site's link reads the same.
 */
const ALSO_ON = new RegExp(
  `^\\(?\\s*[Aa]lso on (?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b)${NAME}:\\s+\\S.{0,160}$`,
  'u',
);
/** "— X (@handle) May 4, 2019": the credit line closing an embedded social post. */
const EMBED = new RegExp(`^(?:[—–-]{1,2}\\s*)?${NAME}\\s*\\(@[A-Za-z\\d_]{1,30}\\)\\s*(?:${DATE}|\\d)`, 'u');

/**
 * An embedded post's credit line: its handle is the poster's account, not the page's own, so it
 * lends no domain weight (else "— X (@x)" would confirm itself).
 */
export const isEmbedCredit = (line: string): boolean => EMBED.test(line.trim());

/** A picture library's or a freelancer's credit, never a newsroom's masthead. */
const LIBRARY = /\b(?:images|photos?|pictures|stock|contributor|photographer|agency|pool)\b/iu;

function anyCase(words: string): string {
  return words.replace(/\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`);
}

/** A name a note may give: shaped like a name, not a section, a platform or a pronoun. */
function usable(raw: string | undefined): string | null {
  const name = cleanOutletName(raw ?? '');
  if (!name || !nameShaped(name) || isSectionLabel(name) || isPlatformName(name) || genericMedium(name))
    return null;
  return /^(?:our|my|your|this|us|me|the|staff|here|there)$/iu.test(name) ? null : name;
}

/** The outlets a note or a credit line names, with the weight its shape carries. */
export function outletNotes(line: string): OutletCandidate[] {
  const text = line.trim();
  if (text.length > 200) return [];
  const out: OutletCandidate[] = [];
  const firm = (raw: string | undefined, weight: number = OUTLET_WEIGHT.mention) => {
    const name = usable(raw);
    if (name) out.push({ name, weight, provenance: false });
  };
  const weak = (raw: string | undefined) => {
    const name = usable(raw);
    // An agency's or a picture library's credit names its supplier ("Getty Images"), a job
    // ("Staff Photographer") no one.
    if (name && !isAgencyName(name) && !ROLE.test(name) && !LIBRARY.test(name))
      out.push({ name, weight: OUTLET_WEIGHT.mention, provenance: false, weak: true });
  };
  firm(PUBLICATION.exec(text)?.[1]);
  firm(ISSUE.exec(text)?.[1]);
  const series = SERIES.exec(text)?.[1];
  if (series && !personLike(series)) firm(series);
  const label = REPORT_LABEL.exec(text)?.[1];
  if (label && !personLike(label)) firm(label);
  firm(VIA.exec(text)?.[1]);
  const credit = CREDIT_FIELD.exec(text)?.[1];
  if (credit) firm(outletFromCredit(credit) ?? undefined, OUTLET_WEIGHT.byline);
  const title = TITLE_FIELD.exec(text)?.[1];
  if (title) firm(titleSite(title), OUTLET_WEIGHT.title);
  const picture = PICTURE_LINE.exec(text) ?? PICTURE_BRACKET.exec(text);
  // "Jane Doe for X" without a picture's word is a byline (outlet.ts reads it near the headline).
  if (picture && (/\//u.test(picture[0]) || new RegExp(`^\\(?${PICTURE}`, 'iu').test(picture[0].trim())))
    weak(picture[2]);
  weak(SHARE.exec(text)?.slice(1).find(Boolean));
  weak(EMBED.exec(text)?.[1]);
  weak(ALSO_ON.exec(text)?.[1]);
  return out;
}

/**
 * "Jane Doe/X" under a picture where "By Jane Doe" heads the story: the reporter took the picture
 * too, and the credit names the newsroom they work for, as "By Jane Doe, X" would (firm, a
 * byline's weight). Another photographer's credit stays a weak picture credit (outletNotes).
 * In: the line and the keys of the byline's authors (outlet-lines.ts bylineAuthorKeys).
 */
export function authorPictureCredit(line: string, authors: ReadonlySet<string>): OutletCandidate | null {
  const text = line.trim();
  if (authors.size === 0 || text.length > 200) return null;
  const picture = PICTURE_LINE.exec(text) ?? PICTURE_BRACKET.exec(text);
  if (!picture || !authors.has(outletKey(picture[1] ?? ''))) return null;
  const name = usable(picture[2]);
  // "Jane Doe/John Roe": two people's credit, not a newsroom (one word reads as either).
  if (!name || (personLike(name) && /\s/u.test(name)) || ROLE.test(name) || LIBRARY.test(name)) return null;
  return { name, weight: OUTLET_WEIGHT.byline, provenance: false };
}

/**
 * "USA TODAY's Jane Doe, who reported from London, …" where "By Jane Doe" heads the story: the
 * page names the reporter's newsroom (firm, a mention's weight), in a bio under the story or in
 * its prose. In: the line and the byline's authors as printed (outlet-lines.ts bylineAuthors).
 */
export function authorPossessive(line: string, authors: readonly string[]): OutletCandidate | null {
  for (const author of authors) {
    if (!/\s/u.test(author.trim())) continue;
    const escaped = author.trim().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    const match = new RegExp(`(?:^|[\\s(“"‘])${NAME}['’]s\\s+${escaped}(?![\\p{L}'’])`, 'u').exec(line);
    const name = usable(match?.[1]);
    if (name && !(personLike(name) && /\s/u.test(name)) && !ROLE.test(name))
      return { name, weight: OUTLET_WEIGHT.mention, provenance: false };
  }
  return null;
}

/** "Headline words here | X" -> "X": a title field's site part after a headline of four words or more. */
function titleSite(title: string): string | undefined {
  const parts = title.split(/\s+\|\s+/u);
  const site = parts.at(-1)?.trim() ?? '';
  const head = parts.slice(0, -1).join(' ');
  return parts.length >= 2 && head.split(/\s+/u).length >= 4 && site.split(/\s+/u).length <= 5
    ? site
    : undefined;
}
