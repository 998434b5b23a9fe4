import { nodesOf, type TextBlock } from './blocks';

// The page around the article: menus, related-story lists, teasers, comments, share bars, footers that real
// sites mark with roles and class names, or only with links, rather than with <nav>, <aside> or <footer>
// (those are skipped by the reader). Asked only of the blocks the engine found a mention in: a few dozen on
// most pages, so the pass over every block stays as it is.

/** Roles of the parts of a page that are not its article. */
const ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'menubar', 'menuitem', 'search', 'dialog', 'alertdialog',
  'tablist', 'toolbar', 'tooltip', 'marquee', 'feed']);
/** Words of class names and ids that name such a part ("related-stories", "commentList", "share_bar"). */
const WORDS = new Set(['nav', 'navbar', 'navigation', 'menu', 'menus', 'submenu', 'megamenu', 'related', 'recommended', 'recommendations', 'recirc',
  'recirculation', 'comment', 'comments', 'disqus', 'footer', 'share', 'shares', 'sharing', 'sharebar', 'social', 'promo', 'promos', 'promotion',
  'teaser', 'teasers', 'sidebar', 'widget', 'widgets', 'breadcrumb', 'breadcrumbs', 'tags', 'taglist', 'newsletter', 'subscribe', 'subscription',
  'popular', 'mostread', 'trending', 'outbrain', 'taboola', 'ad', 'ads', 'advert', 'adverts', 'advertisement', 'sponsored', 'sponsor', 'cookie',
  'cookies', 'consent', 'masthead', 'topbar', 'push', 'notification', 'notifications', 'modal', 'popup', 'overlay', 'paywall', 'signup', 'login',
  'rail', 'copyright', 'alert', 'alerts', 'stream', 'feed', 'bio', 'bios', 'biography', 'byline', 'bylines', 'player',
  // Lists of sources under an article: each names institutions and reports, none is the article's own account.
  'references', 'reflist', 'footnotes', 'endnotes', 'citations', 'bibliography']);
/**
 * Word starts that say the same whatever follows ("commentsContainer", "relatedlinks", "sidebar2"), in the languages
 * class names are written in: comments are "comentarios", "commentaires", "Kommentare", "komentarze" too.
 */
const STARTS = ['comment', 'comentari', 'commentair', 'kommentar', 'komentar', 'related', 'recommend', 'sidebar', 'newsletter', 'footer', 'teaser', 'promo', 'breadcrumb', 'navig', 'navbar', 'megamenu',
  'outbrain', 'taboola', 'sharebar', 'socialshare', 'mostread', 'mostpopular', 'moreon', 'morefrom', 'readmore', 'alsoread', 'seealso'];
/**
 * What only the article holds: an element with one of these inside is the layout around the article, whatever
 * its class says ("page has-sidebar"). Not <article>: teasers and comments are often articles of their own.
 */
const ARTICLE = 'main, [role="main"], [itemprop="articleBody"], h1';

/** A teaser: an item or article whose heading is a link, among at least this many of its kind, and short. */
const TEASERS = 3;
/** Counted without whitespace: a pretty-printed item is mostly indentation (1,360 characters, 450 of them text). */
const TEASER_CHARS = 1000;
const letters = (text: string) => text.replace(/\s+/g, '').length;
const LINKED_HEADING = 'h2 a, h3 a, h4 a, h5 a, a h2, a h3, a h4, a h5';

/** A list item or an article that is one of a run of teasers: headline linked elsewhere, and siblings like it. */
function teaser(el: Element): boolean {
  if ((el.localName !== 'li' && el.localName !== 'article') || el.querySelector(LINKED_HEADING) === null) return false;
  const parent = el.parentElement;
  if (!parent) return false;
  let alike = 0;
  for (let c = parent.firstElementChild; c && alike < TEASERS; c = c.nextElementSibling) if (c.localName === el.localName && c.querySelector(LINKED_HEADING)) alike++;
  // An article with a linked heading inside (a box of links in its text) among others is no teaser: teasers are short.
  return alike >= TEASERS && letters(el.textContent ?? '') < TEASER_CHARS;
}

/**
 * The caption of a figure that shows no picture: a video player's, whose media the page builds later or never
 * (a saved page). It describes what the reader does not see; a photo's caption is the article's own.
 */
