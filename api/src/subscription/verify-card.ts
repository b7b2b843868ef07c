import { eq } from 'drizzle-orm';
import { rateLimits, students, type CardType } from '../../../db/schema';
import { normalizeBirthDate, normalizeEducationId, normalizeTempNumber } from '../home-school/identity';
import { MINUTE } from '../lib/clock';
import type { ServiceContext } from '../lib/context';
import { ApiError, invalid } from '../lib/errors';
import type { CardHolder } from '../platform/types';
import type { Locale } from '../lib/i18n';
import { hit, type Limit } from '../lib/rate-limit';
import { assertCardUnlocked, recordCardFailure } from './card-lock';

/** A card proven together with its holder's birth date (ID-01). */
export interface CardProof {
  cardType: CardType;
  /** Canonical: `1234567-8` or `XX12345`. */
  cardNumber: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  /** The field the card came in, for errors that follow. */
  field: 'educationId' | 'tempNumber';
}

const CHECKS_PER_IP: Limit = { max: 30, windowMs: 60 * MINUTE };
const DETAIL: Record<'one' | 'format' | 'date', Record<Locale, string>> = {
  one: { 'zh-Hant': '請掃描教育證或輸入臨時教育證編號（其中一項）', en: 'give either the education ID or the temporary number', pt: 'indique o número do cartão ou o número provisório (um deles)' },
  format: { 'zh-Hant': '教育證編號為7位數字加1位校驗碼（例如 1234567-8）', en: 'an education ID is 7 digits and a check digit (e.g. 1234567-8)', pt: 'um número de cartão tem 7 algarismos e um de controlo (ex.: 1234567-8)' },
  date: { 'zh-Hant': '請按 YYYYMMDD 輸入出生日期（例如 20180105）', en: 'type the birth date as YYYYMMDD (e.g. 20180105)', pt: 'escreva a data de nascimento como AAAAMMDD (ex.: 20180105)' },
};

/**
 * 掃描教育證 / 在本澳首次註冊 + 出生日期: checks the shapes, the card's lock, then the card
 * with the bureau (an education ID) or with the school's own roster (a temporary number the
 * school handed out). A wrong birth date (SUB-07, e.g. the parent's own) counts towards the
 * card's lock. The card must be one the identity holds (`holders`): a student's card makes
 * nobody staff. Nothing is stored but the failure.
 */
export async function verifyCard(
  ctx: ServiceContext,
  input: { educationId?: string; tempNumber?: string; birthDate: string },
  holders: readonly CardHolder[],
): Promise<CardProof> {
  if ((input.educationId === undefined) === (input.tempNumber === undefined)) throw invalid('educationId', DETAIL.one[ctx.locale]);
  let proof: Omit<CardProof, 'birthDate'>;
  if (input.tempNumber !== undefined) {
    const temp = normalizeTempNumber(input.tempNumber);
    if (!temp) throw new ApiError('temp_number_shape', { field: 'tempNumber' });
    proof = { cardType: 'temp_number', cardNumber: temp, field: 'tempNumber' };
  } else {
    const id = normalizeEducationId(input.educationId ?? '');
    if (!id) throw invalid('educationId', DETAIL.format[ctx.locale]);
    proof = { cardType: 'education_id', cardNumber: id, field: 'educationId' };
  }
  const birthDate = normalizeBirthDate(input.birthDate, ctx.clock.now());
  if (!birthDate) throw invalid('birthDate', DETAIL.date[ctx.locale]);
  if (ctx.ip) await hit(ctx.db, rateLimits, `card-check-ip:${ctx.ip}`, CHECKS_PER_IP, ctx.clock.now().getTime());
  await assertCardUnlocked(ctx, proof.cardNumber);

  if (proof.cardType === 'education_id') {
    const answer = await ctx.platform.bureau.checkEducationId(ctx.school.code, { educationId: proof.cardNumber, birthDate: birthDate.replaceAll('-', '') });
    if (!answer.ok && answer.reason === 'not_found') throw new ApiError('education_id_unknown', { field: 'educationId' });
    if (!answer.ok) await refuse(ctx, proof.cardNumber);
    // a student's card (with its birth date) must not make anyone a teacher or an admin
    else if (!holders.includes(answer.student.holder)) throw new ApiError('card_wrong_holder', { field: 'educationId' });
  } else {
    // a first registration: the school handed the number out and may hold the birth date already
    const known = await ctx.db.select({ birthDate: students.birthDate }).from(students).where(eq(students.tempNumber, proof.cardNumber)).get();
    if (known?.birthDate && known.birthDate !== birthDate) await refuse(ctx, proof.cardNumber);
  }
  return { ...proof, birthDate };
}

async function refuse(ctx: ServiceContext, cardNumber: string): Promise<never> {
  await recordCardFailure(ctx, cardNumber);
  throw new ApiError('birth_date_mismatch', { field: 'birthDate' });
}
