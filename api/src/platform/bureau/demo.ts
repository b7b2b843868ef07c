import type { Bureau } from '../types';
import demo from './demo-data.json';
import { type BureauData, parseBureauData } from './schema';
import { createStaticBureau } from './static';

/** The demo school B-888's bureau data (fictional), validated. */
export function demoBureauData(): BureauData {
  return parseBureauData(demo, 'demo-data.json');
}

/** A Bureau answering for the demo school B-888, for local runs and tests. */
export function createDemoBureau(): Bureau {
  return createStaticBureau(demoBureauData());
}
