import { extractQuotes } from './src/pipeline/extract/quotes.ts';
import { readFileSync } from 'node:fs';
const cases = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { headline: string; paragraphs: string[] }[];
for (const c of cases) {
  console.log('---', c.headline);
  for (const q of extractQuotes(c.paragraphs, { headline: c.headline, standfirst: null, captions: [] }))
    console.log(`p${q.paragraph} ${q.scare ? 'S' : q.partial ? 'P' : 'F'} [${q.speaker}]${(q as any).speakerKind ? ' ' + (q as any).speakerKind : ''} ${q.verb} | ${q.text.slice(0, 50)}`);
}
