// Helpers shared by the file store tests (not shipped: only *.test.ts import it).

/** A stream of `bytes`, cut into chunks of `chunkSize`. */
export function chunked(bytes: Uint8Array, chunkSize: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

/** An endless stream of `chunkSize` chunks that counts what was pulled from it. */
export function endless(chunkSize: number, first: Uint8Array = new Uint8Array(0)) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = state.pulled === 0 && first.byteLength > 0 ? first : new Uint8Array(chunkSize).fill(0x61);
      state.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

export async function text(body: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(body).text();
}

export const bytesOf = (s: string) => new TextEncoder().encode(s);
