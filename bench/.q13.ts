import { analyseDocument } from '../src/pipeline/analyse.ts';
const lines = process.argv.slice(2);
for (const text of lines) {
  const doc = { path: 'x.txt', name: 'x.txt', format: 'text' as const };
  const a = analyseDocument({ ...doc, text: `Probe\n\n${text}`, hints: {} });
  for (const f of a?.figures ?? []) if (f.kind === 'money') console.log(JSON.stringify(f.text), f.quantity, f.role, f.period, '|', text.slice(0, 80));
}
