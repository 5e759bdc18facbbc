/**
 * Two ingests at once, and ingests killed with SIGKILL at random moments: every file is whole
 * (old or new), parses, nothing a content glob would pick up is left behind, and the next run
 * neither mistakes its own output for a journalist's edit nor loses a real edit.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoryDataSchema } from '../../src/lib/model.ts';
import { mdxToArticle, parseFrontmatter, splitFrontmatter } from '../../src/pipeline/emit/article-mdx.ts';
import {
  SEEDS,
  STACK_TRACE,
  leftovers,
  listTree,
  removeDir,
  runCli,
  startCli,
  tempDir,
} from '../helpers/cli.ts';

const KILLS = Math.max(6, Math.min(40, Math.floor((Number(process.env.FUZZ_RUNS) || 2000) / 250)));

let work: string;
beforeAll(() => {
  work = tempDir('explainer-concurrency-');
});
afterAll(() => removeDir(work));

/** Every file ingest owns parses; returns the story folder's file list. */
function assertStoryParses(storyDir: string): string[] {
  const files = listTree(storyDir);
  for (const file of files) {
    const text = readFileSync(join(storyDir, file), 'utf8');
    if (file === 'story.json') StoryDataSchema.parse(JSON.parse(text));
    else if (file === '.explainer-manifest.json') JSON.parse(text);
    else if (file.startsWith('articles/') && file.endsWith('.mdx')) mdxToArticle(text, file);
    else if (file === 'index.mdx') parseFrontmatter(splitFrontmatter(text, file).yaml, file);
  }
  // What Astro's glob loader would read (`*/articles/*.mdx`, `*/index.mdx`, `*/story.json`) has no temp file.
  expect(files.filter((file) => /\.tmp$/.test(file) && /(\.mdx|\.json)$/.test(file))).toEqual([]);
  return files;
}

describe('concurrent and interrupted ingests', () => {
  it('two ingests at once: one may be refused with the lock message, files stay whole', async () => {
    const sources = join(work, 'two', 'nato-ukraine-aid');
    const content = join(work, 'two', 'content');
    cpSync(SEEDS, sources, { recursive: true });
    for (let round = 0; round < 3; round++) {
      const args = ['ingest', sources, '--content', content, '--quiet', ...(round === 2 ? ['--force'] : [])];
      const [a, b] = await Promise.all([startCli(args).done, startCli(args).done]);
      for (const result of [a, b]) {
        expect(result.stderr).not.toMatch(STACK_TRACE);
        if (result.code !== 0) {
          expect(result.code).toBe(1);
          expect(result.stderr.trim()).toMatch(
            /^explainer: error: \S+: another ingest \(process \d+\) is writing this story; try again when it ends$/,
          );
        }
      }
      expect([a.code, b.code]).toContain(0);
      const storyDir = join(content, 'stories', 'nato-ukraine-aid');
      assertStoryParses(storyDir);
      expect(leftovers(content)).toEqual([]);
      expect(listTree(storyDir)).not.toContain('.ingest.lock');
    }
  });

  it(`SIGKILL at random moments (${KILLS} kills): old or new files, no lost edit, next run recovers`, async () => {
    const sources = join(work, 'kill', 'nato-ukraine-aid');
    const content = join(work, 'kill', 'content');
    cpSync(SEEDS, sources, { recursive: true });
    expect(runCli(['ingest', sources, '--content', content, '--quiet']).code).toBe(0);
    const storyDir = join(content, 'stories', 'nato-ukraine-aid');
    // A journalist's edit that every run must keep.
    const [first] = readdirSync(join(storyDir, 'articles')).sort();
    const editedPath = join(storyDir, 'articles', first!);
    const edited = readFileSync(editedPath, 'utf8').replace('<P n={0}>', '<P n={0}>Checked by the desk. ');
    writeFileSync(editedPath, edited);

    for (let i = 0; i < KILLS; i++) {
      // Change a source every time (alternating between two texts) so each run has files to
      // rewrite for the kill to interrupt; --force is not used, as it would drop the edit.
      const extra = join(sources, 'zzz-extra.txt');
      if (i % 2 === 0)
        writeFileSync(
          extra,
          `Extra report ${i}\n\n${readFileSync(join(SEEDS, '001_460ceabe704eb067.txt'), 'utf8')}\n\nUpdate number ${i} to the story.\n`,
        );
      else cpSync(join(SEEDS, '003_3663e15cae1edaa2.txt'), extra);
      const { child, done } = startCli(['ingest', sources, '--content', content, '--quiet']);
      const delay = 150 + Math.floor(Math.random() * 900);
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      const result = await done;
      clearTimeout(timer);
      expect(result.stderr).not.toMatch(STACK_TRACE);
      // Killed or finished: the files that exist are whole and parse; the edit is intact.
      assertStoryParses(storyDir);
      expect(readFileSync(editedPath, 'utf8')).toBe(edited);
    }

    // A clean run afterwards: succeeds, removes the killed runs' temp files and stale lock,
    // keeps the edit, and does not treat its own half-finished output as hand-edited.
    const final = runCli(['ingest', sources, '--content', content]);
    expect(final.code, final.stderr).toBe(0);
    expect(leftovers(content)).toEqual([]);
    expect(listTree(storyDir)).not.toContain('.ingest.lock');
    expect(readFileSync(editedPath, 'utf8')).toBe(edited);
    const kept = final.stderr.split('\n').filter((line) => line.startsWith('explainer: kept '));
    expect(kept).toEqual([
      `explainer: kept ${storyDir}/articles/${first} (edited by hand; --force regenerates it)`,
    ]);
    const story = StoryDataSchema.parse(JSON.parse(readFileSync(join(storyDir, 'story.json'), 'utf8')));
    expect(story.articles.find((a) => `${a.id}.mdx` === first)!.paragraphs[0]).toMatch(
      /^Checked by the desk\. /,
    );
  }, 300_000);
});
