/**
 * Code that runs in the content script (src/core, src/rules, src/content, src/shared) must work inside
 * Firefox's content-script sandbox, where page objects come through Xray wrappers. Measured in Firefox ESR
 * 153: `[...url.searchParams.keys()]` throws "is not iterable" and `Array.from(url.searchParams.keys())`
 * silently returns []. (NodeList and Map iteration work.) Use `searchParams.forEach` instead.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const IN_CONTENT_SCRIPT = ['core', 'rules', 'content', 'shared'];
const SEARCH_PARAMS_ITERATION = [
  /searchParams\s*\.\s*(keys|values|entries)\s*\(/,
  /\.\.\.\s*[\w.$]*searchParams\b(?!\s*\.)/,
  /\bof\s+[\w.$]*searchParams\b(?!\s*\.)/,
  /Array\.from\(\s*[\w.$]*searchParams\b(?!\s*\.)/,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

describe('content-script code and Firefox’s sandbox', () => {
  it('does not iterate URLSearchParams', () => {
    const offenders = IN_CONTENT_SCRIPT.flatMap((d) => sources(join(SRC, d))).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          SEARCH_PARAMS_ITERATION.some((re) => re.test(line))
            ? [`${relative(SRC, file)}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(offenders).toEqual([]);
  });

  it('the check catches the forms that break', () => {
    const caught = (line: string) => SEARCH_PARAMS_ITERATION.some((re) => re.test(line));
    expect(caught('const k = [...url.searchParams.keys()];')).toBe(true);
    expect(caught('for (const [k, v] of url.searchParams) {}')).toBe(true);
    expect(caught('const all = [...params.searchParams];')).toBe(true);
    expect(caught('url.searchParams.forEach((v, k) => names.add(k));')).toBe(false);
    expect(caught("url.searchParams.get('id')")).toBe(false);
  });
});
