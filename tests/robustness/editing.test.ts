/**
 * Editing that never breaks (issue 13): each behaviour runs the real CLI on a real story folder (the
 * seed articles, copied to a temporary folder) and edits the generated files as a journalist would.
 */
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoryData } from '../../src/lib/model.ts';
import { ROOT, SEEDS, STACK_TRACE, listTree, removeDir, runCli, tempDir } from '../helpers/cli.ts';

const tmps: string[] = [];
afterAll(() => tmps.forEach(removeDir));

/** A fresh copy of the seeds and a content folder with one clean ingest of them. */
function seeded(): { sources: string; content: string; story: string } {
  const tmp = tempDir('explainer-editing-');
  tmps.push(tmp);
  const sources = join(tmp, 'sources');
  cpSync(SEEDS, sources, { recursive: true });
  const content = join(tmp, 'content');
  const first = runCli(['ingest', sources, '--content', content, '--quiet']);
  expect(first.code, first.stderr).toBe(0);
  return { sources, content, story: join(content, 'stories', 'nato-ukraine-aid') };
}

const ingest = (sources: string, content: string, ...extra: string[]) =>
  runCli(['ingest', sources, '--content', content, ...extra]);
const data = (story: string): StoryData =>
  JSON.parse(readFileSync(join(story, 'story.json'), 'utf8')) as StoryData;
const read = (path: string): string => readFileSync(path, 'utf8');
const edit = (path: string, find: string | RegExp, replace: string): void => {
  const before = read(path);
  const after = before.replace(find, replace);
  expect(after, `${path} does not contain ${String(find)}`).not.toBe(before);
  writeFileSync(path, after);
};
const errors = (stderr: string): string[] =>
  stderr.split('\n').filter((line) => line.startsWith('explainer: error: '));

describe('stable group ids', () => {
  it('keeps quote and figure group ids when every speaker, verb and figure attribute is edited', () => {
    const { sources, content, story } = seeded();
    const before = data(story).analysis;
    // The explainer and a note use the groups; the journalist's explainer is kept as edited.
    const quote = before.quoteGroups[0]!.id;
    const figure = before.figureGroups[0]!.id;
    edit(join(story, 'index.mdx'), '## Timeline', `<QuoteGroup id="${quote}" />\n\n## Timeline`);
    writeFileSync(join(notesDir(story), `${quote}.mdx`), `---\ngroup: ${quote}\n---\n\nChecked.\n`);
    for (const name of readdirSync(join(story, 'articles'))) {
      const path = join(story, 'articles', name);
      writeFileSync(
        path,
        read(path)
          .replaceAll('speaker="Jens Stoltenberg"', 'speaker={null}')
          .replaceAll(/verb="[a-z]+"/g, 'verb="told"')
          .replaceAll('period="total"', 'period="annual"'),
      );
    }
    const result = ingest(sources, content);
    expect(result.code, result.stderr).toBe(0);
    const after = data(story).analysis;
    // The edits reached the analysis (compare would now name the group "q-unattributed-…") …
    expect(after.quoteGroups.find((g) => g.id === quote)?.speaker).toBeNull();
    // … and every id survived: the explainer and the note still point at their groups.
    expect(after.quoteGroups.map((g) => g.id).sort()).toEqual(before.quoteGroups.map((g) => g.id).sort());
    expect(after.figureGroups.map((g) => g.id)).toContain(figure);
    expect(result.stderr).not.toMatch(/error/);
    const manifest = JSON.parse(read(join(story, '.explainer-manifest.json'))) as {
      groups: Record<string, string[]>;
    };
    expect(Object.keys(manifest.groups)).toContain(quote);
  }, 60_000);
});

