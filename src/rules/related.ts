/** Related, recommended and most-read lists, and "Read more" / "Also read" teasers. */
export default {
  family: 'related',
  label: 'Related stories',
  rules: {
    'widget': '##.related-posts, .related-articles, .related-stories, .related_posts, .yarpp-related, .crp_related, .rp4wp-related-posts, [class*="related-news"], [class*="most-read"], [class*="mostread"], [class*="recommended"], .outbrain, .OUTBRAIN, [id^="taboola"], [class*="taboola"]',
    'label': '##:is(h2,h3,h4,h5,p,div,span,strong):has-text(/^(Related( news| stories| articles| posts)?|Also read|Read also|Read more|More from [\\w ]{1,40}|Most read|Recommended( for you)?|You (may|might) also like|Mehr zum Thema|Lesen Sie auch|Lire aussi|À lire aussi)( ?:)?$/i)',
    'inline-teaser': '##:is(p,li,div):has-text(/^(Also read|Read also|Read more|ALSO READ|READ MORE|Lesen Sie auch|Lire aussi)( ?[:|-]) .{5,200}$/)',
  },
};
