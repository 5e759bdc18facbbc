/**
 * The group o pages of the furniture benchmark (bench/accuracy/pages/group-o/) are built right: the
 * shared checks of the blind groups (blind-group-checks.ts: body verbatim and in order, headline on
 * its own line, the outlet named exactly where the page says, a new set) plus each layout's own
 * furniture where it belongs (the scorebox over the headline and the standings after the story, the
 * live blog's title over the post and the share line repeating its heading, the date line right over
 * the headline and the first-published trailer after the story, the restrictions banner over the
 * headline and comments switched off after it, the breadcrumb right over the headline and the figures
 * box inside the story, the quiz after it, the credentials and people cards outside the body), the
 * clubs, courts, suppliers, signing authorities and people that are not the outlet, and how many
 * pages name the outlet today. The last block runs the normalizers on group o and holds the totals of
 * its one measurement (2026-11-30, BENCHMARKS.md "Layout group o") as floors: totals only, no page's
 * miss is ever printed (group o is the unseen set).
 */
import { describe, expect, it } from 'vitest';
import { keepsMeasuredFloors, type MeasuredFloor } from './measured-floors.ts';
import { buildGroupOPage, GROUP_O_LAYOUTS } from '../../bench/accuracy/pages/group-o/layouts.ts';
import * as oWords from '../../bench/accuracy/pages/group-o/vocabulary.ts';
import { writtenBefore } from './layout-groups.ts';
import { describeBlindGroup } from './blind-group-checks.ts';

const dressed = describeBlindGroup({
  name: 'o',
  build: buildGroupOPage,
  layouts: GROUP_O_LAYOUTS,
  words: oWords,
  ...writtenBefore('o'),
});

