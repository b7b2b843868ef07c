/** How many leading bytes `sniffContentType` looks at. */
export const SNIFF_BYTES = 512;

export const OCTET_STREAM = 'application/octet-stream';

const OFFICE: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};
const LEGACY_OFFICE: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

/**
 * The content type a file is stored and served with, decided from its first bytes. The
 * declared type and the name only choose between formats that share a signature (a .docx
 * and a .xlsx are both zip files); they never make a file more trusted than its bytes.
 * HTML, SVG, XML and anything unrecognised become application/octet-stream, so a stored
 * file can never run script in the app's origin.
 */
export function sniffContentType(head: Uint8Array, declaredType: string, name: string): string {
  const declared = declaredType.split(';')[0].trim().toLowerCase();
  const ext = extensionOf(name);
  const at = (offset: number, ...bytes: number[]) => bytes.every((b, i) => head[offset + i] === b);
  const ascii = (offset: number, text: string) => at(offset, ...[...text].map((c) => c.charCodeAt(0)));

  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return 'image/gif';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'image/webp';
  if (ascii(0, '%PDF-')) return 'application/pdf';
  if (ascii(0, 'PK') && (at(2, 0x03, 0x04) || at(2, 0x05, 0x06))) return zipType(declared, ext);
  if (at(0, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return legacyOfficeType(declared, ext);
  if (ascii(4, 'ftyp')) return ascii(8, 'M4A ') ? 'audio/mp4' : 'video/mp4';
  if (ascii(0, 'ID3') || isMp3Frame(head)) return 'audio/mpeg';
  if (looksLikeText(head)) return textType(head, declared, ext);
  return OCTET_STREAM;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).trim().toLowerCase();
}

function zipType(declared: string, ext: string): string {
  const byDeclared = Object.values(OFFICE).find((type) => type === declared);
  return byDeclared ?? OFFICE[ext] ?? 'application/zip';
}

function legacyOfficeType(declared: string, ext: string): string {
  const byDeclared = Object.values(LEGACY_OFFICE).find((type) => type === declared);
  return byDeclared ?? LEGACY_OFFICE[ext] ?? OCTET_STREAM;
}

// An MPEG audio frame header: 11 sync bits, then layer III (AAC's ADTS header has layer 00).
function isMp3Frame(head: Uint8Array): boolean {
  return head[0] === 0xff && (head[1] & 0xe0) === 0xe0 && (head[1] & 0x06) === 0x02;
}

// Text is any byte sequence without C0 control characters other than tab, newlines, form
// feed and escape. That admits UTF-8 and also the Big5 CSVs older Excel versions in Macao
// still export, and rejects executables, which carry NULs within their first bytes.
function looksLikeText(head: Uint8Array): boolean {
  if (head.byteLength === 0) return false;
  for (const b of head) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) return false;
    if (b === 0x7f) return false;
  }
  return true;
}

const MARKUP_TYPES = new Set(['text/html', 'application/xhtml+xml', 'image/svg+xml', 'text/xml', 'application/xml']);
const MARKUP_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml', 'svg', 'svgz', 'xml', 'xht']);

function textType(head: Uint8Array, declared: string, ext: string): string {
  // Markup is refused by what it says it is and by what it looks like: a browser that
  // sniffs would render `<html>` or `<svg>` even when we call it text/plain.
  if (MARKUP_TYPES.has(declared) || MARKUP_EXTENSIONS.has(ext)) return OCTET_STREAM;
  const start = new TextDecoder().decode(head.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return OCTET_STREAM;
  if (declared === 'text/csv' || ext === 'csv') return 'text/csv';
  return 'text/plain';
}
