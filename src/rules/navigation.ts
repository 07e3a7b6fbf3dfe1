/** Skip links, "Latest / Recommended" tabs, breadcrumbs and similar page furniture. */
export default {
  family: 'navigation',
  label: 'Navigation and page furniture',
  rules: {
    'skip-link': '##a[href^="#"]:has-text(/^Skip to (main )?(content|navigation|main)$/i)',
    'tabs': '##:is(li,a,span,div,p,button):has-text(/^(Latest|Recommended|Trending|Popular|Most Popular)$/)',
    'post-meta': '##:is(p,div,span):has-text(/^in [\\w-]+ • \\d+ (second|minute|hour|day|week|month|year)s? ago$/)',
    'image-file-name': '##:is(p,div,span):has-text(/^[\\w()\\[\\]%.,-]{1,80}\\.(jpe?g|png|gif|webp)$/i)',
  },
};
