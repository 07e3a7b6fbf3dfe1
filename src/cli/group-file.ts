/**
 * One file of `cleanwire group`, from its bytes to its story's fingerprint: cleaned as `cleanwire clean`
 * cleans it, then fingerprinted. Runs in a worker thread (group-worker.ts) or in the command's own thread.
 * Only the fingerprint leaves: the page and its text are dropped here.
 */
import type { CleanStatus, CompiledRule } from '../core';
import { fingerprintStory, storyInputOf, type StoryFingerprint } from '../core/story';
import { cleanInput, type CleanInputOptions } from './clean-input';
import { describeError } from './inputs';
import { TooLargeError } from './limits';
import { problemOf } from './records';

export interface FileStory {
  status: CleanStatus | 'error' | 'too-large';
  /** What went wrong, or the warning the article came with (as `clean` says it on stderr); null when neither. */
  message: string | null;
  /** Whether the file counts as failed (exit status 1): unread, refused, or no article text. */
  failed: boolean;
  /** How the file was read (stylesheets jsdom could not use), as `clean` notes them. */
  notes: string[];
  /** Null when there is no article to fingerprint. */
  story: StoryFingerprint | null;
}

/** A file that could not be read: nothing was cleaned. */
export function unreadFile(error: unknown): FileStory {
  const status = error instanceof TooLargeError ? 'too-large' : 'error';
  return { status, message: describeError(error), failed: true, notes: [], story: null };
}

export function storyOfFile(
  bytes: Uint8Array,
  options: Omit<CleanInputOptions, 'rules'>,
  rules: CompiledRule[] | undefined,
): FileStory {
  try {
    const cleaned = cleanInput(bytes, { ...options, rules });
    const { result } = cleaned;
    const problem = problemOf(result);
    const input = problem?.failed ? null : storyInputOf(result, cleaned.url);
    return {
      status: result.status,
      message: problem?.message ?? null,
      failed: problem?.failed ?? false,
      notes: cleaned.notes,
      story: input ? fingerprintStory(input) : null,
    };
  } catch (e) {
    return unreadFile(e);
  }
}
