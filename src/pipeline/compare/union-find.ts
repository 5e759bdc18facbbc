/**
 * compare/union-find: disjoint sets over small integer ids, for grouping quotes and figures. The
 * smaller id always stays the root, so a set's root is its first member and results do not depend
 * on the order of unions.
 */
export class UnionFind {
  private readonly parent: number[];
  /** `size` ids to start with (0..size-1), each its own set; add() makes more. */
  constructor(size = 0) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  /** A new id in a set of its own. */
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  /** The root of x's set (with path halving). */
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }
  /** Joins the sets of a and b and returns the joined set's root (the smaller one). */
  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    return root;
  }
}
