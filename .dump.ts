import { analyseDocument } from './src/pipeline/analyse.ts';
import { corpusEvent } from './bench/accuracy/corpus.ts';
const ev = process.argv[2]!;
const e = corpusEvent(ev);
for (const s of e.articles) {
  const a = analyseDocument({ path: 'x', name: 'x', format: 'text', text: `${s.title}\n\n${s.content_original}`, hints: {} });
  console.log(`\n=== ${s.ID} ${s.source} :: ${s.title}`);
  if (!a) continue;
  for (const q of a.quotes) {
    if (q.scare) continue;
    const para = a.paragraphs[q.paragraph]!;
    const ctx = para.slice(Math.max(0, q.start - 70), q.start) + '[Q]' + para.slice(q.end, q.end + 70);
    console.log(`p${q.paragraph} ${q.partial ? 'P' : 'F'} [${q.speaker}] ${q.verb} | ${ctx.replace(/\n/g, ' ')}`);
  }
}
