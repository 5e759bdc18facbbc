/**
 * emit/story-data: story.json written only when its data changed, reusing the bytes of every
 * article that did not change.
 *
 *   writeDataIfChanged(path, story, reuse?) -> whether it wrote story.json
 *   sameData(path, story)                   -> whether story.json holds `story` (but its time stamp)
 *
 * Why: a 1,000-article story.json is tens of megabytes and re-serialising every article was most of
 * a one-changed re-ingest's writing time. With `reuse` (the article keys and the MdxMemo), the file
 * as last written is described in the memo (each article's key and byte range, and sha256 of the
 * file's bytes and those ranges); when the file on disk and the ranges still give that hash, an
 * article whose key is unchanged is copied from it.
 * The output is the same bytes as `${JSON.stringify(story, null, 1)}\n` either way (an article's
 * key hashes all of its data: same data, same JSON); a record of another file is not used.
 */
import { createHash, type Hash } from 'node:crypto';
import type { StoryData } from '../../lib/model.ts';
import { readBytesIfExists, writeAtomicChunks } from './files.ts';
import { jsonChunks, sameBytes } from './json-bytes.ts';

/** A story.json as written: in order, each article's key and byte range; sha256 of the file and those. */
export interface DataFileRecord {
  hash: string;
  articles: Array<[key: string, offset: number, length: number]>;
}

/** Where the record is kept (emit's MdxMemo, saved by mdx-memo.ts). */
export interface DataFileMemo {
  /** story.json as ingest last wrote it, so unchanged articles' bytes are reused. */
  getDataFile?(): DataFileRecord | undefined;
  setDataFile?(record: DataFileRecord): void;
}

/** What writeDataIfChanged needs to reuse unchanged articles: their keys, in order, and the memo. */
export interface DataReuse {
  keys: string[];
  memo: DataFileMemo;
  /** false: every article is serialised (the record is still written, for the next run). */
  trust?: boolean;
}

/** A record's hash: of the file's bytes (`file`, a hash not yet digested) and of its ranges. */
const recordHash = (file: Hash, articles: DataFileRecord['articles']): string =>
  file
    .copy()
    .update(`\0${JSON.stringify(articles)}`)
    .digest('hex');

/**
 * Writes story.json unless the file already holds `story`, all but the time it was generated;
 * whether it wrote. One pass: the JSON is written to a temporary file and, at the same time,
 * compared byte for byte with the file as it would read with the file's own generatedAt (no hash:
 * the comparison stops at the first difference), then kept only if they differ.
 */
