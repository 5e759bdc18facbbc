/**
 * emit/article-attributes: the attribute checks of reading an article MDX file back — which
 * attributes <Quote> and <Fig> take (the model's fields), reading their values, and building a
 * checked Quote or Figure, with a one-line file:line error for anything wrong.
 *
 * In:  one <Quote>/<Fig> element (parsed by article-mdx) and its position in the paragraph.
 * Out: Quote | Figure, or an InputError. Writing and the rest of reading back is article-mdx.ts.
 */
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { z } from 'zod';
import { ArticleFigurePropsSchema, ArticleQuotePropsSchema, didYouMean } from '../../lib/component-props.ts';
import { InputError, describeZodIssues } from '../../lib/errors.ts';
import { FigureSchema, QuoteSchema, type Figure, type Quote } from '../../lib/model.ts';

/**
 * A named speaker is a person unless the file says otherwise (`speakerKind="organisation"`): the
 * writer leaves the default out and the reader fills it back in, so both take it from here.
 */
export function defaultSpeakerKind(speaker: string | null): Quote['speakerKind'] {
  return speaker === null ? null : 'person';
}

/** Attribute values of one <Quote> or <Fig> element, by name. */
export type Attributes = Record<string, unknown>;

/**
 * The attributes <Quote> and <Fig> take: the ones the site's components parse (lib/component-props.ts,
 * from the model's fields), so a file ingest reads back renders, and the reverse.
 */
const ATTRIBUTES: Record<string, string[]> = {
  Quote: Object.keys(ArticleQuotePropsSchema.shape),
  Fig: Object.keys(ArticleFigurePropsSchema.shape),
};

/** Reads and checks a <Quote>/<Fig> element's attributes: known names, literal values, file:line errors. */
export function readAttributes(element: MdxJsxTextElement, file: string, bodyLine = 0): Attributes {
  const attrs: Attributes = {};
  const known = ATTRIBUTES[element.name ?? ''] ?? [];
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    if (known.length > 0 && !known.includes(attribute.name)) {
      // A misspelt attribute would silently be at its default (`speker=` leaves the quote unattributed).
      const guess = didYouMean(attribute.name, known);
      const line = element.position ? element.position.start.line + bodyLine : undefined;
      throw new InputError(
        file,
        `<${element.name}>: unknown attribute ${attribute.name}${guess ? ` (did you mean ${guess}?)` : ''}; <${element.name}> takes ${known.join(', ')}`,
        line,
      );
    }
    const value = attribute.value;
    if (value === null || value === undefined) attrs[attribute.name] = true;
    else if (typeof value === 'string') attrs[attribute.name] = value;
    else {
      try {
        attrs[attribute.name] = JSON.parse(value.value);
      } catch {
        const line = element.position ? element.position.start.line + bodyLine : undefined;
        throw new InputError(
          file,
          `<${element.name} ${attribute.name}={${value.value}}>: use a plain value (a number, true, false, null or "text")`,
          line,
        );
      }
    }
  }
  return attrs;
}

/** Builds a checked Quote from a <Quote> element's attributes and its position. */
export function quoteFrom(
  attrs: Attributes,
  text: string,
  paragraph: number,
  start: number,
  file: string,
): Quote {
  const candidate = {
    text,
    speaker: attrs.speaker ?? null,
    speakerKind:
      attrs.speakerKind === undefined
        ? defaultSpeakerKind((attrs.speaker as string | null) ?? null)
        : attrs.speakerKind,
    verb: attrs.verb ?? null,
    paragraph,
    start,
    end: start + text.length,
    partial: attrs.partial ?? false,
    scare: attrs.scare ?? false,
  };
  return checked(QuoteSchema, candidate, file, `<Quote> in paragraph ${paragraph + 1}`);
}

/** Builds a checked Figure from a <Fig> element's attributes and its position. */
export function figureFrom(
  attrs: Attributes,
  text: string,
  paragraph: number,
  start: number,
  file: string,
): Figure {
  const candidate = {
    text,
    kind: attrs.kind ?? 'other',
    amount: attrs.amount ?? null,
    currency: attrs.currency ?? null,
    currencyInferred: attrs.currencyInferred ?? false,
    period: attrs.period ?? null,
    years: attrs.years ?? null,
    conversionOf: attrs.conversionOf ?? null,
    // What the figure is of (see figureMeaningAttributes).
    quantity: attrs.of ?? null,
    role: attrs.role ?? null,
    partOf: attrs.partOf ?? null,
    restatementOf: attrs.restatementOf ?? null,
    unit: attrs.unit ?? null,
    paragraph,
    start,
    end: start + text.length,
  };
  return checked(FigureSchema, candidate, file, `<Fig> in paragraph ${paragraph + 1}`);
}

/** The candidate as the schema checks it, or an InputError naming the file and the element. */
function checked<T>(schema: z.ZodType<T>, candidate: unknown, file: string, element: string): T {
  const parsed = schema.safeParse(candidate);
  if (!parsed.success) throw new InputError(file, `${element}: ${describeZodIssues(parsed.error.issues)}`);
  return parsed.data;
}
