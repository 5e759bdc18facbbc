/**
 * JavaScript a built page makes the browser load: every module in a <script src>, every inline
 * <script> (module or classic), every island's component-url/renderer-url (loaded at hydration),
 * plus everything those reach through static imports (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from`), walked transitively in dist/. Dynamic import() targets are counted separately
 * (lazy: loaded on demand). Sizes are gzip -9 of the file bytes, each file counted once per page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  route: string;
  file: string;
  found: boolean;
  /** Static JS: bytes gzip and raw, and the files counted. */
  gzipBytes: number;
  rawBytes: number;
  files: string[];
  inlineScripts: number;
  /** Reachable only through dynamic import(): loaded on demand. */
  lazyGzipBytes: number;
  lazyFiles: string[];
}

const gz = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+\.m?js)["']\s*\)/g;

/** dist/ path of a URL a page references (absolute or relative to the page's or module's URL). */
function resolveUrl(dist: string, fromUrlDir: string, url: string): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return null; // external
  const clean = url.split(/[?#]/)[0]!;
  const path = clean.startsWith('/') ? join(dist, clean) : join(dist, fromUrlDir, clean);
  return normalize(path);
}

export function pageWeight(dist: string, route: string): PageWeight {
  const file = join(dist, route.replace(/^\//, ''), route.endsWith('.html') ? '' : 'index.html');
  const result: PageWeight = {
    route,
    file: relative(dist, file),
    found: existsSync(file),
    gzipBytes: 0,
    rawBytes: 0,
    files: [],
    inlineScripts: 0,
    lazyGzipBytes: 0,
    lazyFiles: [],
  };
  if (!result.found) return result;
  const html = readFileSync(file, 'utf8');
  const pageDir = route.endsWith('/') ? route : dirname(route);
  const queue: string[] = [];
  const lazy: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = match[1]!;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue; // JSON-LD, templates
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1];
    if (src) {
      const path = resolveUrl(dist, pageDir, src);
      if (path) queue.push(path);
    } else if (match[2]!.trim()) {
      result.inlineScripts++;
      result.gzipBytes += gz(match[2]!);
      result.rawBytes += Buffer.byteLength(match[2]!);
      for (const imp of match[2]!.matchAll(STATIC_IMPORT)) {
        const path = resolveUrl(dist, pageDir, imp[1]!);
        if (path) queue.push(path);
      }
      for (const imp of match[2]!.matchAll(DYNAMIC_IMPORT)) {
        const path = resolveUrl(dist, pageDir, imp[1]!);
        if (path) lazy.push(path);
      }
    }
  }
  for (const match of html.matchAll(
    /\b(?:component-url|renderer-url|before-hydration-url)\s*=\s*["']([^"']+)["']/gi,
  )) {
    const path = resolveUrl(dist, pageDir, match[1]!);
    if (path) queue.push(path);
  }
  const seen = new Set<string>();
  const walk = (start: string[], onFile: (path: string, text: string) => void): void => {
    const stack = [...start];
    while (stack.length) {
      const path = stack.pop()!;
      if (seen.has(path) || !existsSync(path)) continue;
      seen.add(path);
      const text = readFileSync(path, 'utf8');
      onFile(path, text);
      const urlDir = dirname('/' + relative(dist, path));
      for (const imp of text.matchAll(STATIC_IMPORT)) {
        const next = resolveUrl(dist, urlDir, imp[1]!);
        if (next) stack.push(next);
      }
      for (const imp of text.matchAll(DYNAMIC_IMPORT)) {
        const next = resolveUrl(dist, urlDir, imp[1]!);
        if (next) lazy.push(next);
      }
    }
  };
  walk(queue, (path, text) => {
    result.files.push(relative(dist, path));
    result.gzipBytes += gz(text);
    result.rawBytes += Buffer.byteLength(text);
  });
  walk(lazy, (path, text) => {
    result.lazyFiles.push(relative(dist, path));
    result.lazyGzipBytes += gz(text);
  });
  return result;
}
