import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText } from '../../../src/core';
import { fingerprintStory, storyInputOf, type StoryFingerprint } from '../../../src/core/story';

const DIR = join(__dirname, '../../fixtures/story');

/** A story fixture's lines (`[link text]` marked), title first. */
export function storyLines(name: string): string[] {
  return readFileSync(join(DIR, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/** The page as a reader sees it: link text kept. */
export const linked = (line: string) => line.replace(/\[([^\]]*)\]/g, '$1');
/** As a scraper that lost every link's text wrote it. */
export const linkTextDropped = (line: string) => line.replace(/ ?\[[^\]]*\]/g, '');

/** Fingerprint of a text dump (one block a line, as the command line reads one), cleaned first. */
export function fingerprintDump(lines: string[], extra: { seen?: number } = {}): StoryFingerprint {
  const result = cleanText(lines.join('\n\n'), { url: 'https://news.example/story' });
  const input = storyInputOf(result, 'https://news.example/story');
  if (!input) throw new Error('no article text');
  return fingerprintStory({ ...input, ...extra });
}

/** Fingerprint of the text as it stands (nothing cleaned away): for what the comparison itself does. */
export function fingerprintText(lines: string[]): StoryFingerprint {
  return fingerprintStory({
    title: null,
    site: null,
    url: null,
    published: null,
    wire: null,
    text: lines.join('\n\n'),
  });
}

/** The lines at the given indexes of `lines` (title kept first). */
export function withParagraphs(lines: string[], keep: (index: number) => boolean): string[] {
  const [title, ...body] = lines;
  return [title!, ...body.filter((_, i) => keep(i))];
}

/** A fixed pseudo-random order: the same shuffle every run. */
export function shuffled<T>(items: readonly T[], seed = 7): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export const CLUTTER = [
  'Related news:',
  'Share this article on Facebook, Twitter, WhatsApp or by e-mail',
  'Sign up for our morning newsletter and get the day’s top stories in your inbox before breakfast',
  'Most read: Ferry timetable changes announced for the winter season across the western fjords',
];
