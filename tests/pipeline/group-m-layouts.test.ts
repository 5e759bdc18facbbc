/**
 * The group m pages of the furniture benchmark (bench/accuracy/pages/group-m/) are built right: the
 * shared checks of the blind groups (blind-group-checks.ts: body verbatim and in order, headline on
 * its own line, the outlet named exactly where the page says, a new set) plus each layout's own
 * furniture where it belongs (the print note after the last paragraph, the consent placeholders
 * numbered between paragraphs, the content note before the story and the helpline box after it,
 * the masthead's date line in capitals), the platforms, helplines and vendors that are not the
 * outlet, and how many pages name the outlet today. The last block runs the normalizers on group m
 * and holds the totals of its one blind measurement (2026-11-29, BENCHMARKS.md "Layout group m") as
 * floors, raised where a later round improved them. Group m was the unseen set until 21:40 UTC that
 * day, when outlet round 4 (helper outletm, BENCHMARKS.md "Outlets on pasted pages, round 4")
 * started tuning on it: it is a tune set now and its misses are listed by the furniture section.
 */
import { describe, expect, it } from 'vitest';
import { keepsMeasuredFloors, type MeasuredFloor } from './measured-floors.ts';
import { buildGroupMPage, GROUP_M_LAYOUTS } from '../../bench/accuracy/pages/group-m/layouts.ts';
import * as mWords from '../../bench/accuracy/pages/group-m/vocabulary.ts';
import { writtenBefore } from './layout-groups.ts';
import { describeBlindGroup } from './blind-group-checks.ts';

const dressed = describeBlindGroup({
  name: 'm',
  build: buildGroupMPage,
  layouts: GROUP_M_LAYOUTS,
  words: mWords,
  ...writtenBefore('m'),
});

