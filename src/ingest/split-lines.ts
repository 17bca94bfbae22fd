/** Splits a byte stream into lines (without the `\n`; a trailing `\r` is kept for the caller). */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  let rest: Buffer | null = null;
  for await (const chunk of chunks) {
    let buf: Buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    let nl = buf.indexOf(0x0a);
    if (rest && nl >= 0) {
      yield Buffer.concat([rest, buf.subarray(0, nl)]);
      rest = null;
      start = nl + 1;
      nl = buf.indexOf(0x0a, start);
    }
    while (nl >= 0) {
      yield buf.subarray(start, nl);
      start = nl + 1;
      nl = buf.indexOf(0x0a, start);
    }
    if (start < buf.length) {
      buf = buf.subarray(start);
      rest = rest ? Buffer.concat([rest, buf]) : Buffer.from(buf);
    }
  }
  if (rest && rest.length > 0) yield rest;
}
