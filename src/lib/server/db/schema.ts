import { sql } from 'drizzle-orm';
import {
	index,
	integer,
	primaryKey,
	real,
	sqliteTable,
	text,
	uniqueIndex
} from 'drizzle-orm/sqlite-core';
import { MEMBERSHIP_STATUSES } from '../../domain/groups';
import { DATE_PRECISIONS } from '../../domain/partial-date';
import {
	CONFIDENCES,
	EVENT_KINDS,
	INSTRUMENT_BODIES,
	SCOPE_KINDS
} from '../../domain/ratification-event';
import { PROPOSAL_STATES, ROLES, TOKEN_PURPOSES } from '../../domain/roles';
import { CAMPAIGN_STAGES } from '../../domain/strategy/campaign-stage';

/**
 * A country or area as UN DESA counts it (migrant_stock.csv: 235 areas, ISO 3166 alpha-3 keys, CHI for
 * the Channel Islands), with ILO membership from ilo_members.csv and UN membership where a source gives it.
 */
export const countries = sqliteTable('countries', {
	iso3: text('iso3').primaryKey(),
	m49: integer('m49').notNull(),
	name: text('name').notNull(),
	iloMember: integer('ilo_member', { mode: 'boolean' }).notNull(),
	/** null: no source in the seeds says either way. */
	unMember: integer('un_member', { mode: 'boolean' }),
	membershipSource: text('membership_source').notNull()
});

/** A regional group named by the campaign plan or its regions (groups.csv, hand-compiled, see MIGRATION-SOURCES.md). */
export const groups = sqliteTable('groups', {
	code: text('code').primaryKey(),
	name: text('name').notNull()
});

/** One state's membership of one group, with its status (groups.csv). */
export const groupMemberships = sqliteTable(
	'group_memberships',
	{
		groupCode: text('group_code')
			.notNull()
			.references(() => groups.code),
		iso3: text('iso3')
			.notNull()
			.references(() => countries.iso3),
		status: text('status', { enum: MEMBERSHIP_STATUSES }).notNull(),
		note: text('note').notNull().default('')
	},
	(t) => [
		primaryKey({ columns: [t.groupCode, t.iso3] }),
		index('group_memberships_by_country').on(t.iso3)
	]
);

/**
 * A convention the campaign tracks (instruments.csv): adding C189 or C029/P029 is a new row here.
 * The official count, its earliest date and its source say how much of the truth we hold.
 */
export const instruments = sqliteTable('instruments', {
	code: text('code').primaryKey(),
	body: text('body', { enum: INSTRUMENT_BODIES }).notNull(),
	title: text('title').notNull(),
	shortTitle: text('short_title').notNull(),
	adoptedYear: integer('adopted_year').notNull(),
	officialStatusUrl: text('official_status_url'),
	officialCount: integer('official_count').notNull(),
	officialCountKind: text('official_count_kind').notNull(),
	/** Partial date (YYYY, YYYY-MM, YYYY-MM-DD) the count is of at the earliest; null when unstated. */
	officialCountAsOf: text('official_count_as_of'),
	officialCountSource: text('official_count_source').notNull(),
	/** The day the instrument itself entered into force; null while it is not in force. */
	enteredIntoForce: text('entered_into_force'),
	entryIntoForceCondition: text('entry_into_force_condition').notNull().default(''),
	/** The rule for a later party, e.g. `months_after_registration:12` (domain/entry-into-force.ts). */
	laterPartyRule: text('later_party_rule').notNull().default('months_after_registration:12'),
	entryIntoForceSource: text('entry_into_force_source').notNull().default(''),
	/** Order of the seed file: the order campaigners read the instruments in. */
	position: integer('position').notNull()
});

/**
 * A dated event between a state and an instrument, read from the source at `source_url`
 * (ratifications.csv and later reviewed proposals). No event without a source.
 */
