/**
 * The group h pages of the furniture benchmark (bench/accuracy/pages/group-h/) are built right: the
 * article's body paragraphs are there verbatim and in order in both forms, the headline is there on
 * a line of its own, the outlet is named exactly where the page says it is (and nowhere else in the
 * furniture), every layout has pages naming it and pages not, each layout carries its own furniture,
 * and the set is new (layout names and wording not from groups a–g).
 * Structure only: this test never runs the normalizers (group h was the unseen set; a tune set
 * from 2026-11-29 13:20 UTC, helper outleth; group i is the unseen one now).
 */
import { describe, expect, it } from 'vitest';
import { buildGroupHPage, GROUP_H_LAYOUTS } from '../../bench/accuracy/pages/group-h/layouts.ts';
import * as hWords from '../../bench/accuracy/pages/group-h/vocabulary.ts';
import { writtenBefore } from './layout-groups.ts';
import { describeBlindGroup, escapeHtml } from './blind-group-checks.ts';

const dressed = describeBlindGroup({
  name: 'h',
  build: buildGroupHPage,
  layouts: GROUP_H_LAYOUTS,
  words: hWords,
  ...writtenBefore('h'),
});

describe('layout group h pages: their own furniture', () => {
  it('gives each layout its own furniture', () => {
    const marks: Record<(typeof GROUP_H_LAYOUTS)[number], RegExp> = {
      'chain-regional': /^More from our newsrooms$/mu,
      'student-newspaper': /^The independent student newspaper of .+ since \d{4}$/mu,
      'subscriber-wall': /^(Subscribe to keep reading|This article is for subscribers|Continue reading)\n/mu,
      'mobile-web-view': /^Home\nFor you\nSearch\nSaved\nAccount$/mu,
      'trade-publication': /^Copyright © \d{4} .+\. All rights reserved\.$/mu,
      'ngo-newsroom': /^Home › Newsroom › /mu,
      'sports-site': /^(FINAL|Q3|HT|TOP 7th) /mu,
      'section-masthead': /^(From the December issue|Web exclusive|From our winter print edition)$/mu,
    };
    for (const d of dressed)
      expect(d.page.pasted, `${d.article.ID} [${d.page.layout}]`).toMatch(marks[d.page.layout]);
    const pages = (layout: string) => dressed.filter((x) => x.page.layout === layout);
    // Saved pages carry varied head metadata: JSON-LD, og:site_name naming someone else, <title> shapes.
    const html = dressed.map((d) => d.page.html).join('\n');
    expect(html).toMatch(/<script type="application\/ld\+json">\{"@context"/u);
    expect(html).toMatch(/<meta name="author" content="/u);
    expect(html).toMatch(/role="dialog"/u);
    const elsewhere = dressed.filter((d) => {
      const og = /og:site_name" content="([^"]+)"/u.exec(d.page.html)?.[1];
      return og !== undefined && og !== escapeHtml(d.outlet);
    });
    expect(elsewhere.length).toBeGreaterThan(10);
    // The wall sits between body paragraphs, and the body goes on after it.
    for (const d of pages('subscriber-wall').filter((x) => x.paragraphs.length > 4)) {
      const wall = d.page.pasted.search(
        /^(Subscribe to keep reading|This article is for subscribers|Continue reading)$/mu,
      );
      expect(d.page.pasted.indexOf(d.paragraphs.at(-1)!), d.article.ID).toBeGreaterThan(wall);
    }
    // A reposted story's agency is never recorded as naming the outlet.
    for (const d of pages('ngo-newsroom'))
      expect(d.page.htmlOutletAt.filter((w) => w === 'og:site_name')).toEqual([]);
  });
});
