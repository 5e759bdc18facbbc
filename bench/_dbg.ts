import { analyseDocument } from '/work/wt-money11/src/pipeline/analyse.ts';
for (const text of process.argv.slice(2)) {
  const a = analyseDocument({ path: 'x.txt', name: 'x.txt', format: 'text', text: `Probe\n\n${text}`, hints: {} });
  console.log('«' + text + '»', a?.paragraphs.length);
  for (const f of a?.figures ?? []) if (f.kind === 'money') console.log(`  "${f.text}" amt=${f.amount} per=${f.period} y=${f.years} role=${f.role} q=${f.quantity} partOf=${f.partOf}`);
}
