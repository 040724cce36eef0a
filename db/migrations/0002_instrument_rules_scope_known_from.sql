ALTER TABLE `instruments` ADD `entered_into_force` text;--> statement-breakpoint
ALTER TABLE `instruments` ADD `entry_into_force_condition` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `instruments` ADD `later_party_rule` text DEFAULT 'months_after_registration:12' NOT NULL;--> statement-breakpoint
ALTER TABLE `instruments` ADD `entry_into_force_source` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `ratification_events` ADD `scope_kind` text;--> statement-breakpoint
ALTER TABLE `ratification_events` ADD `scope` text;--> statement-breakpoint
ALTER TABLE `ratification_events` ADD `known_from` text;--> statement-breakpoint
ALTER TABLE `ratification_events` ADD `known_from_source` text;