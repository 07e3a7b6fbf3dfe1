export {
  cssForRules,
  splitSelectorList,
  installStyle,
  removeStyles,
  HIDDEN_ATTR,
  STYLE_ATTR,
  MARKER_CSS,
  type RulesCss,
  type StyleRole,
} from './css';
export { prepareInPageRules, type InPageRules, type InPageExceptions } from './prepare';
export {
  cleanInPlace,
  restore,
  restoreOne,
  elementForBlock,
  hideElement,
  recordForZaps,
  type CleanInPlaceOptions,
} from './clean-in-place';
export type { HiddenBlock, KeptBlock, InPageResult } from './hide';
export {
  createLateWidgetCleaner,
  LATE_CHECK_MAX_WAIT_MS,
  type LateWidgetCleaner,
  type LateWidgetOptions,
  type LateWidgetStats,
} from './late';
export { retention, retentionReport, type RetentionReport } from './retention';
export { buildArticleIndex, holdsArticleText, type ArticleIndex } from './article-index';
export { measureInPageCleaning, type InPageMeasurement } from './measure';
