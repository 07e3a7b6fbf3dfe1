import { gunzipSync } from 'node:zlib';

/**
 * The most bytes the command line reads from one input once decompressed: far more than any news page
 * (the largest corpus page is a few MB), little enough that a small compressed file cannot make it
 * allocate gigabytes.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** A compressed input we refuse: too large once inflated, or not gzip after all. */
export class CompressedInputError extends Error {}

/**
 * The bytes themselves, or their gunzipped content when they start with gzip's magic bytes (1f 8b):
 * saved pages come compressed under any name (`page.html.gz`, `page.html`, standard input), and no
 * text file starts with 0x1f, a control character.
 */
export function gunzipIfCompressed(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_INPUT_BYTES });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new CompressedInputError(
        `it decompresses to more than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, more than cleanwire reads.`,
      );
    throw new CompressedInputError(
      `it starts like gzip but is not valid gzip (${(e as Error).message.split('\n')[0]}).`,
    );
  }
}
