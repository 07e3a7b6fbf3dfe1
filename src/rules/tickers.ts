/** Stock and market ticker bars that news sites run above or inside the article. */
export default {
  family: 'tickers',
  label: 'Stock tickers',
  rules: {
    // Business Recorder-style bars: "AIRLINK 212.82 Increased By ▲ 3.27 (1.56%)".
    'price-line':
      '##:is(li,div,span,p,a,td,tr):has-text(/^[A-Z][A-Z0-9.&-]{1,14} [\\d,]{1,40}(\\.\\d{1,9})? (Increased By|Decreased By|No Change) ?[▲▼]? ?[-+]?[\\d,.]{1,40} \\([-+]?[\\d.]{1,40}%\\)$/)',
    widget:
      '##[class*="ticker" i]:not(article):not(main):not(body), [id*="ticker" i]:not(article):not(main):not(body), [class*="stock-bar" i], [class*="market-bar" i], [class*="marquee" i], marquee',
  },
};
