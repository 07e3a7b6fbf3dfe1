import { describe, expect, it } from 'vitest';
import {
  REGISTRATION_PREFIX,
  planRegistrations,
  registrationFor,
  sitePatternForUrl,
} from '../../../src/core/sites/registrations';

describe('registrationFor', () => {
  it('names the registration after the site and asks for its www twin too', () => {
    expect(registrationFor('example.com')).toEqual({
      id: 'cleanwire-site:example.com',
      pattern: 'example.com',
      matches: ['*://example.com/*', '*://www.example.com/*'],
    });
    expect(registrationFor('*.example.com').matches).toEqual(['*://*.example.com/*']);
    expect(registrationFor('127.0.0.1').matches).toEqual(['*://127.0.0.1/*']);
  });

  it('throws on a pattern that is not a site', () => {
    expect(() => registrationFor('not a site')).toThrow(/invalid site pattern/);
  });
});

describe('planRegistrations', () => {
  const a = registrationFor('a.example');
  const b = registrationFor('b.example');

  it('registers what is missing and unregisters what is no longer wanted', () => {
    const plan = planRegistrations([a], [{ id: b.id, matches: b.matches }]);
    expect(plan).toEqual({ register: [a], update: [], unregister: [b.id] });
  });

  it('changes nothing when the browser already has the whitelist, in any order', () => {
    const plan = planRegistrations(
      [a, b],
      [
        { id: b.id, matches: [...b.matches].reverse() },
        { id: a.id, matches: a.matches },
      ],
    );
    expect(plan).toEqual({ register: [], update: [], unregister: [] });
  });

  it('updates a registration whose match patterns differ', () => {
    const plan = planRegistrations([a], [{ id: a.id, matches: ['*://a.example/*'] }]);
    expect(plan.update).toEqual([a]);
  });

  it('leaves registrations that are not ours alone', () => {
    const plan = planRegistrations([], [{ id: 'someone-else', matches: [] }]);
    expect(plan.unregister).toEqual([]);
    expect(REGISTRATION_PREFIX).toBe('cleanwire-site:');
  });
});

describe('sitePatternForUrl', () => {
  it('offers the page’s own site without www and without the port', () => {
    expect(sitePatternForUrl('https://www.example.com/news/a-story?x=1')).toBe('example.com');
    expect(sitePatternForUrl('http://127.0.0.1:8080/e2e/a.html')).toBe('127.0.0.1');
  });

  it('offers nothing for pages that are not web pages', () => {
    expect(sitePatternForUrl('chrome://extensions/')).toBeNull();
    expect(sitePatternForUrl('file:///tmp/a.html')).toBeNull();
    expect(sitePatternForUrl('not a url')).toBeNull();
  });
});
