/**
 * The one data model of explainer, shared by the pipeline, the CLI, the emitted content collections
 * and the Astro site (src/content.config.ts imports these schemas).
 *
 * Flow: RawDocument (read) -> Article (normalize) -> Article with quotes + figures (extract)
 *       -> StoryAnalysis (compare) -> MDX + JSON files (emit).
 *
 * Beside the content: the edit guard's manifest (ManifestSchema) and the report `explainer extract
 * --json` prints (ExtractReportSchema). That report's shape is contractual
 * (extract-report.schema.json in ../shared, copied to docs/; checked by
 * tests/pipeline/cli-contract.test.ts): field names here follow it.
 *
 * Long because every stage's schema lives here on purpose, down to the files written beside the
 * content: one typed model, one place to read it.
 */
import { z } from 'zod';
import { KEBAB_SLUG } from './slug.ts';

/** A block the normalizer dropped, with why: nothing is silently lost. */
export const RemovedBlockSchema = z.object({
  text: z.string(),
  reason: z.string(),
});
export type RemovedBlock = z.infer<typeof RemovedBlockSchema>;

/**
 * Who a quote's speaker is: a person, an organisation or office speaking in its own name ("Apple",
 * "a Spotify spokesperson" -> Spotify), a document ("the indictment"), or a group (a joint
 * statement: the speakers joined by " and ").
 */
export const SpeakerKindSchema = z.enum(['person', 'organisation', 'document', 'group']);
export type SpeakerKind = z.infer<typeof SpeakerKindSchema>;

