import { describe, expect, it } from 'vitest';
import {
  compareStories,
  findCopies,
  fingerprintStory,
  StoryIndex,
  storyParagraphs,
  storyWords,
} from '../../../src/core/story';
import {
  CLUTTER,
  fingerprintDump,
  linked,
  linkTextDropped,
  shuffled,
  storyLines,
  withParagraphs,
} from './helpers';

const jobs = storyLines('halvorsen-jobs.txt');
const emissions = storyLines('halvorsen-emissions.txt');
const original = fingerprintDump(jobs.map(linked));

describe('story words and paragraphs', () => {
  it('fold case, accents, quotes and dots inside words, so that spelling variants are one word', () => {
    expect(storyWords("Major U.S. banks’ “Messenger” — Zürich, naïve; don't")).toEqual([
      'major',
      'us',
      'banks',
      'messenger',
      'zurich',
      'naive',
      'dont',
    ]);
    expect(storyWords('US banks')).toEqual(storyWords('U.S. banks'));
  });

  it('count each CJK character as a word', () => {
    expect(storyWords('脸书要求银行 share')).toEqual(['脸', '书', '要', '求', '银', '行', 'share']);
  });

  it('split on lines, drop list markers and lines without letters or digits', () => {
    expect(
      storyParagraphs('First block.\n\n- an item\n- another\n\n* * *\n\n2. numbered\nlast line'),
    ).toEqual(['First block.', 'an item', 'another', 'numbered', 'last line']);
  });
});

describe('compareStories', () => {
  it('keeps apart two AFP stories on one day about one company that share their closing paragraphs', () => {
    const other = fingerprintDump(emissions.map(linked));
    expect(compareStories(original, other)).toBeNull();
    expect(compareStories(other, original)).toBeNull();
    // Also when one copy lost its link text: a scraped copy is no nearer to the other story.
    expect(compareStories(fingerprintDump(jobs.map(linkTextDropped)), other)).toBeNull();
  });

  it('keeps them apart because the text they share is at the bottom of both: moved to the top, it would match', () => {
    const background = (lines: string[]) => lines.slice(-2);
    const backgroundFirst = (lines: string[]) => [lines[0]!, ...background(lines), ...lines.slice(1, -2)];
    const a = fingerprintDump(backgroundFirst(jobs.map(linked)));
    const b = fingerprintDump(backgroundFirst(emissions.map(linked)));
    expect(compareStories(a, b)?.band).toBe('rewritten');
  });

  it('matches a copy with only half its paragraphs as the same text', () => {
    const everyOther = fingerprintDump(withParagraphs(jobs.map(linked), (i) => i % 2 === 0));
    const firstHalf = fingerprintDump(withParagraphs(jobs.map(linked), (i) => i < 5));
    for (const half of [everyOther, firstHalf]) {
      const match = compareStories(half, original);
      expect(match?.band).toBe('same-text');
      expect(match!.containment).toBeGreaterThan(0.9);
      expect(compareStories(original, half)).toEqual(match);
    }
  });

  it('matches shuffled paragraphs: the same shingles, so the same MinHash', () => {
    const [title, ...body] = jobs.map(linked);
    const reordered = fingerprintDump([title!, ...shuffled(body)]);
    expect(Array.from(reordered.minhash)).toEqual(Array.from(original.minhash));
    expect(compareStories(reordered, original)).toMatchObject({
      band: 'same-text',
      containment: 1,
      shared: 128,
    });
  });

  it('matches a copy that lost its link text, and one with clutter added', () => {
    const dropped = fingerprintDump(jobs.map(linkTextDropped));
    expect(compareStories(dropped, original)?.band).toBe('same-text');
    const [title, ...body] = jobs.map(linked);
    const cluttered = fingerprintDump([title!, CLUTTER[0]!, ...body, ...CLUTTER.slice(1)]);
    expect(compareStories(cluttered, original)).toMatchObject({ band: 'same-text', containment: 1 });
  });

  it('calls a rewrite that keeps the lead and a few sentences "rewritten", and a single shared paragraph nothing', () => {
    const [title, lead, second, ...rest] = jobs.map(linked);
    const rewrite = fingerprintDump([
      title!,
      lead!,
      'The carrier is the latest in a string of shipping lines to retrench as the post-pandemic boom in container traffic fades and the order book for new vessels stays near a record.',
      'Dockworkers at several European ports have staged short strikes this autumn over pay and automation, adding to delays for importers ahead of the busy Christmas season.',
      second!,
      'Rival lines including Maersk and Hapag-Lloyd have also warned on profits in recent weeks, citing overcapacity and weaker demand from retailers in Europe and North America.',
      'The European Commission is due to publish a review of the block exemption that allows carriers to share vessels on the same routes, which shippers say reduces competition.',
    ]);
    const match = compareStories(rewrite, original);
    expect(match?.band).toBe('rewritten');
    expect(match!.containment).toBeLessThan(0.5);

    // The closing background paragraph, shared by every story about the company, is not a copy of the story.
    const background = fingerprintDump([
      'Harbour authority approves new ferry terminal',
      'The city council approved plans on Monday for a new ferry terminal on the eastern side of the harbour, to be built by 2027 at a cost of 900 million kroner.',
      'Work on the quay will begin in the spring, and the old terminal will stay open until the new one is finished, a council spokesman said.',
      'Local residents had objected to the height of the planned car park, which was lowered by one storey after a public consultation last year.',
      'The terminal will serve the routes to Kiel and Frederikshavn, which carried more than two million passengers last year.',
      rest.at(-2)!,
    ]);
    expect(compareStories(background, original)).toBeNull();
  });

  it('never matches stories with fewer than six MinHash samples in common, even with all text in common', () => {
    /** The original with its MinHash changed so that exactly `n` samples stay in common. */
    const sharing = (n: number) => ({
      ...original,
      minhash: original.minhash.map((v, k) => (k < n ? v : v ^ 1)),
    });
    expect(compareStories(sharing(5), original)).toBeNull();
    expect(compareStories(sharing(6), original)).toMatchObject({
      band: 'same-text',
      containment: 1,
      shared: 6,
    });
  });
});

describe('findCopies and StoryIndex', () => {
  it('finds the copies among stored stories, same text first, and not the other story', () => {
    const stored = [
      fingerprintDump(emissions.map(linked)),
      fingerprintDump(withParagraphs(jobs.map(linked), (i) => i % 2 === 1)),
      fingerprintDump(jobs.map(linkTextDropped)),
      fingerprintDump([
        'Unrelated story about the weather',
        'Rain is expected across the west coast for most of the week, with strong winds on the islands and snow on the mountain passes by Friday, forecasters said.',
      ]),
    ];
    const matches = findCopies(original, stored);
    expect(matches.map((m) => [m.index, m.band])).toEqual([
      [1, 'same-text'],
      [2, 'same-text'],
    ]);
    expect(matches[0]!.story).toBe(stored[1]);
  });

  it('does not find a story as its own copy, and ignores stories without words', () => {
    const index = new StoryIndex();
    index.add(original);
    const empty = fingerprintStory({
      title: null,
      site: null,
      url: null,
      published: null,
      wire: null,
      text: '* * *',
    });
    index.add(empty);
    expect(index.copiesOf(original)).toEqual([]);
    expect(index.copiesOf(empty)).toEqual([]);
    expect(empty.words).toBe(0);
  });
});
