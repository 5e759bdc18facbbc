/**
 * The built site in a real browser (Chromium via playwright-core): every page renders, every chart
 * draws, no console errors or CSP violations, no third-party requests, valid HTML (html-validate),
 * axe finds no WCAG 2.2 AA violations, search finds article text, and every internal link (and
 * #fragment) resolves.
 *
 * beforeAll runs the real `npm run build` (ingest + `explainer build`: astro build + search index)
 * unless E2E_SKIP_BUILD=1 and dist/ exists. E2E_DIST points at another build (e.g. the demo story);
 * E2E_SAMPLE=n runs axe and the 320 px check on n article pages instead of all (see sampled).
 */
import { execSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveStatic, type StaticServer } from './harness.ts';
import type { StoryData } from '../../src/lib/model.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, process.env.E2E_DIST ?? 'dist');
const BASE = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let server: StaticServer;
let browser: Browser;

interface Visited {
  path: string;
  status: number;
  html: string;
  h1: number;
  errors: string[];
  foreign: string[];
  links: string[];
}
const pages = new Map<string, Visited>();

/** Visits a page, recording status, console errors (incl. CSP violations), foreign requests and links. */
async function visit(page: Page, path: string): Promise<Visited> {
  const errors: string[] = [];
  const foreign: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error') errors.push(m.text());
  };
  const onError = (e: Error) => errors.push(e.message);
  const onRequest = (r: { url(): string }) => {
    const url = r.url();
    if (!url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreign.push(url);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('request', onRequest);
  const response = await page.goto(server.origin + path, { waitUntil: 'networkidle' });
  const html = await page.content();
  const h1 = await page.locator('h1').count();
  const links = await page.$$eval('a[href], link[href], script[src]', (els) =>
    els.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''),
  );
  page.off('console', onConsole);
  page.off('pageerror', onError);
  page.off('request', onRequest);
  return { path, status: response?.status() ?? 0, html, h1, errors, foreign, links };
}

function internal(link: string, from: string): URL | null {
  if (/^(mailto:|tel:|javascript:)/i.test(link)) return null;
  const url = new URL(link, server.origin + from);
  return url.origin === server.origin ? url : null;
}

