/**
 * Story memory's one writer: a story read in the popup or cleaned in place is fingerprinted here and
 * kept (src/shared/story-store.ts) — unless the reader switched the memory off, or the tab is in a
 * private window, which a reader expects to leave no trace.
 */
import { fingerprintStory, type StoryInput } from '../core/story/fingerprint';
import { toStoryRecord } from '../core/story/record';
import browser from '../shared/browser';
import { loadSettings } from '../shared/storage';
import { rememberStoryRecord } from '../shared/story-store';

/** Whether the tab is in a private window; a tab that is gone counts as one (nothing is kept). */
export async function isPrivateTab(tabId: number): Promise<boolean> {
  try {
    return (await browser.tabs.get(tabId)).incognito;
  } catch {
    return true;
  }
}

/** Keeps `story`, read now in a tab that is `private` or not; resolves to whether it was kept. */
export async function rememberStory(story: StoryInput, isPrivate: boolean): Promise<boolean> {
  // A private window's own background (Chrome's split mode; Firefox's private browsing) keeps nothing either.
  if (isPrivate || browser.extension?.inIncognitoContext === true) return false;
  if (!(await loadSettings()).storyMemory) return false;
  const fingerprint = fingerprintStory({ ...story, seen: Date.now() });
  if (fingerprint.words === 0) return false;
  await rememberStoryRecord(toStoryRecord(fingerprint));
  return true;
}
