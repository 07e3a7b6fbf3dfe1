import { describe, expect, it } from 'vitest';
import {
  REGISTRATION_PREFIX,
  planRegistrations,
  registrationsFor,
  sitePatternForUrl,
  type SiteRegistration,
} from '../../../src/core/sites/registrations';

describe('registrationsFor', () => {
  it('names the early and the DOM-ready registration after the site and asks for its www twin too', () => {
    const matches = ['*://example.com/*', '*://www.example.com/*'];
    expect(registrationsFor('example.com')).toEqual([
      { id: 'cleanwire-site:example.com', pattern: 'example.com', matches, role: 'early' },
      { id: 'cleanwire-site:example.com/dom-ready', pattern: 'example.com', matches, role: 'dom-ready' },
    ]);
    expect(registrationsFor('*.example.com').map((r) => r.matches)).toEqual([
      ['*://*.example.com/*'],
      ['*://*.example.com/*'],
    ]);
    expect(registrationsFor('127.0.0.1')[1]!.matches).toEqual(['*://127.0.0.1/*']);
  });

  it('throws on a pattern that is not a site', () => {
    expect(() => registrationsFor('not a site')).toThrow(/invalid site pattern/);
  });
});

describe('planRegistrations', () => {
  const [a] = registrationsFor('a.example') as [SiteRegistration];
  const [b] = registrationsFor('b.example') as [SiteRegistration];

  it('diffs each registration by its own id: a site missing its DOM-ready one gets just that', () => {
    const [early, domReady] = registrationsFor('c.example') as [SiteRegistration, SiteRegistration];
    const plan = planRegistrations([early, domReady], [{ id: early.id, matches: early.matches }]);
    expect(plan).toEqual({ register: [domReady], update: [], unregister: [] });
  });

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
