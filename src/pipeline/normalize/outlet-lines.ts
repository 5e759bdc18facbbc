/**
 * normalize/outlet-lines: the outlet votes one line of a page gives, read the same way from pasted
 * text (text/site-name.ts) and from saved HTML (html/outlet.ts): a copyright line, a credit near
 * the headline, a line of site furniture.
 *
 * In: the line's text (and the byline's authors for copyright lines). Out: candidates for the
 * vote in outlet-vote.ts, or nothing. originVotes reads the page's lines together: whether it
 * republishes its story, and the credits of the story's publisher (normalize/outlet-reprint.ts).
 */
import {
  cleanOutletName,
  isNameFirstCopyright,
  nameFirstName,
  nameShaped,
  personLike,
  outletFromByline,
  outletFromCopyright,
  outletFromCredit,
  outletFromStoryCredit,
  placeLike,
} from './outlet.ts';
import { outletFromDesk } from './outlet-desks.ts';
import { outletFromProvenance, outletMentions } from './outlet-mentions.ts';
import { outletNotes } from './outlet-notes.ts';
import { isUsState } from './outlet-not-names.ts';
import { outletPrompts } from './outlet-prompts.ts';
import { outletSelf, staffCredit } from './outlet-self.ts';
import { isSiteNameLine } from './outlet-site.ts';
import {
  bracketCredit,
  isReprintMarker,
  isReprintNote,
  reprintCredit,
  publicationCredit,
  citationCredit,
  poweredBy,
  runningHead,
  senderCredit,
  signedUpFor,
  sourceCredit,
} from './outlet-reprint.ts';
import { OUTLET_WEIGHT, outletKey, type OutletCandidate } from './outlet-vote.ts';
import { isAgencyName } from './text/sources.ts';
import { isChartLine } from './widgets.ts';

/**
 * A company's registration: "Registered in England and Wales. Company number 1234567.",
 * "Registered office: …", "Company No. 1234567". The legal entity a site's owner files, printed
 * beside the copyright of the company that owns the site, never of a masthead alone.
 */
const REGISTRATION =
  /\bregistered (?:in (?:england|scotland|wales|northern ireland|ireland)\b|office\b)|\bcompany (?:number|no\.?|registration (?:number|no\.?))\s*:?\s*\d/iu;

/**
 * A footer's legal or contact link, alone on its line: "Terms", "Privacy policy", "Contact us",
 * "Terms of service", "Cookie settings", "Advertise with us", "Help center", "Customer service" (or
 * several of them joined by a dot
 * or a bar). A copyright line beside one is the site's own notice.
 */
export const FOOTER_LINK =
  /^(?:(?:terms(?: of (?:use|service))?|terms (?:&|and) conditions|privacy(?: policy| notice| settings)?|cookies?(?: policy| settings| preferences)?|contact(?: us)?|about us|advertise(?: with us)?|careers|accessibility|site ?map|help(?: cent(?:er|re))?|customer (?:service|care|support)|manage (?:my )?account)(?:\s*[·|•]\s*|$))+$/iu;

/** A brand's statement of its owner: "X is a trading name of Y Ltd." -> "Y Ltd". */
const OWNED_BY =
  /^\S.{0,60}? is (?:part of|a (?:division|unit|brand|subsidiary|trading name|trading style|trade name) of|owned by|published by) (.{2,80}?)\.?$/u;

/**
 * A copyright line's outlet ("© The Daily Ledger Ltd 2024"), unless it names one of the byline's
 * authors: a newsletter's or a blog's copyright may name its writer, who is not the outlet.
 * `beside`: the lines printed next to it; where it or they state a company's registration, the
 * name is the owning company's (outlet-vote.ts weighs it as an owner, not a masthead).
 */
