/**
 * Issue 15 item 8: bytes that are nearly right must not be read as something else entirely.
 * - One stray invalid byte in an undeclared UTF-8 page used to send the whole page to windows-1252
 *   ("CafÃ©"); a page whose non-ASCII sequences are nearly all valid UTF-8 stays UTF-8, the bad byte
 *   becoming U+FFFD.
 * - One NUL byte in a real page used to refuse the page as binary.
 */
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/cli/decode';
import { looksBinary } from '../../src/cli/sniff';
import { jsonLines, runCli } from '../cli/helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((p) => Array.from(p)));

/** An undeclared UTF-8 page with `accents` accented words and, in the middle, the given raw bytes. */
function page(accents: number, stray: number[]): Uint8Array {
  const words = Array.from({ length: accents }, (_, i) => `Café ${i}`).join(', ');
  return concat(
    utf8(
      `<html><head><title>Café society</title></head><body><article><h1>Café society</h1><p>${words}</p><p>`,
    ),
    stray,
    utf8(
      '</p><p>The café on the corner reopened on Tuesday after a long winter, its owner said, and the queue reached the square.</p></article></body></html>',
    ),
  );
}

describe('mostly-valid UTF-8 stays UTF-8', () => {
  it('one stray byte among a few hundred valid sequences: UTF-8, the byte becomes U+FFFD', () => {
    const d = decodeBytes(page(300, [0xe9]));
    expect(d.charset).toBe('utf-8');
    expect(d.text).toContain('Café 299');
    expect(d.text).not.toContain('Ã©');
    expect(d.text.match(/\uFFFD/g)).toHaveLength(1);
  });

  it('below the threshold (5% of the non-ASCII sequences invalid) the page is not taken for UTF-8', () => {
    const d = decodeBytes(page(38, [0xe9, 0x20, 0xe8]));
    expect(d.charset).toBe('windows-1252');
    expect(d.text).toContain('CafÃ©'); // the page's own bytes, read one by one
  });

  it('a real windows-1252 page (every accent a lone byte) is still windows-1252', () => {
    const bytes = new Uint8Array(
      Buffer.from('<p>Caf\xe9 cr\xe8me br\xfbl\xe9e \x93quoted\x94</p>', 'latin1'),
    );
    const d = decodeBytes(bytes);
    expect(d).toMatchObject({ charset: 'windows-1252', from: 'default' });
    expect(d.text).toBe('<p>Café crème brûlée “quoted”</p>');
  });

  it('the command line prints the article in UTF-8, not mojibake', async () => {
    const { code, stdout } = await runCli(['clean', '--format', 'jsonl', '-'], { stdin: page(300, [0xe9]) });
    expect(code).toBe(0);
    const [line] = jsonLines(stdout);
    expect(line).toMatchObject({ status: 'ok', charset: 'utf-8', title: 'Café society' });
    expect(line!.text).toContain('The café on the corner reopened');
  });
});

describe('stray NUL bytes are not binary', () => {
  it('a page with one NUL byte is cleaned', async () => {
    const { code, stdout, stderr } = await runCli(['clean', '-'], { stdin: page(3, [0x00]) });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('The café on the corner reopened on Tuesday');
  });

  it('a share of control characters still makes binary input (an image, UTF-16 without a BOM)', () => {
    const random = Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(looksBinary(new TextDecoder('windows-1252').decode(new Uint8Array(random)))).toBe(true);
    expect(looksBinary(new TextDecoder('windows-1252').decode(Buffer.from('<p>hello</p>', 'utf16le')))).toBe(
      true,
    );
    expect(looksBinary(`<p>one stray \u0000 in</p>${'<p>a page of text</p>'.repeat(20)}`)).toBe(false);
  });

  it('UTF-16 without a byte-order mark is still refused with the reason', async () => {
    const { code, stderr } = await runCli(['clean', '-'], {
      stdin: new Uint8Array(Buffer.from('<html><body><p>hello</p></body></html>', 'utf16le')),
    });
    expect(code).toBe(1);
    expect(stderr).toContain('looks binary');
  });
});
