/**
 * normalize/html/text: small pure string helpers shared by the HTML normalizer modules.
 */
import { INVISIBLE_CHARACTERS } from '../invisible.ts';

/** Collapses every run of whitespace (incl. NBSP and zero-width chars) to one space and trims. */
export function collapse(text: string): string {
  return text
    .replace(INVISIBLE_CHARACTERS, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/** Number of word-ish tokens, language-independent (CJK characters count roughly per 2 chars). */
export function wordCount(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  if (!words) return 0;
  let count = 0;
  for (const word of words) {
    // Scripts without spaces (CJK, Thai) make one huge "word": count by length instead.
    count +=
      word.length > 20 &&
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u.test(word)
        ? Math.ceil(word.length / 2)
        : 1;
  }
  return count;
}

/** True when the text ends like a sentence (any script's full stop, ?, !, closing quote). */
export function endsLikeSentence(text: string): boolean {
  return /[.!?。！？…:;"'”’»)\]]$/u.test(text.trim());
}

/** Decodes the few HTML entities that show up in attribute values and JSON-LD strings. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp|#39);/gi, (all, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return safeFromCodePoint(parseInt(lower.slice(2), 16), all);
    if (lower.startsWith('#')) return safeFromCodePoint(parseInt(lower.slice(1), 10), all);
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[lower] ?? all;
  });
}

function safeFromCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** Strips tags from a string that may contain markup (JSON-LD articleBody, meta descriptions). */
export function stripTags(text: string): string {
  return text.replace(/<[^>]{0,2000}>/g, ' ');
}

/** Joins block texts into one short line for a `removed` entry (cheap: capped length). */
export function summarize(texts: readonly string[], maxChars = 300): string {
  const joined = texts.join(' / ');
  return joined.length > maxChars ? `${joined.slice(0, maxChars)}…` : joined;
}
