/** Size limits shared by the settings code and the message checks (a leaf module: nothing to bundle). */

/** Far above any real settings file; guards the options page against a huge paste or a wrong file. */
export const MAX_IMPORT_CHARS = 1_000_000;

/** Rules beyond this many are not counted (a pasted filter list would keep the page busy). */
export const MAX_COUNTED_RULES = 2000;
