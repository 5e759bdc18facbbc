/**
 * cli: `explainer ingest <sources-dir> [--story <slug>] [--force]`,
 *      `explainer extract <file-or-dir>... [--json]` and `explainer build [--root <dir>] [--out <dir>]`.
 * Parses arguments (commander), runs the pipeline, reports, and maps failures to exit codes:
 *   0 done (warnings on stderr), 1 bad input (a line per problem naming the file and line),
 *   2 bad usage, 3 done but some source files were refused (each named), 70 a bug.
 * Never prints a stack trace unless EXPLAINER_DEBUG is set.
 */
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { InputError, InputProblems, formatWarning, type Warning } from '../lib/errors.ts';
import type { ArticleFeatures } from '../pipeline/compare/features.ts';
import type { IngestResult } from '../pipeline/ingest.ts';
import type { Refusal } from '../pipeline/read/index.ts';
import { buildSite } from './build-site.ts';
import { progressReporter } from './progress.ts';

// The pipeline is loaded by the commands that run it, so `explainer build` starts Astro without
// first loading every stage (~0.4 s of a build's critical path).
const pipeline = () => import('../pipeline/ingest.ts');

const program = new Command()
  .name('explainer')
  .description('Turn news articles about one story into a static, sourced explainer.')
  .version(
    (createRequire(import.meta.url)('../../package.json') as { version: string }).version,
    '-V, --version',
    'print the version',
  )
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

/** Exit code 3: the run did its work, but some source files were refused (each named on stderr). */
const EXIT_REFUSED = 3;

/** The files named by read's RefusedAll (every input refused), else none. */
function refusedIn(error: unknown): Refusal[] {
  const refused = (error as { refused?: unknown } | null)?.refused;
  return error instanceof InputError && Array.isArray(refused) ? (refused as Refusal[]) : [];
}

function printRefused(refused: Refusal[]): void {
  for (const { file, reason, line } of refused)
    console.error(`explainer: refused: ${file}${line ? `:${line}` : ''}: ${reason}`);
}

program
  .command('ingest')
  .description(
    'Read story folders (.txt/.md/.html files + optional story.yaml) and write content/stories/<slug>/ for each (MDX articles, explainer draft, story.json). Files edited by hand are never overwritten.',
  )
  .argument('<sources-dir...>', "story folders (each holds one story's article files)")
  .option('--story <slug>', 'story slug, with one folder (default: story.yaml slug, else the folder name)')
  .option('--content <dir>', 'content folder to write into', 'content')
  .option(
    '--force',
    'regenerate files even if they were edited by hand (the edited ones are first copied to <content>/backups/<story>/<date>/)',
    false,
  )
  .option('--dry-run', 'print what would be written, kept, replaced and removed; write nothing', false)
  .option('--quiet', 'print only warnings and errors', false)
  .action(async (sourcesDirs: string[], options: IngestCliOptions) => {
    if (options.story && sourcesDirs.length > 1) {
      throw new InputError(sourcesDirs.join(' '), '--story names one story: give one folder with it');
    }
    const { ingestStory } = await pipeline();
    // Stories are independent: each is written whole (or not at all) before the next starts.
    const problems: InputError[] = [];
    let refused = false;
    for (const sourcesDir of sourcesDirs) {
      const result = ingestOne(ingestStory, sourcesDir, options);
      problems.push(...result.problems);
      refused ||= result.refused.length > 0;
    }
    if (problems.length > 0) throw new InputProblems(problems);
    if (refused) process.exitCode = EXIT_REFUSED;
  });

interface IngestCliOptions {
  story?: string;
  content: string;
  force: boolean;
  dryRun: boolean;
  quiet: boolean;
}

