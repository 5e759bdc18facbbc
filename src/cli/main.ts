/**
 * cli: `explainer ingest <sources-dir> [--story <slug>] [--force]`,
 *      `explainer extract <file-or-dir>... [--json]` and `explainer build [--root <dir>]`.
 * Parses arguments (commander), runs the pipeline, reports, and maps failures to exit codes:
 *   0 done (warnings on stderr), 1 bad input (one line naming the file), 2 bad usage, 70 a bug.
 * Never prints a stack trace unless EXPLAINER_DEBUG is set.
 */
import { Command, CommanderError } from 'commander';
import { InputError, formatWarning, type Warning } from '../lib/errors.ts';
import { buildSite } from './build-site.ts';
import { progressReporter } from './progress.ts';

// The pipeline is loaded by the commands that run it, so `explainer build` starts Astro without
// first loading every stage (~0.4 s of a build's critical path).
const pipeline = () => import('../pipeline/ingest.ts');

const program = new Command()
  .name('explainer')
  .description('Turn news articles about one story into a static, sourced explainer.')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

program
  .command('ingest')
  .description(
    'Read story folders (.txt/.md/.html files + optional story.yaml) and write content/stories/<slug>/ for each (MDX articles, explainer draft, story.json). Files edited by hand are never overwritten.',
  )
  .argument('<sources-dir...>', "story folders (each holds one story's article files)")
  .option('--story <slug>', 'story slug, with one folder (default: story.yaml slug, else the folder name)')
  .option('--content <dir>', 'content folder to write into', 'content')
  .option('--force', 'regenerate files even if they were edited by hand (edits are lost)', false)
  .option('--quiet', 'print only warnings and errors', false)
  .action(
    async (
      sourcesDirs: string[],
      options: { story?: string; content: string; force: boolean; quiet: boolean },
    ) => {
      if (options.story && sourcesDirs.length > 1) {
        throw new InputError(sourcesDirs.join(' '), '--story names one story: give one folder with it');
      }
      const { ingestStory } = await pipeline();
      // Stories are independent: each is written whole (or not at all) before the next starts.
      for (const sourcesDir of sourcesDirs) ingestOne(ingestStory, sourcesDir, options);
    },
  );

function ingestOne(
  ingestStory: Awaited<ReturnType<typeof pipeline>>['ingestStory'],
  sourcesDir: string,
  options: { story?: string; content: string; force: boolean; quiet: boolean },
): void {
  const progress = progressReporter('ingest');
  const result = ingestStory({
    sourcesDir,
    contentDir: options.content,
    story: options.story,
    force: options.force,
    onProgress: progress.update,
  });
  progress.stop();
  printWarnings(result.warnings);
  const { report, story } = result;
  for (const file of report.kept) {
    console.error(`explainer: kept ${result.storyDir}/${file} (edited by hand; --force regenerates it)`);
  }
  if (options.quiet) return;
  const analysis = story.analysis;
  console.log(
    [
      `${result.storyDir}: ${story.articles.length} articles, ${count(story.articles, 'quotes')} quotes, ${count(story.articles, 'figures')} figures`,
      `  ${analysis.quoteGroups.length} quote groups, ${analysis.figureGroups.length} figure groups (${analysis.figureGroups.filter((g) => g.conflict).length} conflicts), ${analysis.outlets.length} outlet profiles`,
      `  files: ${report.written.length} written, ${report.unchanged.length} unchanged, ${report.kept.length} kept (edited), ${report.removed.length} removed`,
      ...(result.edited.length
        ? [`  read back ${result.edited.length} hand-edited article(s): ${result.edited.join(', ')}`]
        : []),
    ].join('\n'),
  );
}

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
    const { config, documents, warnings } = readPaths(paths);
    const progress = progressReporter('extract');
    const articles = analyseDocuments(documents, warnings, new Map(), progress.update);
    progress.stop();
    printWarnings(warnings);
    if (articles.length === 0) throw new InputError(paths.join(' '), 'no article text found in any input');
    const story = buildStoryData('extract', config, articles);
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
  .option('--quiet', 'print only warnings and errors', false)
  .action(async (options: { root: string; quiet: boolean }) => {
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
  if (error instanceof InputError) {
    console.error(`explainer: error: ${error.format()}`);
    return 1;
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`explainer: internal error: ${message} (please report it; EXPLAINER_DEBUG=1 shows details)`);
  if (process.env.EXPLAINER_DEBUG) console.error(error);
  return 70;
}
