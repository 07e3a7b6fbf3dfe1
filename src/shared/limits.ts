/**
 * The engine's element budget in the browser. Heavy news pages have 3,000–15,000 elements; past this a
 * page is reported as too large rather than freezing the tab while Readability scores it.
 */
export const PAGE_ELEMENT_BUDGET = 100_000;
