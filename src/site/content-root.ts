/**
 * Where the stories are: content/stories, or EXPLAINER_CONTENT/stories (the browser tests' demo
 * story). Read at build time only (content config and loaders).
 */
export const STORIES_DIR = `${(process.env.EXPLAINER_CONTENT || 'content').replace(/\/+$/, '')}/stories`;
