import { describe, expect, it } from 'vitest';
import { originsToRelease } from '../../../src/core/settings';

describe('originsToRelease', () => {
  it('gives back both match patterns of an exact site nobody else needs', () => {
    expect(originsToRelease('example.com', ['other.org'])).toEqual([
      '*://example.com/*',
      '*://www.example.com/*',
    ]);
  });

  it('keeps what a remaining wildcard covers', () => {
    expect(originsToRelease('example.com', ['*.example.com'])).toEqual([]);
    expect(originsToRelease('news.example.com', ['*.example.com'])).toEqual([]);
    // but not a sibling site that merely ends the same way
    expect(originsToRelease('myexample.com', ['*.example.com'])).toEqual([
      '*://myexample.com/*',
      '*://www.myexample.com/*',
    ]);
  });

  it('gives back a wildcard even when an exact site inside it stays (the exact one keeps its own)', () => {
    expect(originsToRelease('*.example.com', ['example.com'])).toEqual(['*://*.example.com/*']);
  });

  it('handles IP addresses', () => {
    expect(originsToRelease('127.0.0.1', [])).toEqual(['*://127.0.0.1/*']);
    expect(originsToRelease('127.0.0.1', ['127.0.0.1'])).toEqual([]);
  });
});
