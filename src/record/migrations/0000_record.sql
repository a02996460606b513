CREATE TABLE "record_chain_head" (
	"id" integer PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"digest" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_outcome" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"evaluation_id" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"outcome" text NOT NULL,
	"deviations" jsonb NOT NULL,
	"prev_digest" text NOT NULL,
	"digest" text NOT NULL,
	CONSTRAINT "evaluation_outcome_evaluation_id_unique" UNIQUE("evaluation_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_record" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"evaluation_id" text NOT NULL,
	"evaluated_at" timestamp with time zone NOT NULL,
	"municipality" text NOT NULL,
	"decision_kind" text NOT NULL,
	"verdict" text NOT NULL,
	"functional_level_band" text,
	"rulesets" jsonb NOT NULL,
	"services" jsonb NOT NULL,
	"findings" jsonb NOT NULL,
	"missing_facts" jsonb NOT NULL,
	"receipt" text NOT NULL,
	"prev_digest" text NOT NULL,
	"digest" text NOT NULL,
	CONSTRAINT "evaluation_record_evaluation_id_unique" UNIQUE("evaluation_id")
);
--> statement-breakpoint
CREATE TABLE "receipt_key" (
	"kid" text PRIMARY KEY NOT NULL,
	"jwk" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_cut" (
	"id" serial PRIMARY KEY NOT NULL,
	"cut_at" timestamp with time zone NOT NULL,
	"through_seq" bigint NOT NULL,
	"through_digest" text NOT NULL,
	"deleted" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "evaluation_record_time" ON "evaluation_record" USING btree ("evaluated_at");--> statement-breakpoint
CREATE INDEX "evaluation_record_municipality_time" ON "evaluation_record" USING btree ("municipality","evaluated_at");