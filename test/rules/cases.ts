/**
 * Fixtures for every built-in rule (`family.key`): markup the rule must remove (`fires`) and near misses it
 * must leave alone (`spares`). builtin.test.ts puts each snippet into an ordinary article page and cleans it.
 *
 * A `fires` snippet is the clutter as sites write it; all its text must leave the article, except the
 * context listed in CONTEXT (a caption around a photo credit), which must stay.
 * A `spares` snippet is article text that merely looks like the clutter: a sentence that mentions
 * comments, a share price or a newsletter, a heading with similar words, a class that contains the word.
 * Spares are placed in the article body and must survive word for word.
 */

export interface RuleCases {
  fires: string[];
  spares: string[];
}

/** Where a `fires` snippet goes: in the article (after the headline, mid-body, at its end) or around it. */
export type Placement = 'top' | 'middle' | 'end' | 'before' | 'after';

/** Rules that act somewhere other than mid-article; the rest are tested inside the article body. */
export const PLACEMENT: Record<string, Placement> = {
  'tickers.widget': 'before',
  'comments.disqus': 'end',
  'comments.facebook': 'end',
  'comments.wordpress': 'after',
  'comments.generic': 'after',
  'comments.heading': 'end',
  'comments.login-prompt': 'end',
  'comments.form-notes': 'end',
  'share.jetpack': 'end',
  'share.social-bar': 'top',
  'related.widget': 'end',
  'related.block': 'end',
  'newsletters.cookie': 'after',
  'newsletters.cookie-text': 'after',
  'disclaimers.wire-trailer': 'end',
  'disclaimers.copyright': 'end',
  'disclaimers.rights': 'end',
  'disclaimers.reprint': 'end',
  'disclaimers.citation': 'end',
  'disclaimers.first-published': 'top',
  'disclaimers.byline-line': 'top',
  'bylines.date-line': 'top',
  'bylines.reading-time': 'top',
  'bylines.posted-by': 'top',
  'bylines.author-box': 'end',
  'bylines.author-box-text': 'end',
  'navigation.skip-link': 'before',
  'navigation.breadcrumbs': 'top',
  'navigation.post-meta': 'top',
  'navigation.meta-line': 'end',
  'navigation.permalink': 'end',
  'navigation.post-links': 'after',
  'navigation.post-links-label': 'after',
  'navigation.tabs': 'after',
  'navigation.tags': 'end',
  'navigation.tags-text': 'end',
  'navigation.back-link': 'end',
};

/** Text of a `fires` snippet that is not clutter and must stay in the article. */
export const CONTEXT: Record<string, string[]> = {
  'credits.credit-class': ['An artist’s impression of the new terminal at the northern quay.'],
  'credits.credit': ['An artist’s impression of the new terminal at the northern quay.'],
  'credits.agency-credit': ['An artist’s impression of the new terminal at the northern quay.'],
};

const FIGURE = (credit: string) =>
  `<figure>
    <img src="/img/terminal.jpg" alt="Terminal render">
    <figcaption>An artist’s impression of the new terminal at the northern quay. ${credit}</figcaption>
  </figure>`;

