/**
 * normalize/text/sources: who the article credits — wire agencies and outlets cited as sources —
 * and the dateline that opens the body.
 *
 * In: text (bylines, captions, credits, paragraphs). Out: normalised names ("Voice of America" ->
 * "VOA", "(AP)" -> "AP", "Agence France-Presse" -> "AFP") in order of first mention, and the place
 * of a dateline ("JAKARTA - ..." -> "JAKARTA").
 */

/**
 * Wire agencies: their names are unambiguous wherever they appear. Each is [pattern, label, name]:
 * the label names it as a credit ("(AP)" -> "AP"); the name, where it differs, is what it is called
 * as a page's outlet ("AP" -> "Associated Press", see agencyOutletName).
 */
const AGENCIES: ReadonlyArray<readonly [RegExp, string, string?]> = [
  [/\bReuters\b/u, 'Reuters'],
  [
    /\bAssociated Press\b|\(AP\)|\bAP(?= Photo\b)|(?<=\/)AP\b|\bAP(?=\/)|\bAP(?= (?:reported|reports|said|says|wrote|writes)\b)/u,
    'AP',
    'Associated Press',
  ],
  [/\b(?:AFP|Agence France[- ]Presse)\b/u, 'AFP', 'Agence France-Presse'],
  [/\b(?:dpa|DPA|Deutsche Presse-Agentur)\b/u, 'dpa', 'Deutsche Presse-Agentur'],
  [/\b(?:VOA|Voice of America)\b/u, 'VOA', 'Voice of America'],
  [/\bXinhua\b/u, 'Xinhua'],
  [/\b(?:TASS|ITAR-TASS)\b/u, 'TASS'],
  [/\bInterfax(?:-Ukraine)?\b/u, 'Interfax'],
  [/\bRIA Novosti\b/u, 'RIA Novosti'],
  [/\bUkrinform\b/u, 'Ukrinform'],
  [/\bUNIAN\b/u, 'UNIAN'],
  [/\bAnadolu(?: Agency| Ajansı)?\b/u, 'Anadolu'],
  [/\bANSA\b/u, 'ANSA'],
  [/\b(?:EFE|Agencia EFE)\b/u, 'EFE'],
  [/\bEuropa Press\b/u, 'Europa Press'],
  [/\bKyodo(?: News)?\b/u, 'Kyodo'],
  [/\bYonhap\b/u, 'Yonhap'],
  [/\b(?:PTI|Press Trust of India)\b/u, 'PTI', 'Press Trust of India'],
  [/\bIANS\b/u, 'IANS'],
  [/\b(?:Press Association|PA Media)\b/u, 'PA'],
  [/\bAustralian Associated Press\b/u, 'AAP', 'Australian Associated Press'],
  [/\bCanadian Press\b/u, 'Canadian Press'],
  [/\bBernama\b/u, 'Bernama'],
  [/\bANTARA\b|\bAntara News\b/u, 'Antara'],
  [/\bIRNA\b/u, 'IRNA'],
  [/\bWAFA\b/u, 'WAFA'],
  [/\bSputnik\b/u, 'Sputnik'],
];

/**
 * Outlets whose names are also ordinary words or people ("Bloomberg", "The Times"): credited only
 * in a citing phrase — "told CNN", "CNN reported", "according to the BBC", "(Bloomberg)".
 */
const OUTLETS: ReadonlyArray<readonly [string, string, string?]> = [
  ['Bloomberg(?: News)?', 'Bloomberg'],
  ['CNN', 'CNN'],
  ['BBC', 'BBC'],
  ['Al Jazeera', 'Al Jazeera'],
  ['(?:The )?New York Times', 'The New York Times'],
  ['(?:The )?Wall Street Journal', 'The Wall Street Journal'],
  ['(?:The )?Washington Post', 'The Washington Post'],
  ['(?:the )?Financial Times', 'Financial Times'],
  ['(?:The )?Guardian', 'The Guardian'],
  ['Politico', 'Politico'],
  ['Axios', 'Axios'],
  ['UPI|United Press International', 'UPI', 'United Press International'],
  ['NHK', 'NHK'],
  ['Der Spiegel|Spiegel', 'Der Spiegel'],
  ['Le Monde', 'Le Monde'],
  ['El País', 'El País'],
];

