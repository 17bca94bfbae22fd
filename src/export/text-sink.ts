import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Buffers small strings and hands them to a Writable in chunks of about `chunkSize` characters, waiting for
 * 'drain' when the stream asks to. Writers call `write` for each piece and `await maybeFlush()` after each
 * element, so memory stays bounded by one chunk plus one element whatever the graph size.
 */
export class TextSink {
  private parts: string[] = [];
  private pending = 0;
  /** UTF-8 bytes handed to the stream so far. */
  bytes = 0;

  constructor(
    private readonly out: Writable,
    private readonly chunkSize = 1 << 16,
  ) {}

  write(text: string): void {
    this.parts.push(text);
    this.pending += text.length;
  }

  /** Flushes when the buffer is larger than a chunk. */
  async maybeFlush(): Promise<void> {
    if (this.pending >= this.chunkSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending === 0 && this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.pending = 0;
    const buf = Buffer.from(chunk, 'utf8');
    this.bytes += buf.length;
    if (!this.out.write(buf)) await once(this.out, 'drain');
  }

  /** Flushes, ends the stream and waits until it has finished (or failed). Returns the bytes written. */
  async close(): Promise<number> {
    await this.flush();
    const done = once(this.out, 'finish');
    this.out.end();
    await done;
    return this.bytes;
  }
}
