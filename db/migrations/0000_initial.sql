CREATE TABLE `corridors` (
	`origin_iso3` text NOT NULL,
	`destination_iso3` text NOT NULL,
	`year` integer NOT NULL,
	`migrants` integer NOT NULL,
	`pct_of_origin_emigrants` real,
	`pct_of_destination_immigrants` real,
	PRIMARY KEY(`origin_iso3`, `destination_iso3`, `year`),
	FOREIGN KEY (`origin_iso3`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`destination_iso3`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `corridors_by_destination` ON `corridors` (`destination_iso3`,`migrants`);--> statement-breakpoint
CREATE TABLE `countries` (
	`iso3` text PRIMARY KEY NOT NULL,
	`m49` integer NOT NULL,
	`name` text NOT NULL,
	`ilo_member` integer NOT NULL,
	`un_member` integer,
	`membership_source` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `data_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`changed_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `group_memberships` (
	`group_code` text NOT NULL,
	`iso3` text NOT NULL,
	`status` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`group_code`, `iso3`),
	FOREIGN KEY (`group_code`) REFERENCES `groups`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`iso3`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `group_memberships_by_country` ON `group_memberships` (`iso3`);--> statement-breakpoint
CREATE TABLE `groups` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `instruments` (
	`code` text PRIMARY KEY NOT NULL,
	`body` text NOT NULL,
	`title` text NOT NULL,
	`short_title` text NOT NULL,
	`adopted_year` integer NOT NULL,
	`official_status_url` text,
	`official_count` integer NOT NULL,
	`official_count_kind` text NOT NULL,
	`official_count_as_of` text,
	`official_count_source` text NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `ituc_facts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition` integer NOT NULL,
	`iso3` text NOT NULL,
	`rating` text,
	`fact_type` text NOT NULL,
	`fact` text NOT NULL,
	`source_url` text NOT NULL,
	`seed_key` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ituc_facts_seed_key_unique` ON `ituc_facts` (`seed_key`);--> statement-breakpoint
CREATE TABLE `migrant_stock` (
	`iso3` text NOT NULL,
	`year` integer NOT NULL,
	`immigrant_stock` integer,
	`emigrant_stock` integer,
	`population` integer,
	`immigrant_pct_of_population` real,
	`emigrant_pct_of_population` real,
	`female_pct_of_immigrants` real,
	`ims_data_type` text,
	PRIMARY KEY(`iso3`, `year`),
	FOREIGN KEY (`iso3`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `not_ratified_statements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`iso3` text NOT NULL,
	`instrument` text NOT NULL,
	`as_of` text NOT NULL,
	`precision` text NOT NULL,
	`statement` text NOT NULL,
	`source_url` text,
	`seed_key` text,
	FOREIGN KEY (`iso3`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`instrument`) REFERENCES `instruments`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `not_ratified_statements_by_instrument` ON `not_ratified_statements` (`instrument`,`iso3`);--> statement-breakpoint
CREATE UNIQUE INDEX `not_ratified_statements_seed_key` ON `not_ratified_statements` (`seed_key`);--> statement-breakpoint
CREATE TABLE `ratification_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`iso3` text NOT NULL,
	`instrument` text NOT NULL,
	`kind` text NOT NULL,
	`date` text,
	`precision` text NOT NULL,
	`recorded_on` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`source_url` text NOT NULL,
	`source_title` text,
	`confidence` text NOT NULL,
	`confidence_reason` text,
	`seed_key` text,
	FOREIGN KEY (`iso3`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`instrument`) REFERENCES `instruments`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ratification_events_by_instrument` ON `ratification_events` (`instrument`,`iso3`);--> statement-breakpoint
CREATE INDEX `ratification_events_by_country` ON `ratification_events` (`iso3`,`instrument`);--> statement-breakpoint
CREATE UNIQUE INDEX `ratification_events_seed_key` ON `ratification_events` (`seed_key`);--> statement-breakpoint
CREATE TABLE `remittances` (
	`iso3` text NOT NULL,
	`year` integer NOT NULL,
	`inflows_usd_mn_knomad` real,
	`outflows_usd_mn_knomad` real,
	`inflows_usd_mn_wdi` real,
	`outflows_usd_mn_wdi` real,
	`inflows_pct_gdp_wdi` real,
	PRIMARY KEY(`iso3`, `year`)
);
--> statement-breakpoint
CREATE TABLE `solidarity_agreements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`origin_iso3` text NOT NULL,
	`origin_party` text NOT NULL,
	`destination_iso3` text NOT NULL,
	`destination_party` text NOT NULL,
	`signed_on` text NOT NULL,
	`place` text NOT NULL,
	`kind` text NOT NULL,
	`source_title` text NOT NULL,
	`source_quote` text NOT NULL,
	`seed_key` text,
	FOREIGN KEY (`origin_iso3`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`destination_iso3`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `solidarity_agreements_seed_key_unique` ON `solidarity_agreements` (`seed_key`);