beforeAll(async () => {
  const skip = process.env.E2E_SKIP_BUILD === '1' && existsSync(join(DIST, 'index.html'));
  if (!skip) {
    execSync('npm run build', {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
  }
  server = await serveStatic(DIST, BASE);
  browser = await launchChromium();

  // Crawl every HTML page reachable from the home page.
  const page = await browser.newPage();
  const queue = [BASE, `${BASE}search/`, `${BASE}404.html`];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const path = queue.shift()!;
    const visited = await visit(page, path);
    pages.set(path, visited);
    for (const link of visited.links) {
      const url = internal(link, path);
      if (!url || !url.pathname.endsWith('/') || seen.has(url.pathname)) continue;
      seen.add(url.pathname);
      queue.push(url.pathname);
    }
  }
  await page.close();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The longest word of the first article's body: something only full-text search can find. */
async function searchWord(): Promise<string> {
  const article = storyPages(/\/articles\/[^/]+\/$/)[0]!;
  const page = await browser.newPage();
  await page.goto(server.origin + article.path);
  const body = await page.locator('.article-body').innerText();
  await page.close();
  const word = (body.match(/\b[A-Za-z]{8,}\b/g) ?? []).sort((a, b) => b.length - a.length)[0];
  expect(word, 'a long word in the article').toBeTruthy();
  return word!;
}

/**
 * Pages the slow per-page checks (axe in two colour schemes, the 320 px layout) visit: all of them,
 * or with E2E_SAMPLE=n (for a 1,000-article build, where they would take most of an hour) every page
 * that is not an article plus n article pages spread evenly through the list. Article pages share
 * one template; every page is still crawled, validated and link-checked.
 */
function sampled(paths: string[]): string[] {
  const sample = Number(process.env.E2E_SAMPLE);
  if (!sample) return paths;
  const articles = paths.filter((p) => /\/articles\/[^/]+\/$/.test(p));
  const step = Math.max(1, Math.floor(articles.length / sample));
  const kept = new Set(articles.filter((_, i) => i % step === 0).slice(0, sample));
  return paths.filter((p) => !articles.includes(p) || kept.has(p));
}

/** The file in dist/ a served path comes from (paths are percent-encoded, file names are not). */
function distFile(path: string): string {
  const relative = decodeURIComponent(path.slice(BASE.length));
  return join(DIST, relative === '' || relative.endsWith('/') ? join(relative, 'index.html') : relative);
}

/** The story folder in dist/ of a served path ("/<story>/articles/x/" -> dist/<story>). */
const storyDirOf = (path: string): string =>
  join(DIST, decodeURIComponent(path.slice(BASE.length)).split('/')[0]!);

const contentPages = () => [...pages.values()].filter((p) => !p.path.endsWith('404.html'));
const storyPages = (suffix: RegExp) =>
  contentPages().filter(
    (p) =>
      suffix.test(p.path.slice(BASE.length - 1)) && existsSync(join(storyDirOf(p.path), 'data/story.json')),
  );

/** axe's WCAG 2.2 AA (and best-practice) violations on the page as it is. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE }).catch(async () => {
    // The page's CSP forbids inline scripts: evaluate axe through the DevTools protocol instead.
    await page.evaluate(AXE);
  });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return r.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  });
}

describe('the built site', () => {
  it('has every page type', () => {
    const paths = [...pages.keys()].map((p) => p.slice(BASE.length - 1));
    expect(paths).toContain('/');
    expect(paths).toContain('/search/');
    for (const re of [
      /^\/[^/]+\/$/,
      /^\/[^/]+\/quotes\/$/,
      /^\/[^/]+\/figures\/$/,
      /^\/[^/]+\/framing\/$/,
      /^\/[^/]+\/data\/$/,
      /^\/[^/]+\/articles\/$/,
      /^\/[^/]+\/articles\/[^/]+\/$/,
    ]) {
      expect(
        paths.some((p) => re.test(p)),
        String(re),
      ).toBe(true);
    }
  });

  it('renders every route with status 200 and one h1', () => {
    for (const p of contentPages()) {
      expect(p.status, p.path).toBe(200);
      expect(p.h1, `${p.path} h1 count`).toBe(1);
    }
    expect(pages.get(`${BASE}404.html`)?.h1).toBe(1);
  });

  it('is valid HTML on every page (html-validate, standard rules), as the files are served', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    const problems: string[] = [];
    for (const p of pages.values()) {
      const file = distFile(p.path);
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results)
        for (const m of result.messages)
          problems.push(`${p.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('logs no console errors or CSP violations, and requests nothing from other hosts', () => {
    for (const p of pages.values()) {
      expect(p.errors, p.path).toEqual([]);
      expect(p.foreign, p.path).toEqual([]);
    }
  });

  it('has no inline scripts, inline styles or style attributes (strict CSP)', () => {
    for (const p of contentPages()) {
      // The file as served (p.html is the live DOM, where chart.js has set canvas sizes).
      const html = readFileSync(distFile(p.path), 'utf8');
      expect(html, p.path).toMatch(
        /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'/,
      );
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g), `${p.path} inline script`).toBeNull();
      expect(html.match(/<style[\s>]/g), `${p.path} inline style`).toBeNull();
      expect(html.match(/<[^>]+\sstyle=/g), `${p.path} style attribute`).toBeNull();
      expect(html.match(/<[^>]+\son[a-z]+=/g), `${p.path} event handler attribute`).toBeNull();
    }
  });

  it('ships no JavaScript on text pages and at most 60 KB (gzip) on chart pages', () => {
    const scriptBytes = (p: Visited) =>
      [...p.html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].reduce((sum, m) => {
        const file = distFile(new URL(m[1]!, server.origin).pathname);
        return sum + gzipSync(readFileSync(file)).length;
      }, 0);
    for (const p of [...storyPages(/\/(quotes|framing|data)\/$/), ...storyPages(/\/articles\/[^/]+\/$/)]) {
      expect(scriptBytes(p), p.path).toBe(0);
    }
    expect(scriptBytes(pages.get(BASE)!), 'home').toBe(0);
    for (const p of storyPages(/\/figures\/$/)) expect(scriptBytes(p), p.path).toBeLessThanOrEqual(60 * 1024);
  });

  it('draws every chart on a non-blank canvas', async () => {
    const page = await browser.newPage();
    for (const p of [...storyPages(/\/figures\/$/), ...storyPages(/^\/[^/]+\/$/)]) {
      await page.goto(server.origin + p.path, { waitUntil: 'networkidle' });
      const canvases = await page.$$eval('canvas[data-chart]', (els) =>
        (els as HTMLCanvasElement[]).map((canvas) => {
          const ctx = canvas.getContext('2d');
          if (!ctx || canvas.width === 0 || canvas.height === 0) return 0;
          const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
          let painted = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
          return painted;
        }),
      );
      const story = JSON.parse(readFileSync(join(storyDirOf(p.path), 'data/story.json'), 'utf8'));
      const money = story.analysis.figureGroups.filter((g: { kind: string }) => g.kind === 'money').length;
      if (/\/figures\/$/.test(p.path)) {
        // Every money group is on the page (a chart, a key-figure card or a context row), and every
        // chart figure has its canvas.
        const ids = await page.$$eval('[id]', (els) => els.map((el) => el.id));
        for (const g of story.analysis.figureGroups.filter((g: { kind: string }) => g.kind === 'money'))
          expect(ids, `${p.path} #${g.id}`).toContain(g.id);
        const figures = await page.$$eval('figure.chart-figure', (els) =>
          els.map((el) => Boolean(el.querySelector('canvas[data-chart]'))),
        );
        expect(figures.every(Boolean), `${p.path}: a chart figure without its chart`).toBe(true);
        if (money === 0) expect(canvases.length).toBe(0);
      }
      for (const painted of canvases) expect(painted, p.path).toBeGreaterThan(100);
    }
    await page.close();
  });

  it('writes every chart label inside its canvas at 390 and 1280 px (no outlet name or value cut off)', async () => {
    let checked = 0;
    for (const width of [390, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      for (const p of [...storyPages(/\/figures\/$/), ...storyPages(/^\/[^/]+\/$/)]) {
        await page.goto(server.origin + p.path, { waitUntil: 'networkidle' });
        // Text cut off by the canvas's edge paints its outermost columns; the chart itself (axis,
        // grid, bars) keeps a margin, so those columns stay empty when every label fits.
        const edges = await page.$$eval('canvas[data-chart]', (els) =>
          (els as HTMLCanvasElement[]).map((canvas) => {
            const ctx = canvas.getContext('2d')!;
            const painted = (x: number) => {
              const data = ctx.getImageData(x, 0, 3, canvas.height).data;
              let n = 0;
              for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
              return n;
            };
            return { left: painted(0), right: painted(canvas.width - 3), width: canvas.width };
          }),
        );
        for (const [i, edge] of edges.entries()) {
          expect(edge.width, `${p.path} chart ${i} at ${width} px`).toBeGreaterThan(0);
          expect(edge.left, `${p.path} chart ${i} at ${width} px: left edge`).toBe(0);
          expect(edge.right, `${p.path} chart ${i} at ${width} px: right edge`).toBe(0);
          checked++;
        }
      }
      await page.close();
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('keeps each heading’s "#" link on the line of its last word at 320 and 390 px', async () => {
    let checked = 0;
    for (const width of [320, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const p of [...storyPages(/\/(figures|quotes)\/$/), ...storyPages(/^\/[^/]+\/$/)]) {
        await page.goto(server.origin + p.path, { waitUntil: 'networkidle' });
        const stray = await page.$$eval('h2 .permalink, h3 .permalink', (links) =>
          links.flatMap((link) => {
            // The last character of the heading's text before the link, and where it sits.
            const heading = link.closest('h2, h3')!;
            const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
            let last: Text | null = null;
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              if (link.contains(n)) break;
              if ((n.textContent ?? '').trim()) last = n as Text;
            }
            if (!last) return [];
            const text = last.textContent!.trimEnd();
            const range = document.createRange();
            range.setStart(last, text.length - 1);
            range.setEnd(last, text.length);
            const word = range.getBoundingClientRect();
            const mark = link.getBoundingClientRect();
            const middle = (r: DOMRect) => r.top + r.height / 2;
            return Math.abs(middle(word) - middle(mark)) > 12 ? [heading.textContent!.trim()] : [];
          }),
        );
        expect(stray, `${p.path} at ${width} px`).toEqual([]);
        checked += await page.locator('h2 .permalink, h3 .permalink').count();
      }
      await page.close();
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('never starts a line of a table cell with a comma or a count at 320 and 390 px, and has no empty column', async () => {
    const problems: string[] = [];
    for (const width of [320, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const path of sampled(contentPages().map((p) => p.path))) {
        await page.goto(server.origin + path, { waitUntil: 'networkidle' });
        const found = await page.$$eval('td, th', (cells) =>
          cells.flatMap((cell) => {
            const out: string[] = [];
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const text = n.textContent ?? '';
              const at = text.search(/\S/);
              if (at < 0 || !/^(?:[,;]|\(\d+(?:\/\d+)?(?:,[^)]*)?\))/.test(text.slice(at))) continue;
              // A comma, a semicolon or a count ("(4)", "(4/1, z 1.7)") that is the first thing on its line (nothing left of it in the cell).
              const range = document.createRange();
              range.setStart(n, at);
              range.setEnd(n, at + 1);
              const mark = range.getBoundingClientRect();
              const box = cell.getBoundingClientRect();
              const padding = parseFloat(getComputedStyle(cell).paddingLeft);
              if (mark.width > 0 && mark.left - (box.left + padding) < 2)
                out.push(`"${(cell.textContent ?? '').trim().slice(0, 60)}"`);
            }
            return out;
          }),
        );
        problems.push(...found.map((f) => `${path} at ${width} px: ${f}`));
      }
      await page.close();
    }
    // A column with a header and nothing (no text, no graphic) in any row only squeezes the others.
    for (const p of contentPages()) {
      const page = await browser.newPage();
      await page.goto(server.origin + p.path);
      const empty = await page.$$eval('table', (tables) =>
        tables.flatMap((table) => {
          const rows = [...table.querySelectorAll('tbody tr')];
          const columns = table.querySelectorAll('thead th').length;
          if (rows.length === 0) return [];
          const out: string[] = [];
          for (let c = 0; c < columns; c++)
            if (
              rows.every(
                (r) =>
                  !(r.children[c]?.textContent ?? '').trim() && !r.children[c]?.querySelector('svg, img'),
              )
            )
              out.push(table.querySelector('thead th:nth-child(' + (c + 1) + ')')?.textContent?.trim() ?? '');
          return out;
        }),
      );
      problems.push(...empty.map((h) => `${p.path}: empty column "${h}"`));
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('links each quote version and each charted value to the paragraph that holds it', async () => {
    const page = await browser.newPage();
    const paragraphs = new Map<string, string | null>();
    /** The text of the element a link's #fragment names, on the page it points to. */
    const target = async (from: string, href: string): Promise<string | null> => {
      const url = new URL(href, server.origin + from);
      const key = url.pathname + url.hash;
      if (!paragraphs.has(key)) {
        const other = await browser.newPage();
        await other.goto(server.origin + url.pathname);
        const id = decodeURIComponent(url.hash.slice(1));
        paragraphs.set(key, await other.evaluate((i) => document.getElementById(i)?.textContent ?? null, id));
        await other.close();
      }
      return paragraphs.get(key)!;
    };
    const squash = (text: string) => text.replace(/[\s"“”‘’'.,…]+/g, ' ').trim();
    const problems: string[] = [];
    let checked = 0;
    for (const p of storyPages(/\/quotes\/$/)) {
      await page.goto(server.origin + p.path);
      const versions = await page.$$eval('.quote-group', (groups) =>
        groups.flatMap((group) => {
          const reference = group.querySelector('blockquote')?.textContent ?? '';
          const items = [...group.querySelectorAll('.versions > li')];
          if (items.length === 0) {
            const link = group.querySelector('blockquote + p.meta a');
            return link ? [{ href: link.getAttribute('href')!, text: reference }] : [];
          }
          return items.flatMap((li) => {
            const link = li.querySelector('.who a');
            const said = li.querySelector('.said > span[lang]');
            if (!link) return [];
            // The version's own words: the reference's when it is the reference, never the <del> words.
            const own = said ? (said.cloneNode(true) as HTMLElement) : null;
            own?.querySelectorAll('del, .visually-hidden').forEach((el) => el.remove());
            const text =
              li.querySelector('.badge')?.textContent === 'reference' || !own ? reference : own.textContent;
            return [{ href: link.getAttribute('href')!, text: text ?? '' }];
          });
        }),
      );
      for (const v of versions) {
        const words = squash(v.text).split(' ').slice(0, 6).join(' ');
        const paragraph = await target(p.path, v.href);
        if (!paragraph || !squash(paragraph).includes(words))
          problems.push(`${p.path}: "${words}" -> ${v.href}`);
        checked++;
      }
    }
    for (const p of storyPages(/\/figures\/$/)) {
      await page.goto(server.origin + p.path);
      const rows = await page.$$eval('figure.chart-figure tbody tr', (trs) =>
        trs.map((tr) => ({
          href: tr.querySelector('th a')?.getAttribute('href') ?? '',
          printed: tr.querySelector('td')?.textContent ?? '',
        })),
      );
      for (const row of rows) {
        // The value's first number as the outlet printed it ("about €40bn" -> "40").
        const number = /\d[\d.,]*/.exec(row.printed)?.[0]?.replace(/[.,]$/, '') ?? '';
        const paragraph = await target(p.path, row.href);
        if (!number || !paragraph?.includes(number))
          problems.push(`${p.path}: ${row.printed} -> ${row.href}`);
        checked++;
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(0);
    await page.close();
  });

  it('marks article text with its language (lang) and names the language in words', async () => {
    const page = await browser.newPage();
    const names = new Intl.DisplayNames(['en'], { type: 'language' });
    let checked = 0;
    for (const p of storyPages(/\/articles\/[^/]+\/$/)) {
      const story = JSON.parse(
        readFileSync(join(storyDirOf(p.path), 'data/story.json'), 'utf8'),
      ) as StoryData;
      const slug = decodeURIComponent(p.path.split('/').filter(Boolean).at(-1)!);
      const article = story.articles.find((a) => a.id === slug);
      if (!article?.language) continue;
      const lang = Intl.getCanonicalLocales(article.language)[0]!;
      await page.goto(server.origin + p.path);
      for (const selector of ['h1', '.article-body'])
        expect(await page.locator(selector).getAttribute('lang'), `${p.path} ${selector}`).toBe(lang);
      const shown = await page.locator('.article-facts dt:text-is("Language") + dd').innerText();
      expect(shown, p.path).toContain(`${names.of(lang)} (${lang})`);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    // On the quotes page every quotation carries the language of the article it is from.
    for (const p of storyPages(/\/quotes\/$/)) {
      const story = JSON.parse(
        readFileSync(join(storyDirOf(p.path), 'data/story.json'), 'utf8'),
      ) as StoryData;
      const languages = new Set(
        story.articles.flatMap((a) => (a.language ? Intl.getCanonicalLocales(a.language) : [])),
      );
      await page.goto(server.origin + p.path);
      const quoteLangs = await page.$$eval(
        '.quote-group blockquote, .quote-group .said > span[lang]',
        (els) => els.map((el) => el.getAttribute('lang')),
      );
      if (languages.size > 0) expect(quoteLangs.length, p.path).toBeGreaterThan(0);
      for (const lang of quoteLangs) expect(languages, p.path).toContain(lang);
    }
    await page.close();
  });

  it('figures-page charts: the title’s currency is on every bar label, and no chart has a single bar', () => {
    for (const p of storyPages(/\/figures\/$/)) {
      const html = readFileSync(distFile(p.path), 'utf8');
      const payloads = [...html.matchAll(/data-chart="([^"]*)"/g)].map(
        (m) =>
          JSON.parse(
            m[1]!
              .replace(/&quot;/g, '"')
              .replace(/&#39;/g, "'")
              .replace(/&lt;/g, '<')
              .replace(/&gt;/g, '>')
              .replace(/&amp;/g, '&'),
          ) as { title: string; labels: string[]; valueLabels: string[] },
      );
      for (const chart of payloads) {
        expect(chart.labels.length, `${p.path} ${chart.title}: bars`).toBeGreaterThanOrEqual(2);
        // "Fine: €1.84bn" -> "€"; "CHF 2bn over 5 years" -> "CHF ".
        const value = chart.title.split(': ').at(-1)!;
        const symbol = /^[^\d−-]*/.exec(value)![0];
        expect(symbol, `${p.path} ${chart.title}: currency in the title`).not.toBe('');
        // A bar keeps its outlet's hedge or bound ("nearly $2bn"): the symbol follows those words.
        for (const label of chart.valueLabels)
          expect(
            label.replace(/^(?:[a-z]+ )+/, '').startsWith(symbol) || label.includes(`(≈ ${symbol}`),
            `${p.path} ${chart.title}: bar "${label}"`,
          ).toBe(true);
      }
    }
  });

  it('figures-page bars and data tables say what each outlet printed (its own hedge, printedBy)', async () => {
    const page = await browser.newPage();
    let checked = 0;
    for (const p of storyPages(/\/figures\/$/)) {
      const story = JSON.parse(
        readFileSync(join(storyDirOf(p.path), 'data/story.json'), 'utf8'),
      ) as StoryData;
      await page.goto(server.origin + p.path);
      const charts = await page.$$eval('figure.chart-figure', (els) =>
        els.map((el) => ({
          id: el.id,
          chart: JSON.parse(el.querySelector('canvas[data-chart]')?.getAttribute('data-chart') ?? '{}') as {
            labels: string[];
            valueLabels: string[];
          },
          rows: [...el.querySelectorAll('table tbody tr')].map((tr) => [
            tr.querySelector('th a')?.textContent?.trim() ?? '',
            tr.querySelector('td')?.textContent?.trim() ?? '',
          ]),
        })),
      );
      for (const { id, chart, rows } of charts) {
        const group = story.analysis.figureGroups.find((g) => g.id === id);
        if (!group) continue;
        const formOf = (outlet: string) =>
          group.variants.flatMap((v) => v.printedBy).find((f) => f.outlet === outlet);
        chart.labels.forEach((outlet, i) => {
          const form = formOf(outlet);
          expect(form, `${p.path} #${id} ${outlet}`).toBeDefined();
          expect(chart.valueLabels[i]!.startsWith(form!.label), `${p.path} #${id} ${outlet}`).toBe(true);
          checked++;
        });
        for (const [outlet, printed] of rows)
          expect(printed.startsWith(formOf(outlet)!.text), `${p.path} #${id} ${outlet} table`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(0);
    await page.close();
  });

  it('passes axe (WCAG 2.2 AA) on every page at 1280 and 390 px, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [1280, 390]) {
        const page = await browser.newPage({ colorScheme: scheme, viewport: { width, height: 800 } });
        const word = await searchWord();
        const targets = [
          ...sampled([...pages.values()].map((p) => p.path)),
          `${BASE}search/?q=${encodeURIComponent(word)}`,
        ];
        for (const path of targets) {
          await page.goto(server.origin + path, { waitUntil: 'networkidle' });
          if (path.includes('?q='))
            await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
          expect(await axeViolations(page), `${path} (${scheme}, ${width} px)`).toEqual([]);
        }
        await page.close();
      }
    }
  }, 900_000);

  it('opens the framing page with a summary for every outlet, each clause linked to a paragraph', async () => {
    for (const framing of storyPages(/^\/[^/]+\/framing\/$/)) {
      const story = JSON.parse(readFileSync(join(storyDirOf(framing.path), 'data/story.json'), 'utf8')) as {
        analysis: {
          outlets: { article: string; roleNames?: { names: { name: string; kind: string }[] }[] }[];
        };
      };
      const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
      await page.goto(server.origin + framing.path, { waitUntil: 'networkidle' });
      const items = await page.$$eval('.outlet-summary > li', (lis) =>
        lis.map((li) => ({
          article: li.getAttribute('data-outlet'),
          links: [...li.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
        })),
      );
      const shown = story.analysis.outlets.slice(0, 24).map((o) => o.article);
      expect(items.map((i) => i.article).sort()).toEqual([...new Set(shown)].sort());
      for (const item of items) {
        expect(item.links.length, `${item.article} has a summary`).toBeGreaterThan(0);
        for (const link of item.links) {
          const [path, fragment] = link.split('#');
          expect(fragment, link).toMatch(/^p-\d+$/);
          const target = pages.get(path!);
          expect(target, link).toBeDefined();
          expect(target!.html, link).toContain(`id="${fragment}"`);
        }
      }
      // Distinctive words are shown for the story, with counts and z-scores.
      expect(await page.locator('section[aria-labelledby="words"] tbody tr').count()).toBeGreaterThan(0);
      // The roles an outlet gives a person ("NATO Secretary General") are in "Naming choices", linked.
      const roles = story.analysis.outlets.flatMap((o) =>
        (o.roleNames ?? []).flatMap((r) => r.names.filter((n) => n.kind === 'role').map((n) => n.name)),
      );
      const naming = await page.$$eval('section[aria-labelledby="naming"] td a', (as) =>
        as.map((a) => ({ text: a.textContent?.trim() ?? '', href: a.getAttribute('href') ?? '' })),
      );
      for (const role of roles) {
        const link = naming.find((a) => a.text === role);
        expect(link, role).toBeDefined();
        expect(link!.href, role).toMatch(/#p-\d+$/);
      }
      expect(await axeViolations(page), `${framing.path} at 390 px`).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it('finds a word from an article body with the search page', async () => {
    const word = await searchWord();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.origin}${BASE}search/?q=${encodeURIComponent(word!)}`);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
    const hrefs = await page.$$eval('.pagefind-ui__result-link', (els) =>
      els.map((e) => e.getAttribute('href')),
    );
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h?.startsWith(BASE))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('word-diffs verbatim versions and excerpts, and labels reworded or translated ones', async () => {
    const page = await browser.newPage();
    const [quotes] = storyPages(/\/quotes\/$/);
    await page.goto(server.origin + quotes!.path);
    const versions = page.locator('.quote-group ol.versions > li');
    const reworded = versions.filter({ hasText: 'reworded / translated' });
    // The seed story: dpa's "That will make it easier to plan" and the Ukrainian outlet's "This
    // will facilitate planning" are one statement, translated differently.
    expect(await reworded.filter({ hasText: 'This will facilitate planning' }).count()).toBe(1);
    expect(await reworded.locator('ins.diff, del.diff').count()).toBe(0);
    const diffed = versions.filter({ has: page.locator('ins.diff, del.diff') });
    expect(await diffed.count()).toBeGreaterThan(0);
    expect(await diffed.filter({ hasText: 'reworded / translated' }).count()).toBe(0);
    await page.close();
  });

  it('shows the chart data as tables without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const p of storyPages(/\/figures\/$/)) {
      await page.goto(server.origin + p.path);
      const figures = await page.locator('figure.chart-figure').count();
      const tables = await page.locator('figure.chart-figure table tbody tr').count();
      if (figures > 0) expect(tables, p.path).toBeGreaterThanOrEqual(figures);
      expect(await page.locator('figure.chart-figure .chart-source a').count()).toBeGreaterThanOrEqual(
        figures,
      );
    }
    await context.close();
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
    for (const path of sampled(contentPages().map((p) => p.path))) {
      const p = { path };
      await page.goto(server.origin + p.path, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, p.path).toBeLessThanOrEqual(0);
    }
    await page.close();
  }, 300_000);

  it('starts keyboard use with a visible skip link to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(server.origin + BASE);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return {
        text: el.textContent,
        visible: box.top >= 0 && box.height > 0,
        outline: getComputedStyle(el).outlineStyle,
      };
    });
    expect(focused.text).toBe('Skip to content');
    expect(focused.visible).toBe(true);
    expect(focused.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('never renders content as raw HTML (set:html only for the markup of src/site/article-body.ts and removed-list.ts)', () => {
    const files = execSync(
      'git ls-files --cached --others --exclude-standard src/pages src/components src/layouts',
      { cwd: ROOT, encoding: 'utf8' },
    )
      .split('\n')
      .filter(Boolean);
    // The exceptions: an article body written as one string, and its elements' tags, both from
    // src/site/article-body.ts, and the removed-boilerplate list from src/site/removed-list.ts, which
    // escape every text and attribute with Astro's own functions (tests/e2e/article-body.test.ts;
    // the hostile-content tests below run through them).
    const bodyMarkup: Record<string, RegExp> = {
      'src/pages/[story]/articles/[article].astro': /<Fragment set:html=\{(body|removedHtml)\} \/>/g,
      'src/components/ArticleParagraph.astro': /<Fragment set:html=\{(open|close)\} \/>/g,
      'src/components/ArticleQuote.astro': /<Fragment set:html=\{(open|close)\} \/>/g,
      'src/components/ArticleFigure.astro': /<Fragment set:html=\{(open|close)\} \/>/g,
    };
    for (const file of files) {
      const source = readFileSync(join(ROOT, file), 'utf8').replace(bodyMarkup[file] ?? /$^/, '');
      expect(source, file).not.toMatch(/set:html|innerHTML/);
    }
  });

  it('resolves every internal link, including #fragments', async () => {
    const checked = new Map<string, number>();
    const problems: string[] = [];
    for (const p of pages.values()) {
      for (const link of p.links) {
        const url = internal(link, p.path);
        if (!url) continue;
        if (!checked.has(url.pathname)) {
          const response = await fetch(server.origin + url.pathname, { redirect: 'manual' });
          checked.set(url.pathname, response.status);
          await response.arrayBuffer();
        }
        if (checked.get(url.pathname) !== 200)
          problems.push(`${p.path} -> ${url.pathname} (${checked.get(url.pathname)})`);
        if (url.hash.length > 1) {
          const target = pages.get(url.pathname);
          const id = decodeURIComponent(url.hash.slice(1));
          if (target && !target.html.includes(`id="${id}"`))
            problems.push(`${p.path} -> ${url.pathname}${url.hash} (no such id)`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked.size).toBeGreaterThan(10);
  });
});

/**
 * Journalists' edits on what the real pipeline wrote: the seed story (sources/nato-ukraine-aid) is
 * ingested into a scratch content folder, then edited as a journalist would — a hand-fixed speaker
 * shows on the article page, a note shows on the quotes page, article text is inert, and a broken
 * frontmatter field fails the build naming the file and the field. Runs after the main suite (same
 * file, so the two Astro builds never share the cache at the same time).
 */
describe('content edits', () => {
  const work = mkdtempSync(join(tmpdir(), 'explainer-e2e-'));
  const content = join(work, 'content');
  const out = join(work, 'dist');
  // A slug of its own each run: Astro's content store keeps an unchanged entry's old file path,
  // so an id shared with the main build or an earlier run would point at a deleted folder.
  const slug = `edited-${work.slice(-6).toLowerCase()}`;
  const story = join(content, 'stories', slug);
  const NOTE = 'A journalist’s note: the outlets word this statement differently.';
  const CODE_WORD = 'codeblockword';
  let articleFile = '';
  let articlePath = '';
  let hostileParagraph = -1;
  let emphasisPath = '';
  let edits: StaticServer;

  const build = (dir: string) =>
    execSync(`npx astro build --outDir ${JSON.stringify(dir)}`, {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', EXPLAINER_CONTENT: content, BASE_PATH: '/' },
    });

  beforeAll(async () => {
    const sources = join(work, 'sources', slug);
    cpSync(join(ROOT, 'sources/nato-ukraine-aid'), sources, { recursive: true });
    const yaml = join(sources, 'story.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^slug: .*$/m, `slug: ${slug}`));
    execSync(
      `node bin/explainer.js ingest ${JSON.stringify(sources)} --content ${JSON.stringify(content)} --quiet`,
      {
        cwd: ROOT,
        stdio: 'pipe',
      },
    );
    // The first article (by file name) whose second quote the pipeline attributed.
    const articles = join(story, 'articles');
    const name = readdirSync(articles)
      .filter((file) => file.endsWith('.mdx'))
      .sort()
      .find((file) => /<Quote n=\{1\} speaker="/.test(readFileSync(join(articles, file), 'utf8')));
    expect(name).toBeDefined();
    articleFile = join(articles, name!);
    articlePath = `/${slug}/articles/${name!.replace(/\.mdx$/, '')}/`;
    let mdx = readFileSync(articleFile, 'utf8');
    // A journalist fixes a speaker by hand …
    mdx = mdx.replace(/(<Quote n=\{1\} )speaker="[^"]*"/, '$1speaker="Edited Speaker"');
    expect(mdx).toContain('speaker="Edited Speaker"');
    // … and the text of an article contains markup, which must stay text.
    hostileParagraph = mdx.match(/<P n=\{/g)!.length;
    mdx += `\n<P n={${hostileParagraph}}>Hostile \\<script>window.pwned = 1\\</script> and \\<img src=x onerror="window.pwned = 2"> text</P>\n`;
    writeFileSync(articleFile, mdx);
    // … and, in another article, marks a word with emphasis: that body is rendered by Astro's
    // components, not written as one string (src/site/article-body.ts).
    const other = readdirSync(articles)
      .filter((file) => file.endsWith('.mdx') && file !== name)
      .sort()[0]!;
    emphasisPath = `/${slug}/articles/${other.replace(/\.mdx$/, '')}/`;
    const otherFile = join(articles, other);
    const otherMdx = readFileSync(otherFile, 'utf8');
    expect(otherMdx).toContain('<P n={0}>');
    writeFileSync(otherFile, otherMdx.replace('<P n={0}>', '<P n={0}>_Edited_ '));
    // … and puts a code block in the explainer: plain <pre><code>, never Shiki's style attributes,
    // which the CSP blocks (astro.config.mjs: markdown.syntaxHighlight).
    appendFileSync(join(story, 'index.mdx'), `\n\`\`\`js\nconst aid = "${CODE_WORD}";\n\`\`\`\n`);
    // … and writes a note on the first statement group the pipeline found.
    const data = JSON.parse(readFileSync(join(story, 'story.json'), 'utf8')) as StoryData;
    const group = data.analysis.quoteGroups[0]!.id;
    mkdirSync(join(story, 'notes'), { recursive: true });
    writeFileSync(join(story, 'notes/quote-note.mdx'), `---\ngroup: ${group}\n---\n\n${NOTE}\n`);
    build(out);
    edits = await serveStatic(out, '/');
  }, 300_000);

  afterAll(async () => {
    await edits?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('shows the speaker the MDX says, and the note on the quotes page', async () => {
    const page = await browser.newPage();
    await page.goto(`${edits.origin}${articlePath}`);
    // The reference mark shows the speaker's last name ("Speaker"; no real speaker of the story has it).
    expect(await page.locator('.q-ref', { hasText: 'Speaker' }).count()).toBeGreaterThan(0);
    await page.goto(`${edits.origin}/${slug}/quotes/`);
    expect(await page.locator('.note').innerText()).toContain(NOTE);
    await page.close();
  });

  it('renders a body with a journalist’s emphasis through Astro, paragraphs numbered and figures linked as before', async () => {
    const page = await browser.newPage();
    await page.goto(`${edits.origin}${emphasisPath}`);
    expect(await page.locator('#p-0 em').innerText()).toBe('Edited');
    expect(await page.locator('#p-0 > a.para-n').innerText()).toBe('1');
    expect(await page.locator('.article-body p.para').count()).toBeGreaterThan(1);
    expect(await page.locator('.article-body a.fig[href*="/figures/#f-"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('renders a code block in the explainer as plain text, without style attributes', async () => {
    const page = await browser.newPage();
    await page.goto(`${edits.origin}/${slug}/`);
    const code = page.locator('pre > code', { hasText: CODE_WORD });
    expect(await code.count()).toBe(1);
    expect((await code.innerText()).trim()).toBe(`const aid = "${CODE_WORD}";`);
    expect(await page.locator('pre[style], pre [style]').count()).toBe(0);
    await page.close();
  });

  it('renders article text as inert text', async () => {
    const page = await browser.newPage();
    await page.goto(`${edits.origin}${articlePath}`, { waitUntil: 'networkidle' });
    expect(await page.locator(`#p-${hostileParagraph}`).innerText()).toContain(
      '<script>window.pwned = 1</script>',
    );
    expect(await page.locator('.article-body script, .article-body img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.close();
  });

  it('fails the build on a bad frontmatter field, naming the file and the field', () => {
    writeFileSync(
      articleFile,
      readFileSync(articleFile, 'utf8').replace(/^published: .*$/m, 'published: 30 April'),
    );
    let message = '';
    try {
      build(join(work, 'dist-broken'));
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      message = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
    expect(message).toContain(articleFile.split('/').at(-1));
    expect(message).toMatch(/published/);
  }, 120_000);
});

/**
 * Hostile articles (tests/fixtures/hostile/hostile-story: <script>, onerror=, javascript: links,
 * <iframe>, MDX expressions, forged components, injected frontmatter) go through the real ingest
 * and build; every page of that story is opened in Chromium and nothing from the articles may run:
 * no dialog, no `window.pwned`, no script, iframe or javascript: link in the page, no CSP report.
 */
describe('hostile article content', () => {
  const work = mkdtempSync(join(tmpdir(), 'explainer-hostile-e2e-'));
  const content = join(work, 'content');
  const out = join(work, 'dist');
  let site: StaticServer;

  beforeAll(async () => {
    execSync(
      `node bin/explainer.js ingest tests/fixtures/hostile/hostile-story --content ${JSON.stringify(content)} --quiet`,
      { cwd: ROOT, stdio: 'pipe' },
    );
    execSync(`npx astro build --outDir ${JSON.stringify(out)}`, {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', EXPLAINER_CONTENT: content, BASE_PATH: '/' },
    });
    site = await serveStatic(out, '/');
  }, 300_000);

  afterAll(async () => {
    await site?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('runs nothing from the articles on any page of the story', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    const violations: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    const queue = ['/hostile-story/'];
    const seen = new Set(queue);
    while (queue.length > 0) {
      const path = queue.shift()!;
      const response = await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status(), path).toBe(200);
      expect(
        await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned),
        path,
      ).toBeUndefined();
      // Only the site's own scripts: the chart island, bundled under /_astro/.
      const scripts = await page.$$eval('script', (nodes) =>
        nodes.map((n) => n.getAttribute('src') ?? 'inline'),
      );
      expect(
        scripts.filter((src) => !src.startsWith('/_astro/')),
        path,
      ).toEqual([]);
      expect(await page.locator('iframe, [onerror], [onclick], a[href^="javascript:"]').count(), path).toBe(
        0,
      );
      const links = await page.$$eval('a[href^="/hostile-story/"]', (anchors) =>
        anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      for (const link of links) {
        if (!seen.has(link) && !link.includes('/data/') && link.endsWith('/')) {
          seen.add(link);
          queue.push(link);
        }
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(5);
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
    // The hostile text is still there, as text a reader can see.
    await page.goto(`${site.origin}/hostile-story/articles/`);
    const article = await page.$$eval('a[href*="/hostile-story/articles/"]', (a) =>
      a.map((x) => (x as HTMLAnchorElement).href).find((href) => !href.endsWith('/articles/')),
    );
    await page.goto(article!);
    expect(await page.locator('main').innerText()).toMatch(/<script>|process\.exit|javascript:/);
    await page.close();
  }, 180_000);
});
