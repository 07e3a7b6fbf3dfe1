/**
 * Only DOMPurify turns page HTML into nodes in the extension's shells: no module under src/shared,
 * content, background, ui, popup or options writes innerHTML/outerHTML, calls insertAdjacentHTML or
 * document.write, or uses Preact's dangerouslySetInnerHTML. (src/core's exporters parse into an inert
 * document of their own; that is the engine's business and is tested there.)
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const SHELLS = ['shared', 'content', 'background', 'ui', 'popup', 'options'];
const WRITES = [
  /\.(inner|outer)HTML\s*(\+?=)(?!=)/,
  /\binsertAdjacentHTML\s*\(/,
  /\bdocument\.write(ln)?\s*\(/,
  /\bdangerouslySetInnerHTML\b/,
  /\bcreateContextualFragment\s*\(/,
  /\bsetHTMLUnsafe\s*\(/,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

describe('HTML writes in the extension shells', () => {
  const files = SHELLS.flatMap((d) => sources(join(SRC, d)));

  it('there are shell sources to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('none writes HTML outside DOMPurify', () => {
    const offenders = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          WRITES.some((re) => re.test(line)) ? [`${relative(SRC, file)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(offenders).toEqual([]);
  });

  it('the check itself catches a write', () => {
    expect(WRITES.some((re) => re.test('el.innerHTML = html;'))).toBe(true);
    expect(WRITES.some((re) => re.test('el.outerHTML += x'))).toBe(true);
    expect(WRITES.some((re) => re.test('const html = holder.innerHTML;'))).toBe(false);
    expect(WRITES.some((re) => re.test('if (a.innerHTML === b) {}'))).toBe(false);
  });
});
