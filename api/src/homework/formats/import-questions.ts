import { hwQuestions } from '../../../../db/schema';
import { writeAudit } from '../../audit/write-audit';
import type { ServiceContext } from '../../lib/context';
import { ApiError, forbidden } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { requireEnabledSubject } from '../bank/content';
import { canUseHomework } from '../bank/policy';
import { parseGift } from './gift';
import { parseMoodleXml } from './moodle-xml';
import { type ParsedQuestion, UnreadableFile } from './parsed';
import { presentImportRow } from './presenter';
import { type ImportQuestionsInput, MAX_IMPORT_QUESTIONS } from './schemas';

// SQLite binds at most 32,766 values a statement; 200 rows of 13 columns stay well below
const CHUNK = 200;
const FORMAT_NAMES = { moodle: 'Moodle XML', gift: 'GIFT' } as const;

/** The file's questions, or a 400 naming `text` when the file as a whole is unusable. */
function readFile(input: ImportQuestionsInput): ParsedQuestion[] {
  let questions: ParsedQuestion[];
  try {
    questions = input.format === 'moodle' ? parseMoodleXml(input.text) : parseGift(input.text);
  } catch (e) {
    if (!(e instanceof UnreadableFile)) throw e;
    throw new ApiError('import_unreadable', { field: 'text', params: { format: FORMAT_NAMES[input.format], detail: e.detail } });
  }
  if (questions.length === 0) throw new ApiError('import_empty', { field: 'text' });
  if (questions.length > MAX_IMPORT_QUESTIONS) {
    throw new ApiError('import_too_many', { field: 'text', params: { max: MAX_IMPORT_QUESTIONS, count: questions.length } });
  }
  return questions;
}

/**
 * HW-01 匯入 of a Moodle XML or GIFT file into an enabled subject (TT-07), staff only.
 * `dryRun` lists every question with its type, or the reason it cannot be imported. A real
 * import is all or nothing: any refused question → 400 import_refused with the list
 * in `details.questions` and nothing stored; otherwise every question becomes a draft of the
 * caller in one transaction with one audit row.
 */
export async function importQuestions(ctx: ServiceContext, input: ImportQuestionsInput) {
  const actor = ctx.actor;
  if (!canUseHomework(actor)) throw forbidden();
  await requireEnabledSubject(ctx.db, input.subjectId);
  const questions = readFile(input);
  const refused = questions.filter((q) => q.problem).length;
  if (input.dryRun) return { questions: questions.map((q) => presentImportRow(q, ctx.locale)), imported: 0 };
  if (refused) {
    throw new ApiError('import_refused', { field: 'text', params: { count: refused }, details: { questions: questions.map((q) => presentImportRow(q, ctx.locale)) } });
  }
  const now = ctx.clock.now();
  const rows = questions.flatMap((q, i) =>
    q.content
      ? [
          {
            // ids sort by their time part: one ms apart keeps the file's order among equal createdAt
            id: newId(now.getTime() + i),
            subjectId: input.subjectId,
            type: q.content.type,
            text: q.text,
            body: q.content.body as Record<string, unknown>,
            answerKey: q.content.answerKey as Record<string, unknown>,
            attachmentIds: [],
            status: 'draft' as const,
            creatorId: actor.memberId,
            creatorName: actor.name,
            createdAt: now,
            updatedAt: now,
          },
        ]
      : [],
  );
  return ctx.db.transaction(async (tx) => {
    // again inside the transaction: the subject may have been disabled since the check above
    await requireEnabledSubject(tx, input.subjectId);
    for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(hwQuestions).values(rows.slice(i, i + CHUNK));
    await writeAudit(tx, ctx, {
      action: 'hw_question.import',
      targetType: 'hw_question',
      after: { format: input.format, subjectId: input.subjectId, count: rows.length, ids: rows.map((r) => r.id) },
    });
    return { questions: questions.map((q, i) => presentImportRow(q, ctx.locale, rows[i]?.id)), imported: rows.length };
  });
}