export const ratificationEvents = sqliteTable(
	'ratification_events',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		iso3: text('iso3')
			.notNull()
			.references(() => countries.iso3),
		instrument: text('instrument')
			.notNull()
			.references(() => instruments.code),
		kind: text('kind', { enum: EVENT_KINDS }).notNull(),
		date: text('date'),
		precision: text('precision', { enum: DATE_PRECISIONS }).notNull(),
		recordedOn: text('recorded_on').notNull(),
		notes: text('notes').notNull().default(''),
		sourceUrl: text('source_url').notNull(),
		sourceTitle: text('source_title'),
		confidence: text('confidence', { enum: CONFIDENCES }).notNull(),
		confidenceReason: text('confidence_reason'),
		/** A limit the source puts on what the ratification binds (SCOPE_KINDS), with its words. */
		scopeKind: text('scope_kind', { enum: SCOPE_KINDS }),
		scope: text('scope'),
		/** For an undated event: the date of the source that states it (partial date). */
		knownFrom: text('known_from'),
		/** The source whose date `known_from` is. */
		knownFromSource: text('known_from_source'),
		/** Where the row came from: `seeds/<file>:<key>` for seeded rows, so a re-seed updates in place. */
		seedKey: text('seed_key')
	},
	(t) => [
		index('ratification_events_by_instrument').on(t.instrument, t.iso3),
		index('ratification_events_by_country').on(t.iso3, t.instrument),
		uniqueIndex('ratification_events_seed_key').on(t.seedKey)
	]
);

/** A sourced statement that a state had NOT ratified an instrument as of a date (ratifications-negative.csv). */
export const notRatifiedStatements = sqliteTable(
	'not_ratified_statements',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		iso3: text('iso3')
			.notNull()
			.references(() => countries.iso3),
		instrument: text('instrument')
			.notNull()
			.references(() => instruments.code),
		asOf: text('as_of').notNull(),
		precision: text('precision', { enum: DATE_PRECISIONS }).notNull(),
		statement: text('statement').notNull(),
		sourceUrl: text('source_url'),
		seedKey: text('seed_key')
	},
	(t) => [
		index('not_ratified_statements_by_instrument').on(t.instrument, t.iso3),
		uniqueIndex('not_ratified_statements_seed_key').on(t.seedKey)
	]
);

/** A country-year of immigrant and emigrant stock and population (migrant_stock.csv, UN DESA IMS 2024). */
export const migrantStock = sqliteTable(
	'migrant_stock',
	{
		iso3: text('iso3')
			.notNull()
			.references(() => countries.iso3),
		year: integer('year').notNull(),
		immigrantStock: integer('immigrant_stock'),
		emigrantStock: integer('emigrant_stock'),
		population: integer('population'),
		immigrantPctOfPopulation: real('immigrant_pct_of_population'),
		emigrantPctOfPopulation: real('emigrant_pct_of_population'),
		femalePctOfImmigrants: real('female_pct_of_immigrants'),
		imsDataType: text('ims_data_type')
	},
	(t) => [primaryKey({ columns: [t.iso3, t.year] })]
);

/** An origin → destination migrant stock (corridors.csv, UN DESA IMS 2020 bilateral matrix). */
export const corridors = sqliteTable(
	'corridors',
	{
		originIso3: text('origin_iso3')
			.notNull()
			.references(() => countries.iso3),
		destinationIso3: text('destination_iso3')
			.notNull()
			.references(() => countries.iso3),
		year: integer('year').notNull(),
		migrants: integer('migrants').notNull(),
		pctOfOriginEmigrants: real('pct_of_origin_emigrants'),
		pctOfDestinationImmigrants: real('pct_of_destination_immigrants')
	},
	(t) => [
		primaryKey({ columns: [t.originIso3, t.destinationIso3, t.year] }),
		index('corridors_by_destination').on(t.destinationIso3, t.migrants)
	]
);

