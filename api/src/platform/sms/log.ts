import type { SmsSender } from '../types';

/** One text as the dev adapter recorded it. */
export interface SmsRecord {
  at: string;
  schoolCode: string;
  areaCode: string;
  phone: string;
  text: string;
}

export interface LogSms extends SmsSender {
  /** Every text sent, oldest first (tests read the latest code from here). */
  sent: SmsRecord[];
}

/** `+853` / `853` / ` +853 ` → `853`. */
export const areaDigits = (areaCode: string) => areaCode.replace(/\D/g, '');

/**
 * The development SMS adapter: nothing leaves the machine; each text is printed as
 * `SMS to +853 66000001: …` and kept in `sent`. `record` is called with each one too
 * (the file variant in log-file.ts appends it to a JSON-lines file).
 */
export function createLogSms(options: { log?: (line: string) => void; record?: (sms: SmsRecord) => Promise<void> | void; now?: () => Date } = {}): LogSms {
  const log = options.log ?? ((line) => console.log(line));
  const now = options.now ?? (() => new Date());
  const sent: SmsRecord[] = [];
  return {
    sent,
    async send({ schoolCode, areaCode, phone, text }) {
      const sms = { at: now().toISOString(), schoolCode, areaCode: areaDigits(areaCode), phone, text };
      sent.push(sms);
      log(`SMS to +${sms.areaCode} ${phone}: ${text}`);
      await options.record?.(sms);
    },
  };
}
