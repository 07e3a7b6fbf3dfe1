/**
 * What arrives after load on a news page, appended one per frame so each lands in its own batch of
 * the late-widget cleaner. Clutter is written the way the widgets' own scripts write it (Disqus,
 * WordPress comments, a related carousel, a newsletter pop-in, a share bar); the benign ones are
 * mutations a page makes all the time and must not be hidden.
 */
export interface LateWidget {
  name: string;
  clutter: boolean;
  /** `body`: appended to <body>; `article`: after the last paragraph's parent (inside the story). */
  where: 'body' | 'article';
  html: string;
}

const comment = (n: number) =>
  `<li class="comment" id="comment-${n}"><article class="comment-body"><footer class="comment-meta">` +
  `<b class="fn">Reader ${n}</b> <time datetime="2024-03-05T10:0${n % 10}:00Z">5 March 2024 at 10:0${n % 10}</time></footer>` +
  `<div class="comment-content"><p>Comment number ${n}: I have lived by the harbour for years and the walls ` +
  `have never been this bad.</p></div><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li>`;

const teaser = (n: number) =>
  `<li class="teaser"><a href="/story-${n}"><img alt="" width="120" height="80" src="data:,"><span>Another story number ${n} about the city council</span></a></li>`;

export const LATE_WIDGETS: readonly LateWidget[] = [
  {
    name: 'disqus',
    clutter: true,
    where: 'article',
    html: '<div id="disqus_thread"><iframe title="Disqus" src="about:blank" width="100%" height="300"></iframe><p>24 comments</p></div>',
  },
  {
    name: 'wordpress-comments',
    clutter: true,
    where: 'article',
    html:
      `<section class="comments-area" id="comments"><h2 class="comments-title">12 Comments</h2><ol class="comment-list">` +
      Array.from({ length: 12 }, (_, i) => comment(i + 1)).join('') +
      `</ol><div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form class="comment-form"><textarea name="comment"></textarea><button>Post Comment</button></form></div></section>`,
  },
  {
    name: 'related-carousel',
    clutter: true,
    where: 'article',
    html:
      `<aside class="related-stories"><h3>Related stories</h3><ul>` +
      Array.from({ length: 8 }, (_, i) => teaser(i + 1)).join('') +
      `</ul></aside>`,
  },
  {
    name: 'newsletter-popin',
    clutter: true,
    where: 'body',
    html: '<div class="newsletter-modal" role="dialog"><h3>Subscribe to our newsletter</h3><p>The day\'s news in your inbox every morning.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>',
  },
  {
    name: 'share-bar',
    clutter: true,
    where: 'article',
    html: '<div class="share-buttons"><span>Share this:</span><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">Email</a></div>',
  },
  {
    name: 'ad-slot',
    clutter: false,
    where: 'body',
    html: '<div class="slot-300x250" style="width:300px;height:250px"><img alt="" width="300" height="250" src="data:,"></div>',
  },
  {
    name: 'live-clock',
    clutter: false,
    where: 'body',
    html: '<p class="clock">Updated 10:42</p>',
  },
];
