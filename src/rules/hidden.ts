/** What the page itself hides is not article text. Applied before Readability only. */
export default {
  family: 'hidden',
  label: 'Hidden page content',
  rules: {
    hidden: '##[hidden]:not(html):not(body), [aria-hidden="true"]:not(html):not(body), noscript, template',
    'display-none':
      '##[style*="display:none" i], [style*="display: none" i], [style*="visibility:hidden" i], [style*="visibility: hidden" i]',
  },
};
