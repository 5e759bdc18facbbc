/** "Arms delivery failures, 'dented' trust!" -> "arms-delivery-failures-dented-trust" (any script). */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      // Back to composed form: NFKD leaves Hangul as conjoining jamo, and a file or URL named in
      // decomposed form is not the page Astro writes (it composes), so the link 404s.
      .normalize('NFC')
      .toLowerCase()
      .replace(/['’`]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
  );
}

/**
 * What a hand-set slug (a story's, an article's id) must look like: lower-case letters and digits
 * in words joined by single hyphens, so it is a URL segment and a file name on every system as is.
 */
export const KEBAB_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