export function copyrightVote(
  text: string,
  authorKeys: ReadonlySet<string>,
  beside: readonly (string | undefined)[] = [],
): OutletCandidate | null {
  // "Jane Doe © 2019" is a photographer's credit; a longer name that could be a person's ("Valley
  // Free Press © 2019") beside the footer's legal links ("Site map", "Terms") may be the site's own
  // notice: weak, it counts only where another signal (a masthead) names it too.
  const atFooter = beside.some((line) => line !== undefined && FOOTER_LINK.test(line.trim()));
  const footerName = atFooter && isNameFirstCopyright(text) ? nameFirstName(text) : '';
  const named = outletFromCopyright(text);
  const name = named ?? (nameShaped(footerName) && footerName.split(/\s+/u).length >= 3 ? footerName : null);
  if (!name || authorKeys.has(outletKey(name))) return null;
  // "X is a trading name of Name Ltd" beside "© Name Ltd": the copyright's name owns X.
  const owns = (line: string) => {
    const of = OWNED_BY.exec(line)?.[1];
    return of !== undefined && outletKey(of).startsWith(outletKey(name));
  };
  const registered =
    beside.some((line) => line !== undefined && owns(line)) ||
    [text, ...beside].some((line) => line !== undefined && line.length <= 200 && REGISTRATION.test(line));
  // "X © 2019" credits a photo or a clip as often as it names the site (outlet.ts); printed beside
  // the site's legal links ("Terms", "Privacy policy") it is the footer's notice, no credit.
  // A picture library's notice ("Getty Images © 2024") stays a credit wherever it stands.
  const footer = atFooter && !/\b(?:images|photos?|pictures|stock|photography)\b/iu.test(name);
  const weak = isNameFirstCopyright(text) && (!footer || named === null) ? { weak: true } : {};
  return registered
    ? { name, weight: OUTLET_WEIGHT.copyright, owner: true, ...weak }
    : { name, weight: OUTLET_WEIGHT.copyright, ...weak };
}

/**
 * "NPR · 18h", "Outlet • 3 hours ago": a reader's or an aggregator's credit of the story's source
 * with its age, over the headline it carries (callers read it only near the headline: in a list of
 * other stories each card names its own source).
 */
