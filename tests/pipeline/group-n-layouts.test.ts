/**
 * The group n pages of the furniture benchmark (bench/accuracy/pages/group-n/) are built right: the
 * shared checks of the blind groups (blind-group-checks.ts: body verbatim and in order, headline on
 * its own line, the outlet named exactly where the page says, a new set) plus each layout's own
 * furniture where it belongs (the ticker over the headline and the developing note after the story,
 * the page breaks numbered in order between paragraphs, the call-out form and the document viewer
 * once, the disclosure, sources and neighbours' feed after the story), the hosts, universities,
 * markets and towns that are not the outlet, and how many pages name the outlet today. The last
 * block runs the normalizers on group n and holds the totals of its one blind measurement (2026-11-29,
 * BENCHMARKS.md "Layout group n") as floors (group n was the unseen set when measured; a tune set
 * since 00:35 UTC on 2026-11-30, so tuning may raise them; group o is the unseen set now), raised where
 * a round improved them (BENCHMARKS.md "Body furniture, round on group n").
 */
import { describe, expect, it } from 'vitest';
import { keepsMeasuredFloors, type MeasuredFloor } from './measured-floors.ts';
import { buildGroupNPage, GROUP_N_LAYOUTS } from '../../bench/accuracy/pages/group-n/layouts.ts';
import * as nWords from '../../bench/accuracy/pages/group-n/vocabulary.ts';
import { writtenBefore } from './layout-groups.ts';
import { describeBlindGroup } from './blind-group-checks.ts';

const dressed = describeBlindGroup({
  name: 'n',
  build: buildGroupNPage,
  layouts: GROUP_N_LAYOUTS,
  words: nWords,
  ...writtenBefore('n'),
});

