CREATE TABLE "cultivation_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"platform_id" uuid NOT NULL,
	"rank" integer NOT NULL,
	"score" numeric(10, 4) NOT NULL,
	"parts" jsonb NOT NULL,
	"selected" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cultivation_pool" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"entered_on" date NOT NULL,
	"status" text DEFAULT 'in_pool' NOT NULL,
	"promoted_on" date,
	"promoted_type_code" text,
	"dropped_on" date,
	"dropped_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "cultivation_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"data_year" integer NOT NULL,
	"criteria" jsonb NOT NULL,
	"cap" integer DEFAULT 100 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"instance_id" uuid,
	"scored_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "evaluation_followups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"result_id" uuid NOT NULL,
	"platform_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"deadline" date,
	"instance_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "evaluation_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"platform_id" uuid NOT NULL,
	"peer_group" text NOT NULL,
	"peers" integer NOT NULL,
	"parts" jsonb NOT NULL,
	"data_score" numeric(7, 3) NOT NULL,
	"expert_score" numeric(7, 3),
	"score" numeric(7, 3) NOT NULL,
	"grade" text NOT NULL,
	"rank_in_group" integer,
	"instance_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "evaluation_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"framework" jsonb NOT NULL,
	"thresholds" jsonb NOT NULL,
	"expert_weight" numeric(4, 3) DEFAULT '0' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"scored_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "fund_disbursements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fund_id" uuid NOT NULL,
	"scheme_id" uuid,
	"platform_id" uuid NOT NULL,
	"purpose" text DEFAULT 'rd_support' NOT NULL,
	"support_year" integer NOT NULL,
	"amount" numeric(16, 2) NOT NULL,
	"status" text DEFAULT 'committed' NOT NULL,
	"paid_on" date,
	"voucher_no" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "special_funds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"budget" numeric(16, 2) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "support_allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scheme_id" uuid NOT NULL,
	"platform_id" uuid NOT NULL,
	"basis_value" numeric(16, 2),
	"amount" numeric(16, 2) NOT NULL,
	"parts" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_schemes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"data_year" integer NOT NULL,
	"fund_id" uuid NOT NULL,
	"rules" jsonb NOT NULL,
	"budget" numeric(16, 2) NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"instance_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
ALTER TABLE "cultivation_candidates" ADD CONSTRAINT "cultivation_candidates_round_id_cultivation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."cultivation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cultivation_pool" ADD CONSTRAINT "cultivation_pool_round_id_cultivation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."cultivation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_followups" ADD CONSTRAINT "evaluation_followups_result_id_evaluation_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."evaluation_results"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_results" ADD CONSTRAINT "evaluation_results_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_disbursements" ADD CONSTRAINT "fund_disbursements_fund_id_special_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."special_funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_disbursements" ADD CONSTRAINT "fund_disbursements_scheme_id_support_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."support_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_allocations" ADD CONSTRAINT "support_allocations_scheme_id_support_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."support_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_schemes" ADD CONSTRAINT "support_schemes_fund_id_special_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."special_funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cultivation_candidates_key" ON "cultivation_candidates" USING btree ("round_id","platform_id");--> statement-breakpoint
CREATE INDEX "cultivation_candidates_rank_idx" ON "cultivation_candidates" USING btree ("round_id","rank");--> statement-breakpoint
CREATE UNIQUE INDEX "cultivation_pool_key" ON "cultivation_pool" USING btree ("round_id","platform_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cultivation_pool_active" ON "cultivation_pool" USING btree ("platform_id") WHERE "cultivation_pool"."status" = 'in_pool';--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_followups_key" ON "evaluation_followups" USING btree ("result_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_results_key" ON "evaluation_results" USING btree ("round_id","platform_id");--> statement-breakpoint
CREATE INDEX "evaluation_results_platform_idx" ON "evaluation_results" USING btree ("platform_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_disbursements_once" ON "fund_disbursements" USING btree ("platform_id","purpose","support_year") WHERE "fund_disbursements"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "fund_disbursements_fund_idx" ON "fund_disbursements" USING btree ("fund_id","support_year");--> statement-breakpoint
CREATE UNIQUE INDEX "special_funds_key" ON "special_funds" USING btree ("code","year");--> statement-breakpoint
CREATE UNIQUE INDEX "support_allocations_key" ON "support_allocations" USING btree ("scheme_id","platform_id");