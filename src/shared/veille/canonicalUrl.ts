// Canonical URLs: the key that removes duplicates when the same article arrives from two feeds,
// twice from one feed, or by hand with tracking parameters.

/**
 * Query parameters that only track the click (campaign tags and click ids of ad and mail
 * platforms); removed before comparing. Sources: Google Analytics campaign parameters (utm_*),
 * Google Ads (gclid, dclid, gbraid, wbraid), Meta (fbclid), Microsoft Ads (msclkid), Mailchimp
 * (mc_cid, mc_eid), HubSpot (_hsenc, _hsmi, __hstc, __hssc, __hsfp, hsCtaTracking), Marketo
 * (mkt_tok), Instagram (igshid), Yandex (yclid), X (ref_src, ref_url), Matomo (mtm_*, pk_*).
 */
const TRACKING_PARAM = /^(utm_.+|mtm_.+|pk_.+|gclid|dclid|gbraid|wbraid|fbclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|__hstc|__hssc|__hsfp|hsctatracking|mkt_tok|igshid|yclid|ref_src|ref_url)$/i;

/**
 * The canonical form of an article's address, used only to compare (the item keeps the address it
 * came with, for opening). http and https are the same page, so is a leading `www.`; the fragment
 * and tracking parameters (TRACKING_PARAM) go, the other parameters are sorted by name (stable
 * for equal names), a trailing slash after a path goes, the default port goes and the host is
 * lower case (WHATWG URL). Returns null for anything that is not an absolute http(s) address.
 * Idempotent: canonicalUrl(canonicalUrl(x)) === canonicalUrl(x).
 */
export function canonicalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  const host = url.hostname.replace(/^www\./, '') + (url.port && url.port !== '443' && url.port !== '80' ? `:${url.port}` : '');
  const params = [...url.searchParams.entries()].filter(([k]) => !TRACKING_PARAM.test(k));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  let path = url.pathname;
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return `https://${host}${path}${query ? `?${query}` : ''}`;
}

/** True when `param` is a tracking parameter that canonicalUrl removes. */
export function isTrackingParam(param: string): boolean {
  return TRACKING_PARAM.test(param);
}
