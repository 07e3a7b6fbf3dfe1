import { gunzipSync } from 'node:zlib';
import { tooManyBytes } from './limits';

/** A compressed input we refuse: not gzip after all. (Too large once inflated is a TooLargeError.) */
export class CompressedInputError extends Error {}

/**
 * The bytes themselves, or their gunzipped content when they start with gzip's magic bytes (1f 8b):
 * saved pages come compressed under any name (`page.html.gz`, `page.html`, standard input), and no
 * text file starts with 0x1f, a control character.
 */
export function gunzipIfCompressed(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    // maxOutputLength stops inflating there: a small compressed file cannot make it allocate gigabytes.
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooManyBytes(maxBytes);
    throw new CompressedInputError(
      `it starts like gzip but is not valid gzip (${(e as Error).message.split('\n')[0]}).`,
    );
  }
}
