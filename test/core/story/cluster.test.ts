import { describe, expect, it } from 'vitest';
import { StoryClusters } from '../../../src/core/story';
import { fingerprintDump, linked, linkTextDropped, storyLines, withParagraphs } from './helpers';

const jobs = storyLines('halvorsen-jobs.txt');
const emissions = storyLines('halvorsen-emissions.txt').map(linked);

describe('StoryClusters', () => {
  it('joins copies that only match through a third one, keeps the other story apart, in order of arrival', () => {
    const firstHalf = fingerprintDump(withParagraphs(jobs.map(linked), (i) => i < 5));
    const secondHalf = fingerprintDump(withParagraphs(jobs.map(linked), (i) => i >= 5));
    const whole = fingerprintDump(jobs.map(linkTextDropped));
    const clusters = new StoryClusters();
    const ids = [firstHalf, fingerprintDump(emissions), secondHalf, whole].map((s) => clusters.add(s));
    expect(ids).toEqual([0, 1, 2, 3]);
    // The two halves share no paragraph; the whole story links them.
    expect(clusters.clusters()).toEqual([[0, 2, 3], [1]]);
    expect([0, 1, 2, 3].map((id) => clusters.bandOf(id))).toEqual([
      'same-text',
      null,
      'same-text',
      'same-text',
    ]);
  });

  it('keeps the halves apart when nothing links them', () => {
    const clusters = new StoryClusters();
    clusters.add(fingerprintDump(withParagraphs(jobs.map(linked), (i) => i < 5)));
    clusters.add(fingerprintDump(withParagraphs(jobs.map(linked), (i) => i >= 5)));
    expect(clusters.clusters()).toEqual([[0], [1]]);
  });
});
