CREATE TABLE `notice_cc` (
	`notice_id` text NOT NULL,
	`member_id` text NOT NULL,
	PRIMARY KEY(`notice_id`, `member_id`),
	FOREIGN KEY (`notice_id`) REFERENCES `notices`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notice_cc_member_idx` ON `notice_cc` (`member_id`);--> statement-breakpoint
CREATE TABLE `notice_recipients` (
	`id` text PRIMARY KEY NOT NULL,
	`notice_id` text NOT NULL,
	`student_id` text NOT NULL,
	`student_name` text NOT NULL,
	`class_id` text,
	`class_name` text DEFAULT '' NOT NULL,
	`member_id` text NOT NULL,
	`kind` text NOT NULL,
	`relation` text NOT NULL,
	`deliver_at` integer NOT NULL,
	`read_at` integer,
	`confirmed_at` integer,
	`answered_at` integer,
	`answers_updated_at` integer,
	`answers` text,
	`answer_locale` text,
	FOREIGN KEY (`notice_id`) REFERENCES `notices`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notice_recipients_uq` ON `notice_recipients` (`notice_id`,`student_id`,`member_id`);--> statement-breakpoint
CREATE INDEX `notice_recipients_member_idx` ON `notice_recipients` (`member_id`,`deliver_at`);--> statement-breakpoint
CREATE INDEX `notice_recipients_class_idx` ON `notice_recipients` (`notice_id`,`class_id`);--> statement-breakpoint
CREATE TABLE `notice_sends` (
	`id` text PRIMARY KEY NOT NULL,
	`notice_id` text NOT NULL,
	`kind` text NOT NULL,
	`number` integer NOT NULL,
	`at` integer NOT NULL,
	`by_member_id` text,
	`by_name` text NOT NULL,
	`recipients` integer NOT NULL,
	`deliver_after` integer,
	FOREIGN KEY (`notice_id`) REFERENCES `notices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notice_sends_uq` ON `notice_sends` (`notice_id`,`kind`,`number`);--> statement-breakpoint
CREATE TABLE `notices` (
	`id` text PRIMARY KEY NOT NULL,
	`sender_id` text NOT NULL,
	`sender_name` text NOT NULL,
	`title` text NOT NULL,
	`content` text NOT NULL,
	`translations` text NOT NULL,
	`questions` text NOT NULL,
	`question_count` integer DEFAULT 0 NOT NULL,
	`attachment_ids` text NOT NULL,
	`targets` text NOT NULL,
	`audience` text NOT NULL,
	`require_confirm` integer DEFAULT false NOT NULL,
	`urgent` integer DEFAULT false NOT NULL,
	`auto_cc_sender` integer DEFAULT false NOT NULL,
	`status` text NOT NULL,
	`scheduled_at` integer,
	`sent_at` integer,
	`closed_at` integer,
	`recalled_at` integer,
	`remind_count` integer DEFAULT 0 NOT NULL,
	`recipient_count` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `notices_sender_idx` ON `notices` (`sender_id`,`id`);--> statement-breakpoint
CREATE INDEX `notices_due_idx` ON `notices` (`status`,`scheduled_at`);--> statement-breakpoint
CREATE TABLE `announcement_recipients` (
	`announcement_id` text NOT NULL,
	`member_id` text NOT NULL,
	`deliver_at` integer NOT NULL,
	`read_at` integer,
	`read_count` integer DEFAULT 0 NOT NULL,
	`liked_at` integer,
	PRIMARY KEY(`announcement_id`, `member_id`),
	FOREIGN KEY (`announcement_id`) REFERENCES `announcements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `announcement_recipients_member_idx` ON `announcement_recipients` (`member_id`);--> statement-breakpoint
CREATE TABLE `announcements` (
	`id` text PRIMARY KEY NOT NULL,
	`created_by` text NOT NULL,
	`author` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`summary` text NOT NULL,
	`cover_file_id` text,
	`attachment_ids` text NOT NULL,
	`share` text NOT NULL,
	`share_token` text,
	`range` text NOT NULL,
	`status` text NOT NULL,
	`scheduled_at` integer,
	`sent_at` integer,
	`recalled_at` integer,
	`preview_count` integer DEFAULT 0 NOT NULL,
	`recipient_count` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `announcements_due_idx` ON `announcements` (`status`,`scheduled_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `announcements_share_uq` ON `announcements` (`share_token`);