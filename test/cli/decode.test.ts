import { describe, expect, it } from 'vitest';
import { decodeBytes, declaredCharset } from '../../src/cli/decode';

/** Bytes are written out here rather than kept as fixture files so no editor or formatter can re-encode them. */
const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((p) => Array.from(p)));
/** "中文新闻" ("Chinese news") in GBK. */
const GBK_NEWS = [0xd6, 0xd0, 0xce, 0xc4, 0xd0, 0xc2, 0xce, 0xc5];

describe('decodeBytes', () => {
  it('reads a Latin-1 page by its <meta charset>, as windows-1252 like browsers do', () => {
    // 0xE9 = é, 0xE8 = è in Latin-1; 0x80 is € only in windows-1252, which browsers use for every Latin-1 label
    const page = latin1(
      '<html><head><meta charset="ISO-8859-1"></head><body><p>Caf\xe9 cr\xe8me \x80 5</p></body></html>',
    );
    const d = decodeBytes(page);
    expect(d).toMatchObject({ charset: 'windows-1252', from: 'declared' });
    expect(d.text).toContain('<p>Café crème € 5</p>');
  });

  it('reads a GBK page declared through http-equiv Content-Type (gb2312 is a GBK label)', () => {
    const page = concat(
      latin1(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>',
      ),
      GBK_NEWS,
      latin1('</p></body></html>'),
    );
    const d = decodeBytes(page);
    expect(d).toMatchObject({ charset: 'gbk', from: 'declared' });
    expect(d.text).toContain('<p>中文新闻</p>');
  });

  it('reads valid UTF-8 as UTF-8 even when the page declares GBK (re-saved pages keep stale metas)', () => {
    const d = decodeBytes(
      utf8('<html><head><meta charset="gbk"></head><body><p>中文新闻 café</p></body></html>'),
    );
    expect(d).toMatchObject({ charset: 'utf-8', from: 'utf-8' });
    expect(d.text).toContain('<p>中文新闻 café</p>');
  });

  it('reads undeclared valid UTF-8 as UTF-8', () => {
    expect(decodeBytes(utf8('Plain dump — “quoted” café\n'))).toEqual({
      text: 'Plain dump — “quoted” café\n',
      charset: 'utf-8',
      from: 'utf-8',
    });
  });

  it('lets a byte-order mark win over everything, for UTF-8, UTF-16LE and UTF-16BE', () => {
    const html = '<html><head><meta charset="iso-8859-1"></head><body><p>Grüße 中文</p></body></html>';
    const le = Buffer.from(html, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [bytes, charset] of [
      [concat([0xef, 0xbb, 0xbf], utf8(html)), 'utf-8'],
      [concat([0xff, 0xfe], le), 'utf-16le'],
      [concat([0xfe, 0xff], be), 'utf-16be'],
    ] as const) {
      const d = decodeBytes(bytes);
      expect(d).toEqual({ text: html, charset, from: 'bom' });
    }
  });

  it('maps every byte 0x80–0x9F by the windows-1252 table', () => {
    const d = decodeBytes(latin1('\x80\x82\x85\x8a\x8c\x91\x92\x93\x94\x96\x97\x99\x9c\x9f\x81\x8d'));
    expect(d.text).toBe('€‚…ŠŒ‘’“”–—™œŸ\u0081\u008d');
  });

  it('falls back to windows-1252 for undeclared or unknown charsets, losing no byte', () => {
    expect(decodeBytes(latin1('<p>na\xefve</p>'))).toEqual({
      text: '<p>naïve</p>',
      charset: 'windows-1252',
      from: 'default',
    });
    expect(decodeBytes(latin1('<meta charset="x-no-such-charset"><p>na\xefve</p>'))).toMatchObject({
      charset: 'windows-1252',
      from: 'default',
    });
  });

  it('decodes invalid bytes in a page that declares UTF-8 as UTF-8 with replacement characters', () => {
    const d = decodeBytes(latin1('<meta charset="utf-8"><p>caf\xe9</p>'));
    expect(d).toMatchObject({ charset: 'utf-8', from: 'declared' });
    expect(d.text).toContain('<p>caf\uFFFD</p>');
  });
});

describe('declaredCharset', () => {
  it.each([
    ['<meta charset="utf-8">', 'utf-8'],
    ["<META CHARSET='Shift_JIS'>", 'shift_jis'],
    ['<meta charset=latin1>', 'windows-1252'],
    ['<meta http-equiv="content-type" content="text/html;charset=GBK">', 'gbk'],
    ['<meta content="text/html; charset=euc-kr" http-equiv="Content-Type">', 'euc-kr'],
    ['<meta name="description" content="no charset here">', null],
    ['<meta charset="utf-16">', null],
    ['<p>charset=gbk in text is not a declaration</p>', null],
  ])('%s → %s', (html, expected) => {
    expect(declaredCharset(latin1(html))).toBe(expected);
  });

  it('finds a declaration behind a long head, past the 1024 bytes of the HTML prescan', () => {
    const head = `<html><head><style>${'p{margin:0}\n'.repeat(300)}</style><meta charset="gbk">`;
    expect(declaredCharset(latin1(head))).toBe('gbk');
  });
});
