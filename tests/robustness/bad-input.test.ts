/**
 * The catalogue of bad inputs: every folder in tests/fixtures/bad-input/<case>/ holds a case.json
 *   { description, command, exitCode (number or list), stderr (regex), generate?, seeds?, edit?,
 *     needsNonRoot?, timeoutMs?, decoded? }
 * and optionally sources/ (copied to a temporary story folder). Big and binary inputs are made at
 * test time by the generator named in `generate` (below), never committed.
 *
 * Each case runs the real CLI in a child process and asserts: the exit code; on failure exactly
 * one line `explainer: error: <file>[:line]: message` matching the regex (other lines may only be
 * warnings or refused files); on success (0, or 3: done but some files refused) the regex matched
 * against stderr and, for an ingest, `decoded` (how many articles, which texts they hold) checked
 * against story.json; never a stack trace; no temporary files
 * left in the content folder; and for a failed run, the content folder exactly as it was before.
 *
 * Placeholders in command: $SOURCES (the story folder, <tmp>/story), $CONTENT (<tmp>/content), $TMP.
 */
import {
  chmodSync,
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
  ftruncateSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, it } from 'vitest';
import {
  ROOT,
  SEEDS,
  STACK_TRACE,
  leftovers,
  listTree,
  removeDir,
  runCliAsync,
  tempDir,
} from '../helpers/cli.ts';

const CASES_DIR = join(ROOT, 'tests', 'fixtures', 'bad-input');

interface Case {
  description: string;
  command: string[];
  exitCode: number | number[];
  stderr: string;
  generate?: string;
  seeds?: boolean;
  edit?: { file: string; find: string; replace: string };
  needsNonRoot?: boolean;
  timeoutMs?: number;
  /**
   * For an ingest that succeeds (exit 0 or 3): what it must have decoded — how many articles, and
   * texts that must (`contains`) or must not (`absent`) stand in their headlines and paragraphs.
   */
  decoded?: { articles: number; contains: string[]; absent?: string[] };
}

interface Context {
  tmp: string;
  sources: string;
  content: string;
}

const seedText = readFileSync(join(SEEDS, '002_346db1437c074a0c.txt'), 'utf8');
const seedBody = seedText.split('\n').slice(8).join('\n');

