import { describe, expect, it } from 'vitest';
import { sniffKind } from '../../src/cli/sniff';

describe('sniffKind', () => {
  it.each([
    '<!DOCTYPE html><html><body><p>x</p></body></html>',
    '\uFEFF\n  <html lang="en"><head><title>t</title></head></html>',
    '<!-- saved from url=(0042)https://example.com/ -->\n<html><body></body></html>',
    '<p>Just a fragment of paragraphs</p><p>and another</p>',
    '<div class="story"><h1>Title</h1></div>',
  ])('takes %j for HTML', (text) => {
    expect(sniffKind(text)).toBe('html');
  });

  it.each([
    'facebook asks us banks to share customer data\n\nin social • 6 years ago\n',
    'AFP | New York\nFacebook has asked <some> banks',
    '<3 from the newsroom\nA text dump that happens to start with a heart',
    '',
  ])('takes %j for a text dump', (text) => {
    expect(sniffKind(text)).toBe('text');
  });
});
