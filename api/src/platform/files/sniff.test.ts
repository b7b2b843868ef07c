import { describe, expect, it } from 'vitest';
import { sniffContentType } from './sniff';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const ZIP = bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
const OLE = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);

describe('sniffContentType', () => {
  it.each<[string, Uint8Array, string, string, string]>([
    ['png', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png', 'a.png', 'image/png'],
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'image/jpeg', 'a.jpg', 'image/jpeg'],
    ['gif', bytes('GIF89a', [1, 0, 1, 0]), 'image/gif', 'a.gif', 'image/gif'],
    ['webp', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp', 'a.webp', 'image/webp'],
    ['pdf', bytes('%PDF-1.7\n'), 'application/pdf', 'a.pdf', 'application/pdf'],
    ['docx by declared type', ZIP, DOCX, 'upload', DOCX],
    ['xlsx by extension', ZIP, 'application/octet-stream', '成績表.XLSX', XLSX],
    ['pptx by extension', ZIP, '', 'slides.pptx', PPTX],
    ['other zip', ZIP, 'application/zip', 'photos.zip', 'application/zip'],
    ['zip claiming html stays a zip', ZIP, 'text/html', 'x.html', 'application/zip'],
    ['legacy .doc', OLE, 'application/msword', 'old.doc', 'application/msword'],
    ['legacy .xls by extension', OLE, '', 'old.xls', 'application/vnd.ms-excel'],
    ['unknown OLE file', OLE, '', 'thing.msi', 'application/octet-stream'],
    ['mp4', bytes([0, 0, 0, 0x18], 'ftypisom', [0, 0, 2, 0]), 'video/mp4', 'a.mp4', 'video/mp4'],
    ['m4a', bytes([0, 0, 0, 0x1c], 'ftypM4A ', [0, 0, 0, 0]), 'audio/mp4', 'a.m4a', 'audio/mp4'],
    ['mp3 with ID3', bytes('ID3', [4, 0, 0, 0, 0, 0, 0]), 'audio/mpeg', 'a.mp3', 'audio/mpeg'],
    ['mp3 frame', bytes([0xff, 0xfb, 0x90, 0x64, 0]), 'audio/mpeg', 'a.mp3', 'audio/mpeg'],
    ['AAC (ADTS) is not mp3', bytes([0xff, 0xf1, 0x50, 0x80, 0]), 'audio/aac', 'a.aac', 'application/octet-stream'],
    ['plain text', bytes('家長會通知\r\n時間：星期六'), 'text/plain', 'a.txt', 'text/plain'],
    ['csv by type', bytes('學號,姓名\n1234567-8,陳大文\n'), 'text/csv', 'list', 'text/csv'],
    ['csv by extension, Big5 bytes', bytes([0xbe, 0xc7, 0xb8, 0xb9, 0x2c, 0xa9, 0x6d, 0xa6, 0x57, 0x0a]), '', 'list.csv', 'text/csv'],
    ['text claiming to be a png', bytes('hello'), 'image/png', 'a.png', 'text/plain'],
    ['html declared', bytes('hello'), 'text/html', 'a.txt', 'application/octet-stream'],
    ['html by extension', bytes('hello'), 'text/plain', 'a.htm', 'application/octet-stream'],
    ['html content under a text name', bytes('\uFEFF  <!doctype html><script>alert(1)</script>'), 'text/plain', 'a.txt', 'application/octet-stream'],
    ['svg declared', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml', 'a.svg', 'application/octet-stream'],
    ['svg content under a png name', bytes('<svg onload="alert(1)"/>'), 'image/png', 'a.png', 'application/octet-stream'],
    ['windows executable', bytes('MZ', [0x90, 0, 3, 0, 0, 0]), 'application/pdf', 'a.pdf', 'application/octet-stream'],
    ['ELF executable', bytes([0x7f], 'ELF', [2, 1, 1, 0]), 'text/plain', 'a.txt', 'application/octet-stream'],
    ['random binary', bytes([1, 2, 3, 4, 5]), 'image/jpeg', 'a.jpg', 'application/octet-stream'],
  ])('Should sniff %s', (_, head, declared, name, expected) => {
    expect(sniffContentType(head, declared, name)).toBe(expected);
  });
});