describe('layout group m pages: their own furniture', () => {
  const pages = (layout: string) => dressed.filter((x) => x.page.layout === layout);
  // (Some corpus texts start by repeating the headline: the first other paragraph starts the body.)
  const firstBody = (d: (typeof dressed)[number]) => {
    const first = d.paragraphs.find((p) => p.toLowerCase() !== d.headline.toLowerCase()) ?? '';
    return d.page.pasted.indexOf(`\n\n${first}\n\n`);
  };
  const lastBody = (d: (typeof dressed)[number]) =>
    d.page.pasted.lastIndexOf(`\n\n${d.paragraphs.at(-1)}\n\n`);

  it('gives each layout its own furniture', () => {
    const marks: Record<(typeof GROUP_M_LAYOUTS)[number], RegExp> = {
      'print-headline-note':
        /^(A version of this article appears in print on|This story ran in print on) .+, Page \d+ of the .+ edition with the headline: .+\.$/mu,
      'consent-gated-embed': /^Home \/ News \/ .+\n\n[\s\S]*^Skip \w+ post, 1\nAllow \w+ content\?$/mu,
      'crisis-support-box':
        /^(Need to talk\?|Where to get help|Support is available)\nCall or text the Harbor/mu,
      'ask-assistant-widget':
        /^Type a question about this story\nAsk\n[\s\S]*?^Powered by (Quillmind AI|Answerloom)$/mu,
      'puzzles-promo-rail':
        /^(SUN|MON|TUES|WEDNES|THURS|FRI|SATUR)DAY, [A-Z]+ \d+, \d{4}\nToday’s paper · \d+°F$/mu,
      'jobs-board-box': /^(Featured jobs near you|Local careers|Now hiring in your area)\n.+ — .+ · \w+$/mu,
      'reporter-contact-card': /^Email: [a-z]+@example\.com\nSignal: \+1 555 01\d\d\n\w+: @[a-z]+$/mu,
      'recirculation-grid': /^RECOMMENDED\n[A-Z]+\n.+\n\d+ hours ago$/mu,
    };
    for (const d of dressed)
      expect(d.page.pasted, `${d.article.ID} [${d.page.layout}]`).toMatch(marks[d.page.layout]);
  });

  it('prints the print-edition note once, after the last paragraph', () => {
    const notes = pages('print-headline-note');
    expect(notes.length).toBeGreaterThan(5);
    for (const d of notes) {
      const at = [...d.page.pasted.matchAll(/ with the headline: /gu)].map((m) => m.index ?? 0);
      expect(at, d.article.ID).toHaveLength(1);
      expect(at[0], d.article.ID).toBeGreaterThan(lastBody(d));
    }
  });

  it('numbers the consent placeholders in order, each closed, all between paragraphs', () => {
    for (const d of pages('consent-gated-embed')) {
      const skips = [...d.page.pasted.matchAll(/^Skip (\w+) post, (\d+)$/gmu)];
      const ends = [...d.page.pasted.matchAll(/^End of (\w+) post, (\d+)$/gmu)];
      if (d.paragraphs.length > 4) expect(skips.length, d.article.ID).toBeGreaterThan(0);
      expect(
        ends.map((m) => m[2]),
        d.article.ID,
      ).toEqual(skips.map((m) => m[2]));
      skips.forEach((m, i) => {
        expect(m[2], d.article.ID).toBe(String(i + 1));
        expect(mWords.PLATFORMS, d.article.ID).toContain(m[1]);
        expect(m.index, d.article.ID).toBeGreaterThan(firstBody(d));
        if (d.paragraphs.length > 4) expect(m.index, d.article.ID).toBeLessThan(lastBody(d));
      });
    }
  });

  it('puts the content note before the story and the helpline box after it', () => {
    for (const d of pages('crisis-support-box')) {
      const note = mWords.CONTENT_NOTES.find((n) => d.page.pasted.includes(`\n\n${n}\n\n`));
      expect(note, d.article.ID).toBeDefined();
      expect(d.page.pasted.indexOf(note ?? ''), d.article.ID).toBeLessThan(firstBody(d));
      const help = d.page.pasted.indexOf(mWords.SUPPORT_LINES[0]!);
      expect(help, d.article.ID).toBeGreaterThan(lastBody(d));
    }
  });

  it('dates the capitals masthead with the story’s own day, and keeps one games rail', () => {
    const days = mWords.WEEKDAYS.map((w) => w.toUpperCase());
    for (const d of pages('puzzles-promo-rail')) {
      const [y, m, day] = d.article.date.split('-').map(Number) as [number, number, number];
      const weekday = days[new Date(Date.UTC(y, m - 1, day)).getUTCDay()];
      expect(d.page.pasted, d.article.ID).toMatch(new RegExp(`^${weekday}, [A-Z]+ ${day}, ${y}$`, 'mu'));
      expect(d.page.pasted.split('\nPlay now\nSee all games\n').length - 1, d.article.ID).toBe(1);
      if (d.page.pastedOutletAt.includes('masthead'))
        expect(d.page.pasted.startsWith(`${d.outlet.toUpperCase()}\n`), d.article.ID).toBe(true);
    }
  });

  it('keeps the jobs box and the inline recommendation between paragraphs, the reporter card after', () => {
    for (const d of [...pages('jobs-board-box'), ...pages('recirculation-grid')]) {
      if (d.paragraphs.length <= 4) continue;
      const box = d.page.pasted.search(
        /^(Featured jobs near you|Local careers|Now hiring in your area|RECOMMENDED)$/mu,
      );
      expect(box, d.article.ID).toBeGreaterThan(firstBody(d));
      expect(box, d.article.ID).toBeLessThan(lastBody(d));
    }
    for (const d of pages('reporter-contact-card'))
      expect(d.page.pasted.search(/^Email: /mu), d.article.ID).toBeGreaterThan(lastBody(d));
  });

  it('names someone else nearby: platforms, helplines, vendors and employers are never the outlet', () => {
    const others = [
      ...mWords.PLATFORMS,
      ...mWords.SUPPORT_SERVICES,
      ...mWords.PUZZLE_VENDORS,
      ...mWords.JOB_VENDORS,
      ...mWords.REC_VENDORS,
      ...mWords.ASSISTANT_VENDORS,
      ...mWords.JOBS.map((j) => j.split(' — ')[1] ?? ''),
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
    // Pages naming it only by a "Follow X on …" line.
    expect(dressed.filter((d) => d.page.pastedOutletAt.join() === 'follow line').length).toBe(
      TOTALS.followOnly,
    );
    // And pages naming it only in the HTML head or the logo's alt text, never in the copied text.
    expect(dressed.filter((d) => d.page.htmlNamesOutlet && !d.page.pastedNamesOutlet).length).toBe(
      TOTALS.htmlOnly,
    );
  });
});

describe('layout group m through the normalizers (totals of its blind measurement, raised since, as floors)', () => {
  // `nice -n 10 npm run bench:accuracy -- --only furniture` at 19:14 UTC on 2026-11-29, the rules of
  // main at 6779572 untouched; the pasted and saved outlet floors raised by outlet round 4 (22:10 UTC:
  // a footer's own account line, footer notices with the year after them, mastheads over the whole
  // header), the body precision floors by the body round on g, i and m (group m a tune set since).
  // Floors, not targets: a rule may raise them, none may lower them.
  keepsMeasuredFloors(MEASURED);
});

const P = 'pasted-heldout-layouts-m';
const H = 'html-heldout-layouts-m';
/** Group m's one measurement: pages, headline, pages naming the outlet, outlet right, wrong, body. */
const MEASURED: MeasuredFloor[] = [
  {
    split: 'tune',
    form: P,
    pages: 62,
    // 60/62 when written blind; 62/62 since headlines round 4 (a content note over the story, story
    // highlights under the byline above a recommended box).
    headline: 62 / 62,
    named: 51,
    // 30/51 (2 wrong) when written blind.
    outlet: 47 / 51,
    wrong: 1,
    // 1230 paragraphs until the six tune events without articles gold got theirs (branch bodyr).
    paragraphs: 1191,
    // 0.835 when measured blind; raised by the body round on g, i and m (BENCHMARKS.md) to 0.994
    // (R 0.966) on the old gold; 0.992 / 0.997 on the new (same normalizer: the furniture of those
    // six events that it keeps now counts against precision); 0.998 since the body round on group n
    // (corpus sign-up boxes, tag lines, "full interview" links, decks left at the top of the body).
    precision: 0.998,
    recall: 0.997,
  },
  {
    split: 'tune',
    form: H,
    pages: 62,
    headline: 1,
    named: 61,
    // 59/61 when written blind.
    outlet: 61 / 61,
    wrong: 1,
    paragraphs: 1191,
    // 0.899 when measured blind; raised by the body round on g, i and m (BENCHMARKS.md) to 0.993
    // (R 0.975) on the old gold; 0.986 / 0.999 on the new, same normalizer; 0.993 since the body
    // round on group n.
    precision: 0.997,
    recall: 0.999,
  },
  {
    split: 'heldout',
    form: P,
    pages: 33,
    headline: 1,
    named: 26,
    // 16/26 when written blind.
    outlet: 23 / 26,
    wrong: 1,
    paragraphs: 603,
    // 0.814 when measured blind; raised by the body round on g, i and m (BENCHMARKS.md).
    precision: 0.993,
    recall: 0.977,
  },
  {
    split: 'heldout',
    form: H,
    pages: 33,
    headline: 1,
    named: 31,
    // 28/31 when written blind.
    outlet: 30 / 31,
    wrong: 1,
    paragraphs: 603,
    // 0.904 when measured blind; raised by the body round on g, i and m (BENCHMARKS.md).
    // 0.989 until the body round on group n (decks left at the top of the body now go).
    precision: 0.993,
    recall: 1,
  },
  {
    split: 'unseen',
    form: P,
    pages: 25,
    headline: 1,
    named: 21,
    // 9/21 (1 wrong) when written blind.
    outlet: 17 / 21,
    wrong: 0,
    paragraphs: 595,
    // 0.853 when measured blind; raised by the body round on g, i and m (BENCHMARKS.md).
    // 0.975 until the body round on group n raised the floor to today's value (rules of other rounds).
    precision: 0.985,
    recall: 0.985,
  },
  {
    split: 'unseen',
    form: H,
    pages: 25,
    headline: 1,
    named: 25,
    // 25/25 when written blind; 24/25 since branch outlethtml (20:55 UTC), which put one page's
    // outlet right on tune and on held-out each and left one unseen page blank (no page wrong).
    // 25/25 again since outlet round 4.
    outlet: 25 / 25,
    wrong: 0,
    paragraphs: 595,
    // 0.909 when measured blind; raised by the body round on g, i and m (BENCHMARKS.md).
    // 0.975 until the body round on group n raised the floor to today's value (rules of other rounds).
    precision: 0.983,
    recall: 0.992,
  },
];

const TOTALS = { pages: 120, pastedNamed: 98, htmlNamed: 117, unusual: 18, followOnly: 10, htmlOnly: 19 };
