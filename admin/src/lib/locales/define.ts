/**
 * A module's UI strings in the three languages; the zh-Hant keys type the other two, so a
 * missing translation is a type error.
 */
export function defineMessages<const Z extends Record<string, string>>(messages: {
  'zh-Hant': Z;
  en: Record<keyof Z, string>;
  pt: Record<keyof Z, string>;
}) {
  return messages;
}
