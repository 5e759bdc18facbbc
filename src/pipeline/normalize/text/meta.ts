/**
 * normalize/text/meta: recognisers for the furniture around a headline and inside a body —
 * photo captions and credits, bylines, headline-shaped lines, tag lists.
 *
 * Pure predicates and parsers over single lines; text.ts decides where on the page to apply them.
 */
import { isDateLine } from './dates.ts';
import type { Line } from './lines.ts';
import { findAgencies } from './sources.ts';
import { stopwordCount } from './stopwords.ts';

/** "© Virginia Mayo/AP/dpa", "Photo: OPU", "Credit... Anna Moneymaker/The New York Times". */
const CREDIT =
  /^(?:©|\(c\)\s|(?:image|photo|picture|photograph|video)\s+(?:copyright|credit)\b|file\s*[-–—]\s+this\b|(?:enlarge (?:this )?image|toggle caption|hide caption)\b|(?:file\s+)?(?:photo|photos|photograph|picture|pictures|image|images|illustration|credit|credits|foto|fotos|bild|bilder|imagen|imagem|immagine|afbeelding|gambar|фото)(?:\s*(?:credit|by|source|courtesy))?\s*(?::|…|\.\.\.|-|–|by\b))/iu;
/**
 * A caption ends with its credit in brackets: "(AP)", "(AP Photo/Alan Diaz, File)", "(Twitter/@x)";
 * not an aside that goes on with the sentence ("(and which the agency reported in 2013)").
 */
const CREDIT_TAIL =
  /\((?!(?:and|but|which|who|whom|whose|where|when|as|that|or)\s)(?:[^()]{0,60}\b(?:photo|foto|file|getty|afp|ap|reuters|epa|dpa|xinhua|shutterstock|image|screenshot|screen grab|credit|courtesy|handout|twitter|instagram|facebook|x\.com)\b[^()]{0,60}|[^()\s]{1,40}\/[^()]{1,60})\)\.?$/iu;
/** Agency or stock credits standing alone, or a caption ending in the word "photo" (dpa style). */
const CREDIT_WORDS =
  /(?:\b(?:photograph|photo|foto|picture|image|illustration|credit|bild|imagen)\s*:\s*[^.:]{2,80}$|^(?:getty images|shutterstock|ap photo|afp photo|reuters|epa|istock|handout|file photo)\.?$|\b(?:photo|foto|picture)$|\bvia (?:getty images|reuters|ap|afp)\.?$|^image via\b)/iu;

/** "[Photo/Jane Doe]", "[Photo by Jane Doe]": a credit in square brackets closing a caption. */
const SQUARE_CREDIT_TAIL =
  /\[(?:photo|photos|foto|image|picture|video)\s*(?:[/:]|by\b)\s*[^[\]]{1,60}\]\.?$/iu;