describe('layout group o pages: their own furniture', () => {
  type D = (typeof dressed)[number];
  const pages = (layout: string) => dressed.filter((x) => x.page.layout === layout);
  // (Some corpus texts start by repeating the headline: the first other paragraph starts the body.)
  const firstBody = (d: D) => {
    const first = d.paragraphs.find((p) => p.toLowerCase() !== d.headline.toLowerCase()) ?? '';
    return d.page.pasted.indexOf(`\n\n${first}\n\n`);
  };
  const lastBody = (d: D) => d.page.pasted.lastIndexOf(`\n\n${d.paragraphs.at(-1)}\n\n`);
  const headlineAt = (d: D) => d.page.pasted.indexOf(`\n\n${d.headline}\n\n`);
  /** The line right over the headline's block. */
  const lineOver = (d: D) => d.page.pasted.slice(0, headlineAt(d)).split('\n').at(-1) ?? '';
  const long = (d: D) => d.paragraphs.length > 4;
  /** Outside the body: over the first paragraph or after the last one. */
  const outside = (d: D, at: number) => at < firstBody(d) || at > lastBody(d);

  it('gives each layout its own furniture', () => {
    const marks: Record<(typeof GROUP_O_LAYOUTS)[number], RegExp> = {
      'match-scorebox': /^.+ \d – \d .+\n(Full time|FT|After extra time)$/mu,
      'live-post-permalink': /^LIVE\n.+\n.+\n(Key update|Pinned post|Summary|Analysis)$/mu,
      'first-published-trailer': /^This report (by .+ )?was first published \w+ \d+, \d{4}\.$/mu,
      'court-comments-closed': /^Crime & Courts · .+\n(Reporting restrictions apply|A court order limits)/mu,
      'numbers-box':
        /^(By the numbers|The story in figures|Key figures at a glance)\n.+ — .+\n.+ — .+\n.+ — .+\n.+$/mu,
      'news-quiz-box': /^1\. .+\?\nA\) .+ {3}B\) .+ {3}C\) .+\n2\. .+\?$/mu,
      'provenance-credentials':
        /^Signed by .+\nIssued by .+\nProduced with .+\nEdits since publication: \d$/mu,
      'people-profile-cards': /^(People in this story|Who’s who in this report)\n.+\n.+\n\+ Follow$/mu,
    };
    for (const d of dressed)
      expect(d.page.pasted, `${d.article.ID} [${d.page.layout}]`).toMatch(marks[d.page.layout]);
  });

  it('puts the scorebox over the headline, the match stats once and the standings after the story', () => {
    const match = pages('match-scorebox');
    expect(match.length).toBeGreaterThan(5);
    for (const d of match) {
      const score = d.page.pasted.search(/^(Full time|FT|After extra time)$/mu);
      expect(score, d.article.ID).toBeGreaterThan(-1);
      expect(score, d.article.ID).toBeLessThan(headlineAt(d));
      expect(d.page.pasted.split('\nMatch stats\n').length - 1, d.article.ID).toBe(1);
      expect(d.page.pasted.indexOf('\nMatch stats\n'), d.article.ID).toBeGreaterThan(firstBody(d));
      expect(d.page.pasted.indexOf('\nStandings\n'), d.article.ID).toBeGreaterThan(lastBody(d));
    }
  });

  it('shows the live blog over the post, a share line repeating the heading, the post links after it', () => {
    for (const d of pages('live-post-permalink')) {
      const live = oWords.LIVE_TITLES.find((t) => d.page.pasted.includes(`\nLIVE\n${t}\n`));
      expect(live, d.article.ID).toBeDefined();
      expect(d.page.pasted.indexOf(`\nLIVE\n`), d.article.ID).toBeLessThan(headlineAt(d));
      const share = d.page.pasted.indexOf(`Share this update: “${d.headline}”`);
      expect(share, d.article.ID).toBeGreaterThan(headlineAt(d));
      expect(share, d.article.ID).toBeLessThan(firstBody(d));
      expect(d.page.pasted.search(/^Next update: /mu), d.article.ID).toBeGreaterThan(lastBody(d));
    }
  });

  it('prints the date line right over the headline and the first-published trailer after the story', () => {
    for (const d of pages('first-published-trailer')) {
      expect(lineOver(d), d.article.ID).toMatch(/(\d{4}|\d[.:]\d\d|[ap]\.m\.)$/u);
      const trailer = d.page.pasted.search(/^This report (by .+ )?was first published /mu);
      expect(trailer, d.article.ID).toBeGreaterThan(lastBody(d));
      expect(d.page.pasted.search(/^— With a file from /mu), d.article.ID).toBeLessThan(trailer);
    }
  });

  it('puts the restrictions banner over the headline and switches comments off after the story', () => {
    for (const d of pages('court-comments-closed')) {
      const banner = oWords.RESTRICTIONS.find((r) => lineOver(d) === r);
      expect(banner, d.article.ID).toBeDefined();
      const off = Math.max(...oWords.COMMENTS_OFF.map((t) => d.page.pasted.indexOf(t)));
      expect(off, d.article.ID).toBeGreaterThan(lastBody(d));
    }
  });

  it('puts the breadcrumb right over the headline and the figures box inside the story, once', () => {
    for (const d of pages('numbers-box')) {
      expect(lineOver(d), d.article.ID).toMatch(/^Home » .+ » Analysis$/u);
      const heads = [
        ...d.page.pasted.matchAll(/^(By the numbers|The story in figures|Key figures at a glance)$/gmu),
      ];
      expect(heads, d.article.ID).toHaveLength(1);
      expect(heads[0]?.index, d.article.ID).toBeGreaterThan(firstBody(d));
      if (long(d)) expect(heads[0]?.index, d.article.ID).toBeLessThan(lastBody(d));
    }
  });

  it('repeats the headline in a share line under the byline and puts the quiz after the story', () => {
    for (const d of pages('news-quiz-box')) {
      expect(lineOver(d), d.article.ID).toMatch(/^[\p{Lu} &]+$/u);
      const share = d.page.pasted.indexOf(`Share: “${d.headline}”`);
      expect(share, d.article.ID).toBeGreaterThan(headlineAt(d));
      expect(share, d.article.ID).toBeLessThan(firstBody(d));
      expect(d.page.pasted.search(/^1\. .+\?$/mu), d.article.ID).toBeGreaterThan(lastBody(d));
    }
  });

  it('keeps the credentials box and the people cards outside the body, the byline over the headline', () => {
    const credentials = pages('provenance-credentials');
    for (const d of credentials) {
      expect(d.page.pasted.slice(0, headlineAt(d)), d.article.ID).toMatch(
        /(Posted: |Last updated: |\d{4}-\d\d-\d\d |\w{3} \d+ \w+ \d{4} · |\w+ \d+, \d{4} \/ )/u,
      );
      expect(outside(d, d.page.pasted.search(/^Signed by /mu)), d.article.ID).toBe(true);
    }
    // Both places occur.
    expect(new Set(credentials.map((d) => d.page.pasted.search(/^Signed by /mu) < firstBody(d)))).toEqual(
      new Set([true, false]),
    );
    const people = pages('people-profile-cards');
    for (const d of people)
      expect(outside(d, d.page.pasted.search(/^\+ Follow$/mu)), d.article.ID).toBe(true);
    expect(new Set(people.map((d) => d.page.pasted.search(/^\+ Follow$/mu) < firstBody(d)))).toEqual(
      new Set([true, false]),
    );
  });

  it('names someone else nearby: clubs, courts, suppliers, issuers and people are never the outlet', () => {
    const others = [
      ...oWords.CLUBS,
      ...oWords.GROUNDS,
      ...oWords.COURTS,
      ...oWords.CREDENTIAL_ISSUERS,
      ...oWords.CREDENTIAL_TOOLS,
      ...oWords.PEOPLE.map(([name]) => name),
      ...oWords.CHANNELS,
      'Statline',
      'Pitchfax',
    ];
    const near = dressed.filter((d) => others.some((o) => d.page.pasted.includes(o)));
    expect(near.length).toBeGreaterThan(40);
    for (const d of near)
      for (const o of others) if (d.page.pasted.includes(o)) expect(o, d.article.ID).not.toBe(d.outlet);
  });

  it('names the outlet as often, and in as many unusual places, as measured on 2026-11-30', () => {
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
    // Pages naming it only by a desk byline ("By A | X Staff Writer", "X Sports Desk").
    expect(dressed.filter((d) => d.page.pastedOutletAt.join() === 'desk byline').length).toBe(
      TOTALS.deskOnly,
    );
    // And pages naming it only in the HTML head or the logo's alt text, never in the copied text.
    expect(dressed.filter((d) => d.page.htmlNamesOutlet && !d.page.pastedNamesOutlet).length).toBe(
      TOTALS.htmlOnly,
    );
  });
});

