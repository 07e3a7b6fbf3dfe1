export {
  cssForRules,
  splitSelectorList,
  installStyle,
  removeStyles,
  HIDDEN_ATTR,
  FOCUS_ATTR,
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
  FOCUS_MIN_RETENTION,
  type CleanInPlaceOptions,
} from './clean-in-place';
export type { HiddenBlock, KeptBlock, InPageResult, InPageMode, FocusRecord } from './hide';
export { planFocus, FOCUS_CAUSE, type FocusPlan, type FocusFallback } from './focus';
export { mapStory, findMasthead, type StoryMap } from './story-map';
export {
  createLateWidgetCleaner,
  LATE_CHECK_MAX_WAIT_MS,
  type LateWidgetCleaner,
  type LateWidgetOptions,
  type LateWidgetStats,
} from './late';
export { retention, retentionReport, type RetentionReport } from './retention';
export { buildArticleIndex, holdsArticleText, type ArticleIndex } from './article-index';
export { nonStoryText, uncoveredLines, type NonStoryText, type UncoveredLine } from './non-story';
export { measureInPageCleaning, type InPageMeasurement } from './measure';
