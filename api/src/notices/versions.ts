import type { LocalizedText, NoticeQuestion } from '../../../db/schema';
import type { Locale } from '../lib/i18n';
import { sanitizeHtml } from '../lib/sanitize-html';
import type { NoticeInput, QuestionInput } from './schemas';

/**
 * A notice's language versions (beyond the manual): zh-Hant always, Portuguese and English
 * when the sender wrote them. A reader sees their language, or zh-Hant when it is missing —
 * for each text on its own, so a question left untranslated still shows.
 */

type Translations = Partial<Record<'en' | 'pt', string>>;

const localized = (zh: string, t: Translations | undefined): LocalizedText => ({
  'zh-Hant': zh,
  ...(t?.en ? { en: t.en } : {}),
  ...(t?.pt ? { pt: t.pt } : {}),
});

/** The text in `locale`, else zh-Hant. */
export const pick = (text: LocalizedText, locale: Locale): string => text[locale] ?? text['zh-Hant'];

/** The stored form of the questions: ids `q1`…, options `o1`…. */
export function storeQuestions(input: QuestionInput[]): NoticeQuestion[] {
  return input.map((q, i) => {
    const base = { id: `q${i + 1}`, type: q.type, required: q.required, text: localized(q.text, q.translations) };
    if (q.type === 'single' || q.type === 'multiple') {
      return { ...base, options: q.options.map((o, j) => ({ id: `o${j + 1}`, text: localized(o.text, o.translations) })) };
    }
    if (q.type === 'fill') return { ...base, blanks: q.blanks };
    if (q.type === 'file') return { ...base, maxFiles: q.maxFiles };
    return base;
  });
}

const translationsOf = (t: LocalizedText): Translations | undefined =>
  t.en || t.pt ? { ...(t.en ? { en: t.en } : {}), ...(t.pt ? { pt: t.pt } : {}) } : undefined;

/** Back to the compose shape (N-05 複製). */
export function questionInputs(questions: NoticeQuestion[]): QuestionInput[] {
  return questions.map((q) => {
    const base = { text: q.text['zh-Hant'], required: q.required, ...(translationsOf(q.text) ? { translations: translationsOf(q.text) } : {}) };
    switch (q.type) {
      case 'single':
      case 'multiple':
        return {
          ...base,
          type: q.type,
          options: (q.options ?? []).map((o) => ({ text: o.text['zh-Hant'], ...(translationsOf(o.text) ? { translations: translationsOf(o.text) } : {}) })),
        };
      case 'fill':
        return { ...base, type: 'fill', blanks: q.blanks ?? 1 };
      case 'file':
        return { ...base, type: 'file', maxFiles: q.maxFiles ?? 3 };
      default:
        return { ...base, type: q.type };
    }
  }) as QuestionInput[];
}

/** Sanitised content in every language given (rich text is never stored as typed). */
export function storedVersions(input: NoticeInput) {
  const translations: Partial<Record<'en' | 'pt', { title: string; content: string }>> = {};
  for (const loc of ['en', 'pt'] as const) {
    const t = input.translations[loc];
    if (t) translations[loc] = { title: t.title, content: sanitizeHtml(t.content) };
  }
  return { title: input.title, content: sanitizeHtml(input.content), translations };
}

/** The languages a notice was written in. */
export const localesOf = (n: { translations: Partial<Record<'en' | 'pt', unknown>> }): Locale[] => [
  'zh-Hant',
  ...(['en', 'pt'] as const).filter((l) => n.translations[l]),
];

/** Title and content in `locale` when the notice has that version, else zh-Hant. */
export function versionFor(n: { title: string; content: string; translations: Partial<Record<'en' | 'pt', { title: string; content: string }>> }, locale: Locale) {
  const t = locale === 'zh-Hant' ? undefined : n.translations[locale];
  return t ? { locale, title: t.title, content: t.content } : { locale: 'zh-Hant' as Locale, title: n.title, content: n.content };
}
