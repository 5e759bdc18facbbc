/**
 * A wire agency as a page's outlet is called by the name the agency table gives (issue #10): "AP",
 * "(AP)" and "The Associated Press" are one outlet, "Associated Press", wherever the page names it.
 * Invented pages around the invented harbour story; no corpus text.
 */
import { describe, expect, it } from 'vitest';
import { chooseOutlet } from '../../src/pipeline/normalize/outlet-vote.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';
import { agencyOutletName, findAgencies, selfCredits } from '../../src/pipeline/normalize/text/sources.ts';
import { HARBOUR_BODY, HARBOUR_HEADLINE, blankSeparated } from './harbour-story.ts';

/** A pasted agency page: the lede opens with a wire dateline crediting `credit`. */
function wirePage(credit: string, footer: readonly string[] = []): string {
  const [lede = '', ...rest] = HARBOUR_BODY;
  return [
    HARBOUR_HEADLINE,
    'March 4, 2024',
    '',
    ...blankSeparated([`PORTSEA (${credit}) — ${lede}`, ...rest]),
    ...footer,
  ].join('\n');
}

describe('agencyOutletName', () => {
  it('names an agency given by its abbreviation or a variant as the table does', () => {
    expect(agencyOutletName('AP')).toBe('Associated Press');
    expect(agencyOutletName('The Associated Press')).toBe('Associated Press');
    expect(agencyOutletName('AFP')).toBe('Agence France-Presse');
    expect(agencyOutletName('Agence France Presse')).toBe('Agence France-Presse');
    expect(agencyOutletName('dpa')).toBe('Deutsche Presse-Agentur');
    expect(agencyOutletName('UPI')).toBe('United Press International');
    expect(agencyOutletName('VOA')).toBe('Voice of America');
    expect(agencyOutletName('AAP')).toBe('Australian Associated Press');
  });
  it('leaves every other name as printed', () => {
    // Part of a longer name is not the agency: "AP" inside another outlet's name stays that outlet.
    expect(agencyOutletName('Australian Associated Press')).toBe('Australian Associated Press');
    expect(agencyOutletName('AP Quayside Bureau')).toBe('AP Quayside Bureau');
    expect(agencyOutletName('Reuters')).toBe('Reuters');
    expect(agencyOutletName('Kyodo News')).toBe('Kyodo News');
    expect(agencyOutletName('The Quayside Mercury')).toBe('The Quayside Mercury');
    expect(agencyOutletName('Apex')).toBe('Apex');
  });
  it('keeps credits by their short label, and an outlet by its full name still never cites itself', () => {
    expect(findAgencies(['PORTSEA (AP) — The board voted.', 'Agence France-Presse contributed.'])).toEqual([
      'AP',
      'AFP',
    ]);
    expect([...selfCredits('Associated Press')]).toEqual(['AP']);
    expect([...selfCredits('United Press International')]).toEqual(['UPI']);
    expect([...selfCredits('Deutsche Presse-Agentur')]).toEqual(['dpa']);
  });
});

describe('an agency page names the agency', () => {
  it('a wire dateline "(AP)" gives the outlet "Associated Press"', () => {
    expect(normalizeText(wirePage('AP')).outlet).toBe('Associated Press');
    expect(normalizeText(wirePage('AFP')).outlet).toBe('Agence France-Presse');
  });
  it('"AP" and "The Associated Press" on one page are one outlet, by one name', () => {
    expect(
      chooseOutlet([
        { name: 'AP', weight: 2 },
        { name: 'The Associated Press', weight: 3 },
      ]),
    ).toBe('Associated Press');
    // The agency's own footer notice, beside the site's legal links.
    const page = wirePage('AP', [
      '',
      'About us',
      'Copyright 2024 The Associated Press. All rights reserved.',
      'Terms of use',
    ]);
    expect(normalizeText(page).outlet).toBe('Associated Press');
  });
  it("the wire feed's trailer right under the story names the wire, not the site that runs it", () => {
    // "(AP) —" above and "Copyright 2024 The Associated Press." right under the last paragraph: the
    // trailer the wire's feed appends for partner sites; which site this is, the page does not say.
    const trailer = wirePage('AP', ['', 'Copyright 2024 The Associated Press. All rights reserved.']);
    const article = normalizeText(trailer);
    expect(article.outlet).toBeNull();
    expect(article.agencies).toEqual(['AP']);
    // The site that names itself clearly is the outlet, as before.
    const site = wirePage('AP', [
      '',
      'Copyright 2024 The Associated Press. All rights reserved.',
      '',
      'The Quayside Mercury',
      '© 2024 The Quayside Mercury. All rights reserved.',
    ]);
    expect(normalizeText(site).outlet).toBe('The Quayside Mercury');
  });
  it('a site that names itself clearly still pushes the agency aside', () => {
    expect(
      chooseOutlet([
        { name: 'AP', weight: 2 },
        { name: 'The Associated Press', weight: 3 },
        { name: 'The Quayside Mercury', weight: 3 },
      ]),
    ).toBe('The Quayside Mercury');
  });
});