/** A citing phrase right before an outlet's name ("told", "according to the", "("). */
const CITE_BEFORE =
  /(?:\b(?:told|to|via|by|from|according to|quoted by|cited by|reported by|interview with|speaking to|informed|laut|según|selon|secondo|segundo|menurut)\s+(?:the\s+)?|\(|\b(?:source|sources|quelle|fuente)\s*:\s*)$/iu;
/** ... or right after it ("reported", "'s report", ")"). */
const CITE_AFTER =
  /^(?:\s+(?:reported|reports|said|says|wrote|writes|cited|quoted|learned|news agency)\b|'s? (?:report|reporting)|\))/iu;
/** Mentions of one outlet examined for a citing phrase; enough for any article. */
const MAX_MENTIONS = 50;

const OUTLET_NAMES: ReadonlyArray<readonly [RegExp, string, string?]> = OUTLETS.map(([name, label, full]) => [
  new RegExp(`\\b(?:${name})\\b`, 'gu'),
  label,
  full,
]);

/** The pattern matches the whole text, not a part of it. */
function whole(pattern: RegExp, text: string): boolean {
  const match = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text);
  return match !== null && match[0].length === text.length;
}

/** The whole name (without "The") is this agency's or outlet's: "AP", "(AP)", "The Associated Press". */
function namesWhole([pattern, label]: readonly [RegExp, string, string?], name: string): boolean {
  const bare = name.trim().replace(/^the\s+/iu, '');
  return whole(pattern, bare) || whole(pattern, name.trim()) || whole(pattern, `(${bare})`) || bare === label;
}

/**
 * A page's outlet as readers know it: an agency named by its abbreviation or a variant is called by
 * the table's name ("AP", "The Associated Press" -> "Associated Press"; "dpa" -> "Deutsche
 * Presse-Agentur"), so two pages of one agency are one outlet. Any other name is returned as is.
 */
export function agencyOutletName(name: string): string {
  for (const entry of [...AGENCIES, ...OUTLET_NAMES])
    if (entry[2] && namesWhole(entry, name)) return entry[2];
  return name;
}

/** The name is a wire agency's ("The Associated Press", "Reuters"), whoever prints it. */
export function isAgencyName(name: string): boolean {
  const bare = name.trim();
  return AGENCIES.some(([pattern]) => pattern.test(bare) || pattern.test(`(${bare})`)) || /^AP$/u.test(bare);
}

/**
 * The credit names a publisher's own name stands for ("Associated Press" -> AP, "dpa" -> dpa,
 * "The Guardian" -> The Guardian): an outlet never cites itself, so these are not its sources.
 * Whole-name matches only, so "Australian Associated Press" is AAP, not AP.
 */
export function selfCredits(name: string): Set<string> {
  const own = new Set<string>();
  for (const entry of [...AGENCIES, ...OUTLET_NAMES]) if (namesWhole(entry, name)) own.add(entry[1]);
  return own;
}

/**
 * Plain words every match of a case-sensitive pattern holds, one per top-level alternative (its
 * text up to the first pattern syntax, past a leading optional group and word boundary), or null
 * when an alternative has none: a text holding none of them cannot match, and a search for a
 * literal is far cheaper than the pattern's scan, which most articles (naming no agency) pay whole.
 */
function needlesOf(pattern: RegExp): string[] | null {
  return pattern.flags.includes('i') ? null : needlesIn(pattern.source);
}

function needlesIn(source: string): string[] | null {
  const alternatives = topLevel(source, '|') ?? [];
  const needles: string[] = [];
  for (const alternative of alternatives) {
    const body = alternative.replace(/^\\b|\\b$/gu, '').replace(/^\(\?:[^()|\\]*\)\?/u, '');
    // "(?:AFP|Agence France-Presse)": one group, the whole alternative.
    const inner = body.startsWith('(?:') && topLevel(body, '') === null ? needlesIn(body.slice(3, -1)) : null;
    if (inner) {
      needles.push(...inner);
      continue;
    }
    // A quantifier makes the letter before it optional: the needle stops before that letter.
    const plain = /^[\p{L}\p{N} ]*/u.exec(body)![0];
    const needle = /^[?*+{]/u.test(body.slice(plain.length)) ? plain.slice(0, -1) : plain;
    if (needle.length < 2) return null;
    needles.push(needle);
  }
  return needles;
}

/**
 * `source` cut at `separator` outside groups (escapes skipped); with separator '', null when the
 * whole source is one group from its first character to its last.
 */
function topLevel(source: string, separator: string): string[] | null {
  const parts = [''];
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      parts[parts.length - 1] += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === separator && depth === 0) parts.push('');
    else parts[parts.length - 1] += c;
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0 && separator === '' && i === source.length - 1 && source[0] === '(')
      return null;
  }
  return parts;
}

