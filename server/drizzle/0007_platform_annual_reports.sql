CREATE TABLE "platform_annual_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"origin" text DEFAULT 'filed' NOT NULL,
	"instance_id" uuid,
	"rd_spending" numeric(14, 2),
	"rd_staff" integer,
	"equipment_value" numeric(14, 2),
	"patents_applied" integer,
	"patents_granted" integer,
	"invention_patents_applied" integer,
	"invention_patents_granted" integer,
	"standards_led" integer,
	"standards_participated" integer,
	"achievements_transferred" integer,
	"transfer_contract_value" numeric(14, 2),
	"revenue" numeric(14, 2),
	"remarks" text,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"flags_acknowledged_by" text,
	"flags_acknowledged_at" timestamp with time zone,
	"due_on" date NOT NULL,
	"submissions" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
ALTER TABLE "platform_annual_reports" ADD CONSTRAINT "platform_annual_reports_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "platform_annual_reports_platform_year_key" ON "platform_annual_reports" USING btree ("platform_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_annual_reports_instance_key" ON "platform_annual_reports" USING btree ("instance_id");--> statement-breakpoint
CREATE INDEX "platform_annual_reports_year_status_idx" ON "platform_annual_reports" USING btree ("year","status");--> statement-breakpoint
CREATE INDEX "platform_annual_reports_due_idx" ON "platform_annual_reports" USING btree ("due_on","status");