import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A temporary folder for the pages a test file writes, removed when its tests are done. */
export function scratchFolder(): { dir: string; write(name: string, text: string): string } {
  const dir = mkdtempSync(join(tmpdir(), 'cleanwire-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
  };
}

/** Paragraphs enough for Readability to take the page for an article. */
export const STORY_PARAGRAPHS = [
  'The harbour reopened to shipping on Tuesday after a three-day closure, the port authority said, and the first ferries left on time.',
  'Repairs to the northern breakwater will continue through the winter, with work limited to daylight hours, officials said in a statement.',
  'Fishing crews, who lost most of a week at sea, said they welcomed the reopening but worried about the storms forecast for next month.',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');