const mayMatch = new Map<RegExp, string[] | null>(
  [...AGENCIES, ...OUTLET_NAMES].map(([pattern]) => [pattern, needlesOf(pattern)]),
);

/** The wire agencies and outlets an article credits as sources, normalised ("(AP)" -> "AP"), in order of first mention. */
export function findAgencies(texts: readonly string[]): string[] {
  const text = texts.join('\n');
  const found: Array<{ at: number; name: string }> = [];
  const absent = (pattern: RegExp) =>
    mayMatch.get(pattern)?.every((needle) => !text.includes(needle)) ?? false;
  for (const [pattern, name] of AGENCIES) {
    const match = absent(pattern) ? null : pattern.exec(text);
    if (match) found.push({ at: match.index, name });
  }
  for (const [pattern, name] of OUTLET_NAMES) {
    const at = absent(pattern) ? -1 : citedAt(text, pattern);
    if (at >= 0 && !found.some((f) => f.name === name)) found.push({ at, name });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/** Where the outlet is first named inside a citing phrase, or -1. */
function citedAt(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  for (let n = 0; n < MAX_MENTIONS; n++) {
    const match = pattern.exec(text);
    if (!match) return -1;
    const end = match.index + match[0].length;
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    if (CITE_BEFORE.test(before) || CITE_AFTER.test(text.slice(end, end + 40))) return match.index;
  }
  return -1;
}

/**
 * "JAKARTA - ", "KYIV, June 13 (Reuters) — ", "NEW DELHI: ", "Berlin (dpa) - ": the place a
 * story was filed from. Capitals only, unless an agency credit in brackets follows the place.
 */
const DATELINE =
  /^([\p{Lu}][\p{L}\p{M}.'’-]*(?:[ -][\p{Lu}][\p{L}\p{M}.'’-]*){0,3})(?:\s*\/\s*[\p{Lu}][\p{L}.'’ -]{1,30})?(?:,\s*[^—–\-:(]{1,30}?)?\s*(\([^)]{1,40}\))?\s*(?:[—–-]{1,2}|:)\s+\S/u;

/** The place of the dateline opening a lede ("JAKARTA - …" -> "JAKARTA"), or null. */
export function findDateline(lead: string): string | null {
  const match = DATELINE.exec(lead);
  const place = match?.[1]?.trim();
  if (!match || !place || place.length < 3) return null;
  const credited = Boolean(match[2]) && findAgencies([match[2] ?? '']).length > 0;
  const capitals = place === place.toUpperCase() && /\p{Lu}{3}/u.test(place);
  return capitals || credited ? place : null;
}
