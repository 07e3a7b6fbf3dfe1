/** Comment sections, comment widgets and their headings, also when they arrive late. */
export default {
  family: 'comments',
  label: 'Comments',
  rules: {
    'disqus': '###disqus_thread, [id^="dsq-"], .disqus, [class*="disqus" i]',
    'facebook': '##.fb-comments, .fb_iframe_widget, [data-href][class*="fb-comment"]',
    'wordpress': '##ol.commentlist, ol.comment-list, #comments, #respond, .comments-area, .comment-respond, #commentform',
    'generic': '##[id="comments"], [id="comment-section"], [class~="comments"], [class~="comment-section"], [class~="comments-section"], [class~="article-comments"], section[class*="comments"]',
    'heading': '##:is(h2,h3,h4,h5,p,div,span,a):has-text(/^(Comments?|\\d+ Comments?|Leave a (Reply|Comment)|Comments are closed\\.?|Post a Comment|Add (a )?comment|Kommentare?|Commentaires?|Comentarios)$/i)',
  },
};
