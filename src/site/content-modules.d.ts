/**
 * Astro's virtual module of content modules (the one its render() of a content entry loads them
 * through): file path -> the module's import. Only the parts site/load.ts reads are typed.
 */
declare module 'astro:content-module-imports' {
  interface ContentModuleWrapper {
    getMod?: () => Promise<{
      Content?: (props: object) => unknown;
      frontmatter?: { layout?: unknown };
    } | null>;
    collectedStyles?: unknown[];
    collectedLinks?: unknown[];
    collectedScripts?: unknown[];
  }
  const modules: Map<string, () => Promise<{ default?: ContentModuleWrapper } | null>>;
  export default modules;
}
