/**
 * A second baseline: bare Bun answering a fixed body (BODY_FILE) with its content type
 * (BODY_TYPE), so a route's req/s can be set beside what the same load client takes of the
 * same bytes. PORT is set by the bench.
 */
const body = new Uint8Array(await Bun.file(process.env.BODY_FILE ?? '').arrayBuffer());
const type = process.env.BODY_TYPE ?? 'application/json; charset=UTF-8';
const server = Bun.serve({ port: Number(process.env.PORT ?? 0), fetch: () => new Response(body, { headers: { 'content-type': type } }) });
console.log(`ready on http://localhost:${server.port}`);

export {};
