import { inArray } from 'drizzle-orm';
import { departments, files, members, tags } from '../../../db/schema';
import type { ServiceContext } from '../lib/context';
import { editableAnnouncement } from './access';
import { presentAnnouncement, shareUrl } from './presenter';
import { statsOf } from './stats';

/** ANN-02 the editor's detail: content, send range by name, statistics. */
export async function getAnnouncement(ctx: ServiceContext, id: string) {
  const { row } = await editableAnnouncement(ctx.db, ctx.actor, id);
  const { departmentIds, memberIds, tagIds } = row.range;
  const named = <T>(ids: string[], q: () => Promise<T[]>) => (ids.length ? q() : Promise.resolve([] as T[]));
  const fileIds = [...(row.coverFileId ? [row.coverFileId] : []), ...row.attachmentIds];
  const [stats, depts, people, tagRows, fileRows] = await Promise.all([
    statsOf(ctx.db, [id], ctx.clock.now()),
    named(departmentIds, () => ctx.db.select({ id: departments.id, name: departments.name }).from(departments).where(inArray(departments.id, departmentIds)).all()),
    named(memberIds, () => ctx.db.select({ id: members.id, name: members.name }).from(members).where(inArray(members.id, memberIds)).all()),
    named(tagIds, () => ctx.db.select({ id: tags.id, name: tags.name }).from(tags).where(inArray(tags.id, tagIds)).all()),
    named(fileIds, () => ctx.db.select({ id: files.id, name: files.name, size: files.size, contentType: files.contentType }).from(files).where(inArray(files.id, fileIds)).all()),
  ]);
  return presentAnnouncement(row, stats.get(id) ?? { recipients: 0, delivered: 0, read: 0, reads: 0, likes: 0 }, {
    range: { departments: depts, members: people, tags: tagRows },
    cover: fileRows.find((f) => f.id === row.coverFileId) ?? null,
    attachments: row.attachmentIds.flatMap((fid) => fileRows.filter((f) => f.id === fid)),
    shareUrl: shareUrl(ctx.config.publicUrl, ctx.school.code, row.shareToken),
  });
}
