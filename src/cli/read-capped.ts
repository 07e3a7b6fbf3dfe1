import { open } from 'node:fs/promises';
import { tooManyBytes } from './limits';

const CHUNK = 64 * 1024;

/**
 * A file's bytes, reading no more than `maxBytes` + 1 of them: a larger file (or an endless one such as
 * /dev/zero) is refused once the byte past the cap arrives, whatever its size on disk says.
 */
export async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooManyBytes(maxBytes);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await file.close();
  }
}

/** A stream's bytes (standard input), stopping at the first byte past `maxBytes`. */
export async function readStreamCapped(
  stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(bytes);
    total += bytes.length;
    if (total > maxBytes) throw tooManyBytes(maxBytes); // leaving the loop stops reading the stream
  }
  return Buffer.concat(chunks, total);
}
