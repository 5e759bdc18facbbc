import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/pipeline/read/decode.ts';

const decoded = (bytes: Uint8Array) => {
  const result = decodeSource(bytes);
  return result.ok ? result.text : result.reason;
};

describe('decodeSource', () => {
  it('ends lines with \\n whatever the file used, and drops a byte-order mark', () => {
    expect(decoded(Buffer.from('one\r\ntwo\rthree\nfour'))).toBe('one\ntwo\nthree\nfour');
    expect(decoded(Buffer.from('\uFEFFHeadline\r\n\r\nBody'))).toBe('Headline\n\nBody');
    expect(decoded(Buffer.from('\uFEFFnothing to change'))).toBe('nothing to change');
  });

  it('tells binary from text by NUL bytes and the share of control characters in the first 8 KiB', () => {
    const text = 'A pasted page with a tab\tand a form feed\f, as text.\n'.repeat(40);
    expect(decoded(Buffer.from(text))).toBe(text);
    expect(decoded(Buffer.from(`Text${'\0'}text`))).toBe('is a binary file, not text or HTML');
    // A few stray control characters are text; more than one byte in ten is not.
    const some = Buffer.from('x'.repeat(95) + '\x01'.repeat(5));
    expect(decoded(some)).toBe('x'.repeat(95) + '\x01'.repeat(5));
    expect(decoded(Buffer.from('x'.repeat(85) + '\x1b'.repeat(15)))).toBe(
      'is a binary file, not text or HTML',
    );
    // Only the first 8 KiB are looked at.
    expect(decoded(Buffer.from('x'.repeat(8192) + '\x02'.repeat(2000)))).toBe(
      'x'.repeat(8192) + '\x02'.repeat(2000),
    );
  });
});