export function writeDataIfChanged(
  path: string,
  story: StoryData,
  reuse?: DataReuse,
  /** Given the file's SHA-256 (hex) as left, when it was hashed anyway (see EmitOptions.onDataHash). */
  onHash?: (sha256: string) => void,
): boolean {
  const current = readBytesIfExists(path);
  const stamp = current === null ? null : stampOf(current);
  const currentHash = reuse && current !== null ? createHash('sha256').update(current) : undefined;
  const whole = reuse ? knownArticles(story, reuse, current, currentHash) : undefined;
  const match = current === null || stamp === null ? null : sameBytes(current);
  const oldStamp = stamp === null ? '' : JSON.stringify(JSON.parse(stamp) as string);
  const hash = createHash('sha256');
  // Byte ranges of the articles in the file written and in the file as it is (the stamps may differ).
  const written: Array<[number, number]> = [];
  const kept: Array<[number, number]> = [];
  let offset = 0;
  let oldOffset = 0;
  function emit(bytes: Uint8Array, compare = true): Uint8Array {
    if (compare) match?.update(bytes);
    hash.update(bytes);
    offset += bytes.byteLength;
    if (compare) oldOffset += bytes.byteLength;
    return bytes;
  }
  // The pieces are gathered into blocks of about a megabyte, each encoded once for both the
  // comparison and the file; the time stamp is a block of its own (compared as the file's own);
  // an article given as bytes (jsonChunks' `whole`) is a block of its own.
  function* compared(): Generator<Uint8Array> {
    let block = '';
    let previous = '';
    for (const chunk of jsonChunks(story, whole)) {
      if (typeof chunk !== 'string') {
        if (block) yield emit(Buffer.from(block, 'utf8'));
        block = '';
        written.push([offset, chunk.byteLength]);
        kept.push([oldOffset, chunk.byteLength]);
        yield emit(chunk);
        previous = '';
        continue;
      }
      // The top-level key is the only one indented by a single space; its value is the next piece.
      if (match && /^[{,]\n "generatedAt": $/.test(previous)) {
        if (block) yield emit(Buffer.from(block, 'utf8'));
        block = '';
        match.update(oldStamp);
        oldOffset += Buffer.byteLength(oldStamp, 'utf8');
        yield emit(Buffer.from(chunk, 'utf8'), false);
      } else {
        block += chunk;
        if (block.length >= 1 << 20) {
          yield emit(Buffer.from(block, 'utf8'));
          block = '';
        }
      }
      previous = chunk;
    }
    if (block) yield emit(Buffer.from(block, 'utf8'));
  }
  const wrote = writeAtomicChunks(path, compared(), () => match === null || !match.same());
  // The running hash of the file as left: what was written, or the file as it was.
  const fileHash = wrote ? hash : currentHash;
  if (reuse?.memo.setDataFile && written.length === reuse.keys.length) {
    const ranges = wrote ? written : kept;
    const articles = reuse.keys.map((key, a): [string, number, number] => [
      key,
      ranges[a]![0],
      ranges[a]![1],
    ]);
    if (fileHash !== undefined) reuse.memo.setDataFile({ hash: recordHash(fileHash, articles), articles });
  }
  // Digested from a copy, like the record's hash above.
  if (onHash && fileHash !== undefined) onHash(fileHash.copy().digest('hex'));
  return wrote;
}

/**
 * Every article of `story`, with its bytes from the file as it is when the memo's record describes
 * that file and an article of the same key; the others without (jsonChunks encodes them).
 */
function knownArticles(
  story: StoryData,
  reuse: DataReuse,
  current: Buffer | null,
  currentHash: Hash | undefined,
): Map<object, Uint8Array | undefined> {
  const whole = new Map<object, Uint8Array | undefined>(
    story.articles.map((article) => [article, undefined]),
  );
  const record = reuse.trust === false ? undefined : reuse.memo.getDataFile?.();
  if (
    current === null ||
    currentHash === undefined ||
    record === undefined ||
    record.hash !== recordHash(currentHash, record.articles)
  )
    return whole;
  const ranges = new Map(record.articles.map(([key, start, length]) => [key, [start, length] as const]));
  story.articles.forEach((article, a) => {
    const range = ranges.get(reuse.keys[a]!);
    if (range && range[0] >= 0 && range[0] + range[1] <= current.length)
      whole.set(article, current.subarray(range[0], range[0] + range[1]));
  });
  return whole;
}

/** The generatedAt of a story.json's bytes, as its JSON string literal, or null. */
function stampOf(bytes: Buffer): string | null {
  const key = bytes.indexOf('\n "generatedAt": "');
  const end = key < 0 ? -1 : bytes.indexOf('\n', key + 1);
  return key < 0
    ? null
    : (/^\n "generatedAt": ("[^"\n]*")/.exec(bytes.toString('utf8', key, end))?.[1] ?? null);
}

/** Whether the story.json at `path` holds `story`, all but the time it was generated. */
export function sameData(path: string, story: StoryData): boolean {
  // Bytes, not text: the file is tens of megabytes and only its stamp is read.
  const current = readBytesIfExists(path);
  const stamp = current === null ? null : stampOf(current);
  if (current === null || stamp === null) return false;
  const match = sameBytes(current);
  for (const chunk of jsonChunks({ ...story, generatedAt: JSON.parse(stamp) as string })) {
    match.update(chunk);
    if (!match.same(false)) return false;
  }
  return match.same();
}
