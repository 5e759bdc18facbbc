/**
 * normalize/text/region: a short full sentence right after prose (or under the headline of a
 * brief) is body, not a menu line; short lines that are furniture stay out. Texts written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { normalizeHtml } from '../../src/pipeline/normalize/html.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';

const LEDE =
  'The city charity said on Monday that its budget for next year will rise by a fifth after a record year of gifts from local families.';
const BRIDGE =
  'Mayor faces inquiry\n\nThe mayor of Riverton was questioned by police on Tuesday over payments made to a building firm owned by his brother, officials said.\n\n';
/** A pasted page: menu above, "Most read" list and footer below. */
const page = (body: string) =>
  `Riverton Herald\nNews\nSport\nBusiness\n\n${body}\n\nMost read\nSchool roof repairs finish early\nMarket hall to reopen\n\nAbout us\nContact\n© 2024 Riverton Herald\n`;

describe('short sentences in the body', () => {
  it('keeps a closing line after a quote line', () => {
    const text = `Charity budget rises\n\n${LEDE}\n\n"We are grateful to every donor," said chair Ann Lee.\n\nThe money pays for 40 staff.\n`;
    const result = normalizeText(text);
    expect(result.paragraphs).toEqual([
      LEDE,
      '"We are grateful to every donor," said chair Ann Lee.',
      'The money pays for 40 staff.',
    ]);
    expect(result.removed).toEqual([]);
  });

  it('reads a brief: a headline and one short sentence', () => {
    const result = normalizeText('Mayor faces inquiry\n\nThe mayor of Riverton denied wrongdoing.\n');
    expect(result.headline).toBe('Mayor faces inquiry');
    expect(result.paragraphs).toEqual(['The mayor of Riverton denied wrongdoing.']);
  });

  it.each([
    ['He denied wrongdoing.'],
    ['He denied wrongdoing.\n\nThe investigation continues.'],
    ['Police are investigating.'],
    ['Smith declined to comment.'],
    ["She won't run again."],
    ['Officials did not respond.'],
    ['The case is Doe v. Riverton (19-cv-42).'],
    ['"It was a long night," she said.'],
  ])('keeps closing lines %j on clean text and on a pasted page', (closing) => {
    const want = closing.split('\n\n');
    expect(normalizeText(BRIDGE + closing + '\n').paragraphs.slice(1)).toEqual(want);
    const pasted = normalizeText(page(BRIDGE + closing));
    expect(pasted.paragraphs.slice(1)).toEqual(want);
    expect(pasted.paragraphs.join('\n')).not.toMatch(/Most read|About us|School roof/);
  });

  it.each([
    ['Thanks for reading.'],
    ['Comments are closed.'],
    ['This story has been updated.'],
    ['Watch the video above.'],
    ['Posted in Local News.'],
    ['Updated at 5 p.m.'],
    ['Privacy policy and cookies.'],
    ['Terms of use apply.'],
    ['The full transcript is available here.'],
    ['Follow us on Twitter.'],
    ['Most popular stories this week.'],
    ['Follow Jane Martens on Facebook and Twitter.'],
    ['The Riverton Wire and Valley Press contributed.'],
    ['Doe reported from Hanoi.'],
    ['This report was updated at 6:10 p.m.'],
    ['What can voters do next?'],
  ])('leaves out short furniture %j after the last paragraph', (closing) => {
    const result = normalizeText(`${BRIDGE}${closing}\n\nMost read\nSchool roof repairs finish early\n`);
    expect(result.paragraphs).not.toContain(closing);
  });

  it('keeps a short closing paragraph in saved HTML', () => {
    const html = `<html><head><title>Mayor faces inquiry</title></head><body><article><h1>Mayor faces inquiry</h1><p>${BRIDGE.split('\n\n')[1]}</p><p>He denied wrongdoing.</p></article></body></html>`;
    expect(normalizeHtml(html).paragraphs.at(-1)).toBe('He denied wrongdoing.');
  });
});

describe('a bracketed aside that goes on with its sentence', () => {
  it('is not a caption credit', () => {
    const aside =
      'The minister said the fund holds about $2 billion in property, a figure first reported by a local paper (and which Reuters confirmed in 2015).';
    const credit = 'Protesters gather outside the court on Monday. (AP Photo/Jane Doe)';
    const result = normalizeText(`${BRIDGE}${aside}\n\n${credit}\n\nHe denied wrongdoing.\n`);
    expect(result.paragraphs).toContain(aside);
    expect(result.paragraphs).not.toContain(credit);
  });
});
