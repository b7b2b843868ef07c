/** A file answer the browser saves (never renders): a Chinese name survives as RFC 5987 `filename*`. */
export function download(body: Uint8Array<ArrayBuffer> | string, contentType: string, fileName: string): Response {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return new Response(body, {
    headers: {
      'content-type': contentType,
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=0',
    },
  });
}
