/**
 * The adapters every feature reaches the outside world through. The Bun entry and the
 * Workers entry each build one `Platform`; tests build one with fakes.
 */

/** Bytes stored under a server-generated key: R2 at the edge, a local directory on Bun. */
export interface FileStore {
  put(key: string, body: ReadableStream<Uint8Array> | Uint8Array, meta: { contentType: string }): Promise<{ size: number }>;
  get(key: string): Promise<StoredFile | null>;
  delete(key: string): Promise<void>;
}

export interface StoredFile {
  body: ReadableStream<Uint8Array>;
  size: number;
  contentType: string;
}

/** Who a message goes to, with the addresses each channel needs. */
export interface Recipient {
  memberId: string;
  kind: 'staff' | 'parent' | 'student';
  name: string;
  wecomUserId: string | null;
  schoolUserId: string | null;
}

/** One message from the outbox, ready to leave through a channel. */
export interface OutgoingMessage {
  /** Unique per (recipient, occurrence); channels that support it pass it on for de-duplication. */
  key: string;
  to: Recipient;
  title: string;
  body: string;
  /** Absolute URL the message opens (the mobile app page of the item). */
  url: string | null;
}

/** A school's credentials for WeCom (staff) and its 家校溝通 school notifications (parents/students). */
export interface SchoolChannelConfig {
  corpId: string;
  agentId: string;
  secret: string;
}

export type SendResult = { ok: true; providerId?: string } | { ok: false; retry: boolean; error: string };

export interface Channel {
  readonly name: 'wecom' | 'wechat';
  send(message: OutgoingMessage, config: SchoolChannelConfig): Promise<SendResult>;
}

export interface Channels {
  wecom: Channel;
  wechat: Channel;
}

/** Text messages to phones. The dev adapter logs them; production uses an HTTP provider. */
export interface SmsSender {
  send(message: { schoolCode: string; areaCode: string; phone: string; text: string }): Promise<void>;
}

/** The education bureau (教青局): education IDs, the B08 class table, the school calendar. */
export interface Bureau {
  checkEducationId(
    schoolCode: string,
    input: { educationId: string; birthDate: string },
  ): Promise<{ ok: true; student: BureauStudent } | { ok: false; reason: 'not_found' | 'birth_date_mismatch' }>;
  b08Classes(schoolCode: string, schoolYear: string): Promise<BureauClass[]>;
  calendar(schoolCode: string, schoolYear: string): Promise<BureauEvent[]>;
}

export interface BureauStudent {
  educationId: string;
  name: string;
  birthDate: string;
  grade: string | null;
  className: string | null;
  /** Whose card it is: a student's, a teacher's (教學人員證) or a staff member's (職員證). */
  holder: CardHolder;
}

export type CardHolder = 'student' | 'teacher' | 'staff';

export interface BureauClass {
  /** e.g. `P1`, `J3` (初三), `S3` (高三), `K2`. */
  gradeCode: string;
  gradeName: { 'zh-Hant': string; en: string; pt: string };
  className: { 'zh-Hant': string; en: string; pt: string };
  campus: string;
}

export interface BureauEvent {
  id: string;
  type: '假期' | '課堂教學' | '考試或評核' | '餘暇活動' | '其他教育活動' | '其他';
  title: string;
  content: string;
  /** YYYY-MM-DD, inclusive. */
  startDate: string;
  endDate: string;
  classes: string[];
}

/** OAuth sign-in through WeCom (staff) or WeChat (parents, students). */
export interface OAuthProvider {
  readonly name: 'wecom' | 'wechat';
  /** The URL to send the browser to; it comes back to `redirectUri` with `code` and `state`. */
  authorizeUrl(config: SchoolChannelConfig, input: { redirectUri: string; state: string }): string;
  /** Exchanges the code for the user's id in that app (WeCom userid / WeChat openid). */
  identify(config: SchoolChannelConfig, code: string): Promise<{ userId: string } | null>;
}

export interface Platform {
  files: FileStore;
  channels: Channels;
  oauth: { wecom: OAuthProvider; wechat: OAuthProvider };
  sms: SmsSender;
  bureau: Bureau;
}
