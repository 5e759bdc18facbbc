/**
 * emit/json-bytes: a story's JSON written and compared piece by piece, never as one string.
 *
 *   jsonChunks(value, whole?) -> the pieces of `${JSON.stringify(value, null, 1)}\n` (the same text,
 *                               joined); an object in `whole` is one piece of UTF-8 bytes (given, or
 *                               encoded), so emit can reuse an unchanged article's bytes
 *   sameBytes(bytes)  -> compares text or bytes given in pieces with a file's bytes, from the start
 *
 * Why: a 1,000-article story.json is tens of megabytes; emit (index.ts) writes it to a temporary
 * file while comparing it with the file already there, so an unchanged story is not rewritten.
 */

/**
 * Compares text given in pieces with `bytes`, from the start, stopping at the first difference.
 * `same()` is whether everything given so far matched and, unless `whole` is false, covered all of
 * `bytes`.
 */
export function sameBytes(bytes: Buffer): {
  update(text: string | Uint8Array): void;
  same(whole?: boolean): boolean;
} {
  let offset = 0;
  let differs = false;
  return {
    update(text) {
      if (differs) return;
      const piece =
        typeof text === 'string'
          ? Buffer.from(text, 'utf8')
          : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
      const end = offset + piece.length;
      differs = end > bytes.length || !piece.equals(bytes.subarray(offset, end));
      offset = end;
    },
    same: (whole = true) => !differs && (!whole || offset === bytes.length),
  };
}

/** Objects and arrays this deep are written piece by piece; deeper values in one piece each. */
const CHUNK_DEPTH = 3;

/**
 * `${JSON.stringify(value, null, 1)}\n` in pieces (the same text, joined): the top levels of the
 * value are written part by part, so a story's JSON is never one string of tens of megabytes.
 */
export function* jsonChunks(
  value: unknown,
  whole?: Map<object, Uint8Array | undefined>,
): Generator<string | Uint8Array> {
  yield* jsonPieces(value, 0, whole);
  yield '\n';
}

function* jsonPieces(
  value: unknown,
  depth: number,
  whole?: Map<object, Uint8Array | undefined>,
): Generator<string | Uint8Array> {
  if (whole && value !== null && typeof value === 'object' && whole.has(value)) {
    const known = whole.get(value);
    if (known) yield known;
    else {
      // Not kept in `whole`: a cold story's 24 MB of articles would stay in memory until written.
      const text = JSON.stringify(value, null, 1) ?? 'null';
      yield Buffer.from(depth === 0 ? text : text.replaceAll('\n', `\n${' '.repeat(depth)}`), 'utf8');
    }
    return;
  }
  const plain =
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function' &&
    (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype);
  if (!plain || depth >= CHUNK_DEPTH) {
    // JSON.stringify indents a value `depth` levels down by one space per level, after each line break
    // (strings never hold a raw one).
    const text = JSON.stringify(value, null, 1) ?? 'null';
    yield depth === 0 ? text : text.replaceAll('\n', `\n${' '.repeat(depth)}`);
    return;
  }
  const inner = ' '.repeat(depth + 1);
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? `[\n${inner}` : `,\n${inner}`;
      const item: unknown = value[i];
      // Like JSON.stringify: what JSON cannot hold (undefined, functions) is null in an array.
      if (isJsonable(item)) yield* jsonPieces(item, depth + 1, whole);
      else yield 'null';
    }
    yield `\n${' '.repeat(depth)}]`;
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    // Like JSON.stringify: keys whose value JSON cannot hold are left out of an object.
    if (!isJsonable(item)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonPieces(item, depth + 1, whole);
  }
  yield first ? '{}' : `\n${' '.repeat(depth)}}`;
}

const isJsonable = (value: unknown): boolean =>
  value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