function notesDir(story: string): string {
  const dir = join(story, 'notes');
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('a group id that disappears', () => {
  it('is reported at ingest with every file and line that uses it', () => {
    const { sources, content, story } = seeded();
    const before = data(story);
    // A group quoted by one article only, whose source the journalist then deletes.
    const manifest = JSON.parse(read(join(story, '.explainer-manifest.json'))) as {
      sources: Record<string, string>;
    };
    const lonely = before.analysis.quoteGroups.find(
      (g) => new Set(g.members.map((m) => m.article)).size === 1,
    )!;
    const article = lonely.members[0]!.article;
    const source = Object.entries(manifest.sources).find(([, id]) => id === article)![0];
    const index = join(story, 'index.mdx');
    edit(index, '## Timeline', `<QuoteGroup id="${lonely.id}" />\n\n## Timeline`);
    const indexLine =
      read(index)
        .split('\n')
        .findIndex((line) => line.includes(lonely.id)) + 1;
    writeFileSync(join(notesDir(story), 'gone.mdx'), `---\ngroup: ${lonely.id}\n---\n\nA note.\n`);
    rmSync(join(sources, source));

    const result = ingest(sources, content);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const lines = errors(result.stderr);
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `${index}:${indexLine}: <QuoteGroup id="${lonely.id}">: no quote group ${lonely.id} .*existed before this ingest`,
        ),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`notes/gone\\.mdx:2: group: no quote group ${lonely.id}`)),
    );
    // The rest of the story was still written (story.json follows the sources).
    expect(data(story).articles.map((a) => a.id)).not.toContain(article);
  }, 60_000);
});

