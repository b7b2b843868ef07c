-- data_versions (db/schema/search.ts): 'contacts' moves on every write that can change a
-- contacts list, whichever code path made it, so cached lists are never stale.
INSERT INTO data_versions (name, n) VALUES ('contacts', 0);
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_students_insert AFTER INSERT ON students BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_students_delete AFTER DELETE ON students BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_students_update AFTER UPDATE ON students BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_guardians_insert AFTER INSERT ON guardians BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_guardians_delete AFTER DELETE ON guardians BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_guardians_update AFTER UPDATE ON guardians BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_classes_insert AFTER INSERT ON classes BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_classes_delete AFTER DELETE ON classes BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_classes_update AFTER UPDATE ON classes BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_grades_insert AFTER INSERT ON grades BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_grades_delete AFTER DELETE ON grades BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_grades_update AFTER UPDATE ON grades BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_campuses_insert AFTER INSERT ON campuses BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_campuses_delete AFTER DELETE ON campuses BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_campuses_update AFTER UPDATE ON campuses BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_class_teachers_insert AFTER INSERT ON class_teachers BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_class_teachers_delete AFTER DELETE ON class_teachers BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_class_teachers_update AFTER UPDATE ON class_teachers BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_admin_scopes_insert AFTER INSERT ON admin_scopes BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_admin_scopes_delete AFTER DELETE ON admin_scopes BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_admin_scopes_update AFTER UPDATE ON admin_scopes BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_members_insert AFTER INSERT ON members BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_members_delete AFTER DELETE ON members BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
--> statement-breakpoint
CREATE TRIGGER data_version_contacts_members_update AFTER UPDATE OF kind, name, title, area_code, phone, status, is_teacher, is_staff, admin_role, joined_at, activated_at ON members BEGIN UPDATE data_versions SET n = n + 1 WHERE name = 'contacts'; END;
