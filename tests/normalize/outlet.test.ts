/**
 * normalize/outlet (the outlet a page names) and the shared date validation, on lines written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/pipeline/normalize/html/metadata.ts';
import {
  outletFromByline,
  outletFromCopyright,
  outletFromDateline,
} from '../../src/pipeline/normalize/outlet.ts';
import { outletFromTitle } from '../../src/pipeline/normalize/outlet-title.ts';
import { outletFromMention } from '../../src/pipeline/normalize/outlet-mentions.ts';
import { chooseOutlet } from '../../src/pipeline/normalize/outlet-vote.ts';
import { calendarDate, findDate, isDateLine } from '../../src/pipeline/normalize/text/dates.ts';
import { isMenuLine } from '../../src/pipeline/normalize/text/headline.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';

describe('outlet signals', () => {
  it('reads copyright notices and drops legal suffixes', () => {
    expect(outletFromCopyright('© The Daily Ledger Ltd 2024')).toBe('The Daily Ledger');
    expect(outletFromCopyright('Copyright 2024 Gadget Report. All rights reserved.')).toBe('Gadget Report');
    expect(outletFromCopyright('© 2019 Prairie Wire Inc.')).toBe('Prairie Wire');
    // A photo credit with © is not the site's notice.
    expect(outletFromCopyright('© Jane Doe/Tidewater Pictures')).toBeNull();
    expect(outletFromCopyright('Image copyright Tidewater Pictures Image caption A ferry')).toBeNull();
  });
  it('reads bylines, wire datelines and document titles', () => {
    expect(outletFromByline('By Dara Whitfield, The Valley Sentinel')).toBe('The Valley Sentinel');
    expect(outletFromByline('By Dara Whitfield, Staff Writer')).toBeNull();
    // A second author is not an outlet.
    expect(outletFromByline('By Dara Whitfield, Tom Ross')).toBeNull();
    expect(outletFromByline('By Dara Whitfield, Tom Ross, Kim Park')).toBeNull();
    // Several authors: the outlet is the last part when it cannot be a person's name.
    expect(outletFromByline('By Dara Whitfield, Tom Ross and Kim Park, Harbour Post')).toBe('Harbour Post');
    expect(outletFromByline('By Dara Whitfield and Tom Ross, Valley Radio')).toBe('Valley Radio');
    expect(outletFromByline('By Dara Whitfield, who covers the courts, for years')).toBeNull();
    expect(outletFromDateline('RIVERTON (Prairie Wire) - A bill cleared the senate.')).toBe('Prairie Wire');
    expect(outletFromDateline('The senate (upper house) - which met late - voted.')).toBeNull();
    expect(outletFromTitle('Ferry fares frozen | The Harbour Courier', 'Ferry fares frozen')).toBe(
      'The Harbour Courier',
    );
    expect(outletFromTitle('Ferry fares frozen', 'Ferry fares frozen')).toBeNull();
  });
  it('tells menu and breadcrumb lines from headlines', () => {
    expect(isMenuLine('News | Politics | Money | Health')).toBe(true);
    expect(isMenuLine('Tides  Transport  Schools  Weather')).toBe(true);
    expect(isMenuLine('Home › Courts & Law')).toBe(true);
    expect(isMenuLine('Harbour board votes to delay ferry fare increase')).toBe(false);
    expect(isMenuLine('Ferry fares: what changes | and why')).toBe(false);
  });
});

describe('dates, the same everywhere', () => {
  it('rejects impossible dates in both normalizers', () => {
    expect(calendarDate(2023, 2, 29)).toBeNull();
    expect(calendarDate(2024, 2, 29)).toBe('2024-02-29');
    expect(findDate('31 February 2023')).toBeNull();
    expect(isoDate('2023-02-31T10:00:00Z')).toBeNull();
    expect(isoDate('2023-13-01')).toBeNull();
  });
  it('reads a written date without the machine time zone', () => {
    // Date.parse would give 18 November west of UTC for a late-evening GMT time.
    expect(isoDate('Tue, 19 Nov 2019 00:30:00 GMT')).toBe('2019-11-19');
    expect(isoDate('November 19, 2019 11:45 PM EST')).toBe('2019-11-19');
  });
  it('reads ISO dates (with or without a time) the same way in both normalizers', () => {
    for (const text of [
      '2018-04-11',
      '2018-04-11T09:30:00Z',
      '2018-04-11T23:30:00-05:00',
      '2018/04/11',
      'April 11, 2018',
    ]) {
      expect(findDate(text), text).toBe('2018-04-11');
      expect(isoDate(text), text).toBe('2018-04-11');
      expect(isDateLine(text), text).toBe(true);
    }
    expect(findDate('Published 2018-04-11 09:30')).toBe('2018-04-11');
    // Impossible dates are no dates, whatever the form.
    for (const text of ['2018-02-30', '2018-02-30T09:30:00Z', '2018-13-01']) {
      expect(findDate(text), text).toBeNull();
      expect(isoDate(text), text).toBeNull();
    }
    // Not dates: a version number, a phone-like run, a slug.
    expect(findDate('version 2018-04-11-2')).toBeNull();
    expect(findDate('call 1-2018-04-11')).toBeNull();
  });
  it('does not guess the order of day and month', () => {
    // 11 April or 4 November: a date line all the same, but no published date.
    expect(findDate('11/04/2018')).toBeNull();
    expect(isoDate('11/04/2018')).toBeNull();
    expect(isDateLine('11/04/2018')).toBe(true);
    // Numbers alone with a two-digit year, or dashes: a date line (both normalizers), no date.
    expect(isDateLine('11/04/18')).toBe(true);
    expect(isDateLine('4-11-2018')).toBe(true);
    expect(findDate('11/04/18')).toBeNull();
    expect(isDateLine('11/04/18 was the day')).toBe(false);
    // One order is impossible, or both read the same: no doubt.
    expect(findDate('21/06/2014')).toBe('2014-06-21');
    expect(findDate('06/21/2014')).toBe('2014-06-21');
    expect(findDate('04/04/2018')).toBe('2018-04-04');
    // Dotted numbers are day first by convention.
    expect(findDate('11.04.2018')).toBe('2018-04-11');
  });
  it('reads the same date in every time zone', () => {
    const saved = process.env['TZ'];
    try {
      for (const zone of ['Pacific/Kiritimati', 'America/Anchorage', 'UTC']) {
        process.env['TZ'] = zone;
        expect(isoDate('2018-04-11T23:30:00-05:00'), zone).toBe('2018-04-11');
        expect(isoDate('2018-04-11T00:30:00Z'), zone).toBe('2018-04-11');
        expect(findDate('11 April 2018 23:59'), zone).toBe('2018-04-11');
        expect(calendarDate(2018, 4, 11), zone).toBe('2018-04-11');
      }
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });
});

describe('short headlines', () => {
  it('are not menu items when a byline and a date follow them without blank lines', () => {
    const page = [
      'Home',
      'Region',
      'Weather',
      '',
      'Ferry fares frozen',
      'By Jane Doe',
      'June 3, 2019',
      '',
      'The harbour board froze ferry fares on Monday after a vote that followed months of protests by commuters.',
      '',
      'The freeze will last until the end of next year, the board said in a statement after the meeting.',
    ].join('\n');
    const article = normalizeText(page);
    expect(article.headline).toBe('Ferry fares frozen');
    expect(article.byline).toBe('Jane Doe');
  });
});

describe('outletFromMention and chooseOutlet', () => {
  it('reads the outlet from site furniture that names it', () => {
    expect(outletFromMention('Thank you for reading The Quayside Mercury.')).toBe('The Quayside Mercury');
    expect(outletFromMention("Sign up for Fenwick Radio's evening briefing")).toBe('Fenwick Radio');
    expect(outletFromMention('More from Fenwick Radio Opinion')).toBe('Fenwick Radio');
    expect(
      outletFromMention('Ada Lund is a senior reporter for The Quayside Mercury, covering courts.'),
    ).toBe('The Quayside Mercury');
    expect(outletFromMention("Ada Lund is Fenwick Radio's chief correspondent.")).toBe('Fenwick Radio');
    expect(outletFromMention('Subscribe now to keep reading.')).toBeNull();
    expect(outletFromMention('Sign up for Daily Newsletters')).toBeNull();
    expect(outletFromMention('More from our partners')).toBeNull();
  });
  it('prefers the site its own signals agree on over a wire agency', () => {
    expect(
      chooseOutlet([
        { name: 'The Associated Press', weight: 3 },
        { name: 'The Quayside Mercury', weight: 2 },
      ]),
    ).toBe('The Quayside Mercury');
    expect(chooseOutlet([{ name: 'Reuters', weight: 3 }])).toBe('Reuters');
    expect(
      chooseOutlet([
        { name: 'Fenwick Radio', weight: 2 },
        { name: 'Quayside Mercury', weight: 2 },
        { name: 'The Quayside Mercury', weight: 2 },
      ]),
    ).toBe('Quayside Mercury');
  });
  it('takes an owner-type name only where no other source names a different brand', () => {
    // The owner's copyright against the masthead's brand: the brand.
    expect(
      chooseOutlet([
        { name: 'Saltmarsh Media Group', weight: 3 },
        { name: 'The Quayside Mercury', weight: 3 },
      ]),
    ).toBe('The Quayside Mercury');
    // Against a faint brand (a masthead line alone): the sources disagree, no outlet.
    expect(
      chooseOutlet([
        { name: 'Saltmarsh Local News Co.', weight: 3 },
        { name: 'Quayside Mercury', weight: 1 },
      ]),
    ).toBeNull();
    // Named once, by the owner's copyright alone: no outlet.
    expect(chooseOutlet([{ name: 'Saltmarsh Media Group', weight: 3 }])).toBeNull();
    // Several signals name the owner, but the page's address spells someone else: no outlet.
    expect(
      chooseOutlet(
        [
          { name: 'Saltmarsh Media Group', weight: 4, site: true },
          { name: 'Saltmarsh Media Group', weight: 3 },
        ],
        { domains: ['quaysidemercury'] },
      ),
    ).toBeNull();
    // A site-only name (a section's og:site_name) the address does not spell, against another's copyright.
    expect(
      chooseOutlet(
        [
          { name: 'Weekend Desk', weight: 4, site: true },
          { name: 'Saltmarsh Media Group', weight: 3 },
        ],
        { domains: ['quaysidemercury'] },
      ),
    ).toBeNull();
    // Without the address, the site's statement still names the site.
    expect(
      chooseOutlet([
        { name: 'The Quayside Mercury', weight: 4, site: true },
        { name: 'Saltmarsh Media Group', weight: 3 },
      ]),
    ).toBe('The Quayside Mercury');
  });
});