describe('layout group o through the normalizers (totals of its one blind measurement, as floors)', () => {
  // `FURNITURE_FORMS='-o$' nice -n 10 npm run bench:accuracy -- --only furniture` at 00:34 UTC on
  // 2026-11-30, the pages committed first (ee83d25), the rules of main at 86549ce untouched. Floors, not
  // targets: a rule may raise them, none may lower them, and a page's miss is never printed here (only
  // the totals are compared).
  keepsMeasuredFloors(MEASURED);
});

const P = 'pasted-heldout-layouts-o';
const H = 'html-heldout-layouts-o';
/** Group o's one measurement: pages, headline, pages naming the outlet, outlet right, wrong, body. */
const MEASURED: MeasuredFloor[] = [
  {
    split: 'tune',
    form: P,
    pages: 62,
    headline: 60 / 62,
    named: 44,
    outlet: 25 / 44,
    wrong: 0,
    paragraphs: 1191,
    precision: 0.966,
    recall: 0.999,
  },
  {
    split: 'tune',
    form: H,
    pages: 62,
    headline: 1,
    named: 61,
    outlet: 59 / 61,
    wrong: 1,
    paragraphs: 1191,
    // 0.827 when measured blind; raised when saved pages' boxes were cut by structure (branch
    // bodyhtml merged with main at c1f20ea, tuned on groups a–n only; group o re-measured as
    // totals, its misses never read).
    precision: 0.97,
    recall: 0.999,
  },
  {
    split: 'heldout',
    form: P,
    pages: 33,
    headline: 1,
    named: 24,
    outlet: 14 / 24,
    wrong: 0,
    paragraphs: 603,
    precision: 0.96,
    recall: 0.998,
  },
  {
    split: 'heldout',
    form: H,
    pages: 33,
    headline: 1,
    named: 33,
    outlet: 31 / 33,
    wrong: 0,
    paragraphs: 603,
    // 0.790 when measured blind; raised when saved pages' boxes were cut by structure (branch
    // bodyhtml merged with main at c1f20ea, tuned on groups a–n only; group o re-measured as
    // totals, its misses never read).
    precision: 0.932,
    recall: 1,
  },
  {
    split: 'unseen',
    form: P,
    pages: 25,
    headline: 1,
    named: 18,
    outlet: 8 / 18,
    wrong: 0,
    paragraphs: 595,
    precision: 0.948,
    recall: 0.983,
  },
  {
    split: 'unseen',
    form: H,
    pages: 25,
    headline: 1,
    named: 25,
    outlet: 22 / 25,
    wrong: 0,
    paragraphs: 595,
    // 0.902 when measured blind; raised when saved pages' boxes were cut by structure (branch
    // bodyhtml merged with main at c1f20ea, tuned on groups a–n only; group o re-measured as
    // totals, its misses never read).
    precision: 0.985,
    recall: 0.992,
  },
];

const TOTALS = { pages: 120, pastedNamed: 86, htmlNamed: 119, unusual: 28, deskOnly: 7, htmlOnly: 33 };
