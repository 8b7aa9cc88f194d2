CREATE TABLE "workflow_attachment_blobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instance_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"storage_key" text NOT NULL,
	"state" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"uploaded_by_id" text,
	"uploaded_by_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instance_id" uuid NOT NULL,
	"process_key" text NOT NULL,
	"series" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "workflow_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instance_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"author_id" text,
	"author_name" text NOT NULL,
	"author_role" text NOT NULL,
	"body" text NOT NULL,
	"internal" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_expert_draws" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instance_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_name" text NOT NULL,
	"seed" text NOT NULL,
	"seed_source" text NOT NULL,
	"count" integer NOT NULL,
	"require_different_district" boolean NOT NULL,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"candidates" jsonb NOT NULL,
	"excluded" jsonb NOT NULL,
	"selected" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"org_entity_id" uuid,
	"org_name" text,
	"district_code" varchar(6),
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"avoid_entity_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "workflow_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"instance_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"actor_role" text NOT NULL,
	"action" text NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"version" integer NOT NULL,
	"comment" text,
	"data_delta" jsonb
);
--> statement-breakpoint
CREATE TABLE "workflow_instances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"process_key" text NOT NULL,
	"process_version" integer NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"owner_id" uuid,
	"owner_name" text,
	"owner_org_id" uuid,
	"party_org_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"area_code" varchar(6) NOT NULL,
	"zone_code" text,
	"state" text NOT NULL,
	"state_entered_at" timestamp with time zone NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"step_results" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"due_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "workflow_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instance_id" uuid NOT NULL,
	"state" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_by" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"working_days" integer NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text
);
--> statement-breakpoint
CREATE TABLE "workflow_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instance_id" uuid NOT NULL,
	"notice_id" uuid NOT NULL,
	"objector_name" text NOT NULL,
	"objector_identity" text NOT NULL,
	"objector_contact" text NOT NULL,
	"body" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL,
	"answer" text,
	"answered_by" text,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "workflow_review_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instance_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"draw_id" uuid,
	"drawn_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'assigned' NOT NULL,
	"scores" jsonb,
	"total" double precision,
	"comment" text,
	"recusal_reason" text,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "workflow_attachments" ADD CONSTRAINT "workflow_attachments_instance_id_workflow_instances_id_fk" FOREIGN KEY ("instance_id") REFERENCES "public"."workflow_instances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_certificates" ADD CONSTRAINT "workflow_certificates_instance_id_workflow_instances_id_fk" FOREIGN KEY ("instance_id") REFERENCES "public"."workflow_instances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_comments" ADD CONSTRAINT "workflow_comments_instance_id_workflow_instances_id_fk" FOREIGN KEY ("instance_id") REFERENCES "public"."workflow_instances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_expert_draws" ADD CONSTRAINT "workflow_expert_draws_instance_id_workflow_instances_id_fk" FOREIGN KEY ("instance_id") REFERENCES "public"."workflow_instances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_history" ADD CONSTRAINT "workflow_history_instance_id_workflow_instances_id_fk" FOREIGN KEY ("instance_id") REFERENCES "public"."workflow_instances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_notices" ADD CONSTRAINT "workflow_notices_instance_id_workflow_instances_id_fk" FOREIGN KEY ("instance_id") REFERENCES "public"."workflow_instances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_objections" ADD CONSTRAINT "workflow_objections_instance_id_workflow_instances_id_fk" FOREIGN KEY ("instance_id") REFERENCES "public"."workflow_instances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_objections" ADD CONSTRAINT "workflow_objections_notice_id_workflow_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."workflow_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_review_assignments" ADD CONSTRAINT "workflow_review_assignments_instance_id_workflow_instances_id_fk" FOREIGN KEY ("instance_id") REFERENCES "public"."workflow_instances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_review_assignments" ADD CONSTRAINT "workflow_review_assignments_expert_id_workflow_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."workflow_experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_review_assignments" ADD CONSTRAINT "workflow_review_assignments_draw_id_workflow_expert_draws_id_fk" FOREIGN KEY ("draw_id") REFERENCES "public"."workflow_expert_draws"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "workflow_attachments_instance_idx" ON "workflow_attachments" USING btree ("instance_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "workflow_certificates_number_key" ON "workflow_certificates" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "workflow_certificates_seq_key" ON "workflow_certificates" USING btree ("series","year","seq");--> statement-breakpoint
CREATE INDEX "workflow_certificates_instance_idx" ON "workflow_certificates" USING btree ("instance_id");--> statement-breakpoint
CREATE INDEX "workflow_comments_instance_idx" ON "workflow_comments" USING btree ("instance_id","at");--> statement-breakpoint
CREATE INDEX "workflow_expert_draws_instance_idx" ON "workflow_expert_draws" USING btree ("instance_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "workflow_experts_user_key" ON "workflow_experts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "workflow_experts_active_idx" ON "workflow_experts" USING btree ("active");--> statement-breakpoint
CREATE INDEX "workflow_history_instance_idx" ON "workflow_history" USING btree ("instance_id","id");--> statement-breakpoint
CREATE INDEX "workflow_instances_process_state_idx" ON "workflow_instances" USING btree ("process_key","state");--> statement-breakpoint
CREATE INDEX "workflow_instances_area_state_idx" ON "workflow_instances" USING btree ("area_code","state");--> statement-breakpoint
CREATE INDEX "workflow_instances_owner_org_idx" ON "workflow_instances" USING btree ("owner_org_id");--> statement-breakpoint
CREATE INDEX "workflow_instances_owner_idx" ON "workflow_instances" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "workflow_instances_subject_idx" ON "workflow_instances" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "workflow_instances_due_idx" ON "workflow_instances" USING btree ("due_at") WHERE "workflow_instances"."closed_at" IS NULL;--> statement-breakpoint
CREATE INDEX "workflow_notices_instance_idx" ON "workflow_notices" USING btree ("instance_id","opened_at");--> statement-breakpoint
CREATE INDEX "workflow_objections_instance_idx" ON "workflow_objections" USING btree ("instance_id","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "workflow_review_assignments_key" ON "workflow_review_assignments" USING btree ("instance_id","expert_id");--> statement-breakpoint
CREATE INDEX "workflow_review_assignments_expert_idx" ON "workflow_review_assignments" USING btree ("expert_id","status");