import { defineConfig } from 'drizzle-kit';

// Generates the SQL migrations under db/migrations from the schema; `npm run db:generate`.
export default defineConfig({
	dialect: 'sqlite',
	schema: './src/lib/server/db/schema.ts',
	out: './db/migrations'
});
