/**
 * npm run bench — speed, memory and page-weight numbers for BENCHMARKS.md.
 *
 *   ingest      1,000 generated articles through the real ingest (in-process ingestStory timing
 *               and the CLI end to end): articles/s (>= 200) and peak RSS (< 500 MB)
 *   scale       extract + compare on 1,000 and 10,000 articles: bench/compare.ts when it exists
 *               (compare() alone, run as a subprocess), else bench/lib/scale-child.ts;
 *               10,000 in < 60 s and < 2 GB, near-linear growth
 *   build       `explainer build` (astro build + search index) of the bundled story, of a generated 1,000-article story,
 *               and of the same 1,000 articles as bare MDX pages (baseline): real <= 1.5x baseline
 *   devloop     `astro dev` on the bundled story: seconds from saving an article's MDX to the page
 *               serving the change (<= 1 s)
 *   archive     a newsroom's archive: 20 stories x 100 generated articles, ingested and built into
 *               one site; time and peak memory
 *   weight      JS bytes (gzip) each page type of the bundled story loads: text pages 0, pages with a chart <= 60 KB
 *   lighthouse  explainer and figures pages of the bundled story: perf >= 95, others 100
 *
 * Every build happens in its own folder under /tmp/explainer-bench-*, never in content/ or dist/.
 *
 *   npm run bench -- [--only ingest,build,…] [--quick] [--markdown] [--keep] [--note "…"]
 *     --quick     small smoke run (100 articles; scale 100 and 1,000)
 *     --rounds N  build the 1,000-article site and the baseline N times each, alternating, and
 *                 compare medians (default 3; this machine's build times vary by ±20% run to run)
 *     --markdown  also rewrite this run's sections of BENCHMARKS.md
 *     --keep      keep the temp folders (printed) for inspection
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { REPO_DIR, writeStoryFolder } from './generate.ts';
import { lighthouse, type LighthouseResult } from './lib/lighthouse.ts';
import { lastJson, runTimed, tail, type TimedRun } from './lib/proc.ts';
import {
  machine,
  printTable,
  sectionMarkdown,
  updateMarkdown,
  type Metric,
  type Section,
} from './lib/report.ts';
import { serveDir } from './lib/serve.ts';
import {
  buildProject,
  countHtml,
  makeBaselineProject,
  makeSiteProject,
  siteMissing,
  type BuildResult,
} from './lib/site.ts';
import { pageWeight } from './lib/weight.ts';
import { measureDevLoop } from './lib/devloop.ts';
import { NODE_OPTIONS } from '../bin/node-options.js';

const here = dirname(fileURLToPath(import.meta.url));
const ALL = ['ingest', 'scale', 'build', 'devloop', 'archive', 'weight', 'lighthouse'] as const;
type Part = (typeof ALL)[number];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
    markdown: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    note: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const parts = new Set<Part>(
  values.only
    ? values.only.split(',').map((p) => {
        const part = p.trim() as Part;
        if (!ALL.includes(part)) {
          console.error(`bench: unknown part "${p}" (parts: ${ALL.join(', ')})`);
          process.exit(2);
        }
        return part;
      })
    : ALL,
);
const QUICK = values.quick;
const ROUNDS = Math.max(1, Number(values.rounds) || 1);
const ARTICLES = QUICK ? 100 : 1000;
const SCALE_SIZES = QUICK ? [100, 1000] : [1000, 10_000];
const STORY = 'nato-ukraine-aid';
const GENERATED_STORY = 'bench-story';
const invocation = `npm run bench -- --only ${[...parts].join(',')}${QUICK ? ' --quick' : ''}`;
const NODE = 'node'; // how commands are shown: run through npm/npx, this is the project's Node 24

const tmp = mkdtempSync('/tmp/explainer-bench-');
const log = (message: string): void => console.error(`[bench] ${message}`);
const mb = (value: number | null): number | null => (value === null ? null : Math.round(value));
/** Commands are shown with the temp folder as <tmp>, the repo as ., and node for process.execPath. */
const show = (command: string): string =>
  command
    .split(process.execPath)
    .join(NODE)
    .split(tmp)
    .join('<tmp>')
    .split(REPO_DIR + '/')
    .join('')
    .split(REPO_DIR)
    .join('.');

const meta = machine();
const started = new Date();
const sections: Section[] = [];