/** Generators for inputs too big, binary or platform-specific to commit. */
const generators: Record<string, (ctx: Context) => void> = {
  hugeText({ sources }) {
    const chunk = `${seedBody}\n\n`;
    writeFileSync(
      join(sources, 'huge.txt'),
      seedText + chunk.repeat(Math.ceil((20 * 1024 * 1024) / chunk.length)),
    );
  },
  hugeHtml({ sources }) {
    const paragraphs = seedBody
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => `<p>${line}</p>`)
      .join('\n');
    const repeat = Math.ceil((30 * 1024 * 1024) / paragraphs.length);
    writeFileSync(
      join(sources, 'huge.html'),
      `<!doctype html><html><head><title>Big</title></head><body><article><h1>Big</h1>${`${paragraphs}\n`.repeat(repeat)}</article></body></html>`,
    );
  },
  overLimit({ sources }) {
    const fd = openSync(join(sources, 'big.txt'), 'w');
    ftruncateSync(fd, 65 * 1024 * 1024); // sparse: costs no disk
    closeSync(fd);
  },
  binary({ sources }) {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    writeFileSync(
      join(sources, 'photo.txt'),
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), bytes]),
    );
  },
  invalidUtf8({ sources }) {
    // An old Windows tool's text: plain ASCII prose with Windows-1252 bytes (é, ’, €) in it.
    const ascii = seedText.replace(/[^\t\n\r\x20-\x7e]/g, ' ');
    writeFileSync(
      join(sources, 'cp1252.txt'),
      Buffer.concat([
        Buffer.from(ascii.replace('Stoltenberg', 'Stoltenb\u00e9rg'), 'latin1'),
        Buffer.from([0x92, 0x80, 0x0a]),
      ]),
    );
  },
  utf16le({ sources }) {
    writeFileSync(
      join(sources, 'utf16le.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]),
    );
  },
  utf16be({ sources }) {
    const le = Buffer.from(seedText, 'utf16le');
    writeFileSync(join(sources, 'utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]));
  },
  crlf({ sources }) {
    writeFileSync(join(sources, 'crlf.txt'), seedText.replace(/\n/g, '\r\n'));
  },
  gzipCorrupt({ sources }) {
    writeFileSync(
      join(sources, 'page.html.gz'),
      Buffer.concat([
        gzipSync(Buffer.from(`<html><body><p>${seedBody}</p></body></html>`)).subarray(0, 60),
        Buffer.from('garbage'),
      ]),
    );
  },
  gzipBomb({ sources }) {
    writeFileSync(
      join(sources, 'bomb.html.gz'),
      gzipSync(Buffer.alloc(80 * 1024 * 1024, 0x20), { level: 9 }),
    );
  },
  gzipValid({ sources }) {
    const html = `<!doctype html><html><head><title>Ukraine aid</title></head><body><article><h1>Ukraine aid</h1>${seedBody
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => `<p>${l}</p>`)
      .join('')}</article></body></html>`;
    writeFileSync(join(sources, 'page.html.gz'), gzipSync(Buffer.from(html)));
  },
  officeFiles({ sources }) {
    writeFileSync(join(sources, 'article.txt'), seedText);
    writeFileSync(
      join(sources, 'notes.docx'),
      Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'), Buffer.alloc(512, 1)]),
    );
    writeFileSync(
      join(sources, 'report.pdf'),
      '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n',
    );
  },
  unreadableFile({ sources }) {
    writeFileSync(join(sources, 'secret.txt'), seedText);
    chmodSync(join(sources, 'secret.txt'), 0o000);
  },
  unreadableFolder({ sources }) {
    writeFileSync(join(sources, 'a.txt'), seedText);
    chmodSync(sources, 0o000);
  },
  danglingSymlink({ sources }) {
    writeFileSync(join(sources, 'a.txt'), seedText);
    symlinkSync(join(sources, 'nowhere.txt'), join(sources, 'linked.txt'));
  },
  fifo({ sources }) {
    const result = spawnSync('mkfifo', [join(sources, 'pipe.txt')]);
    if (result.status !== 0) throw new Error('mkfifo failed');
  },
  contentIsFile(ctx) {
    writeFileSync(ctx.content, 'not a folder');
  },
  liveLock({ content }) {
    const dir = join(content, 'stories', 'story');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.ingest.lock'), String(process.pid));
  },
  staleLock({ content }) {
    const dir = join(content, 'stories', 'story');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.ingest.lock'), '2147483646');
  },
  staleTemps({ content }) {
    const dir = join(content, 'stories', 'story');
    mkdirSync(join(dir, 'articles'), { recursive: true });
    writeFileSync(join(dir, '.0123456789ab.tmp'), '{"half": ');
    writeFileSync(join(dir, 'articles', '.ba9876543210.tmp'), '---\nheadline: "half');
  },
};

const cases = readdirSync(CASES_DIR)
  .filter((name) => existsSync(join(CASES_DIR, name, 'case.json')))
  .sort()
  .map((name) => ({
    name,
    spec: JSON.parse(readFileSync(join(CASES_DIR, name, 'case.json'), 'utf8')) as Case,
  }));

/** Running as root (CI containers), chmod 000 does not stop reads: such cases cannot be staged. */
const permissionsEnforced = (() => {
  const dir = tempDir('explainer-perm-');
  try {
    const file = join(dir, 'probe');
    writeFileSync(file, 'x');
    chmodSync(file, 0o000);
    try {
      readFileSync(file);
      return false;
    } catch {
      return true;
    }
  } finally {
    removeDir(dir);
  }
})();

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of listTree(dir)) {
    try {
      out[file] = createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex');
    } catch {
      out[file] = 'unreadable';
    }
  }
  return out;
}

/** The one story folder under <content>/stories (its slug comes from story.yaml or the folder). */
function storyDirOf(content: string): string {
  const [slug, ...others] = readdirSync(join(content, 'stories'));
  if (!slug || others.length > 0) throw new Error(`expected one story folder in ${content}/stories`);
  return join(content, 'stories', slug);
}

const tmps: string[] = [];

/** The content folder of one clean ingest of the seeds (from a folder named `story`), made once. */
let seeded: Promise<string> | undefined;
function seedContent(): Promise<string> {
  seeded ??= (async () => {
    const tmp = tempDir('explainer-bad-seeded-');
    tmps.push(tmp);
    cpSync(SEEDS, join(tmp, 'story'), { recursive: true });
    const first = await runCliAsync([
      'ingest',
      join(tmp, 'story'),
      '--content',
      join(tmp, 'content'),
      '--quiet',
    ]);
    if (first.code !== 0) throw new Error(`seed ingest failed: ${first.stderr}`);
    return join(tmp, 'content');
  })();
  return seeded;
}
afterAll(() => {
  for (const tmp of tmps) {
    spawnSync('chmod', ['-R', 'u+rwx', tmp]);
    removeDir(tmp);
  }
});

