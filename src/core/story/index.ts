/**
 * Story memory's matching, pure: fingerprints of cleaned articles (MinHash of word shingles, sampled
 * shingles per paragraph), the copies of a story among stored ones, and what one copy lacks against another.
 * Used by the command line's `cleanwire group` and by the extension's story memory.
 */
export { storyParagraphs, storyWords } from './words';
export {
  fingerprintStory,
  storyInputOf,
  MINHASH_SIZE,
  SHINGLE_WORDS,
  type StoryAbout,
  type StoryFingerprint,
  type StoryInput,
  type StoryParagraph,
} from './fingerprint';
export {
  compareStories,
  findCopies,
  StoryIndex,
  type CopyBand,
  type StoryComparison,
  type StoryMatch,
} from './match';
export {
  compareParagraphs,
  summarizeCopies,
  type CopiesSummary,
  type ParagraphComparison,
  type ParagraphRef,
} from './copies';
export { StoryClusters } from './cluster';
export {
  fromStoryRecord,
  minhashOfRecord,
  toStoryRecord,
  STORY_RECORD_VERSION,
  type StoryRecord,
} from './record';
export {
  MAX_STORIES,
  MAX_STORY_CHARS,
  STORY_BOUNDS,
  mergeStories,
  rememberStory,
  storedCopiesOf,
  storedRecords,
  validRecords,
  type StoredCopies,
  type StoryBounds,
} from './memory';
export {
  changedNote,
  describeDifferences,
  differencesSummary,
  differencesText,
  missingRunText,
  paragraphPreview,
  type AddedParagraph,
  type ChangedParagraph,
  type CopyDifferences,
  type MissingPlace,
  type MissingRun,
} from './differences';