/** A direct quotation found in a body paragraph. */
export const QuoteSchema = z.object({
  /** The quoted words, without the quotation marks. */
  text: z.string(),
  /** Full name of the speaker ("Jens Stoltenberg"), or null when it cannot be attributed. */
  speaker: z.string().nullable(),
  /** What kind of speaker that is (a person by default for a named speaker); null without one. */
  speakerKind: SpeakerKindSchema.nullable().optional(),
  /** Attribution verb as written, lower-cased ("said", "claimed", "stressed"), or null. */
  verb: z.string().nullable(),
  /** Index into Article.paragraphs. */
  paragraph: z.number().int().min(0),
  /** Character offsets of the quoted text (without marks) inside that paragraph. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** A fragment woven into the reporter's sentence ("help Ukraine "gain the necessary predictability""). */
  partial: z.boolean(),
  /** A quoted word or short label ('dented') that is not a statement. */
  scare: z.boolean(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const FIGURE_KINDS = ['money', 'count', 'percent', 'duration', 'distance', 'date', 'other'] as const;
export const FigureKindSchema = z.enum(FIGURE_KINDS);
export type FigureKind = z.infer<typeof FigureKindSchema>;

/**
 * What a money figure is in its article: the sum itself (total), part of another figure (part), a
 * yearly level (annual), a price or a limit (per-unit, threshold), a running total (cumulative), a
 * forecast (estimate), a past value given for comparison (earlier), or something else (other).
 */
export const FIGURE_ROLES = [
  'total',
  'part',
  'annual',
  'per-unit',
  'threshold',
  'cumulative',
  'estimate',
  'earlier',
  'other',
] as const;
export const FigureRoleSchema = z.enum(FIGURE_ROLES);
export type FigureRole = z.infer<typeof FigureRoleSchema>;

/** A number that matters: money, counts, percentages, durations, distances. */
export const FigureSchema = z.object({
  /** The figure as written ("100 billion euros"). */
  text: z.string(),
  kind: FigureKindSchema,
  /** Value in units (100 billion -> 100000000000); null when vague. */
  amount: z.number().nullable(),
  /** ISO 4217 code for money, else null. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  /** True when the text names no currency and it was inferred from the article. */
  currencyInferred: z.boolean(),
  /** "total" for a sum over a span, "annual" for a per-year rate, null when not money or unknown. */
  period: z.enum(['total', 'annual']).nullable(),
  /** Span in years ("over five years" -> 5), or null. */
  years: z.number().nullable(),
  /** Index (into the same article's figures) of the figure this one is a stated conversion of. */
  conversionOf: z.number().int().min(0).nullable(),
  /** Money: what the figure measures, as a noun phrase ("fine", "lump sum"), or null when unclear. */
  quantity: z.string().nullable().default(null),
  /** Money: the figure's role (see FIGURE_ROLES), or null. */
  role: FigureRoleSchema.nullable().default(null),
  /** Index of the figure (same article) this one is a part of ("a lump sum of €1.8bn" of "€1.84bn"). */
  partOf: z.number().int().min(0).nullable().default(null),
  /** Index of an earlier figure (same article) this one repeats for the same quantity. */
  restatementOf: z.number().int().min(0).nullable().default(null),
  /** Unit for non-money figures ("km", "months", "members"), or null. */
  unit: z.string().nullable(),
  paragraph: z.number().int().min(0),
  /** Character offsets of `text` inside that paragraph. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Figure = z.infer<typeof FigureSchema>;

/** "2024-02-29" -> true; "2024-02-30" and "2024-2-3" -> false: a YYYY-MM-DD day on the calendar. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A date an outlet published on, as the model stores it (an edited "2024-02-30" is refused). */
const CalendarDateSchema = z.string().refine(isCalendarDate, 'not a day on the calendar (use YYYY-MM-DD)');

/**
 * "https://example.com/a" -> true; "javascript:alert(1)", "data:…", "ftp://x", "www.x.com" and
 * "https://a b" -> false: a web address the site may link to (any other scheme could run in the
 * reader's browser). The one rule for every URL field of the model; normalize picks a page's URL by it.
 */
export function isWebAddress(value: string): boolean {
  return /^https?:\/\/\S+$/i.test(value);
}

/** A URL as the model stores it: http(s) only, the refused value quoted in the message. */
const WebAddressSchema = z.string().refine(isWebAddress, {
  error: (issue) =>
    `${JSON.stringify(String(issue.input).slice(0, 80))} is not a web address; write an http:// or https:// URL, or null`,
});

/** One article after normalize (+ extract when quotes/figures are filled). */
export const ArticleSchema = z.object({
  /** Stable slug of the article inside its story ("al-mayadeen-arms-delivery-failures"). */
  id: z.string(),
  /** The input path as given (CLI) or relative to the story folder (emitted content). */
  source: z.string(),
  headline: z.string(),
  standfirst: z.string().nullable(),
  byline: z.string().nullable(),
  outlet: z.string().nullable(),
  /** YYYY-MM-DD (a day on the calendar) or null. */
  published: CalendarDateSchema.nullable(),
  /** "JAKARTA" from "JAKARTA -", or null. */
  dateline: z.string().nullable(),
  /** Wire agencies and outlets cited as sources (Reuters, AP, dpa, VOA…). */
  agencies: z.array(z.string()),
  machineTranslated: z.boolean(),
  /** The translation note itself, when there is one. */
  translationNote: z.string().nullable(),
  /** BCP 47 language tag ("en"), or null. */
  language: z.string().nullable(),
  /** The page's http(s) address, or null (see isWebAddress). */
  url: WebAddressSchema.nullable(),
  captions: z.array(z.string()),
  tags: z.array(z.string()),
  subheads: z.array(z.string()),
  /** Body paragraphs, verbatim, in order. */
  paragraphs: z.array(z.string()),
  removed: z.array(RemovedBlockSchema),
  quotes: z.array(QuoteSchema),
  figures: z.array(FigureSchema),
});
export type Article = z.infer<typeof ArticleSchema>;

/**
 * An Article with every optional field empty, completed by `fields`: for code that builds articles
 * by hand (tests, benchmarks), so a new model field is added in one place.
 */
export function blankArticle(fields: Partial<Article> = {}): Article {
  return {
    id: '',
    source: '',
    headline: '',
    standfirst: null,
    byline: null,
    outlet: null,
    published: null,
    dateline: null,
    agencies: [],
    machineTranslated: false,
    translationNote: null,
    language: null,
    url: null,
    captions: [],
    tags: [],
    subheads: [],
    paragraphs: [],
    removed: [],
    quotes: [],
    figures: [],
    ...fields,
  };
}

/** A money Figure with nothing but `text` set, completed by `fields` (tests, benchmarks). */
export function blankFigure(text: string, fields: Partial<Figure> = {}): Figure {
  return {
    text,
    kind: 'money',
    amount: null,
    currency: null,
    currencyInferred: false,
    period: null,
    years: null,
    conversionOf: null,
    quantity: null,
    role: null,
    partOf: null,
    restatementOf: null,
    unit: null,
    paragraph: 0,
    start: 0,
    end: text.length,
    ...fields,
  };
}

/** What the reader stage hands to normalize: decoded text plus what the story.yaml says. */
export interface RawDocument {
  /** Path as given by the user (for messages and `source`). */
  path: string;
  /** Path relative to the story folder, used as the stable key in story.yaml and content. */
  name: string;
  format: 'text' | 'html';
  /** Decoded UTF-8 text, BOM removed, line endings normalised to \n. */
  text: string;
  /** Metadata the story.yaml gives for this file (wins over what the text suggests). */
  hints: SourceHints;
}

/** A hand-set slug (see KEBAB_SLUG). */
const SlugSchema = z.string().regex(KEBAB_SLUG, 'use lower-case letters, digits and single hyphens');

export const SourceHintsSchema = z
  .object({
    /** A headline fixed by hand (the page's own is wrong or missing). */
    headline: z.string().min(1).nullish(),
    /** The article's id, its URL slug (/<story>/articles/<id>/): set it to rename the page. */
    id: SlugSchema.max(80).nullish(),
    outlet: z.string().nullish(),
    url: WebAddressSchema.nullish(),
    language: z.string().nullish(),
    published: z
      .union([z.string(), z.date()])
      .nullish()
      .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value)),
  })
  .strict();
export type SourceHints = Partial<z.infer<typeof SourceHintsSchema>>;

/** sources/<story>/story.yaml */
export const StoryConfigSchema = z
  .object({
    title: z.string().min(1).optional(),
    slug: SlugSchema.optional(),
    summary: z.string().optional(),
    sources: z.record(z.string(), SourceHintsSchema.nullable()).optional(),
  })
  .strict();
export type StoryConfig = z.infer<typeof StoryConfigSchema>;

// ---------------------------------------------------------------------------------------------
// Story-level analysis (compare stage)

/** A pointer to one quote or figure in one article. `article` is the article id. */
export const QuoteRefSchema = z.object({ article: z.string(), quote: z.number().int().min(0) });
export const FigureRefSchema = z.object({ article: z.string(), figure: z.number().int().min(0) });

/** One token of a word diff between a group's first version and another version. */
export const DiffPartSchema = z.object({
  value: z.string(),
  added: z.boolean(),
  removed: z.boolean(),
});
export type DiffPart = z.infer<typeof DiffPartSchema>;

/**
 * How a group member renders the statement, against the group's reference: `verbatim` (the same
 * words; small edits show in the word diff), `excerpt` (a part or a different cut of it, in its
 * words), `paraphrase` (reworded or translated; the site labels it rather than diffing it) or
 * `sentence` (another sentence of the same statement, which outlets print apart from the
 * reference's: "A," she said. "B."; not diffed either) or `word` (a scare-quoted word or phrase,
 * 'lynching', lifted word for word from the statement; listed after the versions, not diffed).
 */
export const QuoteRelationSchema = z.enum(['verbatim', 'excerpt', 'paraphrase', 'sentence', 'word']);
export type QuoteRelation = z.infer<typeof QuoteRelationSchema>;

export const QuoteGroupMemberSchema = QuoteRefSchema.extend({ relation: QuoteRelationSchema });

/** One scare-quoted word or phrase of a group ('lynching') and the `word` members that print it. */
export const GroupWordSchema = z.object({
  /** As first printed, without quotation marks or trailing punctuation. */
  text: z.string(),
  /** Indexes into the group's `members`, in member order. */
  members: z.array(z.number().int().min(0)),
});
export type GroupWord = z.infer<typeof GroupWordSchema>;

/** A quote group's fields; QuoteGroupSchema adds the check across them (the report omits members). */
const QuoteGroupFields = z.object({
  id: z.string(),
  speaker: z.string().nullable(),
  /** The longest version, shown as the reference text. */
  text: z.string(),
  /** The reference first (its relation is `verbatim`), then the other versions in story order. */
  members: z.array(QuoteGroupMemberSchema),
  /** One word diff per member after the first, against the first (reference) member. */
  diff: z.array(z.object({ article: z.string(), parts: z.array(DiffPartSchema) })),
  /**
   * The `word` members by word: one entry per word or phrase, the same words (compare/text's
   * folding) once, in order of first member. Empty in a story.json written before words joined.
   */
  words: z.array(GroupWordSchema).default([]),
});
export const QuoteGroupSchema = QuoteGroupFields.superRefine((group, ctx) => {
  // The site shows `words` as the group's quoted words: an index that is not a `word` member would
  // show a statement as a quoted word, or nothing.
  group.words.forEach((word, w) =>
    word.members.forEach((index, i) => {
      if (group.members[index]?.relation !== 'word')
        ctx.addIssue({
          code: 'custom',
          path: ['words', w, 'members', i],
          message: `member ${index} is not a quoted word`,
        });
    }),
  );
});
export type QuoteGroup = z.infer<typeof QuoteGroupSchema>;

/** The group's versions of the statement: its members without the scare-quoted `word`s. */
export const statementMembers = (group: QuoteGroup): QuoteGroup['members'] =>
  group.members.filter((member) => member.relation !== 'word');

/** An exchange rate an article states ("€1.8bn ($1.95bn)"): 1 `from` = `rate` `to`. */
export const StatedRateSchema = z.object({
  from: z.string(),
  to: z.string(),
  rate: z.number(),
  article: z.string(),
  outlet: z.string(),
  paragraph: z.number().int().min(0),
  /** The two figures as written: "€1.8bn ($1.95bn)". */
  text: z.string(),
});
export type StatedRate = z.infer<typeof StatedRateSchema>;

/** One outlet's printed form of a variant's value. */
export const PrintedBySchema = z.object({
  outlet: z.string(),
  /** Formatted as the outlet printed it, with its hedge or bound words: "about €40bn". */
  label: z.string(),
  /** The outlet's words as written, hedge included ("about €40 billion"). */
  text: z.string(),
});
export type PrintedBy = z.infer<typeof PrintedBySchema>;

/**
 * One value of a money group as outlets printed it. `relation` is to the group's reference value
 * (the first variant, `same`): `rounding` (the coarser written precision explains the difference),
 * `conversion` (a stated conversion of another member), `conflict` (another outlet's value beyond
 * rounding and stated conversion).
 */
export const FigureVariantSchema = z.object({
  amount: z.number(),
  currency: z.string().nullable(),
  /** The first member's text as written. */
  text: z.string(),
  /** Digits after the decimal point as printed (the precision labels keep). */
  decimals: z.number().int().min(0),
  /**
   * The hedge or bound words every member prints with the value ("nearly", "more than", "or so"),
   * lower-cased, so a label reads "nearly $2bn" as printed; null when any member prints it bare (or
   * in story.json files written before this field): `printedBy` keeps each outlet's own.
   */
  qualifier: z.string().nullable().default(null),
  outlets: z.array(z.string()),
  /**
   * Per outlet (in `outlets` order), the value as that outlet first printed it in this variant: its
   * own hedge and precision ("about €40bn" beside another outlet's bare "€40bn"), so a reader sees
   * who hedged; empty in story.json files written before this field.
   */
  printedBy: z.array(PrintedBySchema).default([]),
  members: z.array(FigureRefSchema),
  relation: z.enum(['same', 'rounding', 'conversion', 'conflict']),
  /** The value in the group's currency (`FigureGroup.currency`), or null when no rate reaches it. */
  value: z.number().nullable(),
  /** The rate used for `value`: the member's own article's when it states one, else the story's, labelled. */
  rate: StatedRateSchema.nullable(),
});
export type FigureVariant = z.infer<typeof FigureVariantSchema>;

/**
 * A chart note on one stated rate: which outlets' values it converted to the group's currency and
 * whose rate it is. The note reads `${lead}${rate.text}.`, the rate as written linking to its paragraph.
 */
export const RateNoteSchema = z.object({
  /** "Two, Three: converted to EUR with the rate One states (its own article gives none), ". */
  lead: z.string(),
  rate: StatedRateSchema,
});
export type RateNote = z.infer<typeof RateNoteSchema>;

/**
 * What the figures page says of a money group's variants, worded once by the pipeline
 * (compare/figures/labels.ts) with each value's conversion to the group's currency beside it; null
 * (or empty) where there is nothing to say (and always, for a group that is not money, but its title).
 */
export const VariantSentencesSchema = z.object({
  /** The chart's (and key figure's) title: what is measured and its value ("Fine: $1.84bn"). */
  title: z.string(),
  /** The reference value and the other outlets' values beyond rounding and any stated rate. */
  conflict: z.string().nullable(),
  /** The reference value and the values that differ from it only by rounding. */
  rounding: z.string().nullable(),
  /** The values an outlet also states in another currency. */
  conversions: z.string().nullable(),
  /** The chart's one-line takeaway: who reports the quantity, and whether they agree. */
  takeaway: z.string().nullable(),
  /** The stated rates the group's values were converted with, each once (chart notes). */
  rates: z.array(RateNoteSchema),
  /** The outlets' values no stated rate converts to the group's currency, so not drawn (a chart note). */
  uncharted: z.string().nullable(),
  /** The chart's alt text: title, currency, each drawn bar; null when fewer than two are drawn. */
  description: z.string().nullable(),
  /** Per bar (one per outlet, in the chart's order), its period as the data table says it ("total over 5 years"). */
  periods: z.array(z.object({ outlet: z.string(), period: z.string() })),
});
export type VariantSentences = z.infer<typeof VariantSentencesSchema>;

export const FigureGroupSchema = z.object({
  id: z.string(),
  /** Human label ("100 billion EUR over 5 years"). */
  label: z.string(),
  kind: FigureKindSchema,
  /** Representative value of the group. */
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  period: z.enum(['total', 'annual']).nullable(),
  years: z.number().nullable(),
  /** amount per year when it can be computed (total / years, or annual amount). */
  perYear: z.number().nullable(),
  members: z.array(FigureRefSchema),
  /** A sentence describing a real disagreement between members, or null (the draft's and the CLI's, with the period). */
  conflict: z.string().nullable(),
  /** A sentence noting differences only due to rounding, or null. */
  rounding: z.string().nullable(),
  /** Money: what the group's figures measure ("fine"), when the articles say. */
  quantity: z.string().nullable().default(null),
  /** Money: the members' role; groups that are not the story's own sums (earlier, threshold…) are context. */
  role: FigureRoleSchema.nullable().default(null),
  /** Money: each distinct value and how it relates to the group's reference value (variants[0]). */
  variants: z.array(FigureVariantSchema).default([]),
  /** The figures page's sentences on the variants (charts and key figures show them as stored). */
  sentences: VariantSentencesSchema,
});
export type FigureGroup = z.infer<typeof FigureGroupSchema>;

export const WeightedWordSchema = z.object({
  word: z.string(),
  z: z.number(),
  count: z.number(),
  /** Uses in the rest of the story. */
  others: z.number().default(0),
  /** First paragraph of the outlet's article using it, or null. */
  paragraph: z.number().int().nullable().default(null),
});

export const OutletProfileSchema = z.object({
  article: z.string(),
  outlet: z.string(),
  headline: z.string(),
  lede: z.string(),
  wordCount: z.number().int(),
  /**
   * Ids of figure groups / quote groups this article reports, and key entities it names: its row of
   * the coverage matrix. What it omits is every other group or entity of the story (not stored: at
   * 1,000 articles the omissions were a quarter of story.json).
   */
  reports: z.object({
    figureGroups: z.array(z.string()),
    quoteGroups: z.array(z.string()),
    entities: z.array(z.string()),
  }),
  /** Attribution verb -> count. */
  verbs: z.record(z.string(), z.number()),
  /** Naming choices: which spelling of a contested name this outlet uses. */
  naming: z.array(z.object({ concept: z.string(), variant: z.string(), count: z.number() })),
  agencies: z.array(z.string()),
  machineTranslated: z.boolean(),
  distinctiveWords: z.array(WeightedWordSchema),
  /** Loaded attribution verbs this outlet uses for direct quotes -> why the verb is loaded. */
  loadedVerbs: z.record(z.string(), z.string()).default({}),
  /** Whom it quotes directly: speaker, quotes, first paragraph; most quoted first. */
  speakers: z
    .array(z.object({ speaker: z.string(), count: z.number().int(), paragraph: z.number().int() }))
    .default([]),
  /** The headline in pieces; `own` marks words no other outlet's headline uses. */
  headlineWords: z.array(z.object({ text: z.string(), own: z.boolean() })).default([]),
  /**
   * How it refers to the story's key people described by role: per person, the name forms and the
   * role descriptions it ties to them ("NATO chief"), with counts and first paragraph.
   */
  roleNames: z
    .array(
      z.object({
        person: z.string(),
        names: z.array(
          z.object({
            name: z.string(),
            kind: z.enum(['name', 'role']),
            count: z.number().int(),
            paragraph: z.number().int(),
          }),
        ),
      }),
    )
    .default([]),
  /** One or two lines about how it framed the story, each clause with the paragraph it rests on. */
  summary: z.array(z.object({ text: z.string(), paragraph: z.number().int() })).default([]),
});
export type OutletProfile = z.infer<typeof OutletProfileSchema>;

export const StoryAnalysisSchema = z.object({
  quoteGroups: z.array(QuoteGroupSchema),
  figureGroups: z.array(FigureGroupSchema),
  /** Exchange rates the articles state, computed once here (the site never derives its own). */
  rates: z.array(StatedRateSchema).default([]),
  outlets: z.array(OutletProfileSchema),
  /** Key people and organisations across the story, most mentioned first. */
  entities: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(['person', 'organisation', 'place']),
      articles: z.array(z.string()),
    }),
  ),
});
export type StoryAnalysis = z.infer<typeof StoryAnalysisSchema>;

