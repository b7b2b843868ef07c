CREATE TABLE `admin_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`area_code` text NOT NULL,
	`phone` text NOT NULL,
	`identity` text NOT NULL,
	`card_type` text NOT NULL,
	`card_number` text NOT NULL,
	`department_ids` text NOT NULL,
	`teaching` text NOT NULL,
	`existing_member_id` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`decided_at` integer,
	`decided_by_id` text,
	`decided_by_name` text,
	`member_id` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `admin_requests_pending_phone_uq` ON `admin_requests` (`area_code`,`phone`) WHERE "admin_requests"."status" = 'pending';--> statement-breakpoint
CREATE INDEX `admin_requests_status_idx` ON `admin_requests` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `card_check_failures` (
	`id` text PRIMARY KEY NOT NULL,
	`card_number` text NOT NULL,
	`at` integer NOT NULL,
	`ip` text
);
--> statement-breakpoint
CREATE INDEX `card_check_failures_card_idx` ON `card_check_failures` (`card_number`,`at`);--> statement-breakpoint
CREATE TABLE `subscription_drafts` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`step` text NOT NULL,
	`data` text NOT NULL,
	`member_id` text,
	`request_id` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `subscription_drafts_expires_idx` ON `subscription_drafts` (`expires_at`);--> statement-breakpoint
CREATE TABLE `subscriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`member_id` text NOT NULL,
	`identity` text NOT NULL,
	`card_type` text NOT NULL,
	`card_number` text NOT NULL,
	`student_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subscriptions_member_card_uq` ON `subscriptions` (`member_id`,`card_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `subscriptions_staff_card_uq` ON `subscriptions` (`card_number`) WHERE "subscriptions"."identity" in ('teacher', 'staff');--> statement-breakpoint
CREATE INDEX `subscriptions_student_idx` ON `subscriptions` (`student_id`);--> statement-breakpoint
CREATE TABLE `alumni_moves` (
	`student_id` text NOT NULL,
	`school_year` text NOT NULL,
	`update_id` text NOT NULL,
	`grade_code` text,
	`invited` integer NOT NULL,
	`at` integer NOT NULL,
	PRIMARY KEY(`student_id`, `school_year`)
);
--> statement-breakpoint
CREATE TABLE `b01_moves` (
	`update_id` text NOT NULL,
	`student_id` text NOT NULL,
	`from_class_id` text,
	`from_status` text NOT NULL,
	`to_class_id` text,
	`to_status` text NOT NULL,
	PRIMARY KEY(`update_id`, `student_id`),
	FOREIGN KEY (`update_id`) REFERENCES `b01_updates`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `b01_rows` (
	`upload_id` text NOT NULL,
	`seq` integer NOT NULL,
	`education_id` text NOT NULL,
	`name` text NOT NULL,
	`grade_code` text NOT NULL,
	`class_name` text NOT NULL,
	`class_number` integer,
	`student_id` text,
	`class_id` text,
	`anomalies` text NOT NULL,
	PRIMARY KEY(`upload_id`, `seq`),
	FOREIGN KEY (`upload_id`) REFERENCES `b01_uploads`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `b01_rows_class_idx` ON `b01_rows` (`upload_id`,`grade_code`,`class_name`);--> statement-breakpoint
CREATE TABLE `b01_updates` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`upload_id` text,
	`school_year` text NOT NULL,
	`counts` text NOT NULL,
	`undo_of` text,
	`undone_at` integer,
	`by_member_id` text,
	`by_name` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `b01_updates_at_idx` ON `b01_updates` (`at`);--> statement-breakpoint
CREATE TABLE `b01_uploads` (
	`id` text PRIMARY KEY NOT NULL,
	`school_year` text NOT NULL,
	`generated_at` text,
	`total` integer NOT NULL,
	`anomaly_count` integer NOT NULL,
	`by_member_id` text,
	`by_name` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `b01_uploads_at_idx` ON `b01_uploads` (`at`);--> statement-breakpoint
CREATE TABLE `b08_class_links` (
	`class_id` text PRIMARY KEY NOT NULL,
	`school_year` text NOT NULL,
	`bureau_campus` text NOT NULL,
	`grade_code` text NOT NULL,
	`bureau_class_name` text NOT NULL,
	`audience` text NOT NULL,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `b08_class_links_uq` ON `b08_class_links` (`school_year`,`bureau_campus`,`grade_code`,`bureau_class_name`,`audience`);--> statement-breakpoint
CREATE TABLE `b08_fetches` (
	`school_year` text PRIMARY KEY NOT NULL,
	`classes` text NOT NULL,
	`fetched_at` integer NOT NULL,
	`by_member_id` text
);
--> statement-breakpoint
CREATE TABLE `b08_syncs` (
	`id` text PRIMARY KEY NOT NULL,
	`school_year` text NOT NULL,
	`campus_id` text NOT NULL,
	`language` text NOT NULL,
	`separate_parent_classes` integer NOT NULL,
	`created_grades` integer NOT NULL,
	`created_classes` integer NOT NULL,
	`by_member_id` text,
	`by_name` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `b08_syncs_year_idx` ON `b08_syncs` (`school_year`,`at`);