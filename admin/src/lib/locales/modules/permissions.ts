import { defineMessages } from '../define';

/** UI strings of the permissions screens. */
export const permissions = defineMessages({
  'zh-Hant': {},
  en: {},
  pt: {},
});
