/**
 * The page's headline: chosen among `<title>`, `og:title` / `twitter:title`, JSON-LD `headline` and the
 * `<h1>` by how they agree, never one cut inside its own text, then without the site name sites append.
 */

const TITLE_RULES = {
  /** Known Chinese suffixes; a generic ` | Site` / ` - Site` / `_Site` tail is handled below. */
  suffixes: [
    /_东方财富网$/,
    /-新浪财经$/,
    /_新浪财经$/,
    /_腾讯网$/,
    /_网易新闻$/,
    /_凤凰网$/,
    /-东方财富网$/,
  ],
  /**
   * A separator followed by a short site name; long tails are part of the headline. The name holds no
   * separator itself, so `甲_乙 - Site` loses ` - Site`, not `_乙 - Site` (a hyphen inside a word stays).
   */
  genericTail: /\s*(?:\s\|\s|\s[-–—]\s|_)(?:(?!\s-\s)[^|_–—]){1,20}$/,
  /** The separator at the start of a generic tail, to read the name after it. */
  tailSeparator: /^\s*(?:\||[-–—]|_)\s*/,
  /**
   * Chinese portals chain the channel before the site with underscores (`标题_教育频道_中国青年网`,
   * `标题_财经频道_某某网`): after an underscore tail, a channel's name goes too. Only a name, a word of
   * letters and digits: `新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家` is a headline with an underscore in it.
   */
  underscoreTail: /_[\p{L}\p{N}]{1,10}$/u,
  /**
   * Where one candidate may end and a longer one go on with the site's name or a subtitle: at a space or a
   * separator. A candidate that a longer one continues straight on (`某集团` of `某集团"暗伤"曝露？`, an
   * `og:title` whose unescaped ASCII quote ended the attribute) is cut inside the headline's own text.
   */
  boundary: /^[\s|｜_\-–—:：·•,，]/,
  /** How a site name sets itself before the headline: `Silicon Exposed: Open Verilog flow…`, `Site | …`. */
  prefixSeparator: /(?::|：|\s[|｜\-–—·]|_)\s*$/,
} as const;

export interface TitleCandidates {
  /** JSON-LD `headline`. */
  headline?: string;
  /** Dublin Core `dc:title` / `dcterm:title`. */
  dublinCore?: string;
  /** `og:title`, else the same headline written for another share card or tracker (Weibo, X, Parse.ly). */
  openGraph?: string;
  /** The `<title>` element. */
  document?: string;
  /** The texts of the page's first `<h1>` elements, in document order (the first may be the logo). */
  headings?: readonly string[];
  /** Names the site gives itself (`og:site_name`, JSON-LD `publisher`): a tail that is one is a suffix. */
  siteNames?: readonly string[];
}

const normalize = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * How `longer` goes on from `shorter`: not at all, at a separator (with a site's name or a subtitle), or
 * inside the headline's own text.
 */
function continuation(shorter: string, longer: string): 'none' | 'separator' | 'inside' {
  if (longer.length <= shorter.length || !longer.startsWith(shorter)) return 'none';
  return TITLE_RULES.boundary.test(longer.slice(shorter.length)) ? 'separator' : 'inside';
}

/** True when `longer` goes on from `shorter` inside the headline's own text, not at a separator. */
const isCutFrom = (shorter: string, longer: string) => continuation(shorter, longer) === 'inside';

/** True when `longer` goes on from `shorter` at a separator. */
const continuesAtSeparator = (shorter: string, longer: string) =>
  continuation(shorter, longer) === 'separator';

/**
 * Without a known site suffix or a generic short tail (kept when what is left is under 4 characters).
 * `keepTail` says whether a generic tail is the headline's own (see `chooseTitle`).
 */
function withoutSuffix(title: string, keepTail?: (tail: string) => boolean): string {
  let t = title;
  for (const re of TITLE_RULES.suffixes) t = t.replace(re, '');
  const tail = TITLE_RULES.genericTail.exec(t);
  if (!tail || keepTail?.(tail[0])) return t.trim();
  const stripped = t.slice(0, tail.index).trim();
  if (stripped.length < 4) return t;
  if (!tail[0].trimStart().startsWith('_')) return stripped;
  const channelless = stripped.replace(TITLE_RULES.underscoreTail, '').trim();
  return channelless.length >= 4 ? channelless : stripped;
}

/** Two readings of one headline: the same once suffixes are gone, or one the other plus a suffix. */
function agree(a: string, b: string): boolean {
  const [x, y] = [withoutSuffix(a), withoutSuffix(b)];
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && continuesAtSeparator(short, long);
}

/**
 * `title` with site suffixes removed; when `heading` is given and the title starts with it at a
 * separator, the heading wins.
 */
export function cleanTitle(title: string, heading?: string, keepTail?: (tail: string) => boolean): string {
  let t = normalize(title);
  for (const re of TITLE_RULES.suffixes) t = t.replace(re, '');
  if (heading && t.startsWith(heading) && !isCutFrom(heading, t)) return heading;
  return withoutSuffix(t, keepTail);
}

const siteKey = (name: string) => normalize(name).toLowerCase();

/**
 * The headline inside `title` when the title is a site name set before it (`Site: Headline`) and another
 * candidate declares that headline on its own. The prefix must be the shorter part, as a site name is.
 */
function withoutSitePrefix(title: string, others: readonly string[]): string {
  for (const other of others) {
    if (other.length >= title.length || !title.endsWith(other)) continue;
    const prefix = title.slice(0, -other.length);
    if (TITLE_RULES.prefixSeparator.test(prefix) && prefix.trim().length < other.length) return other;
  }
  return title;
}

/**
 * The headline the candidates agree on best (ties go to JSON-LD, then Dublin Core, then OpenGraph, then
 * `<title>`).
 */
export function chooseTitle(candidates: TitleCandidates): string | undefined {
  const headings = (candidates.headings ?? []).map(normalize).filter(Boolean);
  const metas = [candidates.headline, candidates.dublinCore, candidates.openGraph, candidates.document]
    .map(normalize)
    .filter(Boolean);
  const all = [...metas, ...headings];
  // A candidate another one continues inside the headline is a cut copy: it never wins.
  const whole = metas.filter((t) => !all.some((other) => isCutFrom(t, other)));
  if (!whole.length) return headings.find((h) => metas.some((t) => agree(t, h))) ?? headings[0];
  // Each reading counts the others that agree with it; an identical copy elsewhere counts too.
  const votes = (t: string) => all.filter((other) => agree(t, other)).length - 1;
  let best = whole[0]!;
  for (const t of whole) if (votes(t) > votes(best)) best = t;
  best = withoutSitePrefix(best, all);
  const sites = new Set((candidates.siteNames ?? []).map(siteKey).filter(Boolean));
  // When the `<title>` goes on past the headline (`og:title` `Minecraft 1.8 - The Bountiful Update`, the
  // `<title>` the same and ` - Minecraft Update News`), the site set its name there, so a short ` - …`
  // tail of the headline is its own subtitle; it still goes when it is the site's own name, which some
  // sites append to `og:title` too.
  const declaredWhole = continuesAtSeparator(best, normalize(candidates.document));
  const keepTail = (tail: string) =>
    declaredWhole && !sites.has(siteKey(tail.replace(TITLE_RULES.tailSeparator, '')));
  // Only a heading that reads as this headline may shorten it: a logo `<h1>` is the site's name.
  return cleanTitle(
    best,
    headings.find((h) => agree(best, h)),
    keepTail,
  );
}
