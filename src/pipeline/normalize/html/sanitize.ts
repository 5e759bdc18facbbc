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
export const DROPPED_ELEMENTS = [
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

/** A page's source made smaller and safer to parse (scripts, styles, SVG and data blobs dropped in linear passes), with its JSON-LD kept aside. */
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
  let depth = 0;
  let strays = 0;
  const emit = (text: string): void => {
    out.push(text);
    outLength += text.length;
  };
  while (pos < source.length && outLength <= MAX_PARSE_CHARS) {
    const lt = source.indexOf('<', pos);
    if (lt < 0) break;
    emit(source.slice(pos, lt));
    const skip = skippableAt(source, lower, lt, jsonLd);
    if (skip !== null) {
      emit(' ');
      pos = skip;
      continue;
    }
    const tag = tagAt(lower, lt);
    if (tag.kind === 'stray') {
      // A lone "<" in text: escaped, it is one character for the parser instead of a tag attempt;
      // past a few thousand the page is garbage and they are dropped.
      if (++strays <= MAX_STRAYS) emit('&lt;');
      pos = lt + 1;
      continue;
    }
    if (tag.kind === 'open' && tag.nests) {
      if (depth >= MAX_NESTING) {
        // Unclosed tags piling up (broken markup): keep the text, drop the extra structure.
        pos = tag.end;
        continue;
      }
      depth++;
    } else if (tag.kind === 'close' && depth > 0) {
      depth--;
    }
    emit(source.slice(lt, tag.end));
    pos = tag.end;
  }
  if (pos < source.length) {
    if (outLength > MAX_PARSE_CHARS) truncated = true;
    else emit(source.slice(pos));
  }
  return { html: wrapDocument(out.join('')), jsonLd, truncated };
}

/**
 * linkedom builds the tree literally: without an <html> root the first element becomes the
 * document element, and content outside a <body> tag is not in document.body. So every page is
 * rebuilt as one html > body shell around its content, keeping the <html> attributes (lang).
 */
function wrapDocument(html: string): string {
  const htmlTag = /<html\b([^>]*)>/i.exec(html);
  const attributes = htmlTag?.[1]?.replace(/\/$/, '') ?? '';
  const content = html.replace(/<!doctype[^>]*>|<\/?(?:html|body)\b[^>]*>/gi, ' ');
  return `<!DOCTYPE html><html${attributes}><head></head><body>${content}</body></html>`;
}

/**
 * Elements that never nest content (void) or that the parser closes implicitly (p, li, td...):
 * an unclosed one does not deepen the tree, so they do not count towards nesting depth.
 */
const NON_NESTING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'td',
  'th',
  'tr',
  'option',
  'html',
  'head',
  'body',
  'tbody',
  'thead',
]);

/** Stray "<" characters kept as text; more than this is not prose. */
const MAX_STRAYS = 5000;

/** Nesting depth beyond which further opening tags are dropped (real pages stay under ~60). */
const MAX_NESTING = 500;

interface TagInfo {
  kind: 'open' | 'close' | 'other' | 'stray';
  /** Whether an opening tag deepens the tree. */
  nests: boolean;
  /** Index just past the tag (or past the "<" for strays). */
  end: number;
}

/** What the "<" at `lt` starts, and where it ends. */
function tagAt(lower: string, lt: number): TagInfo {
  const next = lower.charCodeAt(lt + 1);
  const isLetter = next >= 97 && next <= 122;
  if (!isLetter && next !== 47 /* / */ && next !== 33 /* ! */ && next !== 63 /* ? */) {
    return { kind: 'stray', nests: false, end: lt + 1 };
  }
  const close = lower.indexOf('>', lt);
  const end = close < 0 ? lower.length : close + 1;
  if (next === 47) return { kind: 'close', nests: false, end };
  if (!isLetter) return { kind: 'other', nests: false, end };
  const name = /^[a-z][a-z0-9-]*/.exec(lower.slice(lt + 1, lt + 40))?.[0] ?? '';
  const selfClosing = lower.charCodeAt(end - 2) === 47;
  return { kind: 'open', nests: !selfClosing && !NON_NESTING.has(name), end };
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
