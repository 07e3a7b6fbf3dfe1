/** Share, like and follow blocks: Jetpack's sharedaddy, "Share this:", "Like this:", social bars. */
export default {
  family: 'share',
  label: 'Share and like buttons',
  rules: {
    'jetpack': '##.sharedaddy, .sd-sharing-enabled, .jp-relatedposts, #jp-post-flair, .sd-like, .wpl-likebox',
    'social-bar': '##.share-buttons, .social-share, .sharing, .share-bar, .social-buttons, .addthis_toolbox, .a2a_kit, .shariff, [class*="share-tools"], [class*="social-share"], [class~="share"], [class*="sharebar" i]',
    'label': '##:is(h2,h3,h4,h5,p,div,span,strong,li):has-text(/^(Share this( article| story)?|Like this|Share|Share on (Facebook|Twitter|X)|Teilen|Partager|Compartir)( ?:)?$/i)',
    'like-loading': '##:is(p,div,span):has-text(/^Like Loading\\.*…?$/i)',
  },
};
