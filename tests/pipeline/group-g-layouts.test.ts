/**
 * The group g pages of the furniture benchmark (bench/accuracy/pages/group-g/) are built right: the
 * article's body paragraphs are there verbatim and in order in both forms, the headline is there on
 * a line of its own, the outlet is named exactly where the page says it is (and nowhere else in the
 * furniture), every layout has pages naming it and pages not, each layout carries its own furniture,
 * and the set is new (layout names and wording not from groups a–f).
 * Structure only: this test never runs the normalizers (group g is the unseen set).
 */
import { describe, expect, it } from 'vitest';
import { buildGroupGPage, GROUP_G_LAYOUTS } from '../../bench/accuracy/pages/group-g/layouts.ts';
import * as gWords from '../../bench/accuracy/pages/group-g/vocabulary.ts';
import { writtenBefore } from './layout-groups.ts';
import { describeBlindGroup } from './blind-group-checks.ts';

const dressed = describeBlindGroup({
  name: 'g',
  build: buildGroupGPage,
  layouts: GROUP_G_LAYOUTS,
  words: gWords,
  ...writtenBefore('g'),
});

describe('layout group g pages: their own furniture', () => {
  it('gives each layout its own furniture', () => {
    const marks: Record<(typeof GROUP_G_LAYOUTS)[number], RegExp> = {
      'podcast-transcript': /^▶ Listen · \d+:\d\d\n−15s\n/mu,
      'print-to-pdf': /^https?:\/\/\S+\n\d+\/\d+$/mu,
      'court-exhibit':
        /^Case \d:\d\d-cv-\d{5}-[A-Z]+ {3}Document \d+-\d {3}Filed [\d/]+ {3}Page \d+ of \d+$/mu,
      'cms-preview': /^Revision history\nRev \d · /mu,
      'web-clipper-note': /^(Clipped from |Source URL: |Notebook: )/mu,
      'longform-pullquotes': /^A version of this article appears in the \w+ \d{4} print issue\.$/mu,
      'link-roundup': /^The main event:$/mu,
      'pro-network-post': /^Like\nComment\nRepost\nSend$/mu,
    };
    for (const d of dressed)
      expect(d.page.pasted, `${d.article.ID} [${d.page.layout}]`).toMatch(marks[d.page.layout]);
    const pages = (layout: string) => dressed.filter((x) => x.page.layout === layout);
    // Printed and filed documents repeat their page furniture at every page break.
    for (const d of pages('print-to-pdf')) {
      const feet = d.page.pasted.match(/^\d+\/\d+$/gmu) ?? [];
      expect(feet.length).toBeGreaterThanOrEqual(d.paragraphs.length > 4 ? 2 : 1);
    }
    for (const d of pages('court-exhibit')) {
      const stamps = d.page.pasted.match(/^Case \d:.+ Page \d+ of \d+$/gmu) ?? [];
      expect(stamps.length).toBeGreaterThanOrEqual(d.paragraphs.length > 4 ? 3 : 2);
    }
    // A long read's pull quote repeats a sentence of the body as a block of its own.
    const quoted = pages('longform-pullquotes').filter((d) =>
      d.page.pasted
        .split('\n\n')
        .some(
          (b) =>
            !d.paragraphs.includes(b) &&
            d.paragraphs.some((p) => b.length > 40 && p.includes(b.replace(/^“|”$/gu, ''))),
        ),
    );
    expect(quoted.length).toBeGreaterThan(0);
    // A round-up's post title is not the story's headline, and comes first.
    for (const d of pages('link-roundup'))
      expect(d.page.html).toMatch(/<h1 class="entry-title">(Links for|Weekend reading)/u);
  });
});
