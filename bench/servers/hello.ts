/** The baseline: the least a Bun HTTP server can do. PORT is set by the bench. */
const server = Bun.serve({ port: Number(process.env.PORT ?? 0), fetch: () => new Response('hello') });
console.log(`ready on http://localhost:${server.port}`);