const SOURCE_AGE =
  /^(\p{Lu}[\p{L}\d.&'’ -]{1,40}?)\s*[·•|]\s*(?:\d{1,2}[mhd]|\d{1,2}\s+(?:minutes?|hours?|days?)\s+ago|yesterday)$/u;

function sourceWithAge(text: string): string | null {
  const name = cleanOutletName(SOURCE_AGE.exec(text.trim())?.[1] ?? '');
  // "Jane Doe · 3h": a person's post, not a source.
  // "Hear this article read aloud · 4 min": a player's label and length; a source is a name.
  if (!name || !isSiteNameLine(name) || (personLike(name) && /\s/u.test(name))) return null;
  return name;
}

/** A credit's outlet ("Story by Jane Doe • X", "By Jane Doe, X", "Jane Doe for X", "X · 3h"), or null. */
export function creditVote(text: string): OutletCandidate | null {
  const story = outletFromStoryCredit(text) ?? sourceWithAge(text);
  const desk = staffCredit(text);
  const name = story ?? outletFromByline(text) ?? outletFromCredit(text) ?? desk;
  // "Elm Crossing, CT", "By Jane Doe, Ohio": a town's state after the comma is a place.
  if (!name || isUsState(name)) return null;
  // "By Cnn Staff": a desk's credit names its newsroom, never a place (a place follows a comma).
  // "By Jane Doe, Special to Newsmax": the freelancer's paper, never a place.
  const staff =
    desk !== null ||
    (/\bstaff\b/iu.test(text) && !/[,|•·]/u.test(text)) ||
    /,\s*special (?:to|for)\s/iu.test(text);
  const weight = placeLike(name) && !staff ? OUTLET_WEIGHT.edgeLine : OUTLET_WEIGHT.byline;
  return { name, weight, provenance: story !== null };
}

/** The outlets a furniture line names ("Follow X on …", "Read the original article on X"). */
export function furnitureVotes(text: string): OutletCandidate[] {
  const votes: OutletCandidate[] = outletMentions(text).map((m) => ({
    name: m.name,
    weight: OUTLET_WEIGHT.mention,
    provenance: false,
    weak: m.weak,
  }));
  const desk = outletFromDesk(text);
  if (desk)
    votes.push({ name: desk.name, weight: OUTLET_WEIGHT.mention, provenance: false, weak: desk.weak });
  votes.push(...outletNotes(text), ...outletPrompts(text), ...outletSelf(text));
  const provenance = outletFromProvenance(text);
  if (provenance) votes.push({ name: provenance, weight: OUTLET_WEIGHT.mention, provenance: true });
  return votes;
}

/** The keys of the people a byline names, which a copyright line may name instead of an outlet. */
export function bylineAuthorKeys(byline: string | null): Set<string> {
  return new Set(bylineAuthors(byline).map(outletKey));
}

/** The people a byline names, without the outlet it may add ("Ann Lee, Tom Ross, Outlet"). */
export function bylineAuthors(byline: string | null): string[] {
  if (!byline) return [];
  const outlet = outletFromByline(`By ${byline}`) ?? outletFromCredit(byline);
  // "Jane Doe; graphics by John Roe": the byline's second credit names a person of the story too.
  return byline
    .split(/\s*[,;]\s*|\s+(?:and|&)\s+/u)
    .map((part) =>
      part.replace(
        /^(?:(?:graphics?|photos?|photographs?|photography|illustrations?|video|charts?|maps?|data) )?by\s+/iu,
        '',
      ),
    )
    .filter(
      (part) =>
        outletKey(part) !== outletKey(outlet ?? '') && !/\bstaff\b/iu.test(part) && /\s/u.test(part.trim()),
    );
}

/** Where a page says its story comes from: whether it republishes it, and the credits it gives. */
export interface Origin {
  /** The page republishes or reposts the story: only provenance votes count (outlet-vote.ts). */
  reprint: boolean;
  votes: OutletCandidate[];
  /** Keys of names the page says it runs on ("Powered by X"): never the outlet. */
  software: Set<string>;
}

/**
 * The page's furniture lines (outside the article's prose), the lines around its headline and the
 * prose (where only a note naming the piece, "This commentary first appeared in X", or a short
 * marker line of its own counts) ->
 * republication markers and the credits of the story's publisher: a "Source: X" field near the
 * headline (a wire agency there credits the story, not the page, so it is no provenance), a
 * republication note's publication, a print page's running head, a forwarded e-mail's sender
 * (not the newsletter the reader signed up for), and on a reposted page a poster's "(X)" credit,
 * which needs the linked domain to agree.
 */
export function originVotes(
  furniture: readonly string[],
  head: readonly string[],
  prose: readonly string[] = [],
): Origin {
  // Inside the prose only what a story's sentence never is: a note naming the piece, or a short
  // line of its own ("Republished with permission.", "Originally published in [logo]").
  const notes = prose.filter(isReprintNote);
  const reprint = furniture.some(isReprintMarker) || head.some(isReprintMarker) || notes.length > 0;
  const votes: OutletCandidate[] = [];
  const newsletters = new Set(furniture.map(signedUpFor).filter((k): k is string => k !== null));
  for (const line of [...furniture, ...notes]) {
    const credit = reprintCredit(line);
    if (credit) votes.push({ name: credit, weight: OUTLET_WEIGHT.mention, provenance: true });
    const running = runningHead(line);
    if (running) votes.push({ name: running, weight: OUTLET_WEIGHT.byline });
    const sender = senderCredit(line, newsletters);
    if (sender) votes.push({ name: sender, weight: OUTLET_WEIGHT.byline });
  }
  // A catalogue's publication field and a reference to the story credit its publisher wherever
  // they stand (a monitoring clip's metric fields, a course page's citation).
  for (const line of new Set([...furniture, ...head])) {
    const credit = publicationCredit(line) ?? citationCredit(line);
    if (credit) votes.push({ name: credit, weight: OUTLET_WEIGHT.byline, provenance: true });
  }
  const software = new Set(furniture.map(poweredBy).filter((k): k is string => k !== null));
  head.forEach((line, i) => {
    // A chart's "Source:" (its control or "Chart:" credit beside it) names where the data came from.
    const chart = isChartLine(head[i - 1] ?? '') || isChartLine(head[i + 1] ?? '');
    const source = chart ? null : sourceCredit(line);
    // A wire agency credited on a normal page is its supplier; on a repost, the story's publisher.
    if (source)
      votes.push({
        name: source,
        weight: OUTLET_WEIGHT.byline,
        provenance: reprint || !isAgencyName(source),
      });
    const bracket = reprint ? bracketCredit(line) : null;
    if (bracket) votes.push({ name: bracket, weight: OUTLET_WEIGHT.mention, provenance: true, weak: true });
  });
  return { reprint, votes, software };
}
