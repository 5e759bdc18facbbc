/**
 * Every internal link goes through here, so the same build works at a domain root or under
 * BASE_PATH (import.meta.env.BASE_URL). Paths are written without the base: href('/x/quotes/').
 */
const BASE = import.meta.env.BASE_URL.replace(/\/+$/, '');

export function href(path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${BASE}${clean}`;
}

export const routes = {
  home: (): string => href('/'),
  search: (): string => href('/search/'),
  story: (story: string): string => href(`/${story}/`),
  quotes: (story: string, group?: string): string => href(`/${story}/quotes/${group ? `#${group}` : ''}`),
  figures: (story: string, group?: string): string => href(`/${story}/figures/${group ? `#${group}` : ''}`),
  framing: (story: string, section?: string): string =>
    href(`/${story}/framing/${section ? `#${section}` : ''}`),
  articles: (story: string): string => href(`/${story}/articles/`),
  article: (story: string, article: string, paragraph?: number | null): string =>
    href(
      `/${story}/articles/${article}/${paragraph === undefined || paragraph === null ? '' : `#p-${paragraph}`}`,
    ),
  data: (story: string, file?: string): string => href(`/${story}/data/${file ?? ''}`),
};

/** Absolute URL of a path on the deployed site (canonical and Open Graph). */
export function absolute(pathWithBase: string, site: URL | undefined): string {
  return site ? new URL(pathWithBase, site).href : pathWithBase;
}
