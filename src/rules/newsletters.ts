/** Newsletter sign-ups, subscription walls, cookie banners, "Advertisement" labels, reward footers. */
export default {
  family: 'newsletters',
  label: 'Newsletters, cookies and ads',
  rules: {
    'newsletter': '##[class*="newsletter" i]:not(body):not(article):not(main), [id*="newsletter" i]:not(body):not(article):not(main), [class*="subscribe-box"], [class*="signup-form"]',
    'cookie': '##[id*="cookie" i]:not(body):not(html), [class*="cookie-banner"], [class*="cookie-consent"], [class*="cookie-notice"], [id*="consent" i][class*="banner"], #onetrust-consent-sdk, .cc-window',
    'ad-label': '##:is(p,div,span,small):has-text(/^(Advertisement|ADVERTISEMENT|Advertisment|Anzeige|Publicité|Publicidad|Sponsored|Story continues below advertisement)$/)',
    'ad-slot': '##[class*="ad-slot"], [class*="adslot"], [class~="advert"], [class~="advertisement"], [id^="div-gpt-ad"], ins.adsbygoogle',
    'steemit-reward': '##:is(p,div,span):has-text(/^(Authors get paid when people like you upvote their post\\.?|If you enjoyed what you read here, create your account today and start earning FREE STEEM!?)$/)',
  },
};
