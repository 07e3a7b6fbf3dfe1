/** Story memory's bounds (a leaf module: the settings' size limits read them without the matching code). */

/** Stories kept at most: the oldest is dropped past this many. */
export const MAX_STORIES = 5000;
/**
 * Characters of JSON the records may take together, the oldest dropped past it: 5,000 records of the
 * median size take ~7 MB (bench/README.md), and Chrome gives an extension 10 MB of storage.local in all,
 * settings included. Only a reader of very long articles reaches this bound before MAX_STORIES.
 */
export const MAX_STORY_CHARS = 7_500_000;
