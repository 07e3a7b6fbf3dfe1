/**
 * Syndication disclaimers, "First Published" stamps, copyright and credit lines. They leave the body
 * but not the reader: the attribution extractor reads the removed texts for agency, date and byline.
 */
export default {
  family: 'disclaimers',
  label: 'Syndication notes and credits',
  rules: {
    'syndicated-feed': '##:is(p,div,span,em,i,small):has-text(/^\\(?This (story|article) has not been edited by .{1,80} staff and is auto-generated from a syndicated feed\\.?\\)?$/i)',
    'first-published': '##:is(p,div,span,small,time):has-text(/^(First Published|Published|Last Updated|Updated)( on| at)? ?: .{4,60}$/i)',
    'copyright': '##:is(p,div,span,small):has-text(/^(Copyright|©|\\(c\\))( ©)? ?(Agence France-Presse|AFP|Reuters|Thomson Reuters|The Associated Press|Associated Press|Bloomberg|Press Trust of India|PTI|dpa|EFE|ANSA|Kyodo|Xinhua)[ ,]*(\\d{4})?\\.?( All rights reserved\\.?)?$/i)',
    'byline-line': '##:is(p,div,span):has-text(/^([\\w &]{2,30} \\| )?By [A-Z][\\w.\'-]+( [A-Z][\\w.\'-]+){0,3}$/)',
  },
};
