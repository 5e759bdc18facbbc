/**
 * normalize/outlet-self: one line of site furniture in which the site speaks of itself -> the
 * outlet it names, or nothing. Read with the other furniture lines by normalize/outlet-lines.ts
 * (both normalizers); staffCredit is read with the credits near the headline.
 *
 * In: a line's text. Out: candidates for the vote in outlet-vote.ts (weight of a mention).
 *   trust heading     "Why you can trust X", "Why trust X's journalism": the site vouching for its
 *                     own work (firm)
 *   publisher line    "Published by X since 1921": the site's own history (firm)
 *   contact note      "X may contact you before publishing your account": a reader form's note on
 *                     what the newsroom does with what readers send (firm)
 *   newsletter pitch  "Get Fernbrook news from X in your inbox every morning" (firm)
 *   edition masthead  "X · Fernbrook edition", "X | US edition": the masthead with its edition (firm)
 *   station line      "WQRM 7 · X": a broadcaster's call sign and channel with its name (firm)
 *   document credit   "Contributed to Paperstack by X": who put an embedded document online — a
 *                     newsroom, a reporter or another organisation (weak)
 *   member note       "Y University provides funding as a member of X": a funder of a network of
 *                     publications, which may be a network of anything (weak)
 *   staff credit      "From staff reports | X", "X Staff, Reporter": the desk's byline (credit)
 * Only whole, short lines: inside the story's prose such words are sentences about someone else.
 * A name that may be a person's (two or three plain capitalised words) is no outlet here, except
 * before "Staff", which only a newsroom's desk carries.
 */
import { cleanOutletName, nameShaped, ROLE } from './outlet.ts';
import { NAME } from './outlet-mentions.ts';
import { isPlatformName } from './outlet-site.ts';
import { OUTLET_WEIGHT, type OutletCandidate } from './outlet-vote.ts';
import { usableOutletName } from './outlet-prompts.ts';

/** Any letter case for the furniture words around NAME, which alone must stay capitalised. */
const anyCase = (words: string) => words.replace(/\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`);
const SEP = '\\s*[·|•–—-]\\s*';

/** "X · Fernbrook edition", "X | US edition": the masthead with its edition. */
const EDITION = new RegExp(`^${NAME}${SEP}[\\p{Lu}][\\p{L}'’. -]{1,40} ${anyCase('edition')}$`, 'u');
/** "WQRM 7 · X", "KXYZ-TV | X": a broadcaster's call sign (and channel) with its name. */
const STATION = new RegExp(`^[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM|CD|LD))?(?:\\s+\\d{1,2})?${SEP}${NAME}$`, 'u');

/** A masthead printed with its edition or its call sign: the site's name, never a headline. */
export const isMastheadLine = (line: string): boolean => {
  const text = line.trim();
  return EDITION.test(text) || STATION.test(text);
};

/** [pattern (NAME is its first group), weak]. */
const SELF: ReadonlyArray<[RegExp, boolean]> = [
  [
    new RegExp(
      `^${anyCase('why')} (?:${anyCase('you can')} |${anyCase('to')} )?${anyCase('trust')} ${NAME}(?:[’']s?(?: ${anyCase('journalism|reporting|coverage|content')})?)?[?.]?$`,
      'u',
    ),
    false,
  ],
  [
    new RegExp(`^${anyCase('published by')} ${NAME} ${anyCase('since')} (?:1[6-9]|20)\\d{2}\\.?$`, 'u'),
    false,
  ],
  [
    new RegExp(
      `^${NAME} ${anyCase('may')} (?:${anyCase('contact|call|email|get in touch with|reach out to|follow up with')}) ${anyCase('you')}\\b.{0,80}$`,
      'u',
    ),
    false,
  ],
  [
    new RegExp(
      `^${anyCase('get')} (?:[\\p{Lu}][\\p{L}'’. -]{1,40} )?(?:${anyCase('news|headlines|stories|updates')}) ${anyCase('from')} ${NAME} (?:${anyCase('in|to|delivered to')}) ${anyCase('your inbox')}\\b.{0,40}$`,
      'u',
    ),
    false,
  ],
  [EDITION, false],
  [STATION, false],
  [
    new RegExp(
      `^(?:${anyCase('contributed|uploaded|shared|added')}) ${anyCase('to')} [\\p{Lu}][\\p{L}]+ ${anyCase('by')} ${NAME}\\.?$`,
      'u',
    ),
    true,
  ],
  [
    new RegExp(
      `^.{3,80} ${anyCase('provides')} (?:${anyCase('funding|support')}) ${anyCase('as a')} (?:${anyCase('founding')} )?(?:${anyCase('member|partner')}) ${anyCase('of')} ${NAME}\\.?$`,
      'u',
    ),
    true,
  ],
];

/** The outlets a line of the site speaking of itself names. */
export function outletSelf(line: string): OutletCandidate[] {
  const text = line.trim();
  if (text.length > 160) return [];
  const out: OutletCandidate[] = [];
  for (const [pattern, weak] of SELF) {
    const name = usableOutletName(pattern.exec(text)?.[1]);
    if (name) out.push({ name, weight: OUTLET_WEIGHT.mention, provenance: false, ...(weak ? { weak } : {}) });
  }
  return out;
}

/**
 * "X may contact you before publishing your account": a reader form's note, which a page may print
 * between the story's paragraphs. No story sentence is shaped like it ("Police may contact you"
 * never goes on to "before publishing your account"), so it is read among the paragraphs too.
 */
const CONTACT_NOTE = new RegExp(
  `^${NAME} ${anyCase('may')} (?:${anyCase('contact|call|email|get in touch with|reach out to')}) ${anyCase('you')} (?:${anyCase('before publishing|before we publish|about')}) ${anyCase('your')} (?:${anyCase('account|story|submission|response|contribution|experience')})\\.?$`,
  'u',
);

/** The outlet a reader form's contact note names, read wherever it stands (even among paragraphs). */
export function outletContactNote(line: string): OutletCandidate[] {
  const name = usableOutletName(CONTACT_NOTE.exec(line.trim())?.[1]);
  return name ? [{ name, weight: OUTLET_WEIGHT.mention, provenance: false }] : [];
}

const STAFF_REPORTS = new RegExp(
  `^${anyCase('from staff')} (?:${anyCase('and wire')} )?${anyCase('reports')}\\s*[|•·,–—-]\\s*${NAME}$`,
  'u',
);
const STAFF_ROLE = new RegExp(
  `^${NAME} ${anyCase('staff')},\\s*(?:${anyCase('staff writer|reporter|writer|correspondent')})$`,
  'u',
);

/** A desk's byline naming its newsroom: "From staff reports | X", "X Staff, Reporter". */
export function staffCredit(line: string): string | null {
  const text = line.trim();
  if (text.length > 80) return null;
  const name = cleanOutletName(STAFF_REPORTS.exec(text)?.[1] ?? STAFF_ROLE.exec(text)?.[1] ?? '');
  if (!name || !nameShaped(name) || ROLE.test(name) || isPlatformName(name)) return null;
  return name;
}
