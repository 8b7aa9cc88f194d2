CREATE TABLE "indicator_observations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_code" text NOT NULL,
	"period" text NOT NULL,
	"period_end" date NOT NULL,
	"area_code" varchar(6) NOT NULL,
	"vintage" integer DEFAULT 1 NOT NULL,
	"value" numeric,
	"qualifier" text,
	"data_status" text DEFAULT 'reported' NOT NULL,
	"source_title" text,
	"source_date" date,
	"source_url" text,
	"note" text,
	"review_state" text DEFAULT 'entered' NOT NULL,
	"verified_by" text,
	"verified_at" timestamp with time zone,
	"revises_id" uuid,
	"revision_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"unit_zh" text NOT NULL,
	"unit_en" text NOT NULL,
	"kind" text NOT NULL,
	"direction" text NOT NULL,
	"source" text NOT NULL,
	"computed_key" text,
	"authoritative" text DEFAULT 'reported' NOT NULL,
	"tolerance" double precision DEFAULT 0.1 NOT NULL,
	"decimals" integer DEFAULT 0 NOT NULL,
	"range_min" numeric,
	"range_max" numeric,
	"period" text DEFAULT 'year' NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"defined_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "plan_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"base_version" integer NOT NULL,
	"proposed" jsonb NOT NULL,
	"reason" text NOT NULL,
	"instance_id" uuid,
	"status" text DEFAULT 'proposed' NOT NULL,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "plan_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "plan_progress_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"period" text NOT NULL,
	"percent" integer NOT NULL,
	"summary" text NOT NULL,
	"indicator_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"instance_id" uuid,
	"submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "plan_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"code" text NOT NULL,
	"seq" integer NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_supervision_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"number" text NOT NULL,
	"reason" text NOT NULL,
	"response_due" date NOT NULL,
	"reply" text,
	"replied_at" timestamp with time zone,
	"status" text DEFAULT 'issued' NOT NULL,
	"instance_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "plan_supervision_notices_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "plan_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"code" text NOT NULL,
	"seq" integer NOT NULL,
	"section" text NOT NULL,
	"text_zh" text NOT NULL,
	"text_en" text NOT NULL,
	"indicator_code" text NOT NULL,
	"kind" text NOT NULL,
	"comparator" text DEFAULT 'ge' NOT NULL,
	"year" integer NOT NULL,
	"value" numeric NOT NULL,
	"value_max" numeric,
	"baseline_year" integer,
	"baseline_value" numeric,
	"baseline_source" text,
	"task_id" uuid,
	"window_from" integer,
	"window_to" integer,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "plan_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"parent_id" uuid,
	"code" text NOT NULL,
	"seq" integer NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"text_zh" text NOT NULL,
	"text_en" text NOT NULL,
	"lead_unit_id" uuid,
	"partner_unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"due_on" date,
	"indicator_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"zone_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"industry_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"progress_percent" integer DEFAULT 0 NOT NULL,
	"progress_period" text,
	"completed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "plan_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text NOT NULL,
	"area_code" varchar(6),
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "plan_units_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"reason" text,
	"change_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"issued_on" date NOT NULL,
	"issuer_zh" text NOT NULL,
	"issuer_en" text NOT NULL,
	"city_code" varchar(6) NOT NULL,
	"city_name_zh" text NOT NULL,
	"city_name_en" text NOT NULL,
	"base_year" integer NOT NULL,
	"horizon" integer[] NOT NULL,
	"pack" jsonb NOT NULL,
	"source_file" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "plans_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "indicator_observations" ADD CONSTRAINT "indicator_observations_indicator_code_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_changes" ADD CONSTRAINT "plan_changes_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_milestones" ADD CONSTRAINT "plan_milestones_task_id_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_progress_reports" ADD CONSTRAINT "plan_progress_reports_task_id_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_progress_reports" ADD CONSTRAINT "plan_progress_reports_unit_id_plan_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."plan_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_projects" ADD CONSTRAINT "plan_projects_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_supervision_notices" ADD CONSTRAINT "plan_supervision_notices_task_id_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_supervision_notices" ADD CONSTRAINT "plan_supervision_notices_unit_id_plan_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."plan_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD CONSTRAINT "plan_targets_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD CONSTRAINT "plan_targets_task_id_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_project_id_plan_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."plan_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_lead_unit_id_plan_units_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."plan_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_observations_key" ON "indicator_observations" USING btree ("indicator_code","period","area_code","vintage");--> statement-breakpoint
CREATE INDEX "indicator_observations_series_idx" ON "indicator_observations" USING btree ("indicator_code","area_code","period_end");--> statement-breakpoint
CREATE INDEX "plan_changes_record_idx" ON "plan_changes" USING btree ("record_type","record_id");--> statement-breakpoint
CREATE INDEX "plan_milestones_task_idx" ON "plan_milestones" USING btree ("task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_progress_reports_key" ON "plan_progress_reports" USING btree ("task_id","unit_id","period");--> statement-breakpoint
CREATE INDEX "plan_progress_reports_unit_idx" ON "plan_progress_reports" USING btree ("unit_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_projects_code" ON "plan_projects" USING btree ("plan_id","code");--> statement-breakpoint
CREATE INDEX "plan_supervision_task_idx" ON "plan_supervision_notices" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "plan_supervision_unit_idx" ON "plan_supervision_notices" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_targets_code" ON "plan_targets" USING btree ("plan_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_tasks_code" ON "plan_tasks" USING btree ("plan_id","code");--> statement-breakpoint
CREATE INDEX "plan_tasks_project_idx" ON "plan_tasks" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "plan_tasks_lead_idx" ON "plan_tasks" USING btree ("lead_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_versions_key" ON "plan_versions" USING btree ("record_type","record_id","version");