/**
 * The props of every component a journalist can place in index.mdx, and of the elements of an
 * article's MDX body (<P>, <Quote>, <Fig>), as zod schemas (Starlight's pattern: each component
 * parses its props with its schema, so a typo fails with a clear message). The same schemas let
 * `explainer ingest` and `explainer build` check the MDX before Astro runs.
 *
 * `refs` says which prop names a quote group, a figure group or an article, so the checks can tell
 * a journalist when one does not exist.
 */
import { z } from 'zod';
import { FigureSchema, QuoteSchema } from './model.ts';

const groupId = (prefix: 'q-' | 'f-') =>
  z.string().startsWith(prefix, { message: `a group id starts with "${prefix}"` });

export const QuoteGroupPropsSchema = z.object({ id: groupId('q-') }).strict();
export const FigurePropsSchema = z.object({ group: groupId('f-').optional() }).strict();
export const SourceLinkPropsSchema = z
  .object({ article: z.string().min(1), paragraph: z.number().int().min(0).optional() })
  .strict();
const NoProps = z.object({}).strict();

/** `n`: an element's number in its article (the paragraph's, the quote's, the figure's). */
const elementNumber = z.number().int().min(0);

/** <P n> of an article MDX body (emit/article-mdx.ts writes it; the site's ArticleParagraph parses it). */
export const ArticleParagraphPropsSchema = z.object({ n: elementNumber }).strict();

/** Model fields an article element's position gives (its text and place), never written as attributes. */
const POSITIONAL = { text: true, paragraph: true, start: true, end: true } as const;

/**
 * <Quote n speaker verb partial scare …> of an article MDX body: `n`, then the model's fields (so a
 * field added to the model is an attribute at once) but the positional ones, each optional (one at
 * its default is left out). emit/article-attributes.ts reads a hand-edited file back by the same names.
 */
export const ArticleQuotePropsSchema = z
  .object({ n: elementNumber.optional() })
  .extend(QuoteSchema.omit(POSITIONAL).partial().shape)
  .strict();
/** <Fig n kind amount currency … role … of>: likewise, the model's `quantity` written `of`. */
export const ArticleFigurePropsSchema = z
  .object({ n: elementNumber.optional() })
  .extend(FigureSchema.omit({ ...POSITIONAL, quantity: true }).partial().shape)
  .extend({ of: FigureSchema.shape.quantity.optional() })
  .strict();
export type ArticleParagraphProps = z.input<typeof ArticleParagraphPropsSchema>;
export type ArticleQuoteProps = z.input<typeof ArticleQuotePropsSchema>;
export type ArticleFigureProps = z.input<typeof ArticleFigurePropsSchema>;

export interface ComponentSpec {
  schema: z.ZodObject;
  /** prop -> what it refers to */
  refs: Record<string, 'quoteGroup' | 'figureGroup' | 'article'>;
}

/** Components of the explainer (index.mdx) and notes, by the name written in the MDX. */
export const EXPLAINER_COMPONENTS: Record<string, ComponentSpec> = {
  KeyFigures: { schema: FigurePropsSchema, refs: { group: 'figureGroup' } },
  Figure: { schema: FigurePropsSchema, refs: { group: 'figureGroup' } },
  FigureChart: { schema: FigurePropsSchema, refs: { group: 'figureGroup' } },
  Chart: { schema: FigurePropsSchema, refs: { group: 'figureGroup' } },
  QuoteGroup: { schema: QuoteGroupPropsSchema, refs: { id: 'quoteGroup' } },
  Timeline: { schema: NoProps, refs: {} },
  OutletAgreement: { schema: NoProps, refs: {} },
  SourceLink: { schema: SourceLinkPropsSchema, refs: { article: 'article' } },
};

/** The closest of `known` to `word` if it is a likely typo (edit distance <= 2, or a case slip). */
export function didYouMean(word: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (candidate.toLowerCase() === word.toLowerCase()) return candidate;
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== null && bestDistance <= Math.max(1, Math.min(2, Math.floor(word.length / 3))) ? best : null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length]!;
}

/** "unknown attribute grup (did you mean group?)" style text for one component's props. */
export function describePropsProblem(
  component: string,
  props: Record<string, unknown>,
  schema: z.ZodObject,
): string | null {
  const known = Object.keys(schema.shape);
  const unknown = Object.keys(props).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    const name = unknown[0]!;
    const guess = didYouMean(name, known);
    const allowed = known.length ? `it takes ${known.join(', ')}` : 'it takes no attributes';
    return `<${component}>: unknown attribute ${name}${guess ? ` (did you mean ${guess}?)` : ''}; ${allowed}`;
  }
  const parsed = schema.safeParse(props);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join('.');
  // The tag with every plain value, so the message can be traced back to its line.
  const tag = Object.entries(props)
    .filter(([, value]) => value !== undefined)
    .map(
      ([key, value]) =>
        ` ${key}=${typeof value === 'string' ? JSON.stringify(value) : `{${JSON.stringify(value)}}`}`,
    )
    .join('');
  return `<${component}${tag}>: ${field ? `${field}: ` : ''}${issue.message}`;
}

/**
 * For a component's frontmatter: the props parsed by the schema, or an Error whose one-line message
 * names the component, the attribute and the fix (thrown at render time; `explainer build` checks
 * the MDX before Astro, so this is the last line of defence, e.g. under `npm run dev`).
 */
export function parseProps<T extends z.ZodObject>(
  component: string,
  schema: T,
  props: object,
  passThrough: readonly string[] = [],
): z.infer<T> {
  const own = passThrough.some((key) => key in props)
    ? Object.fromEntries(Object.entries(props).filter(([key]) => !passThrough.includes(key)))
    : props;
  // One parse: the schemas are strict, so props that parse have no unknown attribute either. The
  // message is worked out only for props that fail (an article body has ~35 elements a page).
  const parsed = schema.safeParse(own);
  if (parsed.success) return parsed.data;
  throw new Error(
    describePropsProblem(component, own as Record<string, unknown>, schema) ?? parsed.error.message,
  );
}
