/**
 * The group i pages of the furniture benchmark (bench/accuracy/pages/group-i/) are built right: the
 * shared checks of the blind groups (blind-group-checks.ts: body verbatim and in order, headline on
 * its own line, the outlet named exactly where the page says, a new set) plus each layout's own
 * furniture, the republish widget's snippet and the parents, networks and platforms that are not the
 * outlet. Structure only: this test never runs the normalizers (group i was the unseen set until
 * 2026-11-29 14:00 UTC; its normalizer numbers are in BENCHMARKS.md).
 */
import { describe, expect, it } from 'vitest';
import { buildGroupIPage, GROUP_I_LAYOUTS } from '../../bench/accuracy/pages/group-i/layouts.ts';
import * as iWords from '../../bench/accuracy/pages/group-i/vocabulary.ts';
import { writtenBefore } from './layout-groups.ts';
import { describeBlindGroup, escapeHtml } from './blind-group-checks.ts';

const dressed = describeBlindGroup({
  name: 'i',
  build: buildGroupIPage,
  layouts: GROUP_I_LAYOUTS,
  words: iWords,
  ...writtenBefore('i'),
});

describe('layout group i pages: their own furniture', () => {
  const pages = (layout: string) => dressed.filter((x) => x.page.layout === layout);

  it('gives each layout its own furniture', () => {
    const marks: Record<(typeof GROUP_I_LAYOUTS)[number], RegExp> = {
      'agency-wire-site': /^Reporting by .+; Editing by .+ and .+$/mu,
      'tv-video-transcript': /^Show transcript\n\[00:00\] /mu,
      'explainer-qa': /^Was this explainer helpful\?$/mu,
      'nonprofit-republish': /^Republish this story\n/mu,
      'weekly-community': /^Vol\. \d+, No\. \d+ · Week of /mu,
      'app-share-link': /^Powered by (Pocketwire|Localyst|Townsquare Reader)$/mu,
      'photo-gallery-article': /^1 of \d+$/mu,
      'investigative-series': /^Part \d of \d$/mu,
    };
    for (const d of dressed)
      expect(d.page.pasted, `${d.article.ID} [${d.page.layout}]`).toMatch(marks[d.page.layout]);
  });

  it('puts the explainer’s question headings between body paragraphs', () => {
    for (const d of pages('explainer-qa')) {
      const first = d.page.pasted.indexOf('\n\nWhat we know so far\n\n');
      expect(first, d.article.ID).toBeGreaterThan(0);
      if (d.paragraphs.length > 4)
        expect(d.page.pasted.indexOf('\n\nWhat we still don’t know\n\n'), d.article.ID).toBeGreaterThan(
          d.page.pasted.indexOf(`\n\n${d.paragraphs[0]}\n\n`),
        );
    }
  });

  it('keeps the republish snippet out of the pasted text and records when it names the outlet', () => {
    const all = pages('nonprofit-republish');
    expect(all.length).toBeGreaterThan(5);
    for (const d of all) {
      expect(d.page.html).toMatch(/<textarea readonly>&lt;h1&gt;/u);
      expect(d.page.pasted).not.toContain('pixel.png');
      const names = d.page.html.includes(
        `first appeared on &lt;a href=&quot;/&quot;&gt;${escapeHtml(escapeHtml(d.outlet))}`,
      );
      if (names) expect(d.page.htmlOutletAt, d.article.ID).toContain('republish snippet');
    }
    expect(all.some((d) => d.page.htmlOutletAt.includes('republish snippet'))).toBe(true);
  });

  it('names someone else nearby: parents, networks and platforms are never recorded as the outlet', () => {
    const others = [...iWords.AGENCY_PARENTS, ...iWords.TV_NETWORKS, ...iWords.SHARE_PLATFORMS];
    const elsewhere = dressed.filter((d) => {
      const og = /og:site_name" content="([^"]+)"/u.exec(d.page.html)?.[1];
      return og !== undefined && others.includes(og);
    });
    expect(elsewhere.length).toBeGreaterThan(5);
    for (const d of elsewhere) expect(d.page.htmlOutletAt, d.article.ID).not.toContain('og:site_name');
    // The share page never names the outlet in its own words except "From X" or a logo's alt.
    for (const d of pages('app-share-link'))
      expect(
        d.page.pastedOutletAt.filter((w) => w !== 'share source' && w !== 'byline'),
        d.article.ID,
      ).toEqual([]);
  });
});
