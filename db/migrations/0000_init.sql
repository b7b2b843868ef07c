CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`actor_id` text,
	`actor_name` text NOT NULL,
	`action` text NOT NULL,
	`target_type` text NOT NULL,
	`target_id` text,
	`before` text,
	`after` text,
	`ip` text
);
--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_target_idx` ON `audit_log` (`target_type`,`target_id`);--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`key` text NOT NULL,
	`window_start` integer NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`key`, `window_start`)
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`member_id` text NOT NULL,
	`surface` text NOT NULL,
	`pending_second_factor` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`user_agent` text,
	`ip` text,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_member_idx` ON `sessions` (`member_id`);--> statement-breakpoint
CREATE TABLE `sms_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`purpose` text NOT NULL,
	`area_code` text NOT NULL,
	`phone` text NOT NULL,
	`code_hash` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`consumed_at` integer
);
--> statement-breakpoint
CREATE INDEX `sms_codes_phone_idx` ON `sms_codes` (`area_code`,`phone`,`purpose`);--> statement-breakpoint
CREATE TABLE `files` (
	`id` text PRIMARY KEY NOT NULL,
	`storage_key` text NOT NULL,
	`name` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`owner_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `files_storage_key_unique` ON `files` (`storage_key`);--> statement-breakpoint
CREATE INDEX `files_owner_idx` ON `files` (`owner_id`);--> statement-breakpoint
CREATE TABLE `admin_scopes` (
	`member_id` text NOT NULL,
	`kind` text NOT NULL,
	`ref` text NOT NULL,
	PRIMARY KEY(`member_id`, `kind`, `ref`),
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `members` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`area_code` text DEFAULT '853' NOT NULL,
	`phone` text,
	`account` text,
	`password_hash` text,
	`status` text DEFAULT 'active' NOT NULL,
	`is_teacher` integer DEFAULT false NOT NULL,
	`is_staff` integer DEFAULT false NOT NULL,
	`admin_role` text,
	`wecom_user_id` text,
	`school_user_id` text,
	`preferred_locale` text,
	`joined_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_phone_uq` ON `members` (`area_code`,`phone`) WHERE "members"."phone" is not null and "members"."status" != 'removed';--> statement-breakpoint
CREATE UNIQUE INDEX `members_account_uq` ON `members` (`account`) WHERE "members"."account" is not null and "members"."status" != 'removed';--> statement-breakpoint
CREATE UNIQUE INDEX `members_wecom_uq` ON `members` (`wecom_user_id`) WHERE "members"."wecom_user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `members_school_user_uq` ON `members` (`school_user_id`) WHERE "members"."school_user_id" is not null;--> statement-breakpoint
CREATE INDEX `members_kind_name_idx` ON `members` (`kind`,`name`);--> statement-breakpoint
CREATE TABLE `messages` (
	`id` text PRIMARY KEY NOT NULL,
	`dedupe_key` text NOT NULL,
	`member_id` text NOT NULL,
	`source` text NOT NULL,
	`title` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`ref_type` text,
	`ref_id` text,
	`created_at` integer NOT NULL,
	`deliver_after` integer NOT NULL,
	`read_at` integer,
	`channel` text DEFAULT 'none' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_until` integer,
	`last_error` text,
	`sent_at` integer,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `messages_dedupe_uq` ON `messages` (`member_id`,`dedupe_key`);--> statement-breakpoint
CREATE INDEX `messages_member_idx` ON `messages` (`member_id`,`deliver_after`);--> statement-breakpoint
CREATE INDEX `messages_due_idx` ON `messages` (`status`,`next_attempt_at`) WHERE "messages"."status" in ('pending', 'sending');--> statement-breakpoint
CREATE TABLE `job_runs` (
	`job_id` text PRIMARY KEY NOT NULL,
	`last_run_at` integer,
	`locked_until` integer,
	`lock_owner` text
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
