/**
 * How each outlet refers to the story's key people, shaped for the framing page's "Naming choices":
 * per person, a row per outlet with its name forms and role descriptions, each with the paragraph it
 * rests on. The names themselves come from the pipeline (compare/role-names.ts, OutletProfile.roleNames).
 */
import type { Column, Evidence } from './framing/index.ts';
import type { StoryView } from './story.ts';

export interface RoleName {
  name: string;
  count: number;
  evidence: Evidence;
}

export interface RoleNameTable {
  person: string;
  rows: Array<{ outlet: string; names: RoleName[]; roles: RoleName[] }>;
}

/** One table per person (story order of first appearance); outlets that never name them are left out. */
export function roleNameTables(view: StoryView, cols: Column[]): RoleNameTable[] {
  const tables = new Map<string, RoleNameTable>();
  for (const c of cols) {
    for (const entry of view.profile(c.article).roleNames) {
      const table = tables.get(entry.person) ?? { person: entry.person, rows: [] };
      tables.set(entry.person, table);
      const cell = (kind: 'name' | 'role'): RoleName[] =>
        entry.names
          .filter((n) => n.kind === kind)
          .map((n) => ({
            name: n.name,
            count: n.count,
            evidence: { article: c.article, paragraph: n.paragraph },
          }));
      table.rows.push({ outlet: c.outlet, names: cell('name'), roles: cell('role') });
    }
  }
  return [...tables.values()];
}
