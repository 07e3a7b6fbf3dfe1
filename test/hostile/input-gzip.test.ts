/** Issue 13 item 2: saved pages come gzip-compressed (the wcxb corpus's *.html.gz); they are told by their bytes. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { gunzipIfCompressed } from '../../src/cli/gunzip';
import { jsonLines, runCli } from '../cli/helpers';

const scratch = mkdtempSync(join(tmpdir(), 'cleanwire-hostile-gzip-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour reopens</title></head>
<body><article><h1>Harbour reopens</h1>
<p>The harbour reopened to shipping on Tuesday after a three-day closure, the port authority said, and the first ferries left on time.</p>
<p>Repairs to the northern breakwater will continue through the winter, with work limited to daylight hours, officials said.</p>
</article></body></html>`;

describe('gzip-compressed input', () => {
  it('is cleaned whatever the file is called (.gz, .html, no extension) and from standard input', async () => {
    const names = ['page.html.gz', 'page.html', 'page'].map((n) => {
      const path = join(scratch, n);
      writeFileSync(path, gzipSync(PAGE));
      return path;
    });
    const { code, stdout } = await runCli(['clean', '--format', 'jsonl', ...names, '-'], {
      stdin: gzipSync(PAGE),
    });
    expect(code).toBe(0);
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line).toMatchObject({ status: 'ok', input: 'html', title: 'Harbour reopens' });
      expect(line.text).toContain('The harbour reopened to shipping');
    }
  });

  it('a file that starts like gzip but is not is refused with the reason; other bytes pass untouched', () => {
    const bytes = new Uint8Array([0x1f, 0x8b, 0x41, 0x42]);
    expect(() => gunzipIfCompressed(bytes, 1024)).toThrow(/not valid gzip/);
    const text = new TextEncoder().encode('<p>plain</p>');
    expect(gunzipIfCompressed(text, 1024)).toBe(text);
  });

  it('refuses to inflate past --max-bytes, with the reason', async () => {
    const bomb = join(scratch, 'bomb.gz');
    writeFileSync(bomb, gzipSync(Buffer.alloc(100_001, 0x20))); // a few hundred bytes compressed
    const { code, stderr } = await runCli(['clean', '--max-bytes', '100000', bomb]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `cleanwire: ${bomb}: This input is larger than the 100000 bytes Cleanwire reads (--max-bytes).\n`,
    );
  });
});
