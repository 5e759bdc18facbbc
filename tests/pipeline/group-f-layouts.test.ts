/**
 * The group f pages of the furniture benchmark (bench/accuracy/pages/group-f/) are built right: the
 * article's body paragraphs are there verbatim and in order in both forms, the headline is there,
 * the outlet is named exactly where the page says it is (and nowhere else in the furniture), each
 * layout carries its own furniture, and the set is new (layout names and wording not from a–e).
 * Structure only: this test never runs the normalizers (group f is the unseen set).
 */
import { describe, expect, it } from 'vitest';
import { buildGroupFPage, GROUP_F_LAYOUTS } from '../../bench/accuracy/pages/group-f/layouts.ts';
import * as fWords from '../../bench/accuracy/pages/group-f/vocabulary.ts';
import { writtenBefore } from './layout-groups.ts';
import { describeBlindGroup } from './blind-group-checks.ts';

const dressed = describeBlindGroup({
  name: 'f',
  build: buildGroupFPage,
  layouts: GROUP_F_LAYOUTS,
  words: fWords,
  ...writtenBefore('f'),
});

describe('layout group f pages: their own furniture', () => {
  it('gives each layout its own furniture', () => {
    const marks: Record<(typeof GROUP_F_LAYOUTS)[number], RegExp> = {
      'chat-share': /^Message #[\w-]+\nAa\nSend now$/mu,
      'shared-doc': /^File\nEdit\nView\nInsert\nFormat\nTools\nExtensions\nHelp$/mu,
      'course-reading': /^Discussion questions\n1\. /mu,
      'legislative-record': /^There being no objection, the material was ordered to be printed/mu,
      'media-monitoring': /^Media outlet: .+\nMedia type: /mu,
      'phone-screenshots': /^\d{1,2}:\d\d\n(5G|LTE|Wi-Fi) \d+%$/mu,
      'text-only-lite': /^Go to the full (.+ )?site$/mu,
      'rss-reader': /^Mark all as read\nSettings\n/mu,
    };
    for (const d of dressed)
      expect(d.page.pasted, `${d.article.ID} [${d.page.layout}]`).toMatch(marks[d.page.layout]);
    // Editor chrome copies with a shared document; its saved (exported) HTML has none.
    for (const d of dressed.filter((x) => x.page.layout === 'shared-doc'))
      expect(d.page.html).not.toContain('Extensions');
    // A phone screenshot run repeats its status bar and toolbar at every screen break.
    for (const d of dressed.filter((x) => x.page.layout === 'phone-screenshots')) {
      const bars = d.page.pasted.match(/^(5G|LTE|Wi-Fi) \d+%$/gmu) ?? [];
      expect(bars.length).toBeGreaterThanOrEqual(d.paragraphs.length > 4 ? 2 : 1);
    }
  });
});
