// temporary probe (removed before hand-off)
import { readStory } from '../../src/pipeline/read/index.ts';
import { analyseDocuments, buildStoryData } from '../../src/pipeline/ingest.ts';
import { compare } from '../../src/pipeline/compare/index.ts';
import { articleToMdx } from '../../src/pipeline/emit/article-mdx.ts';
import { writeStory } from '../../src/pipeline/emit/index.ts';
const t = (label: string, f: () => unknown) => {
  const c = process.cpuUsage();
  const w = performance.now();
  const r = f();
  const d = process.cpuUsage(c);
  console.log(label.padEnd(10), ((d.user + d.system) / 1e6).toFixed(2), 'cpu', ((performance.now() - w) / 1000).toFixed(2), 'wall');
  return r;
};
const { documents, warnings } = t('read', () => readStory(process.argv[2]!)) as ReturnType<typeof readStory>;
const arts = t('analyse', () => analyseDocuments(documents, warnings)) as ReturnType<typeof analyseDocuments>;
t('compare', () => compare(arts));
t('mdx', () => arts.map(articleToMdx));
const story = buildStoryData('x', {}, arts);
t('json', () => JSON.stringify(story, null, 1).length);
t('write', () => writeStory('/tmp/st/x', story, { force: true }));