// ---------------------------------------------------------------------------------------------
// Content collections (what emit writes under content/stories/<story>/, what the site reads)

/**
 * Frontmatter of content/stories/<story>/articles/<article>.mdx; the body holds the paragraphs.
 * What the normalizer removed stays in story.json only: it is a record of the source, not text a
 * journalist edits, and in the frontmatter it doubled what every build parses (about half of a
 * 1,000-article story's MDX). Older files that still carry `removed:` read fine (the key is dropped).
 */
export const ArticleFrontmatterSchema = ArticleSchema.omit({
  paragraphs: true,
  quotes: true,
  figures: true,
  removed: true,
});
export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatterSchema>;
/** An article as its MDX file holds it: everything but the removed boilerplate. */
export type ArticleText = Omit<Article, 'removed'>;

/** Frontmatter of content/stories/<story>/index.mdx, the explainer a journalist rewrites. */
export const StoryIndexSchema = z.object({
  title: z.string(),
  slug: z.string(),
  summary: z.string(),
  outlets: z.array(z.string()),
  /** Earliest and latest publication dates among the articles (YYYY-MM-DD), or null. */
  firstPublished: z.string().nullable(),
  lastPublished: z.string().nullable(),
  articleCount: z.number().int(),
});
export type StoryIndex = z.infer<typeof StoryIndexSchema>;

