/**
 * extract/figures/quantity-phrase: the noun phrase a money figure measures ("a fine of €1.8bn" ->
 * "fine", "$60bn in military aid" -> "military aid", "fined Google €1.8bn" -> "fine"), read from
 * the words right after or before it inside its clause. Apart from roles.ts, which decides what
 * the figure is (total, part, annual...) once its quantity is known.
 *
 * In: the paragraph, the figure's span, its clause's start. Out: the phrase, or null when unclear.
 */
import { ENGLISH_STOPWORDS } from '../../../lib/lexicon/stopwords.ts';
import { QUANTITY_NOUNS } from './quantity-head.ts';

const DETERMINERS = new Set(
  'a an the its their his her our this that these those another additional further new total same'.split(' '),
);

/** Stop words that still sit inside a noun phrase: "$5m in other costs", "$2m of its own money". */
const NOUN_PHRASE_ADJECTIVES = new Set('other others own more most less least few many much'.split(' '));

/**
 * "$600 million from its budget", "$1,200 under the deal": a stop word after the figure (other than
 * a determiner, as in "$1m of the defence budget", or an adjective) starts a new phrase.
 */
const PHRASE_BREAKERS = new Set(
  ENGLISH_STOPWORDS.split(/\s+/u).filter(
    (word) => word !== '' && !DETERMINERS.has(word) && !NOUN_PHRASE_ADJECTIVES.has(word),
  ),
);

/** Words that may stand between a noun phrase and its figure: "a fine of (about) €1.8bn". */
const QUALIFIERS =
  '(?:(?:about|around|roughly|some|nearly|almost|over|more\\s+than|less\\s+than|up\\s+to|at\\s+least|approximately|an\\s+estimated|a\\s+record|just|only|a\\s+further)\\s+)*';
/** The link from a noun phrase to its figure: "… was", "… has reached", "… came to (about)". */
const LINK =
  `(?:(?:could|would|will|may|might|is\\s+expected\\s+to|is\\s+set\\s+to|has|have|had)\\s+)?` +
  `(?:of|at|was|is|are|were|be|totall?ing|totals|totalled|totaled|worth|reached|hit|to|amounting\\s+to|amounted\\s+to|stood\\s+at|came\\s+to|rose\\s+to|fell\\s+to|cost|costs)\\s+${QUALIFIERS}$`;
/**
 * Up to three words and what follows them ("fines for the leak of patient records came to"),
 * then the link. BEFORE_NEAR, without what follows, is tried first: a head noun right before the
 * link is nearer than one further back ("the cash to make a required minimum contribution of").
 */
