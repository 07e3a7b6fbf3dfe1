/**
 * Story memory (issue 17): the switch, how many stories are kept, and "Forget all stories". The memory
 * stays on this device; it is not in the settings backup unless the reader includes it there.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { MAX_STORIES } from '../core/story/limits';
import { forgetStories, loadStoredStories, onStoriesChanged } from '../shared/story-store';
import type { ChangeSettings } from './App';
import { errorText } from '../core';

interface Props {
  settings: Settings;
  change: ChangeSettings;
}

export function StoryMemorySection({ settings, change }: Props) {
  const [count, setCount] = useState<number | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    void loadStoredStories().then((value) => setCount(Array.isArray(value) ? value.length : 0));
    return onStoriesChanged(setCount);
  }, []);

  const forget = async () => {
    try {
      await forgetStories();
      setCount(0);
      setStatus('All stories forgotten.');
    } catch (error) {
      setStatus(`Could not forget the stories: ${errorText(error)}`);
    }
  };

  return (
    <section aria-labelledby="stories-heading">
      <h2 id="stories-heading">Story memory</h2>
      <label>
        <input
          type="checkbox"
          data-testid="story-memory"
          checked={settings.storyMemory}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            void change((s) => ({ ...s, storyMemory: on }), `Story memory: ${on ? 'on' : 'off'}`);
          }}
        />{' '}
        Remember stories I read, on this device, to show other copies
      </label>
      <p class="cw-hint">
        For each article read in Cleanwire (not in private windows), a fingerprint is kept: its title, site,
        address, date, wire agency, word count and hashes of its words — never its text. The popup then lists
        other copies of the story you read before, and what this copy lacks. At most {MAX_STORIES} stories are
        kept, the oldest dropped; nothing is sent anywhere.
      </p>
      <p>
        <span data-testid="story-count">{count ?? '…'}</span> {count === 1 ? 'story' : 'stories'} remembered.{' '}
        <button type="button" data-testid="forget-stories" disabled={!count} onClick={() => void forget()}>
          Forget all stories
        </button>
      </p>
      {status && (
        <p role="status" data-testid="forget-status">
          {status}
        </p>
      )}
    </section>
  );
}