/** A country-year of remittance flows in USD million (remittances.csv: KNOMAD main, WDI beside). */
export const remittances = sqliteTable(
	'remittances',
	{
		iso3: text('iso3').notNull(),
		year: integer('year').notNull(),
		inflowsUsdMnKnomad: real('inflows_usd_mn_knomad'),
		outflowsUsdMnKnomad: real('outflows_usd_mn_knomad'),
		inflowsUsdMnWdi: real('inflows_usd_mn_wdi'),
		outflowsUsdMnWdi: real('outflows_usd_mn_wdi'),
		inflowsPctGdpWdi: real('inflows_pct_gdp_wdi')
	},
	(t) => [primaryKey({ columns: [t.iso3, t.year] })]
);

/** One fact stated about a state by the ITUC Global Rights Index (ituc_rights_index_partial.csv: press excerpts only). */
export const itucFacts = sqliteTable('ituc_facts', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	edition: integer('edition').notNull(),
	iso3: text('iso3').notNull(),
	rating: text('rating'),
	factType: text('fact_type').notNull(),
	fact: text('fact').notNull(),
	sourceUrl: text('source_url').notNull(),
	seedKey: text('seed_key').unique()
});

/** A union-to-union agreement between an origin and a destination country (solidarity_agreements.csv). */
export const solidarityAgreements = sqliteTable('solidarity_agreements', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	originIso3: text('origin_iso3')
		.notNull()
		.references(() => countries.iso3),
	originParty: text('origin_party').notNull(),
	destinationIso3: text('destination_iso3')
		.notNull()
		.references(() => countries.iso3),
	destinationParty: text('destination_party').notNull(),
	signedOn: text('signed_on').notNull(),
	place: text('place').notNull(),
	kind: text('kind').notNull(),
	sourceTitle: text('source_title').notNull(),
	sourceQuote: text('source_quote').notNull(),
	seedKey: text('seed_key').unique()
});

/** Bumped on every write that changes what a view shows; caches key on it. */
export const dataVersion = sqliteTable('data_version', {
	id: integer('id').primaryKey(),
	version: integer('version').notNull(),
	changedAt: text('changed_at')
		.notNull()
		.default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ','now'))`)
});

/** A person who can sign in: an admin (every country) or an editor for the countries in user_countries. */
export const users = sqliteTable('users', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	/** Stored lower-cased; unique. */
	email: text('email').notNull().unique(),
	displayName: text('display_name').notNull().default(''),
	/** argon2id (PHC string); null until an invited user chooses a password. */
	passwordHash: text('password_hash'),
	role: text('role', { enum: ROLES }).notNull(),
	disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
	createdAt: text('created_at').notNull(),
	version: integer('version').notNull().default(1)
});

/** A country an editor keeps current (an editor may hold several; admins need none). */
export const userCountries = sqliteTable(
	'user_countries',
	{
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		iso3: text('iso3')
			.notNull()
			.references(() => countries.iso3)
	},
	(t) => [
		primaryKey({ columns: [t.userId, t.iso3] }),
		index('user_countries_by_country').on(t.iso3)
	]
);

/** A signed-in session; the cookie holds a random token, this row only its SHA-256. */
export const sessions = sqliteTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: text('created_at').notNull(),
		expiresAt: text('expires_at').notNull()
	},
	(t) => [index('sessions_by_user').on(t.userId)]
);

/** A one-time link (invite or password reset); the link holds a random token, this row its SHA-256. */
export const oneTimeTokens = sqliteTable(
	'one_time_tokens',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		purpose: text('purpose', { enum: TOKEN_PURPOSES }).notNull(),
		createdBy: integer('created_by').references(() => users.id),
		createdAt: text('created_at').notNull(),
		expiresAt: text('expires_at').notNull(),
		usedAt: text('used_at')
	},
	(t) => [index('one_time_tokens_by_user').on(t.userId)]
);

/** Failed sign-ins per key (`account:<email>` or `address:<ip>`) in the current window, for rate limiting. */
export const loginThrottle = sqliteTable('login_throttle', {
	key: text('key').primaryKey(),
	failures: integer('failures').notNull(),
	windowStartedAt: text('window_started_at').notNull(),
	lockedUntil: text('locked_until')
});

