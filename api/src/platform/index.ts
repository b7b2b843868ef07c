// The runtime-neutral adapters. The node:fs ones (files/local.ts, sms/log-file.ts,
// bureau/load-file.ts) are imported by the Bun entry straight from their files, so the
// Workers bundle never sees node:fs. Test fakes (channels/fake-wecom.ts) are imported directly.
export type { FetchLike } from './fetch-like';
export { createMemoryFileStore } from './files/memory';
export { type R2BucketLike, createR2FileStore } from './files/r2';
export { type StoredUpload, type UploadInput, humanSize, storeUpload } from './files/upload';
export { sniffContentType } from './files/sniff';
export { type WecomClient, WecomError, createWecomClient } from './channels/wecom-api';
export { createWecomChannel } from './channels/wecom';
export { createWechatChannel } from './channels/wechat';
export { type OAuthOptions, createWecomOAuth } from './oauth/wecom';
export { createWechatOAuth } from './oauth/wechat';
export { type LogSms, type SmsRecord, createLogSms } from './sms/log';
export { createHttpSms } from './sms/http';
export { type BureauData, BureauDataSchema, parseBureauData } from './bureau/schema';
export { createStaticBureau } from './bureau/static';
export { createDemoBureau, demoBureauData } from './bureau/demo';
export { canonicalEducationId, normalizeBirthDate } from './bureau/normalize';
