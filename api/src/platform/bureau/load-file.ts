import { readFile } from 'node:fs/promises';
import type { Bureau } from '../types';
import { parseBureauData } from './schema';
import { createStaticBureau } from './static';

// Bun only (node:fs): the Workers build never imports this file.

/**
 * A Bureau over a JSON file in the BureauDataSchema shape, read and validated once; errors
 * name the file and the first bad field.
 */
export async function loadBureauFile(path: string): Promise<Bureau> {
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return createStaticBureau(parseBureauData(json, path));
}