/** content/stories/<story>/story.json: everything the site shows, computed by the pipeline. */
export const StoryDataSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    /** When the pipeline last changed this data (ISO 8601); a re-run that finds nothing new keeps it. */
    generatedAt: z.string(),
    articles: z.array(ArticleSchema),
    analysis: StoryAnalysisSchema,
  })
  // The compare stage writes one outlet profile per article (compare/outlets.ts), and the site
  // reads counts such as an article's word count only from it: a story.json without one for each
  // article was written by an older pipeline, and re-running ingest writes them.
  .superRefine((story, ctx) => {
    const profiled = new Set(story.analysis.outlets.map((profile) => profile.article));
    const missing = story.articles.filter((article) => !profiled.has(article.id)).map((a) => a.id);
    if (missing.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['analysis', 'outlets'],
        message: `no outlet profile for article ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ` and ${missing.length - 3} more` : ''} (written by an older explainer)`,
      });
  });
export type StoryData = z.infer<typeof StoryDataSchema>;

/** Frontmatter of an optional journalist's note on a quote or figure group (notes/<group-id>.mdx). */
export const NoteSchema = z.object({ group: z.string() });

// ---------------------------------------------------------------------------------------------
// Files beside the content: the edit guard's manifest, and the `extract --json` report

/**
 * content/stories/<story>/.explainer-manifest.json: what ingest last wrote, so a hand-edited file
 * is never overwritten (src/pipeline/emit/files.ts reads and writes it).
 */
