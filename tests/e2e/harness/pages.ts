/**
 * Fixture pages for the end-to-end suite, built around real corpus bodies.
 * The share-page skeleton is ASSUMED (modelled on East Money's NewsShare.html); the bodies are real.
 */
import type { CorpusPost } from '../../../testkit/corpus.ts';

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `2021-12-22 14:06:54 +0800` → `2021-12-22 14:06:54` (the share page shows local time only). */
export const showTime = (post: CorpusPost): string => post.date.replace(/\s*[+-]\d{4}$/, '');

/** Source name from the sample's tag convention: `南方Plus新闻` → `南方Plus`. */
export const sourceOf = (post: CorpusPost): string => post.tags.replace(/新闻$/, '');

function shareSkeleton(
  head: string,
  title: string,
  time: string,
  source: string,
  body: string,
  script = '',
): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${head}</title>
<style>.app-download{position:fixed;bottom:0}</style></head>
<body><div class="share-wrap"><div class="article" id="article">
  <h1 class="article-title" id="newsTitle">${title}</h1>
  <div class="article-meta"><span class="article-time" id="newsTime">${time}</span> <span class="article-source" id="newsSource">${source}</span></div>
  <div class="article-body" id="newsContent">${body}</div>
</div>
<div class="app-download">打开APP 阅读全文</div><div class="share-bar">分享到 微信 微博</div></div>
${script}
</body></html>`;
}

/** The article is in the HTML the server sends. */
export function serverRenderedSharePage(post: CorpusPost): string {
  return shareSkeleton(
    '东方财富网',
    escapeHtml(post.title),
    showTime(post),
    escapeHtml(sourceOf(post)),
    post.body,
  );
}

/** The page arrives empty and its own script fetches the article as JSON, as the real share pages do. */
export function scriptRenderedSharePage(delayMs = 600): string {
  const script = `<script>
  setTimeout(function () {
    var code = new URLSearchParams(location.search).get('infoCode');
    fetch('/NewsData/GetNewsText.do?id=' + encodeURIComponent(code)).then(function (r) { return r.json(); }).then(function (json) {
      var d = json.data;
      document.getElementById('newsTitle').textContent = d.title;
      document.getElementById('newsTime').textContent = d.showTime;
      document.getElementById('newsSource').textContent = d.mediaName;
      document.getElementById('newsContent').innerHTML = d.text || d.content;
    });
  }, ${delayMs});
</script>`;
  return shareSkeleton('东方财富网', '', '', '', '', script);
}

/** The JSON the share host's `GetNewsText.do` returns (shape assumed). */
export function shareDataJson(post: CorpusPost): string {
  return JSON.stringify({
    code: 0,
    data: {
      infoCode: post.infoCode,
      title: post.title,
      showTime: showTime(post),
      mediaName: sourceOf(post),
      text: post.body,
    },
  });
}

/** An ordinary news article page that is not a share page. */
export function plainArticlePage(post: CorpusPost, published = '2022-01-07T08:14:19+08:00'): string {
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: post.title,
    datePublished: published,
  });
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(post.title)}_示例财经网</title>
<script type="application/ld+json">${jsonLd}</script></head>
<body><nav><a href="/">首页</a> <a href="/finance">财经</a></nav>
<main><article><h1>${escapeHtml(post.title)}</h1><div class="content">${post.body}</div></article></main>
<footer>© 示例财经网</footer></body></html>`;
}

/** A page with nothing worth saving. */
export function noArticlePage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Login</title></head>
<body><form><label>User <input name="u"></label><button>Sign in</button></form></body></html>`;
}
