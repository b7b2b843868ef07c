CREATE TABLE `student_search` (
	`student_id` text PRIMARY KEY NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `students_name_idx`;--> statement-breakpoint
CREATE INDEX `students_name_idx` ON `students` (`name`,`id`);