// The edit guard's manifest is in the model (ManifestSchema, src/lib/model.ts) and read through it:
// the manifest ingest wrote for the bundled story parses as written, and one that is not the
// model's shape counts as no manifest (every existing file then stays as a journalist's edit)
// rather than handing wrong types to the edit guard.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ManifestSchema } from '../../src/lib/model.ts';
import { MANIFEST_FILE, hashFile, readManifest, sha256 } from '../../src/pipeline/emit/files.ts';

const BUNDLED = resolve(import.meta.dirname, '../../content/stories/nato-ukraine-aid', MANIFEST_FILE);
const work = mkdtempSync(join(tmpdir(), 'explainer-manifest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const EMPTY = { version: 1, sources: {}, files: {} };

/** readManifest of a story folder whose manifest holds `text`. */
function manifestOf(text: string): unknown {
  const dir = mkdtempSync(join(work, 'story-'));
  writeFileSync(join(dir, MANIFEST_FILE), text);
  return readManifest(dir);
}

describe('the manifest', () => {
  const written = JSON.parse(readFileSync(BUNDLED, 'utf8')) as Record<string, unknown>;

  it('the one ingest wrote for the bundled story is the model shape, read back as written', () => {
    expect(ManifestSchema.parse(written)).toEqual(written);
    expect(Object.keys(written.sources as object)).toHaveLength(5);
    expect(manifestOf(JSON.stringify(written))).toEqual(written);
  });

  it('no manifest, or one that is not JSON, is an empty one', () => {
    expect(readManifest(mkdtempSync(join(work, 'none-')))).toEqual(EMPTY);
    expect(manifestOf('{{{not json')).toEqual(EMPTY);
    expect(manifestOf('')).toEqual(EMPTY);
  });

  it('a manifest with wrong types is no manifest (nothing of it reaches the edit guard)', () => {
    expect(manifestOf('null')).toEqual(EMPTY);
    expect(manifestOf('[1, 2]')).toEqual(EMPTY);
    expect(manifestOf(JSON.stringify({ ...written, files: ['index.mdx'] }))).toEqual(EMPTY);
    expect(manifestOf(JSON.stringify({ ...written, files: { 'index.mdx': 42 } }))).toEqual(EMPTY);
    expect(manifestOf(JSON.stringify({ ...written, groups: { q1: 'abc' } }))).toEqual(EMPTY);
    expect(manifestOf(JSON.stringify({ ...written, version: 2 }))).toEqual(EMPTY);
  });

  it('missing records are empty, and keys the model does not know are dropped', () => {
    expect(manifestOf('{}')).toEqual(EMPTY);
    const files = { 'index.mdx': 'ab'.repeat(32) };
    expect(manifestOf(JSON.stringify({ files, extra: true }))).toEqual({ ...EMPTY, files });
  });
});

// hashFile reads a file in 1 MB chunks (so story.json's bytes are not held whole at ingest's
// memory peak): its digest must be the text's at every size around the chunk's edges.
describe('hashFile', () => {
  it('is sha256 of the text for files smaller, exactly as large and larger than a chunk, null when absent', () => {
    const chunk = 1 << 20;
    for (const size of [0, 5, chunk - 1, chunk, chunk + 1, 3 * chunk + 7]) {
      const text = 'é'.repeat(Math.floor(size / 2)) + 'x'.repeat(size % 2);
      const path = join(work, `hash-${size}.txt`);
      writeFileSync(path, text);
      expect(Buffer.byteLength(text)).toBe(size);
      expect(hashFile(path)).toBe(sha256(text));
    }
    expect(hashFile(join(work, 'absent.txt'))).toBeNull();
  });
});
