/**
 * Bytes → text for saved pages and text dumps, in this order:
 * 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) wins;
 * 2. bytes that are valid UTF-8 are UTF-8, whatever the page declares: saved pages are often re-encoded
 *    without their <meta charset> being updated (several Readability test pages declare GBK and are UTF-8);
 * 3. otherwise the charset the page declares in <meta charset> or <meta http-equiv="Content-Type">, by its
 *    WHATWG label (Latin-1 labels mean windows-1252, as in browsers);
 * 4. otherwise, bytes that are nearly all valid UTF-8 are UTF-8, each invalid sequence becoming U+FFFD: one
 *    stray byte in a UTF-8 page must not turn every accent of it into mojibake ("CafÃ©");
 * 5. otherwise windows-1252, which decodes every byte to some character, so no byte is silently lost.
 */

export type CharsetSource = 'bom' | 'utf-8' | 'declared' | 'mostly-utf-8' | 'default';

export interface Decoded {
  text: string;
  /** The WHATWG encoding name used: `utf-8`, `utf-16le`, `gbk`, `windows-1252` … */
  charset: string;
  from: CharsetSource;
}

/** How far into the file a charset declaration is looked for. The HTML spec's prescan reads 1024 bytes;
 * saved pages often have long heads (inline CSS, scripts) before the meta, so we read further. */
const PRESCAN_BYTES = 16384;

export function decodeBytes(bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), charset: bom, from: 'bom' };

  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', from: 'utf-8' };
  } catch {
    // not UTF-8: fall through to the declaration
  }

  const declared = declaredCharset(bytes);
  if (declared) return { text: decode(bytes, declared), charset: declared, from: 'declared' };
  if (isMostlyUtf8(bytes))
    return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', from: 'mostly-utf-8' };
  return { text: decode(bytes, 'windows-1252'), charset: 'windows-1252', from: 'default' };
}

/**
 * Share of a file's non-ASCII sequences that must be valid UTF-8 for it to be read as UTF-8 with the rest
 * replaced. Text in a legacy single-byte encoding almost never forms a valid UTF-8 sequence (an accented
 * letter is one byte followed by ASCII), so its share is near 0; a UTF-8 page with a stray byte is near 1.
 */
const MOSTLY_UTF8 = 0.99;

/** Whether at least MOSTLY_UTF8 of the non-ASCII sequences in `bytes` are well-formed UTF-8. */
export function isMostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return valid > 0 && valid / (valid + invalid) >= MOSTLY_UTF8;
}

/** The length of the well-formed UTF-8 sequence starting at `i` (2–4), or 0 (Unicode's Table 3-7). */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** windows-1252's 0x80–0x9F, by the WHATWG table (the five unassigned bytes map to the same code point). */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * TextDecoder, except that Node 20's 'windows-1252' decoder is really ISO-8859-1 (0x80 comes out as U+0080,
 * not €): its C1 controls are mapped through the windows-1252 table. Correct decoders leave none to map.
 */
function decode(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * The encoding named by the first <meta charset=…> or <meta http-equiv=Content-Type content="…charset=…">,
 * resolved through TextDecoder's label table; null when there is none or the label is unknown or unusable.
 * A UTF-16 label is ignored: without a BOM the HTML spec reads it as UTF-8, which these bytes are not (only
 * bytes that failed as UTF-8 get here), so windows-1252 applies.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  // windows-1252 maps every byte, so the ASCII markup reads right whatever the real encoding is.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  const label = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^\s"'`;,>/]+)/i.exec(head)?.[1];
  if (!label) return null;
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return null;
  }
  return encoding.startsWith('utf-16') ? null : encoding;
}