const caption = (el: Element) => el.localName === 'figcaption' && el.parentElement?.localName === 'figure' && el.parentElement.querySelector('img, picture') === null;

/** A block whose text is mostly link text is a list of links (menus, teasers, tags), not the article's prose. */
const LINK_SHARE = 0.6;

function namesAPart(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && ROLES.has(role.trim().toLowerCase())) return true;
  const cls = el.getAttribute('class');
  const id = el.id;
  if (!cls && !id) return false;
  // camelCase and kebab-case alike: "relatedStories" and "related-stories" give "related".
  const words = `${cls ?? ''} ${id}`.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
  for (const w of words) {
    if (!w) continue;
    if (WORDS.has(w)) return true;
    for (const s of STARTS) if (w.startsWith(s)) return true;
  }
  return false;
}

/** Share of a block's text that is link text. */
function linkShare(el: Element, text: string): number {
  const all = letters(text);
  if (all === 0) return 0;
  if (el.closest('a')) return 1;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += letters(a.textContent ?? '');
  return linked / all;
}

/**
 * Decides, for blocks that hold mentions, which lie outside the article: hidden from the reader, inside a part
 * the page names as navigation, related stories, comments and the like, or mostly links. Answers are kept per
 * element for the life of the page's pass.
 */
export class Surroundings {
  /** Per ancestor: whether it names a part of the page around the article (and holds no article of its own). */
  private parts = new WeakMap<Element, boolean>();

  /** `around`: the reader lights the page around the article too; what nobody sees stays out all the same. */
  constructor(private root: Element, private around: boolean) {}

  /** Why a block is not the article's: hidden (for now), around it, or null when it is the article's. */
  outside(el: Element, text: string): 'hidden' | 'around' | null {
    if (hidden(el)) return 'hidden';
    if (this.around) return null;
    if (el.localName !== 'h1' && linkShare(el, text) >= LINK_SHARE) return 'around';
    return this.inPart(el) ? 'around' : null;
  }

  private inPart(el: Element): boolean {
    for (let a: Element | null = el; a && a !== this.root; a = a.parentElement) {
      let part = this.parts.get(a);
      if (part === undefined) {
        part = (namesAPart(a) || teaser(a) || caption(a)) && !a.matches(ARTICLE) && a.querySelector(ARTICLE) === null;
        if (!part && a.localName === 'header') part = a.closest('article, main, [role="main"]') === null;
        this.parts.set(a, part);
      }
      if (part) return true;
    }
    return false;
  }
}

/** Not shown to the reader: display:none, visibility:hidden, content-visibility:hidden, or nothing laid out. */
function hidden(el: Element): boolean {
  const check = (el as HTMLElement).checkVisibility;
  if (typeof check === 'function') return !check.call(el, { checkVisibilityCSS: true } as CheckVisibilityOptions);
  return (el as HTMLElement).getClientRects().length === 0;
}

/**
 * A visible block's text with what the reader cannot see of it (a hidden span of ad links, a collapsed
 * "more" part) blanked out, char for char so that offsets hold; null when all of it is shown.
 */
export function shownText(b: TextBlock): string | null {
  if (b.el.childElementCount === 0) return null;
  // Most blocks hide nothing: their few inline elements are asked before any text node is listed.
  const inner = b.el.getElementsByTagName('*');
  let any = false;
  for (let i = 0; i < inner.length && !any; i++) any = hidden(inner[i]);
  if (!any) return null;
  const listed = nodesOf(b);
  if (!listed) return null;
  const seen = new Map<Element, boolean>();
  let out: string[] | null = null;
  for (let i = 0; i < listed.nodes.length; i++) {
    const parent = listed.nodes[i].parentElement;
    if (!parent || parent === b.el) continue;
    let gone = seen.get(parent);
    if (gone === undefined) { gone = hidden(parent); seen.set(parent, gone); }
    if (!gone) continue;
    out ??= [...b.text];
    const start = listed.starts[i];
    for (let k = start; k < start + listed.nodes[i].length; k++) if (!/\s/.test(out[k])) out[k] = ' ';
  }
  return out && out.join('');
}
