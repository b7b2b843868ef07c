import { and, inArray } from 'drizzle-orm';
import type { SchoolDbOrTx } from '../../../db/client';
import { b01Moves, classes, students } from '../../../db/schema';

type Status = 'active' | 'alumni' | 'transferred';
export interface Move {
  studentId: string;
  fromClassId: string | null;
  fromStatus: Status;
  toClassId: string | null;
  toStatus: Status;
}

// SQLite allows 32,766 bound values a statement; stay far below
const CHUNK = 500;

/** Splits a list into chunks for `in (…)` lists and multi-row inserts. */
export function chunks<T>(list: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Current class and status of students, by id. */
export async function studentStates(tx: SchoolDbOrTx, ids: string[]) {
  const out = new Map<string, { classId: string | null; status: Status }>();
  for (const part of chunks([...new Set(ids)])) {
    const rows = await tx.select({ id: students.id, classId: students.classId, status: students.status }).from(students).where(inArray(students.id, part)).all();
    for (const r of rows) out.set(r.id, { classId: r.classId, status: r.status });
  }
  return out;
}

/** Which of these class ids still exist. */
export async function existingClassIds(tx: SchoolDbOrTx, ids: (string | null)[]): Promise<Set<string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const out = new Set<string>();
  for (const part of chunks(wanted)) {
    for (const r of await tx.select({ id: classes.id }).from(classes).where(inArray(classes.id, part)).all()) out.add(r.id);
  }
  return out;
}

/**
 * Moves students as listed and records each move under the update, so it can be undone:
 * one statement per target (class, status) and chunk, not one per student.
 */
export async function performMoves(tx: SchoolDbOrTx, updateId: string, moves: Move[], now: Date): Promise<void> {
  for (const part of chunks(moves)) await tx.insert(b01Moves).values(part.map((m) => ({ updateId, ...m })));
  const byTarget = new Map<string, Move[]>();
  for (const m of moves) {
    const key = `${m.toClassId ?? ''}\u0000${m.toStatus}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), m]);
  }
  for (const list of byTarget.values()) {
    const { toClassId, toStatus } = list[0];
    for (const part of chunks(list.map((m) => m.studentId))) {
      await tx.update(students).set({ classId: toClassId, status: toStatus, updatedAt: now }).where(and(inArray(students.id, part)));
    }
  }
}