describe('layout group n pages: their own furniture', () => {
  const pages = (layout: string) => dressed.filter((x) => x.page.layout === layout);
  // (Some corpus texts start by repeating the headline: the first other paragraph starts the body.)
  const firstBody = (d: (typeof dressed)[number]) => {
    const first = d.paragraphs.find((p) => p.toLowerCase() !== d.headline.toLowerCase()) ?? '';
    return d.page.pasted.indexOf(`\n\n${first}\n\n`);
  };
  const lastBody = (d: (typeof dressed)[number]) =>
    d.page.pasted.lastIndexOf(`\n\n${d.paragraphs.at(-1)}\n\n`);
  const long = (d: (typeof dressed)[number]) => d.paragraphs.length > 4;

  it('gives each layout its own furniture', () => {
    const marks: Record<(typeof GROUP_N_LAYOUTS)[number], RegExp> = {
      'breaking-ticker-bar': /^(BREAKING|JUST IN|DEVELOPING|LATEST) · .+\n\1 · .+$/mu,
      'paginated-page-breaks': /^Page 1 of [2-5]$/mu,
      'reader-callout-form': /^Your name \(or a nickname\)\nWhere are you based\?\nTell us your story$/mu,
      'document-viewer-embed': /^Page 1 of \d+\nZoom in\nZoom out\nFull screen\nDownload original$/mu,
      'academic-disclosure':
        /^(Disclosure statement|Conflicts of interest)\n.+ (does not work for|has received)/mu,
      'medical-review-credit':
        /^Written by .+\nMedically reviewed by Dr\. .+\nUpdated on \w+ \d+, \d{4}\n.+ ✓$/mu,
      'prediction-market-embed': /^.+\?\nYes \d+¢\nNo \d+¢\n\$[\d.]+M traded\nTrade on this market$/mu,
      'hyperlocal-neighbor-feed': /^\p{L}+ [\p{L}.]+ · [\p{L} ]+\n.+\nThank · Reply · Share$/mu,
    };
    for (const d of dressed)
      expect(d.page.pasted, `${d.article.ID} [${d.page.layout}]`).toMatch(marks[d.page.layout]);
  });

  it('puts the ticker before the headline and the developing-story note after the story', () => {
    const ticker = pages('breaking-ticker-bar');
    expect(ticker.length).toBeGreaterThan(5);
    for (const d of ticker) {
      const at = d.page.pasted.search(/^(BREAKING|JUST IN|DEVELOPING|LATEST) · /mu);
      expect(at, d.article.ID).toBeLessThan(d.page.pasted.indexOf(`${d.headline}\n`));
      const note = nWords.DEVELOPING.find((n) => d.page.pasted.includes(`\n\n${n}\n\n`));
      expect(note, d.article.ID).toBeDefined();
      expect(d.page.pasted.indexOf(note ?? ''), d.article.ID).toBeGreaterThan(lastBody(d));
      if (d.page.pastedOutletAt.includes('call sign'))
        expect(d.page.pasted, d.article.ID).toMatch(new RegExp(`^[KW][A-Z]{3} \\d+ · `, 'mu'));
    }
  });

  it('numbers the page breaks in order, between paragraphs, never past the last page', () => {
    for (const d of pages('paginated-page-breaks')) {
      const marks = [...d.page.pasted.matchAll(/^Page (\d) of (\d)$/gmu)];
      const total = Number(marks[0]?.[2]);
      expect(
        marks.map((m) => Number(m[1])),
        d.article.ID,
      ).toEqual(marks.map((_, i) => i + 1));
      expect(marks.length, d.article.ID).toBeLessThanOrEqual(total);
      if (long(d)) expect(marks.length, d.article.ID).toBeGreaterThan(1);
      for (const m of marks.slice(1)) {
        expect(m.index, d.article.ID).toBeGreaterThan(firstBody(d));
        expect(m.index, d.article.ID).toBeLessThan(lastBody(d));
      }
      expect(d.page.pasted.search(/^(View the whole story|Show this article as)/mu)).toBeGreaterThan(
        lastBody(d),
      );
    }
  });

  it('shows the call-out form and the document viewer once each, inside the story', () => {
    for (const d of pages('reader-callout-form')) {
      expect(d.page.pasted.split('\nTell us your story\n').length - 1, d.article.ID).toBe(1);
      expect(d.page.pasted.indexOf('Tell us your story'), d.article.ID).toBeGreaterThan(firstBody(d));
    }
    for (const d of pages('document-viewer-embed')) {
      const at = [...d.page.pasted.matchAll(/^Download original$/gmu)];
      expect(at, d.article.ID).toHaveLength(1);
      expect(at[0]?.index, d.article.ID).toBeGreaterThan(firstBody(d));
      if (long(d)) expect(at[0]?.index, d.article.ID).toBeLessThan(lastBody(d));
    }
    for (const d of pages('prediction-market-embed').filter(long)) {
      const at = d.page.pasted.search(/^Trade on this market$/mu);
      expect(at, d.article.ID).toBeGreaterThan(firstBody(d));
      expect(at, d.article.ID).toBeLessThan(lastBody(d));
    }
  });

  it('keeps the credits above the story and the disclosure, sources and feed after it', () => {
    for (const d of pages('academic-disclosure')) {
      const post = d.page.pasted.search(new RegExp(`, (${nWords.UNIVERSITIES.join('|')})$`, 'mu'));
      expect(post, d.article.ID).toBeGreaterThan(-1);
      expect(post, d.article.ID).toBeLessThan(firstBody(d));
      expect(d.page.pasted.search(/^(Disclosure statement|Conflicts of interest)$/mu)).toBeGreaterThan(
        lastBody(d),
      );
    }
    for (const d of pages('medical-review-credit')) {
      expect(d.page.pasted.search(/^Medically reviewed by /mu), d.article.ID).toBeLessThan(firstBody(d));
      expect(d.page.pasted.search(/^(Sources|References used for this article)$/mu)).toBeGreaterThan(
        lastBody(d),
      );
    }
    for (const d of pages('hyperlocal-neighbor-feed')) {
      const town = nWords.TOWNS.find((t) => d.page.pasted.startsWith(`${t}, `));
      expect(town, d.article.ID).toBeDefined();
      expect(d.page.pasted.search(/^Thank · Reply · Share$/mu), d.article.ID).toBeGreaterThan(lastBody(d));
    }
  });

  it('names someone else nearby: hosts, universities, reviewers, markets and towns are never the outlet', () => {
    const others = [
      ...nWords.DOC_HOSTS,
      ...nWords.UNIVERSITIES,
      ...nWords.REVIEWERS,
      ...nWords.MARKET_VENDORS,
      ...nWords.TOWNS,
      ...nWords.CALL_SIGNS,
      ...nWords.NETWORKS,
    ];
    const near = dressed.filter((d) => others.some((o) => d.page.pasted.includes(o)));
    expect(near.length).toBeGreaterThan(40);
    for (const d of near)
      for (const o of others) if (d.page.pasted.includes(o)) expect(o, d.article.ID).not.toBe(d.outlet);
  });

  it('names the outlet as often, and in as many unusual places, as measured on 2026-11-29', () => {
    // Today's totals (not a target): a change to a layout or to the gold shows here first.
    expect(dressed.length).toBe(TOTALS.pages);
    expect(dressed.filter((d) => d.page.pastedNamesOutlet).length).toBe(TOTALS.pastedNamed);
    expect(dressed.filter((d) => d.page.htmlNamesOutlet).length).toBe(TOTALS.htmlNamed);
    // Pages naming the outlet only in an unusual place (not masthead, byline or copyright).
    const usual = new Set(['masthead', 'byline', 'copyright']);
    const unusual = dressed.filter(
      (d) => d.page.pastedOutletAt.length > 0 && d.page.pastedOutletAt.every((w) => !usual.has(w)),
    );
    expect(unusual.length).toBe(TOTALS.unusual);
    // Pages naming it only by a staff byline ("By X Staff", "X Staff Report", "From staff reports | X").
    expect(dressed.filter((d) => d.page.pastedOutletAt.join() === 'staff byline').length).toBe(
      TOTALS.staffOnly,
    );
    // And pages naming it only in the HTML head or the logo's alt text, never in the copied text.
    expect(dressed.filter((d) => d.page.htmlNamesOutlet && !d.page.pastedNamesOutlet).length).toBe(
      TOTALS.htmlOnly,
    );
  });
});

