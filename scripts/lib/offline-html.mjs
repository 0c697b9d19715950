// Finds what a static HTML page would load from the network as soon as it is opened: scripts,
// module imports, styles, fonts, images and frames with an http(s) or protocol-relative address.
// Links a reader may click (`<a href>`) are not loads and are not reported. Requests that scripts
// make at run time are only visible in a browser (see test/docs.test.ts).

const REMOTE = /^(?:https?:)?\/\//i;
const LOADING_TAGS = /<(script|link|img|iframe|source|embed|object|video|audio)\b[^>]*>/gi;
const URL_ATTRIBUTES = /\b(src|href|data|poster|srcset)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const CSS_URLS = /(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?\/\/[^'")\s]+)/gi;
const SCRIPT_IMPORTS = /\bimport\s*(?:\(\s*|[\w\s{},*$]*?\bfrom\s*)['"`]((?:https?:)?\/\/[^'"`]+)['"`]/g;
const FONT_HOSTS = /\b(?:fonts\.googleapis\.com|fonts\.gstatic\.com|use\.typekit\.net)\b/gi;

/** Remote addresses the page's markup and CSS would load, each as `<what> <url>`. */
export function externalResources(html) {
  const found = [];
  for (const [tag, name] of html.matchAll(LOADING_TAGS)) {
    for (const [, attribute, , double, single, bare] of tag.matchAll(URL_ATTRIBUTES)) {
      const url = (double ?? single ?? bare).trim();
      if (REMOTE.test(url)) found.push(`<${name.toLowerCase()} ${attribute}> ${url}`);
    }
  }
  for (const [, url] of html.matchAll(CSS_URLS)) found.push(`css url() ${url}`);
  for (const [, url] of html.matchAll(SCRIPT_IMPORTS)) found.push(`script import ${url}`);
  for (const [host] of html.matchAll(FONT_HOSTS)) found.push(`web font host ${host}`);
  return [...new Set(found)];
}
