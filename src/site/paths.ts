/** getStaticPaths helpers shared by the story pages. */
import { articleEntries, storyEntries } from './load.ts';

export async function storyPaths() {
  const stories = await storyEntries();
  return stories.map((entry) => ({ params: { story: entry.id }, props: { entry } }));
}

export async function articlePaths() {
  const stories = await storyEntries();
  const paths = [];
  for (const story of stories) {
    for (const entry of await articleEntries(story.id)) {
      paths.push({
        params: { story: story.id, article: entry.id.slice(story.id.length + 1) },
        props: { entry, story: { slug: story.id, title: story.data.title } },
      });
    }
  }
  return paths;
}
