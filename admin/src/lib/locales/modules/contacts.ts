import { defineMessages } from '../define';

/** UI strings of the contacts screens. */
export const contacts = defineMessages({
  'zh-Hant': {},
  en: {},
  pt: {},
});
