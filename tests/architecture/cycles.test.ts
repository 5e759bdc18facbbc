// No import cycles under src/: a module and the modules it imports form a tree read one way, so a
// newcomer can read any module knowing only what is below it (and load order never matters).
// Type-only imports count too: a cycle through types still ties two modules' meanings together.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, files, importsOf } from './source-files.ts';

/** The project file a relative import lands on, or null for a package or a file that is not there. */
function resolveImport(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(ROOT, dirname(file), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')])
    if (existsSync(candidate) && /\.(ts|mjs|js|astro)$/.test(candidate)) return relative(ROOT, candidate);
  return null;
}

/** The import graph of the files under `dir`: file -> the project files it imports. */
export function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files(dir))
    graph.set(
      file,
      importsOf(file)
        .map((specifier) => resolveImport(file, specifier))
        .filter((to): to is string => to !== null),
    );
  return graph;
}

/** One cycle per strongly connected group of files (Tarjan), each as a path "a -> b -> a". */
export function cycles(graph: Map<string, string[]>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    const selfImport = (graph.get(node) ?? []).includes(node);
    if (group.length > 1 || selfImport) found.push([...group.reverse(), group[0]].join(' -> '));
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found.sort();
}

describe('import cycles', () => {
  it('the walk finds a cycle when there is one (and none in a tree)', () => {
    const tree = new Map([
      ['a', ['b', 'c']],
      ['b', ['c']],
      ['c', []],
    ]);
    expect(cycles(tree)).toEqual([]);
    const loop = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['d']],
    ]);
    expect(cycles(loop)).toEqual(['a -> b -> c -> a', 'd -> d']);
  });

  it('no module under src/ imports itself through others', () => {
    const graph = importGraph('src');
    expect(graph.size).toBeGreaterThan(50);
    // The graph holds real edges (a walk over an empty graph finds no cycles either).
    expect(graph.get('src/pipeline/extract/figures/relations.ts')).toContain(
      'src/pipeline/extract/figures/quantity-head.ts',
    );
    expect(cycles(graph)).toEqual([]);
  });
});