export const CASES: Record<string, RuleCases> = {
  // ---------------------------------------------------------------- tickers
  'tickers.price-line': {
    fires: [
      '<p>KSE100 114,148.50 Decreased By ▼ -1,904.20 (-1.64%)</p>',
      `<ul class="market-strip">
        <li>AIRLINK 212.82 Increased By ▲ 3.27 (1.56%)</li>
      </ul>`,
      '<div>HUBC 130.10 No Change ▼ 0.00 (0.00%)</div>',
    ],
    spares: [
      '<p>Shares in the ferry operator rose 3.27 (1.56%) to 212.82 on Tuesday, the exchange said.</p>',
      '<p>AIRLINK shares increased by 3.27 rupees, or 1.56 percent, in early trading.</p>',
      '<p>KSE100 114,148.50 Decreased By 1,904.20 points on the day, the exchange reported.</p>',
    ],
  },
  'tickers.widget': {
    fires: [
      `<div class="ticker-wrap">
        <span>Brent 82.10</span> <span>Gold 2,310.40</span> <span>EUR/USD 1.16</span>
      </div>`,
      '<marquee>Markets: Oslo exchange opens higher on shipping stocks</marquee>',
      '<div id="stockTicker"><ul><li>NHY 61.20</li><li>EQNR 251.60</li></ul></div>',
    ],
    spares: [
      '<p>The ferry operator’s ticker symbol on the Oslo exchange will change next month, a spokesman said.</p>',
      '<p class="stock-price">The operator’s stock closed 2 percent higher after the vote.</p>',
      '<h2>Ticker-tape welcome for the first ferry</h2>',
    ],
  },

  // ---------------------------------------------------------------- comments
  'comments.disqus': {
    fires: [
      `<div id="disqus_thread">
        <p>Reader discussion of this story is loading.</p>
      </div>`,
      '<section class="disqus-comments"><h3>Join the discussion</h3><p>Sign in to post.</p></section>',
      '<div id="dsq-app2"><p>Powered by the discussion service.</p></div>',
    ],
    spares: [
      '<p>The council switched off Disqus comments on its own website last year, a spokesman said.</p>',
      '<p>Residents posted their views on the council forum before the vote.</p>',
    ],
  },
  'comments.facebook': {
    fires: [
      `<div class="fb-comments" data-href="https://news.example/2018/08/07/ferry" data-numposts="5">
        <span>Facebook comments plugin is loading</span>
      </div>`,
      '<div class="fb-comments fb_iframe_widget"><span><iframe title="fb:comments Facebook Social Plugin"></iframe>Facebook discussion</span></div>',
    ],
    spares: [
      '<p>On Facebook, comments under the authority’s announcement were mostly positive.</p>',
      `<blockquote class="fb-post" data-href="https://www.facebook.com/harbourferries/posts/1">
        <p>We are delighted with the decision and thank everyone who supported the terminal.</p>
      </blockquote>`,
    ],
  },
  'comments.wordpress': {
    fires: [
      `<div id="comments" class="comments-area">
        <h2 class="comments-title">2 thoughts on “New ferry terminal”</h2>
        <ol class="comment-list">
          <li class="comment"><p>Great news for the islands.</p></li>
          <li class="comment"><p>About time this was decided.</p></li>
        </ol>
      </div>`,
      `<div id="respond" class="comment-respond">
        <h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
        <form id="commentform" class="comment-form"><label for="c">Your reply</label><textarea id="c"></textarea></form>
      </div>`,
    ],
    spares: [
      '<p>The minister’s comments on the terminal drew a sharp reply from the opposition.</p>',
      '<ol><li>The first berth opens in 2020.</li><li>The second berth follows a year later.</li></ol>',
    ],
  },
  'comments.generic': {
    fires: [
      `<section class="article-comments">
        <h3>Reader discussion</h3>
        <p>Sign in to take part in the discussion.</p>
      </section>`,
      '<div id="kommentare"><p>Diskutieren Sie mit unseren Lesern.</p></div>',
      '<div class="user-comments-container"><p>Loading the conversation.</p></div>',
    ],
    spares: [
      '<p>The authority said it would make no comments before the vote.</p>',
      '<h2>Comment period ends in September</h2>',
    ],
  },
  'comments.heading': {
    fires: [
      '<h3>12 Comments</h3>',
      '<h2>Leave a Reply</h2>',
      '<p>Comments are closed.</p>',
      '<button>Show comments (12)</button>',
      '<h3>Kommentare</h3>',
    ],
    spares: [
      '<h2>Comments from the minister drew criticism</h2>',
      '<p>Comments from residents were mixed, a council survey found.</p>',
      '<p>No comments were made by the harbour master, who left the meeting early.</p>',
    ],
  },
  'comments.login-prompt': {
    fires: [
      '<p>You must be logged in to post a comment.</p>',
      '<p>Log in to comment on this story.</p>',
      '<div>Um diesen Artikel kommentieren zu können, müssen Sie eingeloggt sein.</div>',
    ],
    spares: [
      '<p>Residents can comment on the plans online until September and do not need to log in.</p>',
      '<p>Passengers must be logged in to the booking system to reserve a car space.</p>',
    ],
  },
  'comments.form-notes': {
    fires: [
      '<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>',
      '<p class="akismet_comment_form_privacy_notice">This site uses Akismet to reduce spam. Learn how your comment data is processed.</p>',
    ],
    spares: [
      '<p>Your email address is needed only if you want updates on the construction, the authority said.</p>',
      '<p>The site uses tidal power for its lighting, the engineers said.</p>',
    ],
  },
  'comments.rate-prompt': {
    fires: ['<p>Was this article helpful?</p>', '<h3>Rate this story</h3>'],
    spares: [
      '<p>Was this decision helpful for the town? Residents were divided.</p>',
      '<h3>Rate this year: a record for the harbour</h3>',
    ],
  },

  // ---------------------------------------------------------------- share
  'share.jetpack': {
    fires: [
      `<div class="sharedaddy sd-sharing-enabled">
        <div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
          <h3 class="sd-title">Share this:</h3>
          <div class="sd-content"><ul>
            <li><a class="share-twitter sd-button" href="https://news.example/?share=twitter">Twitter</a></li>
            <li><a class="share-facebook sd-button" href="https://news.example/?share=facebook">Facebook</a></li>
          </ul></div>
        </div>
      </div>`,
      `<div id="jp-post-flair" class="sharedaddy sd-like-enabled">
        <div class="sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><span>Like Loading...</span></div>
      </div>`,
    ],
    spares: [
      '<p>The ferry company shared its plans with the council in March.</p>',
      '<p class="shared-quote">The company said it was “delighted” by the outcome.</p>',
    ],
  },
  'share.social-bar': {
    fires: [
      `<div class="share-buttons">
        <a href="https://twitter.com/intent/tweet?url=x">Tweet</a>
        <a href="https://www.facebook.com/sharer/sharer.php?u=x">Post to Facebook</a>
      </div>`,
      '<ul class="social-share"><li><a href="https://wa.me/?text=x">WhatsApp</a></li><li><a href="mailto:?body=x">Send</a></li></ul>',
      '<div class="article-share"><div class="share"><a href="https://www.linkedin.com/shareArticle?url=x">LinkedIn</a></div></div>',
    ],
    spares: [
      '<p class="share-price">The operator’s share price rose 4 percent after the vote.</p>',
      '<p>Shares in the ferry operator rose 4 percent, and analysts said investors would share in the gains.</p>',
    ],
  },
  'share.label': {
    fires: [
      '<h3 class="sd-title">Share this:</h3>',
      '<p><strong>Share on WhatsApp</strong></p>',
      '<div>Share</div>',
      '<span>Diesen Artikel teilen</span>',
    ],
    spares: [
      '<h2>Share of island traffic grows</h2>',
      '<p>Share this story with anyone who commutes across the bay, the mayor urged.</p>',
    ],
  },
  'share.like-loading': {
    fires: ['<p>Like Loading...</p>', '<div>Gefällt mir Wird geladen …</div>'],
    spares: ['<p>Like many harbour towns, Bergvik saw loading delays at the quay last summer.</p>'],
  },
  'share.print': {
    fires: [
      '<p><a href="javascript:window.print()">Print</a></p>',
      `<ul class="article-tools">
        <li><a href="#">Drucken</a></li>
        <li><a href="mailto:?subject=Ferry">E-Mail</a></li>
        <li><button>Copy link</button></li>
      </ul>`,
      '<p><a href="https://www.pinterest.com/pin/create/button/?url=x">Pinnen</a></p>',
    ],
    spares: [
      '<p>Print editions of the local paper carried the story on Wednesday.</p>',
      '<p>Email correspondence released on Monday showed the plans were drafted in 2016.</p>',
      '<h3>Permalink to the past: the quay in 1920</h3>',
    ],
  },
  'share.follow': {
    fires: [
      '<p>Follow us on Twitter for the latest news from the coast.</p>',
      '<div>Folgen Sie uns auf Instagram</div>',
      '<p><strong>Follow Coast Courier on Facebook</strong></p>',
      '<div><span>Nos siga no </span><a href="https://news.google.com/"><img src="/gn.png" alt="Google News"></a></div>',
    ],
    spares: [
      '<p>Followers of the operator’s Instagram account saw the first images of the terminal on Monday.</p>',
      '<h3>Follow the money</h3>',
    ],
  },

  // ---------------------------------------------------------------- related
  'related.widget': {
    fires: [
      `<div class="related-posts">
        <h3>You might be interested in</h3>
        <ul><li><a href="/2018/08/01/port-strike">Port strike ends after two weeks</a></li></ul>
      </div>`,
      '<div id="taboola-below-article-thumbnails"><p>Sponsored stories from around the web</p></div>',
      '<aside class="most-read-list"><ol><li><a href="/2018/08/02/new-ships">Two new ships ordered</a></li></ol></aside>',
    ],
    spares: [
      '<p>The related costs of dredging the harbour were not included in the estimate.</p>',
      '<p>The most read report on the council website was the auditor’s review of the terminal.</p>',
    ],
  },
  'related.label': {
    fires: [
      '<h3>Related stories</h3>',
      '<p><strong>Read more:</strong></p>',
      '<h2>More from Business</h2>',
      '<div>Lesen Sie auch</div>',
      '<h4>You might also like</h4>',
      '<div class="title">Mehr Kolumnen auf MeinMMO:</div>',
      '<div class="title"><strong>Heute empfehlen wir</strong></div>',
      '<h3>Mehr zum Thema auf UEPO.de</h3>',
      '<h2>Auch auf gofeminin.de</h2>',
    ],
    spares: [
      '<h2>Related costs could double, auditors warn</h2>',
      '<p>More ferries at weekends</p>',
      '<h3>Mehr Fähren auf Sylt</h3>',
      '<h2>Auch auf der Fähre gilt die Maskenpflicht</h2>',
      '<p>See also the council’s earlier decision on the southern pier, which was overturned in 2016.</p>',
      '<h2>Recommended changes to the timetable</h2>',
    ],
  },
  'related.block': {
    fires: [
      `<div>
        <h3>Related news</h3>
        <ul>
          <li><a href="/2018/08/01/port-strike">Port strike ends after two weeks</a></li>
          <li><a href="/2018/08/02/new-ships">Two new ships ordered from Norway</a></li>
        </ul>
      </div>`,
      `<aside>
        <h4>Lesen Sie auch</h4>
        <ul> <li><a href="/2018/08/03/hafen">Hafen: Streik beendet</a></li> </ul>
      </aside>`,
    ],
    spares: [
      '<p>Related news coverage in 2016 focused on the southern pier, which was later closed.</p>',
      `<div class="callout">
        <h3>Most of the cost is dredging</h3>
        <p>The full plans run to 300 pages and can be read at the town hall until September.</p>
      </div>`,
    ],
  },
  'related.inline-teaser': {
    fires: [
      '<p><strong>Read more:</strong> <a href="/2018/08/01/port-strike">Port strike ends after two weeks</a></p>',
      '<p>ALSO READ | Ferry operator orders two new ships</p>',
      '<p>» Lesen Sie auch: Hafen-Streik beendet</p>',
      '<h6><strong>Mire: </strong><a href="/fama/ferry">El ferry nuevo llega al puerto</a></h6>',
    ],
    spares: [
      '<p>Read more carefully, the contract shows the authority pays for the dredging.</p>',
      '<p>Mehr dazu werde man im Herbst sagen, erklärte der Sprecher am Dienstag.</p>',
    ],
  },

  // ---------------------------------------------------------------- newsletters
  'newsletters.newsletter': {
    fires: [
      `<div class="newsletter-signup">
        <h3>Get the morning briefing</h3>
        <form><input type="email" placeholder="Your address"><button>Sign up</button></form>
      </div>`,
      '<section id="newsletter-box"><p>Every weekday at seven.</p></section>',
      '<div class="paywall-prompt"><p>Subscribers read on for one euro a week.</p></div>',
    ],
    spares: [
      '<p>The authority will publish a newsletter for residents while construction lasts, it said.</p>',
      '<p class="lead">Subscribers to the operator’s season ticket will pay less from next year.</p>',
    ],
  },
  'newsletters.newsletter-text': {
    fires: [
      '<p>Subscribe to our newsletter for more stories from the coast.</p>',
      '<div><h3>Newsletter</h3><p>The best of the coast in your inbox every morning.</p></div>',
      '<p>Melden Sie sich jetzt für unseren Newsletter an und verpassen Sie nichts.</p>',
    ],
    spares: [
      '<p>The council said it would sign up residents for its newsletter about the works.</p>',
      '<h2>Residents get the newsletter, but not the answers</h2>',
    ],
  },
  'newsletters.app-promo': {
    fires: [
      '<p>Download our app for breaking news alerts from the coast.</p>',
      '<div>Get the Coast Courier app on iOS and Android.</div>',
      '<p>Laden Sie unsere App herunter und lesen Sie die Zeitung unterwegs.</p>',
      '<p>For the latest stories and breaking news updates download the Harbour News apps for iOS and Android.</p>',
    ],
    spares: [
      '<p>Passengers will have to download a new app to buy tickets, the operator said.</p>',
      '<p>Residents get our updates at every council meeting, the mayor said.</p>',
    ],
  },
  'newsletters.channel-promo': {
    fires: [
      '<p>Join our WhatsApp channel for the latest headlines.</p>',
      '<p>Únete a nuestro canal de WhatsApp.</p>',
      '<div><strong>Subscribe now</strong> and read the Courier on every device.</div>',
    ],
    spares: [
      '<p>The canal linking the harbour to the lake will be dredged as part of the works.</p>',
      '<p>The operator said it would subscribe to a new booking system later this year.</p>',
      // "our channel" inside "your channel": a how-to's own step, not a promotion
      '<li>Viewers can watch in real time through your channel page once the stream starts.</li>',
    ],
  },
  'newsletters.paywall': {
    fires: [
      '<p>To continue reading this story, subscribe for one euro a week.</p>',
      '<h3>Subscribe to continue reading</h3>',
      '<div>Dieser Artikel ist nur für Abonnenten verfügbar.</div>',
    ],
    spares: [
      '<p>Readers who want to continue reading about the harbour can find the full report on the council website.</p>',
    ],
  },
  'newsletters.cookie': {
    fires: [
      `<div id="cookie-notice" role="dialog">
        <p>This page stores small files to improve your visit.</p>
        <button>Accept</button>
      </div>`,
      '<div class="cc-window cc-banner"><span>Manage your privacy settings.</span></div>',
    ],
    spares: [
      '<p>The bakery on the quay sold cookies to the first passengers, the report said.</p>',
      '<p class="cookie-jar-story">A biscuit tin found under the old pier dates from 1920.</p>',
    ],
  },
  'newsletters.cookie-text': {
    fires: [
      `<div class="consent">
        <p>This website uses cookies to ensure you get the best experience. <a href="/privacy">Learn more</a></p>
        <button>Got it</button>
      </div>`,
      '<p>Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.</p>',
    ],
    spares: [
      '<p>The authority’s website, which counts visitors, published the plans on Monday.</p>',
      '<p>The café owner said we use local flour for all the cookies sold on the ferry.</p>',
    ],
  },
  'newsletters.embed-consent': {
    fires: [
      `<div class="embed-placeholder">
        <p>Externer Inhalt</p>
        <p>Hier steht ein Video von YouTube. Klicken Sie hier, um das Video zu laden.</p>
      </div>`,
      '<p>Click here to load the video.</p>',
    ],
    spares: [
      '<p>A video posted on YouTube shows the first ferry arriving at the quay as crowds cheered.</p>',
      '<p>External content providers will run the ticket machines, the operator said.</p>',
    ],
  },
  'newsletters.ad-label': {
    fires: [
      '<p>Advertisement</p>',
      '<div>Story continues below advertisement</div>',
      '<span>Anzeige</span>',
      '<p>- Anzeige -</p>',
      '<figure><a href="/shop"><img src="/ad.jpg" alt=""></a><figcaption>Reklama</figcaption></figure>',
    ],
    spares: [
      '<p>Advertisement spending by the ferry company doubled in 2017.</p>',
      '<h2>Sponsored by the state, the terminal will cost 40 million euros</h2>',
    ],
  },
  'newsletters.ad-teaser': {
    fires: [
      '<p>ANZEIGE: Jetzt Fährtickets günstig buchen</p>',
      '<div>Advertisement - Ferry tickets from 9 euros this summer</div>',
    ],
    spares: [
      '<p>Advertisement revenue, the largest source of income for the port, fell in 2017.</p>',
      '<p>Anzeigen in der Lokalzeitung kündigten die Sitzung an.</p>',
    ],
  },
  'newsletters.ad-slot': {
    fires: [
      '<div class="ad-slot ad-slot--mpu" id="slot-1"><p>Advertisement placeholder text</p></div>',
      '<div id="div-gpt-ad-1533630000000-0"><p>Sponsored message area</p></div>',
      '<ins class="adsbygoogle" data-ad-client="ca-pub-1" data-ad-slot="123">Ad</ins>',
    ],
    spares: [
      '<p class="lead">Advertisers including the ferry company paid for the new signs.</p>',
      '<p class="adventure-note">The first crossing will be an adventure, the captain said.</p>',
    ],
  },
  'newsletters.affiliate': {
    fires: [
      '<p><em>This article contains affiliate links. If you buy through them, we may earn a commission.</em></p>',
      '<p>Dieser Beitrag enthält Affiliate-Links.</p>',
      '<p>This post contains references to products from one or more of our advertisers.</p>',
    ],
    spares: [
      '<p>The ferry company’s affiliate in Norway will build the ships, it said.</p>',
      '<p>The port will earn a fee on every ticket sold, the report said.</p>',
    ],
  },
  'newsletters.steemit-reward': {
    fires: [
      '<p>Authors get paid when people like you upvote their post.</p>',
      '<div>If you enjoyed what you read here, create your account today and start earning FREE STEEM!</div>',
    ],
    spares: ['<p>Authors get paid when their books sell, the writers’ union said.</p>'],
  },
  'newsletters.support-us': {
    fires: [
      '<p>Support independent journalism: become a member for five euros a month.</p>',
      '<div>If you enjoyed this article, please consider a donation to keep the Courier free.</div>',
    ],
    spares: [
      '<p>Journalism in the region needs support, the press union said on Monday.</p>',
      '<h2>Support for the terminal grows on the islands</h2>',
    ],
  },

  // ---------------------------------------------------------------- disclaimers
  'disclaimers.syndicated-feed': {
    fires: [
      '<p><em>(This story has not been edited by Coast Courier staff and is auto-generated from a syndicated feed.)</em></p>',
    ],
    spares: ['<p>The story has not been edited since it was first published in 2016, the archive said.</p>'],
  },
  'disclaimers.first-published': {
    fires: ['<p>First Published: Aug 07 2018 | 9:12 PM IST</p>', '<span>Last Updated: 7 August 2018</span>'],
    spares: [
      '<p>Published on Tuesday, the report found that island traffic had doubled since 2010.</p>',
      '<p>Updated figures show the terminal will cost 42 million euros, up from 40 million.</p>',
    ],
  },
  'disclaimers.copyright': {
    fires: ['<p>Copyright Agence France-Presse, 2018</p>', '<small>© AFP 2018</small>'],
    spares: ['<p>Copyright lawyers for AFP said the agency would appeal, according to Reuters.</p>'],
  },
  'disclaimers.byline-line': {
    fires: ['<p>By Léa Martin</p>', '<div>Business | By John Smith</div>'],
    spares: [
      '<p>By Tuesday the ferry company had ordered two ships.</p>',
      '<p>By contrast, the southern pier will close.</p>',
    ],
  },
  'disclaimers.rights': {
    fires: [
      '<p>© 2018 The Coast Courier. All rights reserved.</p>',
      '<small>Copyright 2018 Harbour Media Group</small>',
    ],
    spares: [
      '<p>The musicians kept the rights to the harbour anthem, their lawyer said.</p>',
      '<p>Copyright claims over the terminal’s design were dismissed in 2017.</p>',
    ],
  },
  'disclaimers.reprint': {
    fires: [
      '<p>This material may not be published, broadcast, rewritten or redistributed without permission.</p>',
      '<p>Nachdruck nur mit Genehmigung des Verlags.</p>',
    ],
    spares: [
      '<p>The ferry company began work on the quay without permission in 2016, the court heard.</p>',
      '<p>Reprinting the timetable every season costs the operator 20,000 euros.</p>',
    ],
  },
  'disclaimers.licence': {
    fires: [
      '<p>Licensed under CC BY-SA 4.0 (Creative Commons).</p>',
      '<p>Dieser Text ist unter der Lizenz CC BY 4.0 verfügbar.</p>',
    ],
    spares: ['<p>The ferry operator is licensed under Norwegian maritime law, the authority said.</p>'],
  },
  'disclaimers.wire-trailer': {
    fires: [
      '<p>(Reporting by Jane Doe; Editing by John Smith)</p>',
      '<p>Our Standards: The Thomson Reuters Trust Principles.</p>',
    ],
    spares: [
      '<p>Reporting by local media suggested the vote would be close, but it passed easily.</p>',
      '<p>(The vote was 31 to 9, with editing of the plans left to a committee.)</p>',
    ],
  },
  'disclaimers.citation': {
    fires: [
      '<p>SUGGESTED CITATION: Martin, Léa. “Ferry terminal approved.” The Coast Courier, 7 August 2018.</p>',
      '<div><p>Zitiervorschlag: Martin, L. (2018): Neues Fährterminal. Coast Courier.</p></div>',
    ],
    spares: ['<p>The report, which researchers can cite as a source, was published in 2017.</p>'],
  },

  // ---------------------------------------------------------------- bylines
  'bylines.date-line': {
    fires: [
      '<p>Aktualisiert: 11.04.2020, 10:27</p>',
      '<p class="dateline"><time datetime="2018-08-07">August 7, 2018</time></p>',
      '<span>Tuesday, 7 August 2018 12:04 GMT</span>',
      '<p><b>Aktualisiert am </b>17.01.2021.</p>',
      '<ul><li>opublikowano: <time>2021-04-29 17:13:04.031886+02:00</time></li></ul>',
      '<p><span>Release Date:</span></p>',
    ],
    spares: [
      '<p>On 7 August 2018 the council approved the terminal by 31 votes to 9.</p>',
      '<p>Updated plans for the terminal were published in March.</p>',
      '<h2>August 7, 2018: a day the harbour changed</h2>',
    ],
  },
  'bylines.reading-time': {
    fires: ['<p>4 min read</p>', '<span>Lesezeit: 3 Minuten</span>'],
    spares: ['<p>The crossing takes 40 minutes, compared with 90 minutes by road.</p>'],
  },
  'bylines.posted-by': {
    fires: [
      '<p>Posted by harbourwatch on August 7, 2018</p>',
      '<p>Author: Léa Martin</p>',
      '<div>View all posts by Léa Martin</div>',
    ],
    spares: [
      '<p>Posted to the islands in 2015, the harbour master oversaw three winters of delays before the vote.</p>',
      '<p>The author of the plans, Léa Martin, said the terminal would be finished by 2020.</p>',
    ],
  },
  'bylines.author-box': {
    fires: [
      `<div class="author-box">
        <img src="/img/lea.jpg" alt="">
        <p>Léa Martin covers transport and the coast for the Courier.</p>
      </div>`,
      '<section class="c-author-card"><p>Jan Berg is the Courier’s harbour reporter.</p></section>',
    ],
    spares: [
      '<p class="authority-note">The harbour authority has 14 members, nine of whom backed the plan.</p>',
      '<p>The author of the report, a retired engineer, said the costs were realistic.</p>',
    ],
  },
  'bylines.author-box-text': {
    fires: [
      `<div>
        <h4>About the author</h4>
        <p>Léa Martin covers transport and the coast for the Courier.</p>
      </div>`,
      '<aside><p>Über die Autorin</p><p>Lea Müller schreibt über Verkehr.</p></aside>',
    ],
    spares: [
      '<p>About the author of the plans little is known, except that she worked in Bergen.</p>',
      '<h3>About the terminal</h3>',
    ],
  },

  // ---------------------------------------------------------------- credits
  'credits.credit-class': {
    fires: [
      FIGURE('<span class="credit">Coast Courier/J. Berg</span>'),
      FIGURE('<small class="image-copyright">Harbour authority</small>'),
      '<p><span class="photo-credit">Jan Berg for the Coast Courier</span></p>',
    ],
    spares: [
      '<p class="credit-rating">The agency kept the authority’s credit rating at A2.</p>',
      FIGURE('The render was released by the authority on Tuesday.').replace(
        '<figcaption>',
        '<figcaption class="caption">',
      ),
      '<figure><img src="/img/terminal.jpg" alt=""><figcaption class="c-lead-image__credit"><span class="c-lead-image__caption">The new terminal at the northern quay</span></figcaption></figure>',
    ],
  },
  'credits.credit': {
    fires: [
      FIGURE('<span>Photo: Jan Berg/Coast Courier</span>'),
      '<p>Foto: dpa</p>',
      '<p><em>© Jan Berg</em></p>',
    ],
    spares: [
      '<p>Photos taken by residents show the old pier in 1920, before the storm.</p>',
      '<p>Credit card payments will be accepted on board from the first crossing.</p>',
    ],
  },
  'credits.agency-credit': {
    fires: [
      FIGURE('<span>TebNad/Shutterstock.com</span>'),
      '<p>AFP / MARCO BERTORELLO</p>',
      '<p><small>Augusta National/Getty Images</small></p>',
    ],
    spares: [
      '<p>The AFP/Getty row over photo rights was settled in 2013, long before the terminal plan.</p>',
      '<h3>Shutterstock: the photo library that sells the harbour’s pictures</h3>',
      FIGURE('').replace('quay. ', 'quay, seen from the old pier at dusk by Jan Berg/Reuters'),
    ],
  },
  'credits.image-count': {
    fires: ['<p>Image 1 of 12</p>', '<span>Bild 3 von 8</span>'],
    spares: ['<p>Image 1 of the council’s presentation showed the terminal at night.</p>'],
  },
  'credits.gallery-label': {
    fires: ['<p>Bildergalerie</p>', '<button>Enlarge this image</button>', '<h3>Photo gallery</h3>'],
    spares: [
      '<p>The gallery on the quay will show photos of the old pier.</p>',
      '<h3>Gallery opens in the old customs house</h3>',
    ],
  },

  // ---------------------------------------------------------------- navigation
  'navigation.skip-link': {
    fires: [
      '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>',
      '<a href="#main" class="visually-hidden-focusable">Zum Inhalt springen</a>',
    ],
    spares: [
      '<p>Skip to content? Not this time, the auditor said of the 300-page report.</p>',
      '<p>The report’s summary is at the start; <a href="#costs">the costs</a> are listed at the end.</p>',
    ],
  },
  'navigation.tabs': {
    fires: [
      '<div class="tabs"><button>Latest</button><button>Most Popular</button></div>',
      '<ul><li>Trending</li><li>Recommended</li></ul>',
    ],
    spares: [
      '<p>Popular with commuters, the ferry service carries 2,000 people a day.</p>',
      '<h3>Latest figures</h3>',
    ],
  },
  'navigation.post-meta': {
    fires: ['<p>in Business • 3 hours ago</p>'],
    spares: ['<p>in Business news, the port reported record traffic three hours ago.</p>'],
  },
  'navigation.image-file-name': {
    fires: ['<p>harbour-terminal-render_2018.jpg</p>', '<span>IMG_4021.JPG</span>'],
    spares: ['<p>The render, published as terminal.jpg on the council website, shows a glass hall.</p>'],
  },
  'navigation.breadcrumbs': {
    fires: [
      '<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/coast">Coast news</a></li></ol></nav>',
      '<ul class="breadcrumbs"><li><a href="/">Front page</a></li><li>Transport</li></ul>',
    ],
    spares: ['<p>Breadcrumbs of information emerged over the summer, the auditor said.</p>'],
  },
  'navigation.back-link': {
    fires: ['<p><a href="#top">Back to top</a></p>', '<div><a href="/news">« Zurück zur Übersicht</a></div>'],
    spares: [
      '<p>Back to the drawing board, the opponents said after the vote.</p>',
      '<h3>Back to the islands</h3>',
    ],
  },
  'navigation.post-links': {
    fires: [
      `<nav class="navigation post-navigation" aria-label="Posts">
        <div class="nav-links">
          <div class="nav-previous"><a href="/2018/08/06/port-strike">Port strike ends after two weeks</a></div>
          <div class="nav-next"><a href="/2018/08/08/new-ships">Two new ships ordered</a></div>
        </div>
      </nav>`,
      '<ul class="pagination"><li><a href="?page=1">1</a></li><li><a href="?page=2">Next page</a></li></ul>',
    ],
    spares: ['<p class="navigation-note">Navigation in the harbour will change once the terminal opens.</p>'],
  },
  'navigation.post-links-label': {
    fires: ['<h2 class="screen-reader-text">Post navigation</h2>', '<p>Beitragsnavigation</p>'],
    spares: ['<p>Post navigation rules for the harbour will be published in the spring.</p>'],
  },
  'navigation.toc': {
    fires: [
      `<div class="toc">
        <p>Contents</p>
        <ol><li><a href="#plans">The plans</a></li><li><a href="#opposition">The opposition</a></li></ol>
      </div>`,
      '<nav id="ez-toc-container"><ul><li><a href="#costs">What it costs</a></li></ul></nav>',
    ],
    spares: ['<p>The table of contents of the report lists 14 chapters.</p>'],
  },
  'navigation.toc-text': {
    fires: [
      `<div>
        <p>Table of contents [hide]</p>
        <ol><li><a href="#plans">The plans</a></li><li><a href="#opposition">The opposition</a></li></ol>
      </div>`,
      '<nav><p>Inhaltsverzeichnis</p><ul><li><a href="#kosten">Was es kostet</a></li></ul></nav>',
    ],
    spares: [
      '<p>Table of contents aside, the report is well organised, the auditors said.</p>',
      '<h3>Contents of the new terminal</h3>',
    ],
  },
  'navigation.tags': {
    fires: [
      '<div class="tags"><a href="/tag/maritime">Maritime policy</a> <a href="/tag/islands">Island transport</a></div>',
      '<footer class="entry-footer"><span class="cat-links"><a href="/category/coast">Coast</a></span></footer>',
    ],
    spares: ['<p class="tagline">Price tags for the terminal range from 40 to 60 million euros.</p>'],
  },
  'navigation.meta-line': {
    fires: [
      '<p> News date : 04/21/2022 &nbsp;&nbsp;&nbsp;Category : <a href="/newscategory/10">Press Releases</a> </p>',
      '<div>Datum: 12.03.2022 | Rubrik: Hafen</div>',
    ],
    spares: [
      '<p>Date: the council has not set one, the spokesman said.</p>',
      '<p>Category: ferries. Tags: none of the tags the operator proposed were adopted: the council refused.</p>',
    ],
  },
  'navigation.permalink': {
    fires: [
      '<ul><li><strong>Permalien</strong> https://p.dw.com/p/RPYx</li></ul>',
      '<p id="permalink"><b>Permalink</b>: https://www.coast-courier.example/news/2021/terminal.php</p>',
    ],
    spares: [
      '<p>The permalink https://www.coast-courier.example/terminal was shared 4,000 times on Monday.</p>',
    ],
  },
  'navigation.tags-text': {
    fires: [
      '<p>Tags: maritime policy, Bergvik, infrastructure</p>',
      '<div>Filed under: Coast, Transport</div>',
      '<p>Kategorie: Verkehr</p>',
    ],
    spares: [
      '<p>Categories of passengers eligible for discounts include students and pensioners.</p>',
      '<p>Themes: the report names three, cost, time and noise.</p>',
    ],
  },

  // ---------------------------------------------------------------- hidden
  'hidden.hidden': {
    fires: [
      '<p hidden>Subscribers-only teaser that the page hides.</p>',
      '<div aria-hidden="true"><p>Duplicate headline for the slider widget.</p></div>',
      '<noscript><p>Please enable scripts to watch the harbour video.</p></noscript>',
    ],
    spares: [
      '<p aria-hidden="false">The hidden costs of the terminal were not in the estimate, auditors said.</p>',
      '<p data-hidden-note="x">The old pier will remain open during the works.</p>',
    ],
  },
  'hidden.display-none': {
    fires: [
      '<div style="display: none"><p>Earlier version of this story: terminal plan rejected.</p></div>',
      '<span style="visibility:hidden;">hidden counter for the slider</span>',
    ],
    spares: [
      '<p style="display: block">The first ferries will use the terminal in 2020, weather permitting.</p>',
      '<p style="visibility: visible">None of the island councils opposed the plan.</p>',
    ],
  },
};
