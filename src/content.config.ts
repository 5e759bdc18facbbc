/**
 * Content collections over content/stories/<story>/ (written by `explainer ingest`, edited by
 * journalists). The schemas are the pipeline's own (src/lib/model.ts), so a hand edit that breaks
 * the model fails the build with the file and the field named.
 *
 * EXPLAINER_CONTENT points the site at another content folder (the browser tests' demo story).
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { glob, type Loader } from 'astro/loaders';
import { ArticleFrontmatterSchema, NoteSchema, StoryIndexSchema } from './lib/model.ts';
import { STORIES_DIR } from './site/content-root.ts';

/**
 * Astro reads frontmatter as YAML 1.1, where an unquoted 2024-04-30 is a timestamp; the model (and
 * the pipeline, which reads it back as YAML 1.2) wants the string. Accept both, keep the string.
 */
function dateAsString<T extends z.ZodType>(field: T) {
  return z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), field);
}

const StoryIndex = StoryIndexSchema.extend({
  firstPublished: dateAsString(StoryIndexSchema.shape.firstPublished),
  lastPublished: dateAsString(StoryIndexSchema.shape.lastPublished),
});
const ArticleFrontmatter = ArticleFrontmatterSchema.extend({
  published: dateAsString(ArticleFrontmatterSchema.shape.published),
});

const root = STORIES_DIR;

/** "nato-ukraine-aid/articles/dpa-x.mdx" -> "nato-ukraine-aid/dpa-x"; "<story>/index.mdx" -> "<story>". */
function idFromPath(entry: string): string {
  const parts = entry.replace(/\.(mdx|json)$/, '').split('/');
  const story = parts[0] ?? entry;
  const name = parts.at(-1) ?? entry;
  return parts.length <= 2 ? story : `${story}/${name}`;
}
const generateId = ({ entry }: { entry: string }): string => idFromPath(entry);
/**
 * render() uses each MDX file's compiled module, never the raw body: not keeping the body halves
 * the data store Astro bundles into every build (a 1,000-article story's MDX is ~10 MB).
 */
const retainBody = false;

/** The explainer of each story (index.mdx): id = story slug. */
const stories = defineCollection({
  loader: glob({ base: root, pattern: '*/index.mdx', generateId, retainBody }),
  schema: StoryIndex,
});

/** Cleaned articles: id = "<story>/<article-id>". */
const articles = defineCollection({
  loader: glob({ base: root, pattern: '*/articles/*.mdx', generateId, retainBody }),
  schema: ArticleFrontmatter,
});

/**
 * The glob loader, minus its warning that no file matches: notes are optional, and a story without
 * any is the usual case, not a mistake worth a warning on every build.
 */
function optionalGlob(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: (context) =>
      inner.load({
        ...context,
        logger: new Proxy(context.logger, {
          get(target, key, receiver) {
            const value: unknown = Reflect.get(target, key, receiver);
            if (key !== 'warn' || typeof value !== 'function') return value;
            return (message: string) => {
              if (!message.startsWith('No files found matching')) value.call(target, message);
            };
          },
        }),
      }),
  };
}

/** Journalists' notes on a quote or figure group: id = "<story>/<file name>". */
const notes = defineCollection({
  loader: optionalGlob({ base: root, pattern: '*/notes/*.mdx', generateId, retainBody }),
  schema: NoteSchema,
});

/**
 * Computed data of each story (story.json) is not a collection: src/site/load.ts reads and checks
 * it against StoryDataSchema once per build.
 */
export const collections = { stories, articles, notes };
