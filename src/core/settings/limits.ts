import { MAX_STORY_CHARS } from '../story/limits';

/** Size limits shared by the settings code and the message checks (a leaf module: nothing to bundle). */

/**
 * The longest rule list the options page saves (and the editor sends to a tab for counting): far above
 * any hand-written list, room for a pasted filter list of some 30,000 lines.
 */
export const MAX_RULES_CHARS = 2_000_000;

/**
 * The largest settings file an import reads. It is worked out from MAX_RULES_CHARS so that every backup
 * the options page writes imports again: in JSON a character of the rule list takes at most 6 (`\u0001`),
 * the other settings (sites, exceptions, preferences) get 4 million characters of their own, and the
 * story memory, when the reader includes it, the most it may hold (core/story/memory.ts).
 */
export const MAX_IMPORT_CHARS = 6 * MAX_RULES_CHARS + 4_000_000 + MAX_STORY_CHARS;

/** Rules beyond this many are not counted (a pasted filter list would keep the page busy). */
export const MAX_COUNTED_RULES = 2000;

/** How long counting the rules' matches on a tab may take before the rest are left uncounted. */
export const COUNT_BUDGET_MS = 1000;