const BEFORE_LINK = new RegExp(
  `((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)(?<tail>\\s+(?:for|in|on|from|to)\\s+[\\p{L}\\p{N} ]{1,40}?)?\\s+${LINK}`,
  'iu',
);
const BEFORE_NEAR = new RegExp(`((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)\\s+${LINK}`, 'iu');
/** Modifiers kept in front of a head noun ("lump sum", "basic amount", "military aid"). */
const MODIFIERS = new Set(
  'lump basic base fixed daily monthly annual yearly total initial final record federal military defence defense humanitarian economic financial antitrust civil criminal additional emergency net gross'.split(
    ' ',
  ),
);
/** A verb that names what its object measures: "fined Google €1.8bn" is a fine. */
const VERB_QUANTITY: [RegExp, string][] = [
  [/\bfined\s+(?:[\p{L}.&'-]+\s+){0,3}$/u, 'fine'],
  [/\b(?:pledged|pledging|pledges)\s+(?:[\p{L}'-]+\s+){0,2}$/u, 'pledge'],
  [/\b(?:donated|donating)\s+$/u, 'donation'],
  [/\b(?:spent|spend|spending|spends)\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+)?$/u, 'spending'],
];
const AFTER_NOUN = /^[\s-]+(?:in\s+|of\s+|worth\s+of\s+)?((?:[\p{L}-]+\s+){0,2}[\p{Ll}-]+)/u;

/** Words after which a quantity noun is a verb ("will rise", "to increase", "could cut"). */
const AUXILIARY = /^(?:will|would|could|can|may|might|must|shall|should|to|did|does|do)$/iu;

/** A past participle in front of a head noun ("insured damage", "unpaid taxes"). */
const PARTICIPLE = /^\p{Ll}{2,}ed$/u;

function isModifier(word: string): boolean {
  const lower = word.toLowerCase();
  // A participle says which sum too ("insured damage", "unpaid taxes"); a capital only at a
  // sentence start ("Insured damage from the fire reached …").
  return (
    QUANTITY_NOUNS.has(lower) ||
    MODIFIERS.has(lower) ||
    /^\p{Ll}+(?:al|ic|ary)$/u.test(word) ||
    (/^\p{L}\p{Ll}+$/u.test(word) && PARTICIPLE.test(lower))
  );
}

/**
 * Nouns too vague to name a quantity alone ("$40bn value" says nothing): the phrase keeps the
 * nouns in front of them ("equipment value"), or there is no quantity wording.
 */
const VAGUE_HEADS = new Set('value amount sum figure total number level'.split(' '));

/**
 * A word as the phrase shows it: in the text's own case ("Ukraine aid package"), except a common
 * word capitalised only by its place (a sentence or headline start: "Annual budget").
 */
function asShown(word: string): string {
  const lower = word.toLowerCase();
  const common =
    DETERMINERS.has(lower) ||
    QUANTITY_NOUNS.has(lower) ||
    MODIFIERS.has(lower) ||
    PHRASE_BREAKERS.has(lower) ||
    PARTICIPLE.test(lower);
  return common && /^\p{Lu}\p{Ll}*$/u.test(word) ? lower : word;
}

function cleanPhrase(words: string[]): string | null {
  const kept = [...words];
  while (kept.length > 0 && DETERMINERS.has((kept[0] as string).toLowerCase())) kept.shift();
  if (kept.length === 1 && VAGUE_HEADS.has((kept[0] as string).toLowerCase())) return null;
  return kept.length > 0 ? kept.map(asShown).join(' ') : null;
}

/** The noun phrase a figure measures, from the words right before or after it in its clause. */
export function readQuantity(
  paragraph: string,
  start: number,
  end: number,
  clauseStart: number,
): string | null {
  const after = AFTER_NOUN.exec(paragraph.slice(end, end + 60));
  if (after) {
    const words = (after[1] ?? '').split(/\s+/);
    // The last noun of a compound is its head: "$95 billion foreign aid bill" is a bill.
    const first = words.findIndex((word) => QUANTITY_NOUNS.has(word.toLowerCase().replace(/-/g, '')));
    let head = first;
    while (
      head !== -1 &&
      head + 1 < words.length &&
      QUANTITY_NOUNS.has((words[head + 1] as string).toLowerCase())
    )
      head++;
    const phrase = words.slice(0, head + 1);
    if (head !== -1 && !phrase.some((word) => PHRASE_BREAKERS.has(word.toLowerCase())))
      return cleanPhrase(phrase);
  }
  const lead80 = paragraph.slice(Math.max(clauseStart, start - 80), start);
  const near = BEFORE_NEAR.exec(lead80);
  const nearHead = near && QUANTITY_NOUNS.has((near[1] ?? '').split(/\s+/).pop()!.toLowerCase());
  const before = nearHead ? near : BEFORE_LINK.exec(lead80);
  if (before) {
    const words = (before[1] ?? '').split(/\s+/);
    let head = -1;
    for (let i = words.length - 1; i >= 0; i--)
      if (
        QUANTITY_NOUNS.has((words[i] as string).toLowerCase()) &&
        // After a modal or "to" the word is a verb: "starting pay will rise to $52,000".
        !AUXILIARY.test(words[i - 1] ?? '')
      ) {
        head = i;
        break;
      }
    if (head !== -1) {
      // Keep a modifier that precedes the head ("lump sum", "basic amount", "spending cap").
      let from = head;
      while (from > 0 && head - from < 2 && isModifier(words[from - 1] as string)) from--;
      // A vague head takes the nouns in front of it: "the annual equipment value is $40bn".
      if (from === head && VAGUE_HEADS.has((words[head] as string).toLowerCase()))
        while (from > 0 && head - from < 2 && !PHRASE_BREAKERS.has((words[from - 1] as string).toLowerCase()))
          from--;
      const phrase = cleanPhrase(words.slice(from, head + 1));
      const tail = before.groups?.tail?.trim().toLowerCase();
      return phrase && tail ? `${phrase} ${tail}` : phrase;
    }
  }
  const lead = paragraph.slice(Math.max(clauseStart, start - 60), start);
  for (const [verb, noun] of VERB_QUANTITY) if (verb.test(lead)) return noun;
  return null;
}
