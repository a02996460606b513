import { defineConfig } from 'drizzle-kit';

/** `npm run record:generate` writes the decision record's SQL migrations from src/record/schema.ts. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/record/schema.ts',
  out: './src/record/migrations',
});
