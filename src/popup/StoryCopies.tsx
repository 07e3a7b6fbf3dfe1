/**
 * "Also seen on": the stored copies of the story the popup shows (story memory, issue 17), the most
 * complete and the earliest marked, and what this copy lacks, changes and adds against one of them.
 * Loaded on its own after the article is on screen. Records keep no text: every quote is from this copy.
 */
import { useMemo, useState } from 'preact/hooks';
import type { CleanResult } from '../core';
import { errorText } from '../core/error-text';
import {
  changedNote,
  describeDifferences,
  differencesSummary,
  differencesText,
  missingRunText,
} from '../core/story/differences';
import { fingerprintStory, type StoryFingerprint } from '../core/story/fingerprint';
import { storyInputOf } from '../core/story/input';
import type { CopyBand } from '../core/story/match';
import { storedCopiesOf, type StoredCopies } from '../core/story/memory';
import { storyParagraphs } from '../core/story/words';
import browser from '../shared/browser';
import type { BackgroundRequest } from '../shared/messages';
import { loadStoredStories } from '../shared/story-store';
import { displayHost, formatPublished, safeHttpUrl } from '../ui/format';

export interface StoryCopiesData {
  story: StoryFingerprint;
  /** This copy's paragraphs (what the comparison quotes). */
  paragraphs: string[];
  copies: StoredCopies;
}

/**
 * The stored copies of the article in `result`, read at `pageUrl` in tab `tabId`; then the article joins
 * the memory (the background keeps it unless the tab is private). Null when no stored story matches.
 */
export async function readStoryMemory(
  result: CleanResult,
  pageUrl: string,
  tabId: number | null,
): Promise<StoryCopiesData | null> {
  const input = storyInputOf(result, pageUrl);
  if (!input) return null;
  const story = fingerprintStory({ ...input, seen: Date.now() });
  const stored = await loadStoredStories();
  const copies = storedCopiesOf(story, Array.isArray(stored) ? stored : [], pageUrl);
  if (tabId !== null) {
    const request: BackgroundRequest = { type: 'remember-story', story: input, tabId };
    await browser.runtime
      .sendMessage(request)
      .catch((error: unknown) => console.warn('Cleanwire: story not remembered', errorText(error)));
  }
  return copies ? { story, paragraphs: storyParagraphs(input.text), copies } : null;
}

const BAND_LABELS: Record<CopyBand, string> = { 'same-text': 'same text', rewritten: 'rewritten' };

/** What a copy is called: its site's name, else its host. */
function nameOf(s: StoryFingerprint): string {
  return s.site ?? (s.url ? displayHost(s.url) : 'another page');
}

const httpUrl = (url: string | null) => (url ? safeHttpUrl(url) : null);

/** A short date: the published one, else the day the reader saw it. */
function dateOf(s: StoryFingerprint): string | null {
  if (s.published) return formatPublished(s.published, undefined, true);
  return s.seen !== null ? `read ${formatPublished(new Date(s.seen).toISOString(), undefined, true)}` : null;
}

export function StoryCopies({ data }: { data: StoryCopiesData }) {
  const { story, paragraphs, copies } = data;
  const [chosen, setChosen] = useState(copies.complete);
  const [copyStatus, setCopyStatus] = useState<string | null>(null);
  const other = copies.matches[chosen]!.story;
  const otherName = nameOf(other);
  const differences = useMemo(
    () => describeDifferences(story, other, paragraphs),
    [story, other, paragraphs],
  );

  const copyComparison = async () => {
    try {
      await navigator.clipboard.writeText(differencesText(differences, otherName, httpUrl(other.url)));
      setCopyStatus('Copied ✓');
    } catch (error) {
      setCopyStatus(`Could not copy: ${errorText(error)}`);
    }
  };

  return (
    <section class="cw-copies" aria-labelledby="cw-copies-heading" data-testid="also-seen">
      <h2 id="cw-copies-heading">Also seen on</h2>
      <ul>
        {copies.matches.map((m, i) => {
          const url = httpUrl(m.story.url);
          const name = nameOf(m.story);
          const date = dateOf(m.story);
          return (
            <li key={i} data-testid="seen-copy">
              <input
                type="radio"
                name="cw-compare-with"
                checked={i === chosen}
                aria-label={`Compare with ${name}`}
                title="Compare this copy with it"
                onChange={() => setChosen(i)}
              />{' '}
              {url ? (
                <a href={url} target="_blank" rel="noopener noreferrer" data-testid="seen-site">
                  {name}
                </a>
              ) : (
                <span data-testid="seen-site">{name}</span>
              )}
              {date && <span class="cw-copies-meta"> · {date}</span>}
              <span class="cw-copies-meta"> · {m.story.words} words</span>
              <span class="cw-copies-band" data-testid="seen-band">
                {BAND_LABELS[m.band]}
              </span>
              {i === copies.complete && !copies.thisIsComplete && (
                <span class="cw-copies-mark" data-testid="seen-complete">
                  most complete
                </span>
              )}
              {i === copies.earliest && (
                <span class="cw-copies-mark" data-testid="seen-earliest">
                  earliest
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {(copies.thisIsComplete || copies.thisIsEarliest) && (
        <p class="cw-copies-note" data-testid="this-copy">
          This copy is{' '}
          {[copies.thisIsComplete && 'the most complete', copies.thisIsEarliest && 'the earliest']
            .filter(Boolean)
            .join(' and ')}
          .
        </p>
      )}
      <details class="cw-differences" data-testid="differences">
        <summary data-testid="differences-summary">{differencesSummary(differences, otherName)}</summary>
        {differences.lacks.length > 0 && (
          <>
            <h3>This copy lacks</h3>
            <ul data-testid="lacks">
              {differences.lacks.map((run, i) => (
                <li key={i}>{missingRunText(run)}</li>
              ))}
            </ul>
          </>
        )}
        {differences.changed.length > 0 && (
          <>
            <h3>Changed here</h3>
            <ul data-testid="changed">
              {differences.changed.map((c, i) => (
                <li key={i}>
                  “{c.preview}” <span class="cw-copies-meta">({changedNote(c)})</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {differences.adds.length > 0 && (
          <>
            <h3>Only in this copy</h3>
            <ul data-testid="adds">
              {differences.adds.map((a, i) => (
                <li key={i}>
                  “{a.preview}” <span class="cw-copies-meta">({a.words} words)</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </details>
      <p class="cw-copies-actions">
        <button type="button" data-testid="copy-comparison" onClick={() => void copyComparison()}>
          Copy comparison
        </button>{' '}
        {copyStatus && (
          <span class="cw-copy-status" role="status">
            {copyStatus}
          </span>
        )}
      </p>
    </section>
  );
}