function metric(
  name: string,
  value: number | null,
  unit: string,
  target: string,
  pass: boolean | null,
  command: string,
  note?: string,
): Metric {
  const missing = value === null && note?.startsWith('route missing');
  return {
    name,
    value,
    unit,
    target,
    pass: missing ? null : value === null ? (target ? false : null) : pass,
    command: show(command),
    ...(note ? { note } : {}),
    ...(missing ? { missing: true } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Shared steps (memoized: several parts need the same generated story or build)

let generated: { dir: string; seconds: number; bytes: number } | null = null;
function generatedStory(): { dir: string; seconds: number; bytes: number } {
  if (generated) return generated;
  const dir = join(tmp, 'sources', GENERATED_STORY);
  const t = performance.now();
  const { bytes } = writeStoryFolder(dir, ARTICLES, 1, GENERATED_STORY);
  generated = { dir, seconds: (performance.now() - t) / 1000, bytes };
  log(
    `generated ${ARTICLES} articles (${(bytes / 1048576).toFixed(1)} MB) in ${generated.seconds.toFixed(1)} s`,
  );
  return generated;
}

interface IngestChild {
  seconds: number;
  articles: number;
  files: number;
  written: number;
  warnings: number;
  quotes: number;
  figures: number;
  maxRssMB: number;
}

async function ingestInto(
  sourcesDir: string,
  contentDir: string,
  incremental = false,
): Promise<{ run: TimedRun; result: IngestChild | null }> {
  const args = [
    ...NODE_OPTIONS,
    join(here, 'lib/ingest-child.ts'),
    sourcesDir,
    contentDir,
    ...(incremental ? ['--incremental'] : []),
  ];
  const run = await runTimed(process.execPath, args, { timeoutMs: 20 * 60_000 });
  return { run, result: run.code === 0 ? lastJson<IngestChild>(run.stdout) : null };
}

interface SiteBuild {
  root: string;
  ingest: IngestChild | null;
  build: BuildResult | null;
  error?: string;
}

const builds = new Map<string, SiteBuild>();
async function siteBuild(name: 'bundled' | 'generated'): Promise<SiteBuild> {
  const cached = builds.get(name);
  if (cached) return cached;
  const root = join(tmp, `site-${name}`);
  makeSiteProject(root);
  const sources = name === 'bundled' ? join(REPO_DIR, 'sources', STORY) : generatedStory().dir;
  const { run, result } = await ingestInto(sources, join(root, 'content'));
  let site: SiteBuild;
  if (!result) {
    site = { root, ingest: null, build: null, error: `ingest failed: ${tail(run.stderr || run.stdout)}` };
  } else {
    log(`building the ${name} story site (${result.articles} articles) in ${root}`);
    const build = await buildProject(root, { site: true, echo: values.verbose });
    site = { root, ingest: result, build };
    if (build.run.code !== 0)
      site.error = `explainer build failed (exit ${build.run.code}): ${tail(build.run.stderr || build.run.stdout, 12)}`;
  }
  builds.set(name, site);
  return site;
}

// ---------------------------------------------------------------------------------------------
// 1. Ingest throughput

async function benchIngest(): Promise<Section> {
  const section: Section = { id: 'ingest', title: 'Ingest throughput', status: 'ok', metrics: [], notes: [] };
  const story = generatedStory();
  section.notes.push(
    `Input: ${ARTICLES} articles generated by bench/generate.ts (seed 1) from the 5 seed articles and the 181 page texts of ../shared/benchmarks/article-extraction (${(story.bytes / 1048576).toFixed(1)} MB of text; about two thirds are whole pages with navigation and footers).`,
  );
  // In-process: ingestStory alone (no Node start-up), fresh content folder.
  const { run, result } = await ingestInto(story.dir, join(tmp, 'ingest-content'));
  if (!result) {
    section.status = 'failed';
    section.notes.push(`ingest failed: ${tail(run.stderr || run.stdout)}`);
  } else {
    const rate = result.articles / result.seconds;
    section.metrics.push(
      metric(
        'ingestStory throughput (in-process)',
        rate,
        'articles/s',
        '≥ 200',
        rate >= 200,
        run.command,
        `${result.articles} articles in ${result.seconds.toFixed(2)} s; ${result.quotes} quotes, ${result.figures} figures extracted; ${result.warnings} warnings`,
      ),
      metric(
        'ingestStory peak RSS (process)',
        mb(result.maxRssMB),
        'MB',
        '< 500 MB',
        result.maxRssMB < 500,
        run.command,
      ),
    );
  }
  if (result) await incrementalIngest(section, story.dir, join(tmp, 'ingest-content'), result.articles);
  // The CLI end to end, as a journalist runs it (Node start-up and module loading included).
  const cliContent = join(tmp, 'ingest-cli-content');
  const cli = await runTimed(
    process.execPath,
    [join(REPO_DIR, 'bin/explainer.js'), 'ingest', story.dir, '--content', cliContent, '--quiet', '--force'],
    {
      cwd: REPO_DIR,
      timeoutMs: 20 * 60_000,
    },
  );
  if (cli.code !== 0) {
    section.status = 'partial';
    section.notes.push(`CLI ingest failed (exit ${cli.code}): ${tail(cli.stderr || cli.stdout)}`);
  } else {
    const articles = existsSync(join(cliContent, 'stories', GENERATED_STORY, 'articles'))
      ? readdirSync(join(cliContent, 'stories', GENERATED_STORY, 'articles')).filter((n) =>
          n.endsWith('.mdx'),
        ).length
      : 0;
    const rate = articles / cli.seconds;
    section.metrics.push(
      metric(
        '`explainer ingest` CLI end to end',
        rate,
        'articles/s',
        '≥ 200',
        rate >= 200,
        `/usr/bin/time -v ${cli.command}`,
        `${articles} articles in ${cli.seconds.toFixed(2)} s wall, including Node start-up`,
      ),
      metric(
        '`explainer ingest` CLI peak RSS',
        mb(cli.maxRssMB),
        'MB',
        '< 500 MB',
        cli.maxRssMB !== null && cli.maxRssMB < 500,
        `/usr/bin/time -v ${cli.command}`,
      ),
    );
    // Second run over the same content: everything unchanged (the edit guard reads every file back).
    const again = await runTimed(
      process.execPath,
      [join(REPO_DIR, 'bin/explainer.js'), 'ingest', story.dir, '--content', cliContent, '--quiet'],
      { cwd: REPO_DIR, timeoutMs: 20 * 60_000 },
    );
    if (again.code === 0) {
      section.metrics.push(
        metric(
          're-ingest, nothing changed (CLI)',
          articles / again.seconds,
          'articles/s',
          '',
          null,
          `/usr/bin/time -v ${again.command}`,
          `${again.seconds.toFixed(2)} s, peak RSS ${Math.round(again.maxRssMB ?? 0)} MB`,
        ),
      );
    } else {
      section.notes.push(`re-ingest failed (exit ${again.code}): ${tail(again.stderr || again.stdout)}`);
    }
  }
  return section;
}

/**
 * A journalist's loop on a story already ingested: re-ingest with nothing changed, then with one
 * source changed (a line added to the middle article), in-process, with the cache (cache.ts).
 */
async function incrementalIngest(section: Section, sourcesDir: string, contentDir: string, articles: number) {
  // A first incremental run fills the cache (the cold run above was forced, which writes none).
  await ingestInto(sourcesDir, contentDir, true);
  const same = await ingestInto(sourcesDir, contentDir, true);
  if (same.result) {
    const rate = same.result.articles / same.result.seconds;
    section.metrics.push(
      metric(
        're-ingest, nothing changed (in-process)',
        rate,
        'articles/s',
        '≥ 2000',
        rate >= 2000,
        same.run.command,
        `${same.result.articles} articles in ${same.result.seconds.toFixed(2)} s; ${same.result.written} files written; peak RSS ${mb(same.result.maxRssMB)} MB`,
      ),
    );
  }
  const names = readdirSync(sourcesDir)
    .filter((name) => name !== 'story.yaml')
    .sort();
  const changed = join(sourcesDir, names[Math.floor(names.length / 2)]!);
  writeFileSync(
    changed,
    `${readFileSync(changed, 'utf8')}\n\nA sentence the benchmark added, said a spokesperson.\n`,
  );
  const one = await ingestInto(sourcesDir, contentDir, true);
  if (one.result) {
    section.metrics.push(
      metric(
        're-ingest, one source of ' + articles + ' changed (in-process)',
        one.result.seconds,
        's',
        '< 1.5 s',
        one.result.seconds < 1.5,
        one.run.command,
        `${one.result.written} files written; peak RSS ${mb(one.result.maxRssMB)} MB`,
      ),
    );
  } else section.notes.push(`incremental re-ingest failed: ${tail(one.run.stderr || one.run.stdout)}`);
}

// ---------------------------------------------------------------------------------------------
// 2. Extract + compare at scale

interface ScaleChild {
  seconds: number;
  maxRssMB?: number;
  extractSeconds?: number;
  compareSeconds?: number;
}

async function benchScale(): Promise<Section> {
  const section: Section = {
    id: 'scale',
    title: 'Extract + compare at scale',
    status: 'ok',
    metrics: [],
    notes: [],
  };
  const compareScript = join(here, 'compare.ts');
  const harnesses: Array<{
    label: string;
    args: (n: number) => string[];
    parse: (run: TimedRun) => ScaleChild | null;
  }> = [];
  if (existsSync(compareScript)) {
    harnesses.push({
      label: 'compare() (bench/compare.ts)',
      args: (n) => [compareScript, '--articles', String(n)],
      // It prints "compare()       12.34 s" and "RSS             before compare …, peak 123 MB".
      parse: (run) => {
        const seconds = /^compare\(\)\s+([\d.]+) s/m.exec(run.stdout)?.[1];
        return seconds ? { seconds: Number(seconds) } : lastJson<ScaleChild>(run.stdout);
      },
    });
    section.notes.push(
      'compare() (bench/compare.ts, run per size as `node bench/compare.ts --articles N`): time of compare() alone as it prints it, on its own synthetic articles with quotes and figures already extracted; peak RSS is /usr/bin/time -v of the whole subprocess (generation included).',
    );
  } else {
    section.notes.push('bench/compare.ts does not exist yet: compare() alone is not measured.');
  }
  harnesses.push({
    label: 'extract + compare (bench/lib/scale-child.ts)',
    args: (n) => [join(here, 'lib/scale-child.ts'), String(n)],
    parse: (run) => lastJson<ScaleChild>(run.stdout),
  });
  section.notes.push(
    'extract + compare (bench/lib/scale-child.ts): normalize + extract (analyseDocuments) then compare (buildStoryData) on articles from bench/generate.ts (real page texts, in memory, generation not timed but in the RSS).',
  );
  for (const harness of harnesses) {
    const perSize: Array<{ n: number; seconds: number }> = [];
    for (const n of SCALE_SIZES) {
      log(`scale: ${harness.label}, ${n} articles`);
      const run = await runTimed(process.execPath, harness.args(n), {
        cwd: REPO_DIR,
        timeoutMs: 30 * 60_000,
      });
      const big = n >= 10_000;
      const name = `${harness.label}, ${n.toLocaleString('en')} articles`;
      const json = run.code === 0 ? harness.parse(run) : null;
      if (!json) {
        section.status = 'partial';
        section.notes.push(`${name}: exit ${run.code}: ${tail(run.stderr || run.stdout)}`);
        section.metrics.push(
          metric(`${name}: time`, null, 's', big ? '< 60 s' : '', null, run.command, 'failed'),
        );
        continue;
      }
      perSize.push({ n, seconds: json.seconds });
      const split =
        typeof json.extractSeconds === 'number'
          ? `extract ${json.extractSeconds.toFixed(2)} s + compare ${(json.compareSeconds ?? 0).toFixed(2)} s; `
          : '';
      const rss = run.maxRssMB ?? json.maxRssMB ?? null;
      section.metrics.push(
        metric(
          `${name}: time`,
          json.seconds,
          's',
          big ? '< 60 s' : '',
          big ? json.seconds < 60 : null,
          `/usr/bin/time -v ${run.command}`,
          `${split}subprocess wall ${run.seconds.toFixed(2)} s`,
        ),
        metric(
          `${name}: peak RSS`,
          mb(rss),
          'MB',
          big ? '< 2048 MB' : '',
          big ? rss !== null && rss < 2048 : null,
          `/usr/bin/time -v ${run.command}`,
        ),
      );
    }
    if (perSize.length === 2) {
      const [a, b] = perSize as [(typeof perSize)[0], (typeof perSize)[0]];
      const growth = b.seconds / a.seconds / (b.n / a.n);
      section.metrics.push(
        metric(
          `${harness.label}: time per article, ${b.n.toLocaleString('en')} vs ${a.n.toLocaleString('en')}`,
          growth,
          '×',
          '≤ 1.5 (near-linear)',
          growth <= 1.5,
          invocation,
          '1.0 = linear; > 1 grows faster than the article count',
        ),
      );
    }
  }
  return section;
}

// ---------------------------------------------------------------------------------------------
// 3. Site build

function buildMetrics(
  section: Section,
  label: string,
  site: SiteBuild,
  expectedArticles: number,
): number | null {
  if (site.error || !site.build) {
    section.status = 'failed';
    section.notes.push(`${label}: ${site.error ?? 'not built'}`);
    section.metrics.push(
      metric(`${label}: explainer build`, null, 's', '', null, site.build?.run.command ?? '', 'failed'),
    );
    return null;
  }
  const { run, pages } = site.build;
  section.metrics.push(
    metric(
      `${label}: explainer build (astro + search index)`,
      run.seconds,
      's',
      '',
      null,
      `/usr/bin/time -v ${run.command}`,
      `${pages} HTML pages; peak RSS ${Math.round(run.maxRssMB ?? 0)} MB (Astro's process)`,
    ),
  );
  const storyDir = join(site.root, 'dist', label.startsWith('bundled') ? STORY : GENERATED_STORY, 'articles');
  const articlePages = existsSync(storyDir) ? countHtml(storyDir) : 0;
  if (articlePages !== expectedArticles) {
    section.notes.push(
      `${label}: ${articlePages} article pages in dist/<story>/articles/ for ${expectedArticles} articles ingested${articlePages === 0 ? ' (route missing, or content not read from the build root)' : ''}`,
    );
  }
  return run.seconds;
}

async function benchBuild(): Promise<Section> {
  const section: Section = { id: 'build', title: 'Site build', status: 'ok', metrics: [], notes: [] };
  const missing = siteMissing();
  let realTotal: number | null = null;
  if (missing.length) {
    section.status = 'missing';
    section.notes.push(
      `site missing: ${missing.join(', ')} not in the repo yet; the real-site builds were skipped (baseline only).`,
    );
  } else {
    const bundled = await siteBuild('bundled');
    buildMetrics(section, 'bundled story', bundled, bundled.ingest?.articles ?? 0);
    const gen = await siteBuild('generated');
    realTotal = buildMetrics(
      section,
      `generated story (${ARTICLES} articles)`,
      gen,
      gen.ingest?.articles ?? ARTICLES,
    );
  }
  // The baseline: the same articles as bare MDX pages. Their MDX comes from ingest either way.
  const genRoot = join(tmp, 'site-generated');
  let generatedArticlesDir = join(genRoot, 'content/stories', GENERATED_STORY, 'articles');
  if (!existsSync(generatedArticlesDir)) {
    const { run } = await ingestInto(generatedStory().dir, join(tmp, 'baseline-ingest'));
    generatedArticlesDir = join(tmp, 'baseline-ingest/stories', GENERATED_STORY, 'articles');
    if (run.code !== 0) section.notes.push(`baseline: ingest failed: ${tail(run.stderr)}`);
  }
  const baseRoot = join(tmp, 'baseline');
  const files = makeBaselineProject(baseRoot, generatedArticlesDir);
  log(`building the baseline (${files} bare MDX pages) in ${baseRoot}`);
  const base = await buildProject(baseRoot, { site: false, echo: values.verbose });
  if (base.run.code !== 0) {
    section.status = 'failed';
    section.notes.push(`baseline build failed: ${tail(base.run.stderr || base.run.stdout, 12)}`);
    return section;
  }
  // Build times here vary by ±20% from run to run (a shared VM): the ratio is taken between the
  // medians of ROUNDS cold builds of each, alternated so a slow spell hits both alike.
  const baseTimes = [base.run.seconds];
  const realTotals = realTotal === null ? [] : [realTotal];
  for (let round = 2; round <= ROUNDS && realTotal !== null; round++) {
    log(`round ${round}/${ROUNDS}: rebuilding the generated story site and the baseline`);
    const real = await buildProject(genRoot, { site: true, echo: values.verbose, cold: true });
    const again = await buildProject(baseRoot, { site: false, echo: values.verbose, cold: true });
    if (real.run.code !== 0 || again.run.code !== 0) {
      section.notes.push(`round ${round}: a build failed; compared the rounds before it`);
      break;
    }
    realTotals.push(real.run.seconds);
    baseTimes.push(again.run.seconds);
  }
  const baseMedian = median(baseTimes);
  section.metrics.push(
    metric(
      `baseline: ${files} bare MDX pages, astro build (median of ${baseTimes.length})`,
      baseMedian,
      's',
      '',
      null,
      `/usr/bin/time -v ${base.run.command}`,
      `${base.pages} HTML pages; peak RSS ${Math.round(base.run.maxRssMB ?? 0)} MB; minimal layout, no components; runs: ${seconds(baseTimes)}`,
    ),
  );
  if (realTotals.length > 0) {
    const total = median(realTotals);
    section.metrics.push(
      metric(
        `generated story: explainer build (median of ${realTotals.length})`,
        total,
        's',
        '',
        null,
        invocation,
        `runs: ${seconds(realTotals)}`,
      ),
      metric(
        'generated story build (astro + search index) / baseline',
        total / baseMedian,
        '×',
        '≤ 1.5',
        total / baseMedian <= 1.5,
        invocation,
        `medians; per round: ${realTotals.map((t, i) => (t / baseTimes[i]!).toFixed(2)).join(', ')}`,
      ),
    );
  } else if (!missing.length) {
    section.metrics.push(
      metric('generated story build / baseline', null, '×', '≤ 1.5', null, invocation, 'real build failed'),
    );
  }
  return section;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const seconds = (values: number[]): string => values.map((v) => `${v.toFixed(1)} s`).join(', ');

// ---------------------------------------------------------------------------------------------
// 4. Page weight

/** The bundled story's build for a section, or null with the section marked missing or failed. */
async function bundledSite(section: Section, nothingTo: string) {
  const missing = siteMissing();
  if (missing.length) {
    section.status = 'missing';
    section.notes.push(`site missing: ${missing.join(', ')}; nothing to ${nothingTo}.`);
    return null;
  }
  const site = await siteBuild('bundled');
  if (site.error || !site.build) {
    section.status = 'failed';
    section.notes.push(`bundled story build failed: ${site.error}`);
    return null;
  }
  return site;
}

async function benchWeight(): Promise<Section> {
  const section: Section = {
    id: 'weight',
    title: 'Page weight (JavaScript, gzip)',
    status: 'ok',
    metrics: [],
    notes: [],
  };
  const site = await bundledSite(section, 'weigh');
  if (!site) return section;
  const dist = join(site.root, 'dist');
  const articlesDir = join(dist, STORY, 'articles');
  const firstArticle = existsSync(articlesDir)
    ? readdirSync(articlesDir)
        .sort()
        .find((n) => existsSync(join(articlesDir, n, 'index.html')))
    : undefined;
  // A text page carries no JavaScript; a page with a chart (the figures page, and the explainer
  // when the journalist places a <Chart> in it, as the draft does) carries at most 60 KB.
  const chartPage = (route: string): boolean => {
    const file = join(dist, route, 'index.html');
    return existsSync(file) && readFileSync(file, 'utf8').includes('data-chart=');
  };
  const routes: Array<[string, string, number]> = [
    ['home', '/', 0],
    ['explainer', `/${STORY}/`, chartPage(`/${STORY}/`) ? 60 : 0],
    ['quotes', `/${STORY}/quotes/`, 0],
    ['figures', `/${STORY}/figures/`, 60],
    ['framing', `/${STORY}/framing/`, 0],
    ['article', `/${STORY}/articles/${firstArticle ?? '<id>'}/`, 0],
    ['data', `/${STORY}/data/`, 0],
  ];
  const command = `${invocation} (walks <tmp>/site-bundled/dist: <script src>, inline scripts, island URLs + static imports, gzip -9)`;
  for (const [name, route, limitKB] of routes) {
    const weight = pageWeight(dist, route);
    if (!weight.found || route.includes('<id>')) {
      section.status = 'partial';
      section.metrics.push(
        metric(
          `${name} ${route}`,
          null,
          'KB',
          limitKB ? `≤ ${limitKB} KB` : '0 KB',
          null,
          command,
          `route missing (no ${weight.file} in dist)`,
        ),
      );
      continue;
    }
    const kb = weight.gzipBytes / 1024;
    const pass = limitKB ? kb <= limitKB : weight.gzipBytes === 0;
    const detail = [
      weight.files.length
        ? `${weight.files.length} files (${(weight.rawBytes / 1024).toFixed(1)} KB raw): ${weight.files.join(', ')}`
        : 'no JS files',
      weight.inlineScripts ? `${weight.inlineScripts} inline scripts` : '',
      weight.lazyFiles.length
        ? `+ ${(weight.lazyGzipBytes / 1024).toFixed(1)} KB lazy (dynamic import): ${weight.lazyFiles.join(', ')}`
        : '',
    ]
      .filter(Boolean)
      .join('; ');
    section.metrics.push(
      metric(`${name} ${route}`, kb, 'KB', limitKB ? `≤ ${limitKB} KB` : '0 KB', pass, command, detail),
    );
  }
  return section;
}

// ---------------------------------------------------------------------------------------------
// 5. Lighthouse

async function benchLighthouse(): Promise<Section> {
  const section: Section = {
    id: 'lighthouse',
    title: 'Lighthouse (mobile)',
    status: 'ok',
    metrics: [],
    notes: [],
  };
  const site = await bundledSite(section, 'audit');
  if (!site) return section;
  const dist = join(site.root, 'dist');
  const server = await serveDir(dist);
  section.notes.push(
    `Served from <tmp>/site-bundled/dist by bench/lib/serve.ts (node:http on 127.0.0.1, gzip); Lighthouse ${'12'} default mobile emulation with simulated throttling, one run per page.`,
  );
  try {
    for (const [name, route] of [
      ['explainer', `/${STORY}/`],
      ['figures', `/${STORY}/figures/`],
    ] as const) {
      if (!existsSync(join(dist, route, 'index.html'))) {
        section.status = 'partial';
        section.metrics.push(
          metric(
            `${name} ${route}`,
            null,
            '',
            'perf ≥ 95, others 100',
            null,
            '',
            `route missing (no ${route}index.html in dist)`,
          ),
        );
        continue;
      }
      log(`lighthouse ${route}`);
      const result: LighthouseResult = await lighthouse(`${server.origin}${route}`);
      const command = result.command.replace(server.origin, 'http://127.0.0.1:<port>');
      if (!result.ok) {
        section.status = 'failed';
        section.notes.push(`${name}: lighthouse failed: ${result.error}`);
      }
      for (const [category, target] of [
        ['performance', 95],
        ['accessibility', 100],
        ['best-practices', 100],
        ['seo', 100],
      ] as const) {
        const score = result.scores[category] ?? null;
        section.metrics.push(
          metric(
            `${name} ${route}: ${category}`,
            score,
            '',
            target === 100 ? '100' : `≥ ${target}`,
            score !== null && score >= target,
            command,
          ),
        );
      }
      const m = result.metrics;
      section.notes.push(
        `${name}: FCP ${Math.round(m['first-contentful-paint'] ?? 0)} ms, LCP ${Math.round(m['largest-contentful-paint'] ?? 0)} ms, TBT ${Math.round(m['total-blocking-time'] ?? 0)} ms, CLS ${(m['cumulative-layout-shift'] ?? 0).toFixed(3)}${result.failing.length ? `; failing audits: ${result.failing.join(', ')}` : ''}`,
      );
    }
  } finally {
    await server.close();
  }
  return section;
}

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// Edit to page in `astro dev`

async function benchDevLoop(): Promise<Section> {
  const section: Section = {
    id: 'devloop',
    title: 'Edit to page (astro dev)',
    status: 'ok',
    metrics: [],
    notes: [],
  };
  const root = join(tmp, 'site-devloop');
  makeSiteProject(root);
  const { run, result } = await ingestInto(join(REPO_DIR, 'sources', STORY), join(root, 'content'));
  if (!result) {
    section.status = 'failed';
    section.notes.push(`ingest failed: ${tail(run.stderr || run.stdout)}`);
    return section;
  }
  const loop = await measureDevLoop(root, STORY, 7);
  const sorted = [...loop.rounds].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const worst = sorted.at(-1)!;
  const command = `astro dev (bench/lib/devloop.ts): save articles/<id>.mdx, poll ${loop.page} every 20 ms`;
  section.metrics.push(
    metric(
      'save MDX → page served, median of 7',
      median,
      's',
      '≤ 1 s',
      median <= 1,
      command,
      `rounds: ${loop.rounds.map((t) => t.toFixed(3)).join(', ')} s; slowest ${worst.toFixed(3)} s`,
    ),
    metric('astro dev start → first article page', loop.startSeconds, 's', '', null, command),
  );
  section.notes.push(
    'Measured to the dev server serving the changed page (what a browser reload gets); the browser’s own reload adds its render time.',
  );
  return section;
}

// ---------------------------------------------------------------------------------------------
// A newsroom's archive: many stories in one site

const ARCHIVE_STORIES = QUICK ? 4 : 20;
const ARCHIVE_ARTICLES = QUICK ? 20 : 100;

async function benchArchive(): Promise<Section> {
  const section: Section = {
    id: 'archive',
    title: "A newsroom's archive",
    status: 'ok',
    metrics: [],
    notes: [],
  };
  const root = join(tmp, 'site-archive');
  makeSiteProject(root);
  const dirs: string[] = [];
  for (let story = 1; story <= ARCHIVE_STORIES; story++) {
    const slug = `archive-story-${String(story).padStart(2, '0')}`;
    const dir = join(tmp, 'archive-sources', slug);
    writeStoryFolder(dir, ARCHIVE_ARTICLES, story, slug);
    dirs.push(dir);
  }
  const total = ARCHIVE_STORIES * ARCHIVE_ARTICLES;
  const ingest = await runTimed(
    process.execPath,
    [join(REPO_DIR, 'bin/explainer.js'), 'ingest', ...dirs, '--content', join(root, 'content'), '--quiet'],
    { cwd: REPO_DIR, timeoutMs: 30 * 60_000 },
  );
  const ingestCommand = `/usr/bin/time -v node bin/explainer.js ingest <tmp>/archive-sources/archive-story-{01..${ARCHIVE_STORIES}} --content <tmp>/site-archive/content --quiet`;
  if (ingest.code !== 0) {
    section.status = 'failed';
    section.notes.push(`ingest failed: ${tail(ingest.stderr || ingest.stdout)}`);
    return section;
  }
  section.metrics.push(
    metric(
      `ingest ${ARCHIVE_STORIES} stories × ${ARCHIVE_ARTICLES} articles`,
      ingest.seconds,
      's',
      '',
      null,
      ingestCommand,
      `${(total / ingest.seconds).toFixed(0)} articles/s; peak RSS ${mb(ingest.maxRssMB)} MB`,
    ),
  );
  log(`building the archive site (${ARCHIVE_STORIES} stories, ${total} articles) in ${root}`);
  const build = await buildProject(root, { site: true, echo: values.verbose });
  if (build.run.code !== 0) {
    section.status = 'failed';
    section.notes.push(`explainer build failed: ${tail(build.run.stderr || build.run.stdout, 12)}`);
    return section;
  }
  section.metrics.push(
    metric(
      `explainer build, ${ARCHIVE_STORIES} stories × ${ARCHIVE_ARTICLES} articles`,
      build.run.seconds,
      's',
      '',
      null,
      `/usr/bin/time -v ${show(build.run.command)}`,
      `${build.pages} pages, ${(build.pages / build.run.seconds).toFixed(0)} pages/s`,
    ),
    metric(
      'explainer build peak RSS (process tree)',
      mb(build.run.maxRssMB),
      'MB',
      '',
      null,
      `/usr/bin/time -v ${show(build.run.command)}`,
    ),
  );
  return section;
}

const runners: Record<Part, () => Promise<Section>> = {
  ingest: benchIngest,
  scale: benchScale,
  build: benchBuild,
  devloop: benchDevLoop,
  archive: benchArchive,
  weight: benchWeight,
  lighthouse: benchLighthouse,
};

try {
  log(
    `temp folder ${tmp}${QUICK ? ' (quick run)' : ''}; load average ${meta.loadStart.join(' ')} on ${meta.cpus} cores`,
  );
  for (const part of ALL) {
    if (!parts.has(part)) continue;
    log(`== ${part}`);
    try {
      sections.push(await runners[part]());
    } catch (error) {
      sections.push({
        id: part,
        title: part,
        status: 'failed',
        metrics: [],
        notes: [`crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`],
      });
    }
  }
} finally {
  if (!values.keep) rmSync(tmp, { recursive: true, force: true });
  else log(`kept ${tmp}`);
}

meta.loadEnd = loadavg().map((n) => Math.round(n * 100) / 100);
const busy = Math.max(meta.loadStart[0]!, meta.loadEnd[0]!) > 0.5;
const noisy = [
  busy
    ? `Other processes were running (1-min load average ${meta.loadStart[0]} at start, ${meta.loadEnd[0]} at end, on ${meta.cpus} cores): timings are noisy.`
    : `Machine otherwise idle (1-min load average ${meta.loadStart[0]} at start, ${meta.loadEnd[0]} at end).`,
  values.note ?? '',
  QUICK ? 'Quick run (--quick: 100 articles), not the reference sizes.' : '',
]
  .filter(Boolean)
  .join(' ');
const date = started.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

printTable(sections);
const outDir = join(here, 'out');
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'results.json'),
  `${JSON.stringify({ date: started.toISOString(), invocation, quick: QUICK, machine: meta, note: noisy, sections }, null, 2)}\n`,
);
const blocks = new Map(
  sections.map((s) => [s.id, sectionMarkdown(s, { date, machine: meta, invocation, noisy })]),
);
writeFileSync(join(outDir, 'results.md'), `${[...blocks.values()].join('\n\n')}\n`);
console.log(
  `\nwrote bench/out/results.json and bench/out/results.md${values.markdown ? ' and BENCHMARKS.md' : ''}`,
);
if (values.markdown) updateMarkdown(join(REPO_DIR, 'BENCHMARKS.md'), blocks);