describe('layout group n through the normalizers (totals of its one blind measurement, as floors)', () => {
  // `nice -n 10 npm run bench:accuracy -- --only furniture` at 21:49 UTC on 2026-11-29, the pages
  // committed first (88941fb), the rules of main at d446373 untouched; body precision raised to the
  // body round on group n (branch bodyn). Floors, not targets: a rule may raise them, none may lower
  // them (only the totals are compared here).
  keepsMeasuredFloors(MEASURED);
});

const P = 'pasted-heldout-layouts-n';
const H = 'html-heldout-layouts-n';
/** Group n's one measurement: pages, headline, pages naming the outlet, outlet right, wrong, body. */
const MEASURED: MeasuredFloor[] = [
  {
    split: 'tune',
    form: P,
    pages: 62,
    // Blind: headline 61/62, outlet 25/49 with 6 wrong (5 by the time group n became a tune set);
    // raised by the outlet round on group n (branch outletn, BENCHMARKS.md "Outlets and headlines
    // on group n").
    headline: 1,
    named: 49,
    outlet: 46 / 49,
    wrong: 0,
    // Measured blind on 1230 paragraphs at 0.899 / 0.972; re-measured, same normalizer, when the six
    // tune events without articles gold got theirs (branch bodyr): their captions, ads and credits
    // had counted as body, and the furniture they still keep now counts against precision.
    paragraphs: 1191,
    // 0.895 before the body round on group n (branch bodyn).
    precision: 0.997,
    recall: 0.998,
  },
  {
    split: 'tune',
    form: H,
    pages: 62,
    headline: 1,
    named: 60,
    outlet: 1,
    wrong: 0,
    // 1230 paragraphs, 0.920 / 0.976 before the same gold change; 0.912 before the body round on n.
    paragraphs: 1191,
    precision: 0.997,
    recall: 0.999,
  },
  {
    split: 'heldout',
    form: P,
    pages: 33,
    // 29/33 when written blind; 30/33 since headlines round 4 (fitted on groups a–m only, its
    // misses never printed); 33/33 and the outlet 19/29 with 4 wrong -> 27/29 with none since the
    // outlet round on group n (tuned on its tune pages; held-out read as totals only).
    headline: 1,
    named: 29,
    outlet: 27 / 29,
    wrong: 0,
    paragraphs: 603,
    // 0.884 blind, before the body round on group n.
    precision: 0.989,
    recall: 0.998,
  },
  {
    split: 'heldout',
    form: H,
    pages: 33,
    headline: 1,
    named: 33,
    outlet: 1,
    wrong: 0,
    paragraphs: 603,
    // 0.892 blind, before the body round on group n.
    precision: 0.992,
    recall: 1,
  },
  {
    split: 'unseen',
    form: P,
    pages: 25,
    headline: 1,
    named: 21,
    outlet: 18 / 21,
    wrong: 0,
    paragraphs: 595,
    // 0.905 blind, before the body round on group n.
    precision: 0.98,
    recall: 0.99,
  },
  {
    split: 'unseen',
    form: H,
    pages: 25,
    headline: 1,
    named: 24,
    outlet: 1,
    wrong: 0,
    paragraphs: 595,
    // 0.932 blind, before the body round on group n.
    precision: 0.983,
    recall: 0.992,
  },
];

const TOTALS = { pages: 120, pastedNamed: 99, htmlNamed: 117, unusual: 34, staffOnly: 4, htmlOnly: 18 };
