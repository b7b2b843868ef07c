-- student_search (db/schema/search.ts) is kept by these triggers: every write path to
-- students, guardians and members keeps it true without remembering to.
CREATE TRIGGER student_search_student_insert AFTER INSERT ON students BEGIN
  INSERT OR REPLACE INTO student_search (student_id, text) SELECT s.id, coalesce(s.name, '') || ' ' || coalesce(s.education_id, '') || ' ' || coalesce(s.temp_number, '') || coalesce((select ' ' || group_concat(m.name || ' ' || coalesce(m.phone, ''), ' ') from guardians g join members m on m.id = g.member_id where g.student_id = s.id), '') FROM students s WHERE s.id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER student_search_student_update AFTER UPDATE OF name, education_id, temp_number ON students BEGIN
  INSERT OR REPLACE INTO student_search (student_id, text) SELECT s.id, coalesce(s.name, '') || ' ' || coalesce(s.education_id, '') || ' ' || coalesce(s.temp_number, '') || coalesce((select ' ' || group_concat(m.name || ' ' || coalesce(m.phone, ''), ' ') from guardians g join members m on m.id = g.member_id where g.student_id = s.id), '') FROM students s WHERE s.id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER student_search_guardian_insert AFTER INSERT ON guardians BEGIN
  INSERT OR REPLACE INTO student_search (student_id, text) SELECT s.id, coalesce(s.name, '') || ' ' || coalesce(s.education_id, '') || ' ' || coalesce(s.temp_number, '') || coalesce((select ' ' || group_concat(m.name || ' ' || coalesce(m.phone, ''), ' ') from guardians g join members m on m.id = g.member_id where g.student_id = s.id), '') FROM students s WHERE s.id = new.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER student_search_guardian_delete AFTER DELETE ON guardians BEGIN
  INSERT OR REPLACE INTO student_search (student_id, text) SELECT s.id, coalesce(s.name, '') || ' ' || coalesce(s.education_id, '') || ' ' || coalesce(s.temp_number, '') || coalesce((select ' ' || group_concat(m.name || ' ' || coalesce(m.phone, ''), ' ') from guardians g join members m on m.id = g.member_id where g.student_id = s.id), '') FROM students s WHERE s.id = old.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER student_search_member_update AFTER UPDATE OF name, phone ON members BEGIN
  INSERT OR REPLACE INTO student_search (student_id, text)
    SELECT s.id, coalesce(s.name, '') || ' ' || coalesce(s.education_id, '') || ' ' || coalesce(s.temp_number, '') || coalesce((select ' ' || group_concat(m.name || ' ' || coalesce(m.phone, ''), ' ') from guardians g join members m on m.id = g.member_id where g.student_id = s.id), '') FROM students s WHERE s.id IN (SELECT g2.student_id FROM guardians g2 WHERE g2.member_id = new.id);
END;
--> statement-breakpoint
INSERT OR REPLACE INTO student_search (student_id, text) SELECT s.id, coalesce(s.name, '') || ' ' || coalesce(s.education_id, '') || ' ' || coalesce(s.temp_number, '') || coalesce((select ' ' || group_concat(m.name || ' ' || coalesce(m.phone, ''), ' ') from guardians g join members m on m.id = g.member_id where g.student_id = s.id), '') FROM students s;
