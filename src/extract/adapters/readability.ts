/** The fallback: Mozilla Readability for the body, Jianbao's own metadata pass for everything else. */
import { Readability } from '@mozilla/readability';
import { dropBoilerplateEdges } from '../boilerplate-edges.ts';
import { cloneDocument, hasDescendant } from '../dom.ts';
import { readBylineName } from '../metadata/byline-name.ts';
import { parseDate } from '../metadata/dates.ts';
import { readPageMeta } from '../metadata/page-meta.ts';
import { readAuthor, readEditor, readSource } from '../metadata/text-patterns.ts';
import { hasProse } from '../prose.ts';
import { pruneForReadability } from '../prune.ts';
import { textOf } from './helpers.ts';
import type { Adapter } from './types.ts';

/** Blocks whose text the leading-chrome check reads: as a selector and as a set of tags. */
const LEAF_BLOCK_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div'];

const READABILITY = {
  /**
   * Readability's `charThreshold` counts characters, and a CJK character carries about what five Latin ones
   * do: its default (500) drops short Chinese rolling-news items, where 100 characters is a real article.
   * On Latin-script pages the default stays: a lower one lets a short wrong block (a teaser, a sidebar) win
   * before Readability retries with its rules relaxed (readability-test-pages: medicalnewstoday,
   * firefox-nightly-blog).
   */
  charThreshold: { cjk: 100, other: 500 },
  /** Text that decides the threshold: the page's language, else CJK in its title or first heading. */
  cjkLang: /^(zh|ja|ko)\b/i,
  cjkText: /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/,
  /** A page without any title is named by the start of its text, cut at a word or at this many characters. */
  untitledChars: 60,
  /**
   * Readability's own guard (it counts elements natively before copying anything): pages past this are
   * refused as too large. Measuring the page's text instead cost 16-32 ms in Chromium on small fixture
   * pages, because `textContent` of the whole page includes every inline script.
   */
  maxElemsToParse: 200_000,
  /** Byline blocks are one line; a longer block mentioning 来源 is prose. */
  maxBylineChars: 80,
  /**
   * More than `maxBylineChars` non-space characters: too long even once its spaces are collapsed. Tested on
   * the raw text first, it stops after 81 characters, where collapsing a long paragraph reads all of it.
   */
  longerThanByline: /^(?:\s*\S){81}/,
  bylineStart: /^[（(]?\s*(责任编辑|编辑|作者|来源|记者)\s*[:：]/,
  /**
   * A byline block names one of these (the dated kind one of the first three, `bylineStart` any): blocks
   * without them, most of a long article's short paragraphs, are passed over before any date is parsed.
   */
  bylineWord: /来源|作者|编辑|记者/,
  /**
   * On short articles in portal layouts Readability picks the column, headline and dateline included
   * (tests/fixtures/generic-zh-portal-*): the first few text blocks are checked for those two.
   */
  leadingBlocks: 3,
  leafBlock: LEAF_BLOCK_TAGS.join(', '),
  leafBlockTags: new Set(LEAF_BLOCK_TAGS),
  /** Byline and notice lines are text blocks with no block (nor, for bylines, image) inside. */
  textBlockTags: new Set(['p', 'div']),
  bylineInnerTags: new Set(['p', 'div', 'img']),
  /**
   * Portal disclaimers after the article (`平台声明：该文观点仅代表作者本人…`,
   * generic-zh-portal-sohu-disclaimer).
   */
  disclaimer: /^[【[]?(平台声明|免责声明|版权声明)/,
  /**
   * Reprint statements after the article (`本文来源：X 作者：Y 责任编辑：Z`,
   * generic-zh-portal-netease-reprint-and-comments): not article text. X is where the article came from
   * and is kept as a last-resort source; Y and Z are the portal's reposting account and duty editor, not
   * the article's author, so they are not read.
   */
  reprintStatement: /^(?:本文|文章|稿件)来源\s*[:：]\s*([^\s|｜，,]{1,24})/,
  maxDisclaimerChars: 200,
  /**
   * A heading that opens a reader-comment thread (`跟贴 56 参与 1234`, `网友评论(128条)`, `热门评论`): the thread
   * (the heading's box, or the heading and everything after it) is not article text. Readability drops
   * boxes whose class says `comment`, but keeps threads under other names (NetEase `tie-area`). Only the
   * word alone or with a count: `评论：降准释放了什么信号` is an article's own subheading.
   */
  commentHeading: /^(?:网友|热门|最新|全部|精彩|读者)?(?:跟贴|跟帖|评论|留言)(?:$|\s*[(（]?\s*\d)/,
  maxCommentHeadingChars: 30,
  headings: 'h1, h2, h3, h4, h5, h6',
} as const;

interface Bylines {
  author?: string;
  editor?: string;
  source?: string;
}

/**
 * Removes dateline/byline blocks that Readability kept (`2022年01月21日 18:05 来源：X`, `责任编辑：Y`),
 * keeping their values.
 */
function takeBylines(body: Element): Bylines {
  const found: Bylines = {};
  for (const el of body.querySelectorAll('p, div')) {
    if (!body.contains(el) || hasDescendant(el, READABILITY.bylineInnerTags)) continue;
    const raw = el.textContent ?? '';
    if (READABILITY.longerThanByline.test(raw) || !READABILITY.bylineWord.test(raw)) continue;
    const text = textOf(el);
    if (!text || text.length > READABILITY.maxBylineChars) continue;
    const dated = !!parseDate(text, { chinese: true, year: 2000 }) && /来源|作者|编辑/.test(text);
    if (!dated && !READABILITY.bylineStart.test(text)) continue;
    found.author ??= readAuthor(text);
    found.editor ??= readEditor(text);
    found.source ??= readSource(text);
    el.remove();
  }
  return found;
}

/** Removes a leading copy of the headline and a leading dateline (`2022年06月14日 17:56 来自 X`). */
function dropLeadingChrome(body: Element, title: string): void {
  let seen = 0;
  for (const el of body.querySelectorAll(READABILITY.leafBlock)) {
    if (seen >= READABILITY.leadingBlocks) return;
    if (hasDescendant(el, READABILITY.leafBlockTags) || !body.contains(el)) continue;
    const text = textOf(el);
    if (!text) continue;
    seen++;
    const dateline =
      text.length <= READABILITY.maxBylineChars &&
      !/[。；;!?！？]/.test(text) &&
      !!parseDate(text, { chinese: true, year: 2000 });
    if (text === title || dateline) el.remove();
  }
}

/** Removes portal disclaimers and reprint statements; returns the source a reprint statement names. */
function dropClosingNotices(body: Element): string | undefined {
  let source: string | undefined;
  for (const el of [...body.querySelectorAll('p, div')].reverse()) {
    // Containers first: reading a wrapper's text would read the whole article again, once per wrapper.
    if (hasDescendant(el, READABILITY.textBlockTags)) continue;
    const text = (el.textContent ?? '').trim();
    if (text.length > READABILITY.maxDisclaimerChars) continue;
    const reprint = READABILITY.reprintStatement.exec(text);
    if (reprint) source ??= reprint[1];
    if (reprint || READABILITY.disclaimer.test(text)) el.remove();
  }
  return source;
}

/** Removes reader-comment threads: a comment heading's box, or the heading and what follows it. */
function dropCommentThreads(body: Element): void {
  for (const heading of body.querySelectorAll(READABILITY.headings)) {
    const text = textOf(heading);
    if (
      !body.contains(heading) ||
      text.length > READABILITY.maxCommentHeadingChars ||
      !READABILITY.commentHeading.test(text)
    )
      continue;
    const box = heading.parentElement;
    // A heading that opens its own box titles the thread; one amid the article's blocks ends the article.
    if (box && box !== body && box.firstElementChild === heading) {
      box.remove();
      continue;
    }
    while (heading.nextElementSibling) heading.nextElementSibling.remove();
    heading.remove();
  }
}

/** True when the page is written in a CJK script (its `lang`, else its title or first heading). */
function isCjkPage(doc: Document): boolean {
  const lang = doc.documentElement.lang;
  if (lang) return READABILITY.cjkLang.test(lang);
  return READABILITY.cjkText.test(doc.title + textOf(doc.querySelector('h1')));
}

/** A name for a page that has no title: its first line of text, cut at a word. */
function untitled(body: Element): string {
  const first = (body.textContent ?? '').trim().split(/\n/)[0]!.replace(/\s+/g, ' ');
  if (first.length <= READABILITY.untitledChars) return first;
  const cut = first.slice(0, READABILITY.untitledChars);
  const word = cut.lastIndexOf(' ');
  return `${word > READABILITY.untitledChars / 2 ? cut.slice(0, word) : cut}…`;
}

export const readability: Adapter = {
  id: 'readability',
  matches: () => true,
  extract(doc, url) {
    // Cheap answers first: this also runs on pages that are still loading, every ~200 ms.
    if (!hasProse(doc.body)) return 'no-article';
    if (doc.getElementsByTagName('*').length > READABILITY.maxElemsToParse) return 'too-large';
    // Readability rewrites what it reads, so it gets a copy, pruned of what it would drop anyway; its
    // article element is handed on as is (the default serializer would turn it into a string only for us
    // to parse it again).
    const copy = cloneDocument(doc);
    pruneForReadability(copy);
    const parsed = new Readability<Element>(copy, {
      charThreshold: READABILITY.charThreshold[isCjkPage(doc) ? 'cjk' : 'other'],
      keepClasses: true,
      serializer: (node) => node as Element,
    }).parse();
    const holder = parsed?.content;
    if (!holder) return 'no-article';
    // Metadata from the page itself: Readability strips bylines, JSON-LD and time lines from its copy.
    const meta = readPageMeta(doc, url);
    const named = meta.title || parsed.title?.trim() || '';
    const title = named || untitled(holder);
    if (!title) return 'no-article';
    const bylines = takeBylines(holder);
    dropLeadingChrome(holder, named);
    dropCommentThreads(holder);
    const reprintedFrom = dropClosingNotices(holder);
    dropBoilerplateEdges(holder);
    return {
      ...meta,
      title,
      body: holder,
      source: meta.source ?? bylines.source ?? reprintedFrom,
      author: meta.author ?? bylines.author ?? readBylineName(parsed.byline),
      editor: meta.editor ?? bylines.editor,
      lang: meta.lang ?? (parsed.lang || undefined),
    };
  },
};
