/**
 * Runs compiled MDX (function-body output of @mdx-js/mdx) against a tiny fake JSX runtime and
 * returns what it would render: the text of each <P>, the Quote/Fig elements with their props, and
 * every intrinsic HTML element the MDX produced. No React needed, and any expression that sneaked
 * into the body as code would run here — so the tests can see it (globalThis.pwned, a thrown exit).
 */

export interface Rendered {
  /** Text content of each <P>, in order. */
  paragraphs: string[];
  /** Every component or element used, by name ("P", "Quote", "Fig", "p", "em", …). */
  elements: string[];
  quotes: Array<Record<string, unknown> & { text: string }>;
  figures: Array<Record<string, unknown> & { text: string }>;
}

interface Node {
  type: string;
  props: Record<string, unknown>;
}

const FRAGMENT = Symbol('Fragment');

export function renderMdx(compiled: string): Rendered {
  const runtime = {
    Fragment: FRAGMENT,
    jsx: (type: unknown, props: Record<string, unknown>): Node => ({ type: typeName(type), props }),
    jsxs: (type: unknown, props: Record<string, unknown>): Node => ({ type: typeName(type), props }),
  };
  // Components are passed as marker functions; the fake runtime records their names.
  const component = (name: string) => Object.defineProperty(() => null, 'name', { value: name });
  // Every component the MDX names (P, Quote, Fig, SourceLink, KeyFigures…) is provided.
  const names = new Set([
    'P',
    'Quote',
    'Fig',
    ...[...compiled.matchAll(/_missingMdxReference\("([\w.]+)"/g)].map((m) => m[1]!),
  ]);
  const components = Object.fromEntries([...names].map((name) => [name, component(name)]));
  const module = new Function(compiled)(runtime) as { default: (props: unknown) => Node };
  const tree = module.default({ components });

  const rendered: Rendered = { paragraphs: [], elements: [], quotes: [], figures: [] };
  const textOf = (node: unknown): string => {
    if (node === null || node === undefined || typeof node === 'boolean') return '';
    if (typeof node === 'string' || typeof node === 'number') return String(node);
    if (Array.isArray(node)) return node.map(textOf).join('');
    const element = node as Node;
    if (element.type !== 'Fragment') rendered.elements.push(element.type);
    const text = textOf(element.props.children);
    const { children: _children, ...props } = element.props;
    if (element.type === 'P') rendered.paragraphs.push(text);
    if (element.type === 'Quote') rendered.quotes.push({ ...props, text });
    if (element.type === 'Fig') rendered.figures.push({ ...props, text });
    return text;
  };
  textOf(tree);
  return rendered;
}

function typeName(type: unknown): string {
  if (type === FRAGMENT) return 'Fragment';
  if (typeof type === 'string') return type;
  if (typeof type === 'function') return type.name;
  return String(type);
}
