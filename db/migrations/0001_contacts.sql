CREATE TABLE `admin_group_members` (
	`group_id` text NOT NULL,
	`member_id` text NOT NULL,
	PRIMARY KEY(`group_id`, `member_id`),
	FOREIGN KEY (`group_id`) REFERENCES `admin_groups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `admin_group_members_member_idx` ON `admin_group_members` (`member_id`);--> statement-breakpoint
CREATE TABLE `admin_group_scopes` (
	`group_id` text NOT NULL,
	`kind` text NOT NULL,
	`ref` text NOT NULL,
	PRIMARY KEY(`group_id`, `kind`, `ref`),
	FOREIGN KEY (`group_id`) REFERENCES `admin_groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `admin_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `app_visibility` (
	`app_key` text NOT NULL,
	`kind` text NOT NULL,
	`ref` text NOT NULL,
	PRIMARY KEY(`app_key`, `kind`, `ref`),
	FOREIGN KEY (`app_key`) REFERENCES `apps`(`key`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `apps` (
	`key` text PRIMARY KEY NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`parents_allowed` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `qr_logins` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`member_id` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `workbench_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `workbench_items` (
	`group_id` text NOT NULL,
	`app_key` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`group_id`, `app_key`),
	FOREIGN KEY (`group_id`) REFERENCES `workbench_groups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`app_key`) REFERENCES `apps`(`key`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `campuses` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `class_teachers` (
	`id` text PRIMARY KEY NOT NULL,
	`class_id` text NOT NULL,
	`member_id` text NOT NULL,
	`role` text NOT NULL,
	`subject_id` text,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `class_teachers_homeroom_uq` ON `class_teachers` (`class_id`,`member_id`) WHERE "class_teachers"."role" = 'homeroom';--> statement-breakpoint
CREATE UNIQUE INDEX `class_teachers_subject_uq` ON `class_teachers` (`class_id`,`member_id`,`subject_id`) WHERE "class_teachers"."role" = 'subject';--> statement-breakpoint
CREATE INDEX `class_teachers_member_idx` ON `class_teachers` (`member_id`);--> statement-breakpoint
CREATE TABLE `classes` (
	`id` text PRIMARY KEY NOT NULL,
	`grade_id` text NOT NULL,
	`name` text NOT NULL,
	`school_year` text NOT NULL,
	`source` text DEFAULT 'manual' NOT NULL,
	`audience` text DEFAULT 'all' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`grade_id`) REFERENCES `grades`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `classes_grade_idx` ON `classes` (`grade_id`,`sort_order`);--> statement-breakpoint
CREATE TABLE `confidential_views` (
	`id` text PRIMARY KEY NOT NULL,
	`viewer_id` text NOT NULL,
	`member_id` text NOT NULL,
	`field` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `confidential_views_member_idx` ON `confidential_views` (`member_id`,`at`);--> statement-breakpoint
CREATE TABLE `departments` (
	`id` text PRIMARY KEY NOT NULL,
	`parent_id` text,
	`name` text NOT NULL,
	`kind` text DEFAULT 'normal' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `departments_parent_idx` ON `departments` (`parent_id`,`sort_order`);--> statement-breakpoint
CREATE TABLE `grades` (
	`id` text PRIMARY KEY NOT NULL,
	`campus_id` text NOT NULL,
	`name` text NOT NULL,
	`code` text,
	`school_year` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`campus_id`) REFERENCES `campuses`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `grades_campus_idx` ON `grades` (`campus_id`,`school_year`,`sort_order`);--> statement-breakpoint
CREATE TABLE `guardians` (
	`student_id` text NOT NULL,
	`member_id` text NOT NULL,
	`relation` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`student_id`, `member_id`),
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `guardians_member_idx` ON `guardians` (`member_id`);--> statement-breakpoint
CREATE TABLE `member_departments` (
	`member_id` text NOT NULL,
	`department_id` text NOT NULL,
	`is_head` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`member_id`, `department_id`),
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `member_departments_dept_idx` ON `member_departments` (`department_id`);--> statement-breakpoint
CREATE TABLE `member_tags` (
	`member_id` text NOT NULL,
	`tag_id` text NOT NULL,
	PRIMARY KEY(`member_id`, `tag_id`),
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `member_tags_tag_idx` ON `member_tags` (`tag_id`);--> statement-breakpoint
CREATE TABLE `students` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`education_id` text,
	`temp_number` text,
	`birth_date` text,
	`class_id` text,
	`status` text DEFAULT 'active' NOT NULL,
	`member_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `students_education_id_uq` ON `students` (`education_id`) WHERE "students"."education_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `students_temp_number_uq` ON `students` (`temp_number`) WHERE "students"."temp_number" is not null;--> statement-breakpoint
CREATE INDEX `students_class_idx` ON `students` (`class_id`,`status`,`name`);--> statement-breakpoint
CREATE INDEX `students_name_idx` ON `students` (`name`);--> statement-breakpoint
CREATE TABLE `subjects` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`code` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subjects_code_uq` ON `subjects` (`code`);--> statement-breakpoint
CREATE TABLE `tags` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tags_name_unique` ON `tags` (`name`);--> statement-breakpoint
CREATE TABLE `transfers` (
	`id` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`from_class_id` text,
	`to_school` text DEFAULT '' NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`by_member_id` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `transfers_student_idx` ON `transfers` (`student_id`);--> statement-breakpoint
ALTER TABLE `members` ADD `title` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `members` ADD `activated_at` integer;--> statement-breakpoint
ALTER TABLE `members` ADD `invited_at` integer;