/**
 * quotes/document-voice: a tag subject that is a paper, not a person -> the document as speaker
 * ("the indictment says", "according to the contract", "court papers"); split from quotes/speakers.
 *
 * In: the subject phrase as written. Out: a `document` Speaker, or null.
 */
import type { Speaker } from '../people/resolve.ts';
import { SPEAKING_DOCUMENTS } from '../../../lib/lexicon/speaking-documents.ts';

/** Papers that "say" things in news copy. */
export const DOCUMENTS = new Set(SPEAKING_DOCUMENTS.split(/\s+/u).filter(Boolean));

/** "the indictment", "the Mueller report", "court papers". */
export function documentVoice(np: string): Speaker | null {
  const words = np.split(/\s+/u);
  const head = words[words.length - 1]!.toLowerCase();
  if (!DOCUMENTS.has(head)) return null;
  if (words.length > 4 || (!/^the$/iu.test(words[0]!) && words.length > 1 && head !== 'papers')) return null;
  const name = /^the\s/iu.test(np) ? np.replace(/^The\s/u, 'the ') : `the ${np}`;
  return { name, person: null, kind: 'document' };
}
