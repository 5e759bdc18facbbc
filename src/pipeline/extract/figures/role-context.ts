/**
 * figures/role-context: what a role rule (figures/role-rules) sees of one money figure — the
 * paragraph, the figure and the text around it cut to its clause — and how that view is built.
 *
 * In:  a paragraph, one money figure and the bounds of its clause.
 * Out: a RoleContext (before / after / rest / near slices); the RoleRule shape the rules share.
 */
import type { Figure, FigureRole } from '../../../lib/model.ts';
import { RANGE_REST } from './role-cues.ts';

/** What a rule sees of one figure: the text around it, cut to its clause. */
export interface RoleContext {
  paragraph: string;
  figure: Figure;
  clause: [number, number];
  /** Up to 60 characters before the figure, in its clause. */
  before: string;
  /** Up to 60 characters after it, in its clause. */
  after: string;
  /** `after` with a range's second end dropped ("$15 and $19 an hour" reads "an hour"). */
  rest: string;
  /** 60 characters before to 40 after, in its clause. */
  near: string;
}

export interface RoleRule {
  name: string;
  role: FigureRole;
  test: (c: RoleContext) => boolean;
}

/** The context a rule reads for one figure. */
export function roleContext(paragraph: string, figure: Figure, clause: [number, number]): RoleContext {
  const before = paragraph.slice(Math.max(clause[0], figure.start - 60), figure.start);
  const after = paragraph.slice(figure.end, Math.min(clause[1], figure.end + 60));
  return {
    paragraph,
    figure,
    clause,
    before,
    after,
    rest: after.replace(RANGE_REST, ' '),
    near: paragraph.slice(Math.max(clause[0], figure.start - 60), Math.min(clause[1], figure.end + 40)),
  };
}