export const ManifestSchema = z.object({
  version: z.literal(1).default(1),
  /** source file name -> article id given to it */
  sources: z.record(z.string(), z.string()).default({}),
  /** path relative to the story folder -> sha256 of the bytes ingest last wrote there */
  files: z.record(z.string(), z.string()).default({}),
  /**
   * Written before a run replaces files, removed when it ends: path -> sha256 of what the run is
   * about to write. If the run is killed half-way, the next one sees a file holding either its old
   * bytes (`files`) or its new ones (`pending`) as ingest's own, not as a journalist's edit.
   */
  pending: z.record(z.string(), z.string()).optional(),
  /** quote/figure group id -> hashes of its members, so ids survive edits (see group-ids.ts). */
  groups: z.record(z.string(), z.array(z.string())).optional(),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** A story group's member in the report: the article by its index into `articles`. */
const ReportQuoteRefSchema = z.object({ article: z.number().int(), quote: z.number().int().min(0) });
const ReportFigureRefSchema = z.object({ article: z.number().int(), figure: z.number().int().min(0) });

/**
 * What `explainer extract --json` prints (src/cli/report.ts builds it from StoryData): articles
 * keyed by their input path as given (`source`), story groups pointing at articles by index into
 * that list. The published contract is extract-report.schema.json (docs/ holds the copy with this
 * model's additive fields); tests/pipeline/cli-contract.test.ts checks the CLI's output against
 * both this schema and that one.
 */
export const ExtractReportSchema = z.object({
  articles: z.array(ArticleSchema.omit({ id: true, translationNote: true })),
  story: z.object({
    quoteGroups: z.array(
      QuoteGroupFields.omit({ members: true }).extend({ members: z.array(ReportQuoteRefSchema) }),
    ),
    figureGroups: z.array(
      FigureGroupSchema.omit({ members: true }).extend({ members: z.array(ReportFigureRefSchema) }),
    ),
    outlets: z.array(OutletProfileSchema.extend({ articleIndex: z.number().int() })),
    entities: StoryAnalysisSchema.shape.entities,
  }),
});
export type ExtractReport = z.infer<typeof ExtractReportSchema>;
