CREATE TABLE "platform_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"role" text NOT NULL,
	"start_on" date,
	"end_on" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "platform_status_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"platform_id" uuid NOT NULL,
	"from_status" text,
	"status" text NOT NULL,
	"effective_on" date NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "platform_types" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"category" text NOT NULL,
	"levels" text[] NOT NULL,
	"is_rd_centre" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"platform_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by" text,
	"action" text NOT NULL,
	"changes" jsonb NOT NULL,
	"status" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "platforms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"type_code" text NOT NULL,
	"level" text NOT NULL,
	"host_entity_id" uuid NOT NULL,
	"district_code" varchar(6) NOT NULL,
	"zone_code" text,
	"industries" text[] DEFAULT '{}'::text[] NOT NULL,
	"recognised_on" date,
	"recognition_doc_no" text,
	"external_code" text,
	"status" text DEFAULT 'cultivating' NOT NULL,
	"status_on" date,
	"successor_id" uuid,
	"website" text,
	"address" text,
	"description" text,
	"contact_name" text,
	"contact_phone" text,
	"notes" text,
	"source" text,
	"search_vector" "tsvector" NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
ALTER TABLE "platform_links" ADD CONSTRAINT "platform_links_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_status_history" ADD CONSTRAINT "platform_status_history_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_versions" ADD CONSTRAINT "platform_versions_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platforms" ADD CONSTRAINT "platforms_type_code_platform_types_code_fk" FOREIGN KEY ("type_code") REFERENCES "public"."platform_types"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platforms" ADD CONSTRAINT "platforms_successor_id_platforms_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."platforms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "platform_links_platform_idx" ON "platform_links" USING btree ("platform_id");--> statement-breakpoint
CREATE INDEX "platform_links_entity_idx" ON "platform_links" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "platform_status_history_idx" ON "platform_status_history" USING btree ("platform_id","effective_on","id");--> statement-breakpoint
CREATE INDEX "platform_versions_platform_idx" ON "platform_versions" USING btree ("platform_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "platforms_natural_key" ON "platforms" USING btree ("type_code","name","host_entity_id") WHERE "platforms"."status" NOT IN ('revoked', 'merged');--> statement-breakpoint
CREATE UNIQUE INDEX "platforms_external_code_key" ON "platforms" USING btree ("external_code");--> statement-breakpoint
CREATE INDEX "platforms_search_idx" ON "platforms" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "platforms_name_trgm_idx" ON "platforms" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "platforms_district_idx" ON "platforms" USING btree ("district_code","id");--> statement-breakpoint
CREATE INDEX "platforms_zone_idx" ON "platforms" USING btree ("zone_code");--> statement-breakpoint
CREATE INDEX "platforms_type_idx" ON "platforms" USING btree ("type_code","level");--> statement-breakpoint
CREATE INDEX "platforms_status_idx" ON "platforms" USING btree ("status");--> statement-breakpoint
CREATE INDEX "platforms_host_idx" ON "platforms" USING btree ("host_entity_id");--> statement-breakpoint
CREATE INDEX "platforms_industries_idx" ON "platforms" USING gin ("industries");--> statement-breakpoint
CREATE INDEX "platforms_name_idx" ON "platforms" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "platforms_recognised_idx" ON "platforms" USING btree ("recognised_on","id");--> statement-breakpoint
CREATE INDEX "platforms_updated_idx" ON "platforms" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "platforms_created_idx" ON "platforms" USING btree ("created_at","id");