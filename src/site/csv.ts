/**
 * site/csv: the story's downloads (figures.csv, quotes.csv): one row per figure of a figure group
 * and per quote of a quote group, as stored in story.json; spreadsheet-safe (no formula cells).
 *
 * In:  a StoryView (site/story.ts). Out: CSV text, CRLF line ends.
 */
import { printed } from '../lib/figure-forms.ts';
import { outletLabel, type StoryView } from './story.ts';

function cell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+@\t\r]/.test(text)) text = `'${text}`; // no spreadsheet formulas
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | boolean | null)[][]): string {
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function figuresCsv(view: StoryView): string {
  const rows: (string | number | boolean | null)[][] = [];
  for (const group of view.data.analysis.figureGroups) {
    for (const member of group.members) {
      const article = view.article(member.article);
      const fig = article?.figures[member.figure];
      if (!article || !fig) continue;
      const variant = group.variants.find((v) =>
        v.members.some((m) => m.article === member.article && m.figure === member.figure),
      );
      const value = variant?.value ?? null;
      rows.push([
        group.id,
        group.label,
        article.id,
        outletLabel(article),
        fig.paragraph,
        fig.text,
        fig.kind,
        fig.amount,
        fig.currency,
        fig.period,
        fig.years,
        fig.unit,
        fig.quantity,
        fig.role,
        fig.conversionOf !== null,
        group.kind === 'money' ? group.currency : null,
        value === null ? null : Math.round(value),
        variant?.relation ?? null,
        variant?.rate ? `${variant.rate.text} (${variant.rate.outlet})` : null,
        // The value as this outlet printed it ("about €40bn"), as the figures page's bars say it.
        variant ? printed(variant, outletLabel(article)) : null,
      ]);
    }
  }
  return toCsv(
    [
      'group',
      'label',
      'article',
      'outlet',
      'paragraph',
      'text',
      'kind',
      'amount',
      'currency',
      'period',
      'years',
      'unit',
      'quantity',
      'role',
      'stated_conversion',
      'group_currency',
      'amount_in_group_currency',
      'relation',
      'rate_used',
      'printed_as',
    ],
    rows,
  );
}

export function quotesCsv(view: StoryView): string {
  const rows: (string | number | boolean | null)[][] = [];
  for (const group of view.data.analysis.quoteGroups) {
    group.members.forEach((member, index) => {
      const article = view.article(member.article);
      const quote = article?.quotes[member.quote];
      if (!article || !quote) return;
      rows.push([
        group.id,
        group.speaker,
        index === 0,
        member.relation,
        article.id,
        outletLabel(article),
        quote.paragraph,
        quote.speaker,
        quote.verb,
        quote.partial,
        quote.text,
      ]);
    });
  }
  return toCsv(
    [
      'group',
      'group_speaker',
      'reference',
      'relation',
      'article',
      'outlet',
      'paragraph',
      'speaker',
      'verb',
      'partial',
      'text',
    ],
    rows,
  );
}
