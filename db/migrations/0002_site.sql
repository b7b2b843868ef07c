CREATE TABLE `site_article_files` (
	`article_id` text NOT NULL,
	`file_id` text NOT NULL,
	PRIMARY KEY(`article_id`, `file_id`),
	FOREIGN KEY (`article_id`) REFERENCES `site_articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `site_article_files_file_idx` ON `site_article_files` (`file_id`);--> statement-breakpoint
CREATE TABLE `site_article_types` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `site_article_types_name_unique` ON `site_article_types` (`name`);--> statement-breakpoint
CREATE TABLE `site_articles` (
	`id` text PRIMARY KEY NOT NULL,
	`type_id` text NOT NULL,
	`title` text NOT NULL,
	`anonymous` integer DEFAULT false NOT NULL,
	`allow_comments` integer DEFAULT true NOT NULL,
	`content` text NOT NULL,
	`summary` text NOT NULL,
	`status` text NOT NULL,
	`author_id` text,
	`published_at` integer,
	`pinned_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`type_id`) REFERENCES `site_article_types`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `site_articles_status_idx` ON `site_articles` (`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `site_articles_pinned_idx` ON `site_articles` (`pinned_at`);--> statement-breakpoint
CREATE INDEX `site_articles_author_idx` ON `site_articles` (`author_id`);--> statement-breakpoint
CREATE INDEX `site_articles_type_idx` ON `site_articles` (`type_id`);--> statement-breakpoint
CREATE TABLE `site_comments` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`name` text NOT NULL,
	`text` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`created_at` integer NOT NULL,
	`moderated_at` integer,
	`moderated_by` text,
	FOREIGN KEY (`article_id`) REFERENCES `site_articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`moderated_by`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `site_comments_article_idx` ON `site_comments` (`article_id`,`status`);--> statement-breakpoint
CREATE INDEX `site_comments_status_idx` ON `site_comments` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `site_showcases` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`link` text,
	`image_file_id` text,
	`listed` integer DEFAULT false NOT NULL,
	`sort_order` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`image_file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `site_showcases_order_idx` ON `site_showcases` (`sort_order`);--> statement-breakpoint
CREATE INDEX `site_showcases_image_idx` ON `site_showcases` (`image_file_id`);