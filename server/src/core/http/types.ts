import type { Lang, Permission } from "@rdcity/common";
import type { Config } from "../../config.js";
import type { Actor } from "../actor.js";
import type { ResolvedSession } from "../auth/sessions.js";
import type { Database, Db } from "../db/client.js";
import type { WorkflowEnv } from "../workflow/env.js";

declare module "fastify" {
  interface FastifyInstance {
    config: Config;
    database: Database;
    db: Db;
    /** The workflow's clock and working-day calendar, for every module's routes. */
    workflowEnv: WorkflowEnv;
  }
  interface FastifyRequest {
    lang: Lang;
    actor: Actor | null;
    session: ResolvedSession | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean;
    /** Reachable while a password change or TOTP enrolment is still required. */
    allowPending?: boolean;
    /** Permission the caller must hold. */
    permission?: Permission;
    /** A background poll (the unread-notification count): it does not count as activity for the idle timeout. */
    passive?: boolean;
  }
}
