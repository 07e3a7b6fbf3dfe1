export { stableSelector, isStableName, isStableClass } from './selector';
export { ruleForZap, withRuleAppended } from './rule';
