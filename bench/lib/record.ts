import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './processes';

/** docs/BENCHMARKS.md, where every benchmark records its figures. */
export const BENCHMARKS_DOC = join(ROOT, 'docs/BENCHMARKS.md');

/**
 * Writes `md` between a benchmark's markers (`<!-- bench:<id> -->` … `<!-- /bench:<id> -->`)
 * in docs/BENCHMARKS.md, or appends a section under `heading` when the markers are missing.
 * The file is read just before writing: other benchmarks record their own sections in it.
 */
export function recordSection(id: string, heading: string | null, md: string, file = BENCHMARKS_DOC): void {
  const start = `<!-- bench:${id} -->`;
  const end = `<!-- /bench:${id} -->`;
  const doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  const section = heading ? `## ${heading}\n\n${start}\n${md}\n${end}\n` : `${start}\n${md}\n${end}\n`;
  const next = from >= 0 && to > from ? `${doc.slice(0, from + start.length)}\n${md}\n${doc.slice(to)}` : `${doc.trimEnd()}\n\n${section}`;
  writeFileSync(file, next);
  console.log(`\nwrote the figures into ${file}`);
}