/** A step of a national campaign before (or at) deposit, recorded by the country's centre and published at once. */
export const campaignSteps = sqliteTable(
	'campaign_steps',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		iso3: text('iso3')
			.notNull()
			.references(() => countries.iso3),
		instrument: text('instrument')
			.notNull()
			.references(() => instruments.code),
		stage: text('stage', { enum: CAMPAIGN_STAGES }).notNull(),
		/** YYYY-MM-DD, YYYY-MM or YYYY. */
		date: text('date').notNull(),
		precision: text('precision', { enum: DATE_PRECISIONS }).notNull(),
		text: text('text').notNull(),
		/** Why the campaign stalled (stage `stalled` only). */
		stalledReason: text('stalled_reason'),
		evidenceUrl: text('evidence_url'),
		createdBy: integer('created_by')
			.notNull()
			.references(() => users.id),
		createdAt: text('created_at').notNull(),
		/** Set when an admin reverts the step; the row stays for the history. */
		withdrawnAt: text('withdrawn_at'),
		version: integer('version').notNull().default(1)
	},
	(t) => [index('campaign_steps_by_country').on(t.iso3, t.instrument, t.date)]
);

/** A country's public campaign contact (the national centre) and the obstacles it notes. */
export const campaignContacts = sqliteTable('campaign_contacts', {
	iso3: text('iso3')
		.primaryKey()
		.references(() => countries.iso3),
	centreName: text('centre_name').notNull(),
	centreUrl: text('centre_url'),
	obstacles: text('obstacles').notNull().default(''),
	updatedBy: integer('updated_by')
		.notNull()
		.references(() => users.id),
	updatedAt: text('updated_at').notNull(),
	version: integer('version').notNull().default(1)
});

/** A ratification event an editor proposes with its source; an admin approves (writing the event) or rejects it. */
export const ratificationProposals = sqliteTable(
	'ratification_proposals',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		iso3: text('iso3')
			.notNull()
			.references(() => countries.iso3),
		instrument: text('instrument')
			.notNull()
			.references(() => instruments.code),
		kind: text('kind', { enum: EVENT_KINDS }).notNull(),
		date: text('date'),
		precision: text('precision', { enum: DATE_PRECISIONS }).notNull(),
		notes: text('notes').notNull().default(''),
		sourceUrl: text('source_url').notNull(),
		sourceTitle: text('source_title'),
		proposedBy: integer('proposed_by')
			.notNull()
			.references(() => users.id),
		proposedAt: text('proposed_at').notNull(),
		state: text('state', { enum: PROPOSAL_STATES }).notNull().default('pending'),
		reviewedBy: integer('reviewed_by').references(() => users.id),
		reviewedAt: text('reviewed_at'),
		reviewReason: text('review_reason'),
		/** The event written on approval. */
		eventId: integer('event_id').references(() => ratificationEvents.id),
		version: integer('version').notNull().default(1)
	},
	(t) => [index('ratification_proposals_by_state').on(t.state, t.proposedAt)]
);

/**
 * Every write, who made it and when, with the record before and after (JSON) and its source.
 * `public` rows show on /countries/[iso3]/history and in the feeds; a revert is a new row.
 */
export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		at: text('at').notNull(),
		actorId: integer('actor_id').references(() => users.id),
		/** e.g. campaign_step.create, proposal.approve, import.apply, user.disable, revert */
		action: text('action').notNull(),
		entity: text('entity').notNull(),
		entityId: text('entity_id'),
		iso3: text('iso3'),
		instrument: text('instrument'),
		summary: text('summary').notNull(),
		before: text('before'),
		after: text('after'),
		source: text('source'),
		public: integer('public', { mode: 'boolean' }).notNull(),
		/** For a revert: the row it takes back. */
		revertOf: integer('revert_of'),
		/** Set on a row once it has been reverted. */
		revertedBy: integer('reverted_by')
	},
	(t) => [
		index('audit_log_by_country').on(t.iso3, t.at),
		index('audit_log_by_instrument').on(t.instrument, t.at),
		index('audit_log_public_feed').on(t.public, t.at)
	]
);
