import type { Locale } from '../lib/i18n';

/**
 * Who an app is for, as the manual's 適用人群 says: `all` = 家長學生及教職員 (parents and
 * students may be allowed), `staff` = 教職員 only (parents can never be allowed).
 */
export type Audience = 'all' | 'staff';

export interface CatalogueApp {
  key: string;
  name: Record<Locale, string>;
  audience: Audience;
}

/**
 * The fixed list of apps a school can enable (APP-01, manual §19), in the order of the
 * manual's 智慧校園 workbench group; the apps it does not show there come last. Keys are the
 * code names of SPEC §5; a scoped admin's app scope names these keys.
 */
export const CATALOGUE: readonly CatalogueApp[] = [
  { key: 'messages', name: { 'zh-Hant': '消息提醒', en: 'Reminder', pt: 'Lembretes' }, audience: 'all' },
  { key: 'leave', name: { 'zh-Hant': '請假', en: 'Leave Application', pt: 'Pedido de Ausência' }, audience: 'all' },
  { key: 'attendance', name: { 'zh-Hant': '考勤', en: 'Attendance', pt: 'Assiduidade' }, audience: 'staff' },
  { key: 'timetable', name: { 'zh-Hant': '課表', en: 'Timetable', pt: 'Horário' }, audience: 'all' },
  { key: 'homework', name: { 'zh-Hant': '功課', en: 'Homework', pt: 'Trabalhos de Casa' }, audience: 'all' },
  { key: 'courses', name: { 'zh-Hant': '雲課', en: 'Cloud Course', pt: 'Cursos na Nuvem' }, audience: 'all' },
  { key: 'mailbox', name: { 'zh-Hant': '班級信箱', en: 'Class Mailbox', pt: 'Correio da Turma' }, audience: 'all' },
  { key: 'support', name: { 'zh-Hant': '支援系統', en: 'Support', pt: 'Apoio' }, audience: 'staff' },
  { key: 'site', name: { 'zh-Hant': '微官網', en: 'Micro Official Website', pt: 'Micro-site Oficial' }, audience: 'all' },
  { key: 'back-office', name: { 'zh-Hant': '智慧校園管理後台', en: 'Smart Campus Back-office', pt: 'Back-office do Campus Inteligente' }, audience: 'staff' },
  { key: 'calendar', name: { 'zh-Hant': '校曆', en: 'School Calendar', pt: 'Calendário Escolar' }, audience: 'all' },
  { key: 'resources', name: { 'zh-Hant': '教育資源', en: 'Education Resources', pt: 'Recursos Educativos' }, audience: 'all' },
  { key: 'notices', name: { 'zh-Hant': '家校通知', en: 'School Notice', pt: 'Avisos Escola-Família' }, audience: 'all' },
  { key: 'alumni-qr', name: { 'zh-Hant': '校友二維碼', en: 'Alumni QR Code', pt: 'Código QR de Antigos Alunos' }, audience: 'staff' },
  { key: 'b08', name: { 'zh-Hant': '按B08表同步年級班別', en: 'Sync Grades and Classes from B08', pt: 'Sincronizar Anos e Turmas (B08)' }, audience: 'staff' },
  { key: 'b01', name: { 'zh-Hant': '按B01表更新通訊錄年級班別', en: 'Update Contacts from B01', pt: 'Atualizar Contactos (B01)' }, audience: 'staff' },
  { key: 'transfers', name: { 'zh-Hant': '轉學', en: 'Transfer', pt: 'Transferência' }, audience: 'staff' },
  { key: 'subscription-qr', name: { 'zh-Hant': '訂閱二維碼', en: 'Subscription QR Codes', pt: 'Códigos QR de Subscrição' }, audience: 'staff' },
  { key: 'announcements', name: { 'zh-Hant': '企業通知公告', en: 'Staff Announcements', pt: 'Comunicados ao Pessoal' }, audience: 'staff' },
];

export const APP_KEYS: readonly string[] = CATALOGUE.map((a) => a.key);

const BY_KEY = new Map(CATALOGUE.map((a) => [a.key, a]));

/** The catalogue entry of a key, or undefined for a key that is not an app. */
export const catalogueApp = (key: string): CatalogueApp | undefined => BY_KEY.get(key);

/** Whether a string is an app key of the catalogue. */
export const isAppKey = (key: string): boolean => BY_KEY.has(key);

/** The app only admins see on the workbench (管理後台). */
export const BACK_OFFICE_APP = 'back-office';
