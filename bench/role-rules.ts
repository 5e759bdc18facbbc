/**
 * npm run bench:role-rules — how each money role rule (src/pipeline/extract/figures/role-rules.ts)
 * does on the TUNE half of the money gold: per rule, how many matched figures it decides (it is
 * the first to fire) and how many of those the gold agrees with, and how many it fires on at all
 * (anywhere in the order) with the gold agreeing. Tune only: rules are never studied on held-out.
 *
 * In:  bench/gold/money/<event>.json of the tune split and the articles from ../shared.
 * Out: a table on stdout. The deciding rule is re-read on the figure as the pipeline left it, so a
 *      role changed after the rules (yearly budgets, linked parts, conversions) shows as "after".
 */
import { clauseBounds } from '../src/pipeline/extract/figures/period.ts';
import { roleContext } from '../src/pipeline/extract/figures/role-context.ts';
import { ROLE_RULES, decideRole } from '../src/pipeline/extract/figures/role-rules.ts';
import { forEachTuneMatch } from './accuracy/sections/money.ts';

interface Count {
  decided: number;
  right: number;
  fired: number;
  firedRight: number;
}
const counts = new Map<string, Count>();
const count = (name: string): Count => {
  let c = counts.get(name);
  if (!c) counts.set(name, (c = { decided: 0, right: 0, fired: 0, firedRight: 0 }));
  return c;
};
const verbose = process.argv.includes('--verbose');

forEachTuneMatch((article, figure, g) => {
  const paragraph = article.paragraphs[figure.paragraph] ?? '';
  const clause = clauseBounds(paragraph).findLast(([s]) => s <= figure.start) ?? [0, paragraph.length];
  const decided = decideRole(paragraph, figure, clause);
  const name =
    decided.role !== figure.role
      ? `after: ${figure.role}`
      : (decided.rule?.name ?? `fallback: ${figure.role}`);
  const c = count(name);
  c.decided++;
  if (figure.role === g.role) c.right++;
  else if (verbose)
    console.error(
      `${name}: ${figure.role} vs ${g.role} «${paragraph.slice(Math.max(0, figure.start - 60), figure.end + 40)}»`,
    );
  const ctx = roleContext(paragraph, figure, clause);
  for (const rule of ROLE_RULES)
    if (rule.test(ctx)) {
      const r = count(rule.name);
      r.fired++;
      if (rule.role === g.role) r.firedRight++;
    }
});
const order = [
  ...ROLE_RULES.map((r) => r.name),
  ...[...counts.keys()].filter((k) => !ROLE_RULES.some((r) => r.name === k)).sort(),
];
console.log('| rule | role | decides | right | fires | role agrees |\n| --- | --- | --- | --- | --- | --- |');
for (const name of order) {
  const c = counts.get(name) ?? { decided: 0, right: 0, fired: 0, firedRight: 0 };
  const role = ROLE_RULES.find((r) => r.name === name)?.role ?? '';
  console.log(`| ${name} | ${role} | ${c.decided} | ${c.right} | ${c.fired} | ${c.firedRight} |`);
}
