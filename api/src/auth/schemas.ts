import * as v from 'valibot';

/** Area code without "+": Macao, Hong Kong, mainland China or any other 1–4 digits. */
export const AreaCode = v.pipe(v.string(), v.regex(/^\d{1,4}$/, 'area code: 1-4 digits'));
/** A phone number without its area code: digits only. */
export const Phone = v.pipe(v.string(), v.trim(), v.regex(/^\d{6,15}$/, 'phone: 6-15 digits'));

export const SignInInput = v.strictObject({
  /** Account name or phone number. */
  login: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
});

export const CodeInput = v.strictObject({
  /** The 6-digit SMS code. */
  code: v.pipe(v.string(), v.trim(), v.regex(/^\d{6}$/, 'code: 6 digits')),
});

export const RequestCodeInput = v.strictObject({ areaCode: AreaCode, phone: Phone });

export const CodeSignInInput = v.strictObject({
  areaCode: AreaCode,
  phone: Phone,
  code: v.pipe(v.string(), v.trim(), v.regex(/^\d{6}$/, 'code: 6 digits')),
});

export const OAuthProviderParam = v.object({
  school: v.string(),
  provider: v.picklist(['wecom', 'wechat']),
});

export const OAuthCallbackQuery = v.object({
  code: v.pipe(v.string(), v.minLength(1), v.maxLength(512)),
  state: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
});
