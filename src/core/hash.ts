import { createHash } from 'node:crypto';

/** A short, stable content hash (hex) used for deterministic ids. */
export function contentHash(text: string, length = 16): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, length);
}
