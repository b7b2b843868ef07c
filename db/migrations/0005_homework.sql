CREATE TABLE `hw_assignment_classes` (
	`assignment_id` text NOT NULL,
	`class_id` text NOT NULL,
	PRIMARY KEY(`assignment_id`, `class_id`),
	FOREIGN KEY (`assignment_id`) REFERENCES `hw_assignments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `hw_assignment_classes_class_idx` ON `hw_assignment_classes` (`class_id`);--> statement-breakpoint
CREATE TABLE `hw_assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`subject_id` text NOT NULL,
	`definition_id` text NOT NULL,
	`kind` text NOT NULL,
	`scored` integer NOT NULL,
	`total_score` real,
	`status` text DEFAULT 'draft' NOT NULL,
	`deadline` integer,
	`remind_at` integer,
	`reminded_at` integer,
	`scheduled_at` integer,
	`published_at` integer,
	`scores_published_at` integer,
	`closed_at` integer,
	`creator_id` text NOT NULL,
	`creator_name` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`definition_id`) REFERENCES `hw_definitions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `hw_assignments_creator_idx` ON `hw_assignments` (`creator_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `hw_assignments_status_idx` ON `hw_assignments` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `hw_assignments_scheduled_idx` ON `hw_assignments` (`scheduled_at`) WHERE "hw_assignments"."status" = 'draft' and "hw_assignments"."scheduled_at" is not null;--> statement-breakpoint
CREATE INDEX `hw_assignments_remind_idx` ON `hw_assignments` (`remind_at`) WHERE "hw_assignments"."reminded_at" is null and "hw_assignments"."remind_at" is not null;--> statement-breakpoint
CREATE TABLE `hw_attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`submission_id` text NOT NULL,
	`number` integer NOT NULL,
	`answers` text NOT NULL,
	`file_ids` text NOT NULL,
	`status` text NOT NULL,
	`submitted_at` integer,
	`late` integer DEFAULT false NOT NULL,
	`marks` text NOT NULL,
	`score` real,
	`by_member_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`submission_id`) REFERENCES `hw_submissions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hw_attempts_uq` ON `hw_attempts` (`submission_id`,`number`);--> statement-breakpoint
CREATE TABLE `hw_definition_items` (
	`id` text PRIMARY KEY NOT NULL,
	`definition_id` text NOT NULL,
	`section_id` text NOT NULL,
	`question_id` text NOT NULL,
	`score` real,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`definition_id`) REFERENCES `hw_definitions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`section_id`) REFERENCES `hw_sections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `hw_questions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hw_definition_items_uq` ON `hw_definition_items` (`definition_id`,`question_id`);--> statement-breakpoint
CREATE INDEX `hw_definition_items_section_idx` ON `hw_definition_items` (`section_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX `hw_definition_items_question_idx` ON `hw_definition_items` (`question_id`);--> statement-breakpoint
CREATE TABLE `hw_definitions` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`subject_id` text NOT NULL,
	`scored` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`total_score` real,
	`creator_id` text NOT NULL,
	`creator_name` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`completed_at` integer,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `hw_definitions_subject_idx` ON `hw_definitions` (`subject_id`,`status`);--> statement-breakpoint
CREATE INDEX `hw_definitions_created_idx` ON `hw_definitions` (`created_at`);--> statement-breakpoint
CREATE TABLE `hw_questions` (
	`id` text PRIMARY KEY NOT NULL,
	`subject_id` text NOT NULL,
	`type` text NOT NULL,
	`text` text NOT NULL,
	`body` text NOT NULL,
	`answer_key` text NOT NULL,
	`attachment_ids` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`creator_id` text NOT NULL,
	`creator_name` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`published_at` integer,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `hw_questions_subject_idx` ON `hw_questions` (`subject_id`,`status`,`type`);--> statement-breakpoint
CREATE INDEX `hw_questions_creator_idx` ON `hw_questions` (`creator_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `hw_questions_created_idx` ON `hw_questions` (`created_at`);--> statement-breakpoint
CREATE TABLE `hw_sections` (
	`id` text PRIMARY KEY NOT NULL,
	`definition_id` text NOT NULL,
	`parent_id` text,
	`title` text NOT NULL,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`definition_id`) REFERENCES `hw_definitions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `hw_sections_definition_idx` ON `hw_sections` (`definition_id`,`sort_order`);--> statement-breakpoint
CREATE TABLE `hw_submissions` (
	`id` text PRIMARY KEY NOT NULL,
	`assignment_id` text NOT NULL,
	`student_id` text NOT NULL,
	`class_id` text NOT NULL,
	`status` text DEFAULT 'not_started' NOT NULL,
	`score` real,
	`remark` text DEFAULT '' NOT NULL,
	`verdict` text,
	`attempt_count` integer DEFAULT 0 NOT NULL,
	`notified_at` integer,
	`graded_at` integer,
	`grader_id` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`assignment_id`) REFERENCES `hw_assignments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hw_submissions_uq` ON `hw_submissions` (`assignment_id`,`student_id`);--> statement-breakpoint
CREATE INDEX `hw_submissions_assignment_idx` ON `hw_submissions` (`assignment_id`,`class_id`,`status`);--> statement-breakpoint
CREATE INDEX `hw_submissions_student_idx` ON `hw_submissions` (`student_id`,`updated_at`);