describe('ingest checks what a journalist edits', () => {
  it('names a misspelt <Quote> attribute with file, line and the likely attribute', () => {
    const { sources, content, story } = seeded();
    const name = readdirSync(join(story, 'articles')).find((n) =>
      read(join(story, 'articles', n)).includes('<Quote n={0} speaker='),
    )!;
    const path = join(story, 'articles', name);
    edit(path, '<Quote n={0} speaker=', '<Quote n={0} speker=');
    const line =
      read(path)
        .split('\n')
        .findIndex((l) => l.includes('speker=')) + 1;
    const result = ingest(sources, content);
    expect(result.code).toBe(1);
    expect(errors(result.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^explainer: error: ${path}:${line}: <Quote>: unknown attribute speker \\(did you mean speaker\\?\\)`,
        ),
      ),
    ]);
  }, 60_000);

  it('checks index.mdx: < and { in prose, misspelt attributes, unknown components and references', () => {
    const { sources, content, story } = seeded();
    const index = join(story, 'index.mdx');
    const original = read(index);
    const group = data(story).analysis.figureGroups[0]!.id;
    const cases: Array<[string, RegExp]> = [
      ['Support fell (<3%) in May.', /MDX syntax error: .*; write \\< for a literal < in the text/],
      ['Costs {rose} sharply.', /text in braces is read as code; write \\\{ and \\\} for literal braces/],
      [`<Chart grup="${group}" />`, /<Chart>: unknown attribute grup \(did you mean group\?\)/],
      ['<QuoteGrop id="q-x" />', /unknown component <QuoteGrop> \(did you mean <QuoteGroup>\?\)/],
      ['<SourceLink article="no-such-article" paragraph={0}>x</SourceLink>', /no such article in this story/],
      [`<Figure group="f-nothing-like-it" />`, /no figure group f-nothing-like-it in this story/],
    ];
    for (const [text, message] of cases) {
      writeFileSync(index, original.replace('## Timeline', `${text}\n\n## Timeline`));
      const line = read(index).split('\n').indexOf(text) + 1;
      const result = ingest(sources, content, '--quiet');
      expect(result.code, text).toBe(1);
      expect(result.stderr).not.toMatch(STACK_TRACE);
      const lines = errors(result.stderr);
      expect(lines, text).toHaveLength(1);
      expect(lines[0], text).toContain(`${index}:${line}: `);
      expect(lines[0], text).toMatch(message);
    }
  }, 120_000);

  it('explainer build runs the same checks before Astro, on edited articles too', () => {
    const { content, story } = seeded();
    const path = join(story, 'articles', readdirSync(join(story, 'articles')).sort()[0]!);
    edit(path, /<Fig n=\{0\} /, '<Fig n={0} amont={1} ');
    edit(join(story, 'index.mdx'), '## Timeline', 'Aid fell by <5%.\n\n## Timeline');
    // Its own output folder: the browser suite reads the project's dist/ meanwhile.
    const out = join(content, '..', 'site');
    const result = runCli(['build', '--quiet', '--out', out], {
      env: { EXPLAINER_CONTENT: content },
      timeoutMs: 60_000,
    });
    expect(result.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    const lines = errors(result.stderr);
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).toMatch(/index\.mdx:\d+: MDX syntax error: .*write \\</);
    expect(lines.join('\n')).toMatch(/\.mdx:\d+: <Fig>: unknown attribute amont \(did you mean amount\?\)/);
    // Astro never started: no output of its own.
    expect(result.stdout).toBe('');
  }, 60_000);
});

describe('nothing lost', () => {
  it('--force copies each edited file it replaces into a dated backup folder and lists it', () => {
    const { sources, content, story } = seeded();
    const index = join(story, 'index.mdx');
    edit(index, '## Timeline', 'My own paragraph.\n\n## Timeline');
    const edited = read(index);
    const result = ingest(sources, content, '--force');
    expect(result.code, result.stderr).toBe(0);
    expect(read(index)).not.toContain('My own paragraph.');
    const match =
      /explainer: replaced \S+index\.mdx \(edited by hand\); your version is in (\S+)\/index\.mdx/.exec(
        result.stderr,
      );
    expect(match, result.stderr).not.toBeNull();
    expect(match![1]).toMatch(/backups\/nato-ukraine-aid\/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d$/);
    expect(read(join(match![1]!, 'index.mdx'))).toBe(edited);
    expect(result.stdout).toMatch(/1 replaced \(backed up\)/);
  }, 60_000);

  it('--dry-run prints what would be written, kept or replaced and changes nothing', () => {
    const { sources, content, story } = seeded();
    edit(join(story, 'index.mdx'), '## Timeline', 'Mine.\n\n## Timeline');
    rmSync(join(story, 'story.json'));
    const snapshot = () =>
      Object.fromEntries(listTree(content).map((file) => [file, read(join(content, file))]));
    const before = snapshot();
    const kept = ingest(sources, content, '--dry-run');
    expect(kept.code, kept.stderr).toBe(0);
    expect(kept.stdout).toMatch(/dry run, nothing written/);
    expect(kept.stdout).toMatch(/would keep {4}index\.mdx \(edited by hand\)/);
    expect(kept.stdout).toMatch(/would write {3}story\.json/);
    const forced = ingest(sources, content, '--dry-run', '--force');
    expect(forced.stdout).toMatch(/would replace index\.mdx \(edited by hand; backed up first to \S+backups/);
    expect(snapshot()).toEqual(before);
  }, 60_000);
});

describe('bad files among good ones', () => {
  it('names every refused file with its reason, ingests the rest and exits 3', () => {
    const tmp = tempDir('explainer-refused-');
    tmps.push(tmp);
    const sources = join(tmp, 'sources');
    cpSync(SEEDS, sources, { recursive: true });
    writeFileSync(join(sources, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2]));
    writeFileSync(join(sources, 'empty.txt'), '');
    writeFileSync(join(sources, 'report.pdf'), '%PDF-1.4\n1 0 obj\n<< >>\nendobj\n');
    writeFileSync(join(sources, 'draft.docx'), Buffer.from('PK\x03\x04\x14\x00', 'latin1'));
    const content = join(tmp, 'content');
    const result = ingest(sources, content);
    expect(result.code, result.stderr).toBe(3);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const refused = result.stderr.split('\n').filter((line) => line.startsWith('explainer: refused: '));
    expect(refused).toEqual([
      `explainer: refused: ${join(sources, 'draft.docx')}: unsupported type (.docx): save the page as HTML (.html) or copy its text into a .txt file`,
      `explainer: refused: ${join(sources, 'empty.txt')}: is empty`,
      `explainer: refused: ${join(sources, 'photo.txt')}: is a binary file, not text or HTML`,
      `explainer: refused: ${join(sources, 'report.pdf')}: unsupported type (.pdf): save the page as HTML (.html) or copy its text into a .txt file`,
    ]);
    expect(data(join(content, 'stories', 'nato-ukraine-aid')).articles).toHaveLength(5);
  }, 60_000);
});

describe('story.yaml, --version, one article', () => {
  it('story.yaml sets a headline and the article id (its URL slug)', () => {
    const { sources, content, story } = seeded();
    const old = data(story).articles.find((a) => a.source === '002_346db1437c074a0c.txt')!.id;
    edit(
      join(sources, 'story.yaml'),
      '  002_346db1437c074a0c.txt:\n',
      '  002_346db1437c074a0c.txt:\n    headline: "Stoltenberg wants NATO to run Ukraine aid"\n    id: stoltenberg-nato-aid\n',
    );
    const result = ingest(sources, content);
    expect(result.code, result.stderr).toBe(0);
    const article = data(story).articles.find((a) => a.source === '002_346db1437c074a0c.txt')!;
    expect(article.id).toBe('stoltenberg-nato-aid');
    expect(article.headline).toBe('Stoltenberg wants NATO to run Ukraine aid');
    expect(existsSync(join(story, 'articles', 'stoltenberg-nato-aid.mdx'))).toBe(true);
    expect(existsSync(join(story, 'articles', `${old}.mdx`))).toBe(false);
  }, 60_000);

  it('a story.yaml title changed after index.mdx was edited is said to be overridden, not dropped silently', () => {
    const { sources, content, story } = seeded();
    edit(join(story, 'index.mdx'), '## Timeline', 'Checked by the desk.\n\n## Timeline');
    edit(join(sources, 'story.yaml'), /^title: .*$/m, 'title: NATO takes over Ukraine aid');
    const result = ingest(sources, content);
    expect(result.code, result.stderr).toBe(0);
    const warnings = result.stderr.split('\n').filter((line) => line.startsWith('explainer: warning: '));
    expect(warnings).toEqual([
      `explainer: warning: ${join(sources, 'story.yaml')}: title differs from the one in ${join(story, 'index.mdx')}, which was edited by hand and is kept: the site shows index.mdx's; change it there (or re-ingest with --force)`,
    ]);
    expect(read(join(story, 'index.mdx'))).toContain('Checked by the desk.');
    // Said again on a re-run that finds nothing new, until the two agree.
    expect(ingest(sources, content).stderr).toContain('title differs');
    edit(join(story, 'index.mdx'), /^title: .*$/m, 'title: "NATO takes over Ukraine aid"');
    expect(ingest(sources, content).stderr).not.toContain('differs');
  }, 120_000);

  it('a bad id in story.yaml is named at its line', () => {
    const tmp = tempDir('explainer-yaml-id-');
    tmps.push(tmp);
    cpSync(SEEDS, join(tmp, 's'), { recursive: true });
    const yaml = join(tmp, 's', 'story.yaml');
    edit(yaml, '  002_346db1437c074a0c.txt:\n', '  002_346db1437c074a0c.txt:\n    id: Not A Slug\n');
    const line = read(yaml).split('\n').indexOf('    id: Not A Slug') + 1;
    const result = ingest(join(tmp, 's'), join(tmp, 'c'));
    expect(result.code).toBe(1);
    expect(errors(result.stderr)[0]).toMatch(
      new RegExp(`story\\.yaml:${line}: .*id: use lower-case letters`),
    );
  });

  it('explainer --version prints the version', () => {
    const result = runCli(['--version']);
    const pkg = JSON.parse(read(join(ROOT, 'package.json'))) as { version: string };
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(pkg.version);
  });

  it('a one-article story gets a warning and a draft that does not compare', () => {
    const tmp = tempDir('explainer-one-');
    tmps.push(tmp);
    const sources = join(tmp, 'one');
    cpSync(join(SEEDS, '002_346db1437c074a0c.txt'), join(sources, 'a.txt'), { recursive: true });
    const result = ingest(sources, join(tmp, 'content'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/warning: .*only 1 article/);
    expect(result.stdout).toMatch(/: 1 article, /);
    const draft = read(join(tmp, 'content', 'stories', 'one', 'index.mdx'));
    expect(draft).not.toMatch(/outlets agree/i);
    expect(draft).not.toContain('<OutletAgreement');
  }, 60_000);
});

const VITEST_ENV = /^(VITEST.*|TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;

/** The body of a 200 response, or '' (not listening yet, or another status). */
function getPage(url: string): Promise<string> {
  return new Promise((done) => {
    const request = get(url, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => done(response.statusCode === 200 ? body : ''));
    });
    request.on('error', () => done(''));
    request.setTimeout(30_000, () => request.destroy());
  });
}

describe('the site build and dev server on an edited story', () => {
  /**
   * A one-article story (no notes), ingested into a fresh content folder. Its slug is new each time:
   * Astro's content cache (.astro/) keeps an unchanged entry of the same id pointing at the old file.
   */
  function oneArticle(): { content: string; index: string } {
    const tmp = tempDir('explainer-site-');
    tmps.push(tmp);
    const slug = `one-${Math.random().toString(36).slice(2, 8)}`;
    const sources = join(tmp, slug);
    mkdirSync(sources);
    cpSync(join(SEEDS, '002_346db1437c074a0c.txt'), join(sources, 'a.txt'));
    const content = join(tmp, 'content');
    expect(ingest(sources, content, '--quiet').code).toBe(0);
    return { content, index: join(content, 'stories', slug, 'index.mdx') };
  }

  it('builds a story without notes with no warning, and traces a render error to its line', () => {
    const { content, index } = oneArticle();
    // Its own output folder: the browser suite reads the project's dist/ meanwhile.
    const out = join(content, '..', 'site');
    const build = () =>
      runCli(['build', '--quiet', '--out', out], { env: { EXPLAINER_CONTENT: content }, timeoutMs: 300_000 });
    const ok = runCli(['build', '--out', out], { env: { EXPLAINER_CONTENT: content }, timeoutMs: 300_000 });
    expect(ok.code, ok.stderr).toBe(0);
    expect(`${ok.stdout}\n${ok.stderr}`).not.toMatch(/\bwarn|No files found/i);
    // The built search page is the real one, even though vitest's DEV/MODE variables reach the build.
    expect(read(join(out, 'search', 'index.html'))).toContain('pagefind-ui.js');
    expect(existsSync(join(content, '..', '.site-next'))).toBe(false);
    // A value written as code passes the checks before Astro; the component's own schema fails it,
    // and the error is traced back to the line that wrote it.
    const article = readdirSync(join(index, '..', 'articles'))[0]!.replace(/\.mdx$/, '');
    const text = `See <SourceLink article="${article}" paragraph={-1 + 0}>this</SourceLink>.`;
    edit(index, '## Timeline', `${text}\n\n## Timeline`);
    const line = read(index).split('\n').indexOf(text) + 1;
    const bad = build();
    expect(bad.code).toBe(1);
    // A refused build leaves the last good site as it was.
    expect(read(join(out, 'search', 'index.html'))).toContain('pagefind-ui.js');
    expect(errors(bad.stderr)).toEqual([
      `explainer: error: ${index}:${line}: <SourceLink article="${article}" paragraph={-1}>: paragraph: Too small: expected number to be >=0`,
    ]);
  }, 600_000);

  it('under npm run dev the search page says how to get search instead of a 404', async () => {
    const { content } = oneArticle();
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const server = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'),
        'dev',
        '--port',
        String(port),
        '--host',
        '127.0.0.1',
      ],
      {
        cwd: ROOT,
        // As `npm run dev` runs it: without the variables vitest sets (the dev server 404s under them).
        env: {
          ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.test(key))),
          EXPLAINER_CONTENT: content,
          ASTRO_TELEMETRY_DISABLED: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let log = '';
    server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    try {
      let page = '';
      for (let attempt = 0; attempt < 120 && !page; attempt++) {
        page = await getPage(`http://127.0.0.1:${port}/search/`);
        if (!page) await new Promise((done) => setTimeout(done, 1000));
      }
      expect(page, log).toContain('data-search-dev');
      expect(page).toMatch(/npm run build &amp;&amp; npm run preview|npm run build && npm run preview/);
      expect(page).not.toContain('pagefind-ui.js');
    } finally {
      server.kill('SIGTERM');
    }
  }, 180_000);
});
