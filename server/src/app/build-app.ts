import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { z } from "zod";
import type { Config } from "../config.js";
import { auditRoutes } from "../core/audit/routes.js";
import { authRoutes } from "../core/auth/routes.js";
import { certificateRoutes } from "../core/certificates/index.js";
import type { Database } from "../core/db/client.js";
import { installAuthHooks } from "../core/http/auth-hooks.js";
import { installErrorHandling } from "../core/http/problem.js";
import { configureMail, installWorkflowNotifications, notifyRoutes } from "../core/notify/index.js";
import "../core/http/types.js";
import { offsetClock } from "../core/calendar/index.js";
import { importRoutes } from "../core/imports/routes.js";
import { defaultEnv, type WorkflowEnv, workflowRoutes } from "../core/workflow/index.js";
import { cultivationModule } from "../modules/cultivation/index.js";
import { planModule, planObservationImportKind } from "../modules/plan/index.js";
import { platformImportKind, platformsModule } from "../modules/platforms/index.js";
import { entityImportKind, registryModule } from "../modules/registry/index.js";
import { VERSION } from "../version.js";
import { registerComputedSeriesOfModules } from "./computed-series.js";
import { testClockRoutes } from "./test-clock.js";

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../web/dist");

export interface BuildOptions {
  logger?: boolean;
  /** The workflow's clock and calendar (tests pass a manual clock). */
  workflowEnv?: Partial<WorkflowEnv>;
  /** Serve the built web app from web/dist (off in API tests). */
  serveWeb?: boolean;
}

/** The composition root: core mechanisms, then each module as a plugin, then the web app. */
export async function buildApp(
  config: Config,
  database: Database,
  opts: BuildOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger === false ? false : { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    // Requests are not logged one by one unless the log level is debug or trace.
    logController: new LogController({
      disableRequestLogging: config.logLevel !== "debug" && config.logLevel !== "trace",
    }),
    ajv: { customOptions: { coerceTypes: false } },
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate("config", config);
  app.decorate("database", database);
  app.decorate("db", database.db);
  const clock = config.testClock ? offsetClock() : undefined;
  const workflowEnv: WorkflowEnv = { ...defaultEnv, ...(clock ? { clock } : {}), ...opts.workflowEnv };
  app.decorate("workflowEnv", workflowEnv);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const serveWeb = opts.serveWeb !== false && fs.existsSync(path.join(WEB_DIST, "index.html"));
  installErrorHandling(app, { spaFallback: serveWeb });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, {
    limits: { fileSize: config.maxUploadBytes, files: 1, fields: 10, fieldSize: 1024, parts: 12 },
    throwFileSizeLimit: true,
  });
  installAuthHooks(app);

  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "rdcity API",
        version: VERSION,
        description: "全球研发中心城市建设平台 API — Global R&D Center City platform",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "rdcity_session" },
          bearer: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: "/api/docs",
    uiConfig: { docExpansion: "list", deepLinking: false },
  });

  app.get(
    "/api/health",
    {
      config: { public: true },
      schema: {
        tags: ["meta"],
        response: {
          200: z.object({
            status: z.literal("ok"),
            db: z.enum(["pglite", "postgres"]),
            version: z.string(),
            demo: z.object({ enabled: z.boolean(), totpOptional: z.boolean() }),
          }),
        },
      },
    },
    async () => {
      await database.db.execute("SELECT 1" as never);
      return {
        status: "ok" as const,
        db: database.kind,
        version: VERSION,
        demo: { enabled: config.demo, totpOptional: !config.adminTotpRequired },
      };
    },
  );
  app.get("/api/openapi.json", { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await app.register(authRoutes);
  await app.register(auditRoutes);
  // Notifications: workflow events become notifications; e-mails are queued only when SMTP is configured.
  configureMail(config.smtp ? { publicUrl: config.publicUrl } : null);
  installWorkflowNotifications();
  await app.register(notifyRoutes);
  await app.register(certificateRoutes);
  await app.register(importRoutes, {
    kinds: [
      entityImportKind as never,
      platformImportKind as never,
      planObservationImportKind(workflowEnv.clock) as never,
    ],
  });
  await app.register(workflowRoutes, { env: workflowEnv });
  if (clock) await app.register(testClockRoutes, { clock });
  await app.register(registryModule);
  await app.register(platformsModule);
  registerComputedSeriesOfModules();
  await app.register(planModule);
  await app.register(cultivationModule);

  if (serveWeb) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      prefix: "/",
      index: ["index.html"],
      // Hashed bundles never change; index.html is revalidated so a new build is picked up.
      setHeaders: (res, filePath) => {
        res.header(
          "Cache-Control",
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? "public, max-age=31536000, immutable"
            : "no-cache",
        );
      },
    });
  }
  return app;
}