/** "Pictured: …", "Above: …": a tabloid's caption label. */
const CAPTION_LABEL = /^(?:pictured|above|below|inset|left|right|top|main picture|main image)\s*:\s+\S/iu;
/** "(Jane Doe/The Canadian Press)": a photographer and agency credit closing a caption. */
const NAMED_CREDIT_TAIL = /\((?:\p{Lu}[\p{L}'’.-]+\s){1,3}\p{Lu}[\p{L}'’.-]*\s*\/\s*[^()]{2,60}\)\.?$/u;

/** A photo caption or credit line. */
export function isCaption(line: Line): boolean {
  if (line.bare.length > 400) return false;
  return (
    CREDIT.test(line.bare) ||
    CREDIT_TAIL.test(line.bare) ||
    CREDIT_WORDS.test(line.bare) ||
    NAMED_CREDIT_TAIL.test(line.bare) ||
    SQUARE_CREDIT_TAIL.test(line.bare) ||
    (line.bare.length <= 200 && CAPTION_LABEL.test(line.bare))
  );
}

/** A bare credit ("© …", "Photo: …"): the line before it, if not text, is its caption. */
export function isCredit(line: Line): boolean {
  return line.bare.length <= 120 && (CREDIT.test(line.bare) || CREDIT_WORDS.test(line.bare));
}

const BYLINE =
  /^(?:(?:written |posted |reported |published )?by|byline:|von|por|par|di|door|oleh|от|автор:?|av|af|przez)\s+((?-i:\p{Lu}).{1,120})$/iu;
const BYLINE_ALONE = /^(?:by|von|por|par|di|door|oleh|от|автор:?)$/iu;

/**
 * The byline's name(s) from a line such as "By Jane Doe, Reuters", "Posted by Michael David Smith
 * on November 19, 2019" or a record's "Byline: Jane Doe": what follows "By", cut at a date, a "|"
 * or an " on ".
 */
export function bylineOf(line: Line, next: Line | undefined): string | null {
  let name: string | null = null;
  const match = BYLINE.exec(line.bare);
  if (match) name = match[1] ?? null;
  else if (BYLINE_ALONE.test(line.bare) && next && next.words <= 8) name = next.bare;
  if (!name) return null;
  name =
    name
      .split(/\s+(?:on|am|le|el|il|op|pada)\s+(?=\p{L}*\s*\d)|\s+[|•·]\s+|\s+[-–—]\s+(?=.*\d)/u)[0]
      ?.replace(/[,;:]?\s*(?:updated|published|posted)\b.*$/iu, '')
      .replace(/[\s,;:.-]+$/u, '')
      .trim() ?? '';
  if (!name || name.length > 100 || /[.!?]\s/u.test(name) || isDateLine(name)) return null;
  // "Jane Doe, Reuters" / "Jane Doe (AP)": the agency is credited apart, the byline is the name.
  const agency = /^(.+?)\s*(?:,|\/|\(|\||-)\s*([^,()/|]+?)\)?$/u.exec(name);
  if (
    agency?.[1] &&
    agency[2] &&
    findAgencies([agency[2]]).length > 0 &&
    findAgencies([agency[1]]).length === 0
  )
    name = agency[1];
  return name;
}

/** "Jane Doe in Brussels", "Sam Lee and Priya Patel": capitalised names, as a byline without "By". */
const NAMES_LINE =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|and|und|y|et|e|en|dan|in|aus|en|à|a|de|van|von|der|da|di|la|le))+$/u;

/** A weekday or month: "By Monday" is a deadline, not a name. */
const CALENDAR_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/iu;

/**
 * Text that is people's names and nothing else ("Marta Velde", "Sam Lee and Priya Patel"): the
 * capitalised words of a names line, none of them a function word ("By The Numbers") or a day or
 * month ("By Monday Evening").
 */
export function isNames(text: string): boolean {
  if (!NAMES_LINE.test(text)) return false;
  const capitalised = text.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word));
  return stopwordCount(capitalised.join(' ')) === 0 && !capitalised.some((w) => CALENDAR_WORD.test(w));
}

/** A bare names line right above a date is the byline. */
export function namesBeforeDate(line: Line, next: Line | undefined): string | null {
  if (!next || line.words > 8 || !NAMES_LINE.test(line.bare) || !isDateLine(next.bare)) return null;
  // Five or more capitalised words without a joining word read as a title-case headline, not names.
  if (line.words >= 5 && !/\s(?:and|und|y|et|e|en|dan|in|aus)\s/u.test(line.bare)) return null;
  return line.bare;
}

/** Shaped like a headline: a handful of words, no sentence-ending full stop, not a date or credit. */
export function isHeadlineShaped(line: Line): boolean {
  if (line.words < 3 || line.words > 30 || line.bullet) return false;
  if (/[.,;]["'”’»)\]]*$/u.test(line.bare) && !/(?:\.\.\.|…)["'”’»)\]]*$/u.test(line.bare)) return false;
  return !isDateLine(line.bare) && !isCaption(line) && !BYLINE.test(line.bare);
}

/** Items of a tag line: "Tags: NATO, Ukraine" or "tags #Local Markets #Nifty". */
export function tagItems(text: string): string[] {
  if (!/[:#]/u.test(text)) return [];
  const list = text.replace(/^[^:#]*(?::|(?=#))/u, '');
  return list
    .split(/\s*[,;|#•·]\s*/u)
    .map((t) => t.trim())
    .filter((t) => t.length > 0 && t.length <= 60);
}

/** One short item of a tag list: a few words, no sentence punctuation. */
export function isTagItem(line: Line): boolean {
  return line.words <= 5 && line.bare.length <= 50 && !/[.!?:]$/u.test(line.bare) && !isDateLine(line.bare);
}
