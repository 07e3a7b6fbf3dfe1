export { stableSelector, isStableName, isStableClass } from './selector';
export { ruleForZap } from './rule';