function ingestOne(
  ingestStory: Awaited<ReturnType<typeof pipeline>>['ingestStory'],
  sourcesDir: string,
  options: IngestCliOptions,
): IngestResult {
  const progress = progressReporter('ingest');
  let result: IngestResult;
  try {
    result = ingestStory({
      sourcesDir,
      contentDir: options.content,
      story: options.story,
      force: options.force,
      dryRun: options.dryRun,
      onProgress: progress.update,
    });
  } catch (error) {
    progress.stop();
    printRefused(refusedIn(error));
    throw error;
  }
  progress.stop();
  printWarnings(result.warnings);
  printRefused(result.refused);
  const { report, story } = result;
  const dir = result.storyDir;
  if (options.dryRun) {
    const lines = [
      `${dir}: dry run, nothing written`,
      ...report.written.map((file) => `  would write   ${file}`),
      ...report.unchanged.map((file) => `  unchanged     ${file}`),
      ...report.kept.map((file) => `  would keep    ${file} (edited by hand)`),
      ...report.replaced.map(
        (file) => `  would replace ${file} (edited by hand; backed up first to ${report.backupDir}/${file})`,
      ),
      ...report.removed.map((file) => `  would remove  ${file} (its source is gone)`),
    ];
    console.log(lines.join('\n'));
    return result;
  }
  for (const file of report.kept) {
    console.error(`explainer: kept ${dir}/${file} (edited by hand; --force regenerates it)`);
  }
  for (const file of report.replaced) {
    console.error(
      `explainer: replaced ${dir}/${file} (edited by hand); your version is in ${report.backupDir}/${file}`,
    );
  }
  if (options.quiet) return result;
  const analysis = story.analysis;
  console.log(
    [
      `${dir}: ${plural(story.articles.length, 'article')}, ${plural(count(story.articles, 'quotes'), 'quote')}, ${plural(count(story.articles, 'figures'), 'figure')}`,
      `  ${analysis.quoteGroups.length} quote groups, ${analysis.figureGroups.length} figure groups (${analysis.figureGroups.filter((g) => g.conflict).length} conflicts), ${analysis.outlets.length} outlet profiles`,
      `  files: ${report.written.length} written, ${report.unchanged.length} unchanged, ${report.kept.length} kept (edited), ${report.replaced.length} replaced (backed up), ${report.removed.length} removed`,
      ...(result.edited.length
        ? [`  read back ${result.edited.length} hand-edited article(s): ${result.edited.join(', ')}`]
        : []),
    ].join('\n'),
  );
  return result;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

program
  .command('extract')
  .description('Normalize and analyse article files without writing anything; print the result.')
  .argument('<paths...>', 'article files or story folders')
  .option('--json', 'print the full report as JSON (see extract-report.schema.json)', false)
  .action(async (paths: string[], options: { json: boolean }) => {
    const [{ analyseDocuments, buildStoryData }, { readPaths }, { extractReport }] = await Promise.all([
      pipeline(),
      import('../pipeline/read/index.ts'),
      import('./report.ts'),
    ]);
    let read;
    try {
      read = readPaths(paths);
    } catch (error) {
      printRefused(refusedIn(error));
      throw error;
    }
    const { config, documents, warnings, refused } = read;
    const progress = progressReporter('extract');
    // Each article's compare features come with its analysis (computed on every core).
    const features: ArticleFeatures[] = [];
    const articles = analyseDocuments(
      documents,
      warnings,
      new Map(),
      progress.update,
      undefined,
      undefined,
      undefined,
      features,
    );
    progress.stop();
    printWarnings(warnings);
    printRefused(refused);
    if (refused.length > 0) process.exitCode = EXIT_REFUSED;
    if (articles.length === 0) throw new InputError(paths.join(' '), 'no article text found in any input');
    const story = buildStoryData('extract', config, articles, features);
    const sourceOf = new Map(documents.map((doc) => [doc.name, doc.path]));
    const report = extractReport(story, sourceOf);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return;
    }
    for (const article of report.articles) {
      console.log(
        `${article.source}: "${article.headline}" — ${article.outlet ?? 'unknown outlet'}, ${article.published ?? 'no date'}; ${article.paragraphs.length} paragraphs, ${article.quotes.length} quotes, ${article.figures.length} figures, ${article.removed.length} blocks removed`,
      );
    }
  });

program
  .command('build')
  .description(
    "Build the reader's site into dist/ (astro build) with its search index (Pagefind, written from story.json at the same time).",
  )
  .option('--root <dir>', 'the Astro project folder', '.')
  .option('--out <dir>', 'where the site goes (default: <root>/dist)')
  .option('--quiet', 'print only warnings and errors', false)
  .action(async (options: { root: string; out?: string; quiet: boolean }) => {
    const started = performance.now();
    const report = await buildSite(options);
    if (!options.quiet)
      console.log(
        `explainer: site built in ${((performance.now() - started) / 1000).toFixed(1)} s; search index: ${report.records} pages of ${report.stories} ${report.stories === 1 ? 'story' : 'stories'}`,
      );
  });

function count(articles: { quotes: unknown[]; figures: unknown[] }[], key: 'quotes' | 'figures'): number {
  return articles.reduce((sum, article) => sum + article[key].length, 0);
}

function printWarnings(warnings: Warning[]): void {
  for (const warning of warnings) console.error(`explainer: warning: ${formatWarning(warning)}`);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // commander already printed its message (or the help text)
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof InputProblems) {
    for (const problem of error.problems) console.error(`explainer: error: ${problem.format()}`);
    return 1;
  }
  if (error instanceof InputError) {
    console.error(`explainer: error: ${error.format()}`);
    return 1;
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`explainer: internal error: ${message} (please report it; EXPLAINER_DEBUG=1 shows details)`);
  if (process.env.EXPLAINER_DEBUG) console.error(error);
  return 70;
}
