// An article's address as history keeps it: the same article read from a newsletter link,
// a social post or the front page is one article, not three.

const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ref|ref_src|ref_url|cmpid|ocid|smid|s_cid|sh|at_medium|at_campaign|at_custom\d*|guccounter|guce_referrer[a-z_]*|ito|cmp|src|source|share|amp)$/i;

/** The URL without fragment, tracking parameters, default port and trailing slash; other parameters sorted. */
export function normaliseUrl(raw: string): string | null {
  let u: URL;
  try { u = new URL(raw); } catch { return null; }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  const kept = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  u.search = new URLSearchParams(kept).toString();
  if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.replace(/\/+$/, '');
  return u.toString();
}

/**
 * The address to remember for a page: its canonical link when the page gives one on the same
 * site (a page may not claim to be another site's article), else its own URL.
 */
export function articleKey(url: string, canonical: string | null | undefined): string | null {
  const own = normaliseUrl(url);
  const canon = canonical ? normaliseUrl(new URL(canonical, url).toString()) : null;
  if (own && canon && new URL(canon).hostname.replace(/^www\./, '') === new URL(own).hostname.replace(/^www\./, '')) return canon;
  return own;
}

/** The outlet's name: the page's own (og:site_name) or its host without "www.". */
export function outletOf(url: string, siteName: string | null | undefined): string {
  if (siteName && siteName.trim()) return siteName.trim().slice(0, 80);
  try { return new URL(url).hostname.replace(/^www\./, ''); } catch { return ''; }
}
