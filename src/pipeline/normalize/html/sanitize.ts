/**
 * normalize/html/sanitize: raw page source (string) -> a smaller, safer source string to parse,
 * plus the JSON-LD blocks that were inside <script type="application/ld+json">.
 *
 * Runs on the string before any DOM exists because that is where pathological pages hurt: a 30 MB
 * page is mostly inline scripts, styles, SVG and data blobs, none of which an article body needs.
 * Every scan here is a single left-to-right pass with indexOf (no backtracking regexes over the
 * whole page), so an unterminated <script> or a page of ten thousand scripts stays linear.
 */

/** Elements whose whole content is dropped before parsing: never reader-visible article text. */
const DROPPED_ELEMENTS = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'canvas',
  'math',
];

/** Hard cap on what is handed to the DOM parser after stripping (characters). */
export const MAX_PARSE_CHARS = 4_000_000;
/** Hard cap on the input we look at at all (characters). */
export const MAX_INPUT_CHARS = 40_000_000;
/** A JSON-LD block longer than this is not metadata worth parsing. */
const MAX_JSONLD_CHARS = 500_000;

export interface Sanitized {
  html: string;
  /** Raw text of each application/ld+json script, in page order. */
  jsonLd: string[];
  /** True when the source was cut to fit MAX_PARSE_CHARS / MAX_INPUT_CHARS. */
  truncated: boolean;
}

export function sanitizeHtml(source: string): Sanitized {
  let truncated = false;
  if (source.length > MAX_INPUT_CHARS) {
    source = source.slice(0, MAX_INPUT_CHARS);
    truncated = true;
  }
  const jsonLd: string[] = [];
  const lower = source.toLowerCase();
  const out: string[] = [];
  let pos = 0;
  let outLength = 0;
  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    if (lt < 0) break;
    const skip = skippableAt(source, lower, lt, jsonLd);
    if (skip === null) {
      // Not something we drop: copy up to the next '<' (at least one char forward).
      const next = source.indexOf('<', lt + 1);
      const end = next < 0 ? source.length : next;
      out.push(source.slice(pos, end));
      outLength += end - pos;
      pos = end;
    } else {
      out.push(source.slice(pos, lt), ' ');
      outLength += lt - pos + 1;
      pos = skip;
    }
    if (outLength > MAX_PARSE_CHARS) {
      truncated = true;
      pos = source.length;
      break;
    }
  }
  if (pos < source.length) out.push(source.slice(pos));
  return { html: out.join(''), jsonLd, truncated };
}

/**
 * If source[lt] starts a comment or a dropped element, returns the index just past it (collecting
 * JSON-LD on the way); otherwise null.
 */
function skippableAt(source: string, lower: string, lt: number, jsonLd: string[]): number | null {
  if (lower.startsWith('<!--', lt)) {
    const end = lower.indexOf('-->', lt + 4);
    return end < 0 ? source.length : end + 3;
  }
  for (const name of DROPPED_ELEMENTS) {
    if (!lower.startsWith(name, lt + 1)) continue;
    const after = lower.charCodeAt(lt + 1 + name.length);
    // "<scripts" or "<styled-x" are other elements: the name must end here.
    if (!(after === 62 /* > */ || after === 47 /* / */ || isSpace(after))) continue;
    const openEnd = lower.indexOf('>', lt);
    if (openEnd < 0) return source.length;
    if (lower.charCodeAt(openEnd - 1) === 47 && name === 'svg') return openEnd + 1; // <svg/>
    const close = lower.indexOf(`</${name}`, openEnd);
    const contentEnd = close < 0 ? source.length : close;
    if (name === 'script' && /application\/ld\+json/.test(lower.slice(lt, openEnd))) {
      if (contentEnd - openEnd < MAX_JSONLD_CHARS) jsonLd.push(source.slice(openEnd + 1, contentEnd));
    }
    if (close < 0) return source.length;
    const closeEnd = lower.indexOf('>', close);
    return closeEnd < 0 ? source.length : closeEnd + 1;
  }
  return null;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}
