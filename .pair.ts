import { corpusEvent, paragraphsOf } from './bench/accuracy/corpus.ts';
import { readFileSync } from 'node:fs';
const [ev, ...keys] = process.argv.slice(2);
const g = JSON.parse(readFileSync(`bench/gold/quotes/${ev}.json`, 'utf8'));
const e = corpusEvent(ev!);
for (const k of keys) {
  const [id, qi] = k.split('#');
  const q = g.articles.find((a: any) => a.id === id).quotes[Number(qi)];
  const ps = paragraphsOf(e.articles.find((a) => a.ID === id)!);
  console.log(k, q.speaker, q.partial ? 'P' : 'F', JSON.stringify(ps[q.p]!.slice(q.start, q.end)));
}
