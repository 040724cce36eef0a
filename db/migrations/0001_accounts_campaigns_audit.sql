CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor_id` integer,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`iso3` text,
	`instrument` text,
	`summary` text NOT NULL,
	`before` text,
	`after` text,
	`source` text,
	`public` integer NOT NULL,
	`revert_of` integer,
	`reverted_by` integer,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_by_country` ON `audit_log` (`iso3`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_by_instrument` ON `audit_log` (`instrument`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_public_feed` ON `audit_log` (`public`,`at`);--> statement-breakpoint
CREATE TABLE `campaign_contacts` (
	`iso3` text PRIMARY KEY NOT NULL,
	`centre_name` text NOT NULL,
	`centre_url` text,
	`obstacles` text DEFAULT '' NOT NULL,
	`updated_by` integer NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`iso3`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `campaign_steps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`iso3` text NOT NULL,
	`instrument` text NOT NULL,
	`stage` text NOT NULL,
	`date` text NOT NULL,
	`precision` text NOT NULL,
	`text` text NOT NULL,
	`stalled_reason` text,
	`evidence_url` text,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`withdrawn_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`iso3`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`instrument`) REFERENCES `instruments`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `campaign_steps_by_country` ON `campaign_steps` (`iso3`,`instrument`,`date`);--> statement-breakpoint
CREATE TABLE `login_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`window_started_at` text NOT NULL,
	`locked_until` text
);
--> statement-breakpoint
CREATE TABLE `one_time_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`purpose` text NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `one_time_tokens_by_user` ON `one_time_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `ratification_proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`iso3` text NOT NULL,
	`instrument` text NOT NULL,
	`kind` text NOT NULL,
	`date` text,
	`precision` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`source_url` text NOT NULL,
	`source_title` text,
	`proposed_by` integer NOT NULL,
	`proposed_at` text NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`reviewed_by` integer,
	`reviewed_at` text,
	`review_reason` text,
	`event_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`iso3`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`instrument`) REFERENCES `instruments`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `ratification_events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ratification_proposals_by_state` ON `ratification_proposals` (`state`,`proposed_at`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_by_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `user_countries` (
	`user_id` integer NOT NULL,
	`iso3` text NOT NULL,
	PRIMARY KEY(`user_id`, `iso3`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`iso3`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `user_countries_by_country` ON `user_countries` (`iso3`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`display_name` text DEFAULT '' NOT NULL,
	`password_hash` text,
	`role` text NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);