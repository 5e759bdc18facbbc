/**
 * normalize/notices: a paywall's prompts and a bare call to support the newsroom, removed from the
 * body (through paragraphFurniture, and through normalizeText where they stand alone like
 * subheads), on invented lines; story sentences about subscriptions and journalism stay.
 */
import { describe, expect, it } from 'vitest';
import { paragraphFurniture } from '../../src/pipeline/normalize/furniture.ts';
import { noticeReason } from '../../src/pipeline/normalize/notices.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';

const story = [
  'The county board approved the new flood barrier on Monday after a two-hour hearing, officials said.',
  'Work on the barrier is to begin in March and should take about eighteen months to finish.',
  'Residents of the lower valley had asked for the barrier since the river burst its banks in 2019.',
  'The state will pay two thirds of the cost, with the county covering the rest from its reserves.',
];

describe('paywall prompts', () => {
  it('removes the prompts of a meter and a paywall between paragraphs', () => {
    const prompts = [
      'Subscribe now to keep reading',
      'You have read 4 of your 5 free stories this month. Sign up for full access.',
      'Already a subscriber? Log in',
      'View subscription plans',
      'Create a free account to continue reading.',
      'Scroll to continue with content',
      'Unlimited articles and the newsletter: first week free.',
      'RegisterSign in',
      'Support independent journalism.',
      'Donate',
    ];
    const result = paragraphFurniture([
      story[0]!,
      ...prompts.slice(0, 5),
      story[1]!,
      ...prompts.slice(5),
      story[2]!,
      story[3]!,
    ]);
    expect(result.paragraphs).toEqual(story);
    expect(new Set(result.removed.map((r) => r.reason))).toEqual(new Set(['paywall', 'reader-appeal']));
  });

  it('removes a prompt a pasted page prints alone like a subhead', () => {
    const page = [
      'Flood barrier approved after long wait',
      '',
      story[0],
      '',
      story[1],
      '',
      'See subscription options',
      '',
      story[2],
      '',
      story[3],
    ].join('\n');
    const result = normalizeText(page);
    expect([...result.paragraphs, ...result.subheads]).not.toContain('See subscription options');
    expect(result.paragraphs).toEqual(story);
  });

  it('keeps story sentences about subscriptions, free articles and journalism', () => {
    for (const text of [
      'Subscribers to the paper will keep reading it in print until the end of the year.',
      'The foundation said it would support local journalism with a $2 million grant.',
      'You have read the report, the mayor told the council, so you know the figures.',
      'Donate blood, the hospital urged residents after the crash.',
    ])
      expect(noticeReason(text)).toBeNull();
  });
});
