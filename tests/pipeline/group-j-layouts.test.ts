/**
 * The group j pages of the furniture benchmark (bench/accuracy/pages/group-j/) are built right: the
 * shared checks of the blind groups (blind-group-checks.ts: body verbatim and in order, headline on
 * its own line, the outlet named exactly where the page says, a new set) plus each layout's own
 * furniture, the age banner's count of years, the next story kept after the body, and the vendors,
 * accounts and partner newsrooms that are not the outlet. Structure only: this test never runs the
 * normalizers (group j is the unseen set).
 */
import { describe, expect, it } from 'vitest';
import { buildGroupJPage, GROUP_J_LAYOUTS } from '../../bench/accuracy/pages/group-j/layouts.ts';
import * as jWords from '../../bench/accuracy/pages/group-j/vocabulary.ts';
import { writtenBefore } from './layout-groups.ts';
import { describeBlindGroup } from './blind-group-checks.ts';

const dressed = describeBlindGroup({
  name: 'j',
  build: buildGroupJPage,
  layouts: GROUP_J_LAYOUTS,
  words: jWords,
  ...writtenBefore('j'),
});

describe('layout group j pages: their own furniture', () => {
  const pages = (layout: string) => dressed.filter((x) => x.page.layout === layout);
  const lastBody = (d: (typeof dressed)[number]) =>
    d.page.pasted.lastIndexOf(`\n\n${d.paragraphs[d.paragraphs.length - 1]}\n\n`);

  it('gives each layout its own furniture', () => {
    const marks: Record<(typeof GROUP_J_LAYOUTS)[number], RegExp> = {
      'listen-audio-player':
        /^(Listen to this story|Hear this article read aloud|Audio version) · \d+ min$/mu,
      'ai-summary-box': /^Did this summary help you\?\nThumbs up\nThumbs down$/mu,
      'data-graphics': /^Sources?: .+\n(Graphic|Chart): /mu,
      'social-embeds': /^— .+ \(@\w+\) \w+ \d+, \d{4}\nView on (X|Bluesky|Threads|Instagram)$/mu,
      'archive-age-banner': /^This article is more than \d+ years old$/mu,
      'correction-appended': /^(Correction|Clarification): /mu,
      'gift-article': /^Give this article\nSave for later\nShare$/mu,
      'infinite-scroll-next': /^From our partners\n/mu,
    };
    for (const d of dressed)
      expect(d.page.pasted, `${d.article.ID} [${d.page.layout}]`).toMatch(marks[d.page.layout]);
  });

  it('counts the banner’s years from the story’s date', () => {
    for (const d of pages('archive-age-banner')) {
      const years = Number(/more than (\d+) years old/u.exec(d.page.pasted)?.[1]);
      expect(years, d.article.ID).toBe(Math.max(1, 2026 - Number(d.article.date.slice(0, 4)) - 1));
    }
  });

  it('puts the correction and the next story after the last body paragraph, as paragraphs', () => {
    for (const d of pages('correction-appended'))
      expect(d.page.pasted.search(/\n\n(Correction|Clarification): .+\n\n/u), d.article.ID).toBeGreaterThan(
        lastBody(d),
      );
    const scrolls = pages('infinite-scroll-next');
    expect(scrolls.length).toBeGreaterThan(5);
    for (const d of scrolls) {
      const next = jWords.NEXT_HEADLINES.map((h) => d.page.pasted.indexOf(`\n\n${h}\n\n`)).find(
        (i) => i >= 0,
      );
      expect(next, d.article.ID).toBeGreaterThan(lastBody(d));
    }
  });

  it('names someone else nearby: vendors, tools, accounts and partners are never recorded as the outlet', () => {
    const others = [
      ...jWords.VOICE_VENDORS,
      ...jWords.CHART_TOOLS,
      ...jWords.PARTNER_NEWSROOMS,
      ...jWords.SOCIAL_ACCOUNTS.map(([name]) => name),
    ];
    const near = dressed.filter((d) => others.some((o) => d.page.pasted.includes(o)));
    expect(near.length).toBeGreaterThan(20);
    // Social embeds name the outlet only when the embedded account is the outlet's own.
    for (const d of pages('social-embeds'))
      if (d.page.pastedOutletAt.includes('social embed'))
        expect(d.page.pasted, d.article.ID).toContain(`— ${d.outlet} (@`);
    // Every layout has pages that name the outlet only in an unusual place (not masthead, byline,
    // copyright), and the group as a whole has some.
    const usual = new Set(['masthead', 'byline', 'copyright']);
    const unusual = dressed.filter(
      (d) => d.page.pastedOutletAt.length > 0 && d.page.pastedOutletAt.every((w) => !usual.has(w)),
    );
    expect(unusual.length).toBeGreaterThan(10);
  });
});