// Each case spawns the CLI (~1 s, mostly Node start-up): run them side by side.
describe.concurrent('bad input catalogue (tests/fixtures/bad-input)', () => {
  it('has at least 30 cases', ({ expect }) => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  for (const { name, spec } of cases) {
    const skip = spec.needsNonRoot && !permissionsEnforced;
    it.skipIf(skip)(
      `${name}: ${spec.description}${skip ? ' [skipped: running as root, chmod 000 does not block reads]' : ''}`,
      async ({ expect }) => {
        const tmp = tempDir(`explainer-bad-${name}-`);
        tmps.push(tmp);
        const ctx: Context = { tmp, sources: join(tmp, 'story'), content: join(tmp, 'content') };
        const fixtureSources = join(CASES_DIR, name, 'sources');
        if (spec.seeds) cpSync(SEEDS, ctx.sources, { recursive: true });
        else if (existsSync(fixtureSources)) cpSync(fixtureSources, ctx.sources, { recursive: true });
        else mkdirSync(ctx.sources, { recursive: true });

        if (spec.seeds && spec.edit) {
          // A first, clean ingest (shared: copied from one run of the seeds); then the broken edit.
          cpSync(await seedContent(), ctx.content, { recursive: true });
          const storyDir = storyDirOf(ctx.content);
          const candidates = spec.edit.file.endsWith('*')
            ? readdirSync(join(storyDir, spec.edit.file.slice(0, -1)))
                .sort()
                .map((file) => join(spec.edit!.file.slice(0, -1), file))
            : [spec.edit.file];
          const target = candidates.find((file) =>
            readFileSync(join(storyDir, file), 'utf8').includes(spec.edit!.find),
          );
          expect(target, `no ${spec.edit.file} contains ${JSON.stringify(spec.edit.find)}`).toBeDefined();
          const path = join(storyDir, target!);
          writeFileSync(path, readFileSync(path, 'utf8').replace(spec.edit.find, spec.edit.replace));
        }
        if (spec.generate) generators[spec.generate]!(ctx);

        const before =
          existsSync(ctx.content) && statSync(ctx.content).isDirectory() ? snapshot(ctx.content) : null;
        const args = spec.command.map((arg) =>
          arg.replaceAll('$SOURCES', ctx.sources).replaceAll('$CONTENT', ctx.content).replaceAll('$TMP', tmp),
        );
        const result = await runCliAsync(args, { timeoutMs: spec.timeoutMs ?? 60_000 });
        const output = `exit ${result.code}\nstdout: ${result.stdout.slice(0, 2000)}\nstderr: ${result.stderr.slice(0, 2000)}`;

        const codes = Array.isArray(spec.exitCode) ? spec.exitCode : [spec.exitCode];
        expect(codes, output).toContain(result.code);
        expect(result.stderr, output).not.toMatch(STACK_TRACE);
        expect(result.stdout, output).not.toMatch(STACK_TRACE);
        expect(result.stderr, output).not.toMatch(/internal error/);
        const pattern = new RegExp(spec.stderr, 'm');
        if (result.code === 1) {
          const lines = result.stderr.trimEnd().split('\n');
          const errors = lines.filter((line) => line.startsWith('explainer: error: '));
          expect(errors, output).toHaveLength(1);
          expect(
            lines.filter(
              (line) =>
                !line.startsWith('explainer: warning: ') &&
                !line.startsWith('explainer: kept ') &&
                !line.startsWith('explainer: refused: ') &&
                !line.startsWith('explainer: error: '),
            ),
            output,
          ).toEqual([]);
          expect(errors[0], output).toMatch(pattern);
        } else {
          expect(result.stderr, output).toMatch(pattern);
        }

        if (existsSync(ctx.content) && statSync(ctx.content).isDirectory()) {
          expect(leftovers(ctx.content), output).toEqual([]);
          expect(
            listTree(ctx.content).filter((file) => file.endsWith('.ingest.lock')),
            output,
          ).toEqual(name === 'lock-held' ? ['stories/story/.ingest.lock'] : []);
          // Exit 3 is a run that did its work (some source files refused): it writes like a success.
          const failed = result.code !== 0 && result.code !== 3;
          if (failed && before)
            expect(snapshot(ctx.content), `${output}\ncontent changed by a failed run`).toEqual(before);
          if (failed && !before) expect(listTree(ctx.content), output).toEqual([]);
          if (!failed && spec.command[0] === 'ingest') {
            const story = JSON.parse(readFileSync(join(storyDirOf(ctx.content), 'story.json'), 'utf8')) as {
              articles: { headline: string | null; paragraphs: string[]; removed: { text: string }[] }[];
            };
            // All the text decoded: headline, body and what normalize set aside (captions, footers).
            const text = story.articles
              .map((a) => [a.headline ?? '', ...a.paragraphs, ...a.removed.map((r) => r.text)].join('\n'))
              .join('\n\n');
            expect(spec.decoded, `${name}: a successful case says what it decoded`).toBeDefined();
            expect(story.articles.length, output).toBe(spec.decoded!.articles);
            for (const wanted of spec.decoded!.contains)
              expect(text, `${name}: decoded text`).toContain(wanted);
            for (const unwanted of spec.decoded!.absent ?? [])
              expect(text, `${name}: decoded text`).not.toContain(unwanted);
          }
        }
      },
      Math.max(60_000, (spec.timeoutMs ?? 60_000) + 30_000),
    );
  }
});
