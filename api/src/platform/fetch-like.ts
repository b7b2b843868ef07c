/**
 * The part of `fetch` the adapters use. Not `typeof fetch`: Bun's type carries extra members
 * (`preconnect`), so test fakes and Hono's `app.request` would not fit it.
 */
export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
