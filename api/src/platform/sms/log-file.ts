import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type LogSms, createLogSms } from './log';

// Bun only (node:fs): the Workers build never imports this file.

/**
 * The development SMS adapter that also appends each text as a JSON line
 * `{at, schoolCode, areaCode, phone, text}` to `file`, so a person (or an e2e test in another
 * process) can read the codes sent.
 */
export function createFileLogSms(options: { file: string; log?: (line: string) => void; now?: () => Date }): LogSms {
  let ready: Promise<unknown> | null = null;
  return createLogSms({
    log: options.log,
    now: options.now,
    async record(sms) {
      ready ??= mkdir(dirname(options.file), { recursive: true });
      await ready;
      await appendFile(options.file, `${JSON.stringify(sms)}\n`, 'utf8');
    },
  });
}
