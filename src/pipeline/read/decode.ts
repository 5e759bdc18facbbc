/**
 * read/decode: the bytes of one source file -> UTF-8 text with \n line endings, or a reason why the
 * file cannot be an article (binary, empty). Pure: no file system access.
 *
 * Order matters: a UTF-16 file is full of NUL bytes, so its byte-order mark is looked at before the
 * binary check; invalid UTF-8 is not fatal (pasted text from old Windows tools is often
 * Windows-1252), it is decoded as Windows-1252 with a warning.
 */
import { gunzipSync } from 'node:zlib';

export type Decoded =
  { ok: true; text: string; warnings: string[] } | { ok: false; reason: string; line?: number };

const GZIP_MAGIC = [0x1f, 0x8b];
/** Decompressed pages larger than this are refused rather than risking memory. */
export const MAX_DECODED_BYTES = 64 * 1024 * 1024;

/**
 * A source file's bytes -> its text (gunzipped, BOM or Windows-1252 read, \n line ends), or why it
 * is not an article.
 */
export function decodeSource(bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  if (bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1]) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_DECODED_BYTES });
    } catch {
      return { ok: false, reason: 'is not a readable gzip file (corrupt or over 64 MB unpacked)' };
    }
  }
  if (bytes.length === 0) return { ok: false, reason: 'is empty' };

  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    if (looksBinary(bytes)) {
      return { ok: false, reason: 'is a binary file, not text or HTML' };
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      const offset = firstInvalidUtf8Offset(bytes);
      const line = lineOfOffset(bytes, offset);
      warnings.push(`line ${line}: not valid UTF-8 (byte ${offset}); read as Windows-1252`);
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Most files have no carriage return: looking costs a fraction of a replace that finds none.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, reason: 'has no text (only white space)' };
  return { ok: true, text, warnings };
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0e-\x1f]/;

/** NUL bytes or many control characters in the first 8 KiB: not something a person pasted. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  // Most samples hold no control character at all, which one native scan says (the loop below
  // took ~22 ms CPU over a 1,000-source story).
  if (!CONTROL.test(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength).toString('latin1')))
    return false;
  let control = 0;
  // An indexed loop: for…of over the bytes took ~53 ms CPU for a 1,000-source story, this ~22 ms.
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]!;
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > sample.length * 0.1;
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >> 5 === 6 ? 2 : byte >> 4 === 14 ? 3 : byte >> 3 === 30 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length || bytes[i + k]! >> 6 !== 2) return i;
    }
    i += length;
  }
  return i;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
