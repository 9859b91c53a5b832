/**
 * A small router over the History API. Three views: search (`/`), document reader
 * (`/documents/<docId>?q=…#<sectionId>`) and directive page (`/directives/<key>`).
 */

export type Route =
  | { name: 'search'; params: URLSearchParams }
  | { name: 'document'; docId: string; q: string; sectionId: string | null }
  | { name: 'directive'; key: string }
  | { name: 'not-found'; path: string };

export interface LocationLike {
  pathname: string;
  search: string;
  hash: string;
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Reads the route from a location. A directive key keeps its slashes whether or not they were encoded. */
export function parseRoute(loc: LocationLike): Route {
  const params = new URLSearchParams(loc.search);
  const path = loc.pathname.replace(/\/{2,}/g, '/');
  if (path === '/' || path === '' || path === '/index.html') return { name: 'search', params };
  const doc = /^\/documents\/([^/]+)\/?$/.exec(path);
  if (doc) {
    const docId = decode(doc[1]!);
    const hash = loc.hash.startsWith('#') ? decode(loc.hash.slice(1)) : null;
    if (docId) return { name: 'document', docId, q: params.get('q') ?? '', sectionId: hash || null };
  }
  const dir = /^\/directives\/(.+?)\/?$/.exec(path);
  if (dir) {
    const key = decode(dir[1]!);
    if (key) return { name: 'directive', key };
  }
  return { name: 'not-found', path: loc.pathname };
}

export function documentUrl(docId: string, opts: { q?: string; sectionId?: string | null } = {}): string {
  const qs = opts.q ? `?${new URLSearchParams({ q: opts.q })}` : '';
  const hash = opts.sectionId ? `#${encodeURIComponent(opts.sectionId)}` : '';
  return `/documents/${encodeURIComponent(docId)}${qs}${hash}`;
}

export function directiveUrl(key: string): string {
  return `/directives/${encodeURIComponent(key)}`;
}

export const NAVIGATE_EVENT = 'vk-navigated';

/** Pushes (or replaces) a same-origin URL and tells the app to render it. */
export function navigate(url: string, opts: { replace?: boolean } = {}): void {
  const target = new URL(url, window.location.href);
  const current = window.location;
  if (target.href === current.href) return;
  if (opts.replace) history.replaceState(history.state, '', target);
  else history.pushState({ inApp: true }, '', target);
  const hashOnly = target.pathname === current.pathname && target.search === current.search;
  window.dispatchEvent(new CustomEvent(NAVIGATE_EVENT, { detail: { hashOnly } }));
}

/** The URL of the same-origin in-app link (HTML or SVG) a click landed on, if the router should handle it. */
export function interceptedLink(e: MouseEvent): string | null {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return null;
  const anchor = e
    .composedPath()
    .find((n): n is HTMLAnchorElement | SVGAElement => n instanceof HTMLAnchorElement || n instanceof SVGAElement);
  if (!anchor || anchor.hasAttribute('download')) return null;
  const href = anchor instanceof SVGAElement ? anchor.href.baseVal : anchor.href;
  const target = anchor instanceof SVGAElement ? anchor.target.baseVal : anchor.target;
  if (!href || (target && target !== '_self')) return null;
  const url = new URL(href, window.location.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith('/api/') || url.pathname === '/openapi.json')
    return null;
  return url.href;
}

/** True when the current history entry was reached inside the app (so "back" stays in the app). */
export function cameFromApp(): boolean {
  return (history.state as { inApp?: boolean } | null)?.inApp === true;
}
