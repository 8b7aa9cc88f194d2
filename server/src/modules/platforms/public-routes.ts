import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  PLATFORM_COUNTED_STATUSES,
  PlatformFacetsSchema,
  PlatformMapSchema,
  PublicPlatformFilterSchema,
  PublicPlatformPageSchema,
  PublicPlatformQuerySchema,
} from "@rdcity/common";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { shanghaiDate } from "../../core/calendar/index.js";
import { AppError } from "../../core/errors.js";
import { listPlatforms } from "./directory.js";
import { platformFacets, platformMap } from "./facets.js";
import { presentPublicPlatform } from "./presenters.js";
import { PUBLIC_VIEWER, presentContext } from "./repo.js";

/** The district boundaries (source: server/assets/changsha/SOURCES.md), served to the web map. */
export const DISTRICTS_GEOJSON = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../assets/changsha/changsha_districts_430100_full.geojson",
);

/** Public endpoints are rate limited per address; the directory shows public fields of public statuses only. */
const PUBLIC = { public: true, rateLimit: { max: 120, timeWindow: "1 minute" } } as const;
const tags = ["public"];
const PUBLIC_STATUSES = new Set<string>(PLATFORM_COUNTED_STATUSES);

/**
 * The public directory under /api/public/: no sign-in, recognised, operating and evaluated platforms only, and
 * only their public fields (presentPublicPlatform). The internal routes keep their own access checks.
 */
export async function publicPlatformRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/public/platforms",
    {
      config: PUBLIC,
      schema: {
        tags,
        summary: "The public directory of innovation platforms (no sign-in)",
        security: [],
        querystring: PublicPlatformQuerySchema,
        response: { 200: PublicPlatformPageSchema },
      },
    },
    async (request) => {
      const page = await listPlatforms(app.db, PUBLIC_VIEWER, { ...request.query, withTotal: true });
      const ctx = await presentContext(app.db, page.rows);
      const today = shanghaiDate(new Date());
      return {
        items: page.rows.map((r) => presentPublicPlatform(r, ctx, today)),
        nextCursor: page.nextCursor,
        total: page.total ?? 0,
      };
    },
  );

  app.get(
    "/api/public/platforms/facets",
    {
      config: PUBLIC,
      schema: {
        tags,
        summary: "Public counts for the directory's filters (no sign-in; each facet without its own filter)",
        security: [],
        querystring: PublicPlatformFilterSchema,
        response: { 200: PlatformFacetsSchema },
      },
    },
    async (request) => {
      // The public viewer counts public statuses only; the status facet lists just those.
      const facets = await platformFacets(app.db, PUBLIC_VIEWER, request.query);
      return { ...facets, status: facets.status.filter((s) => PUBLIC_STATUSES.has(s.code)) };
    },
  );

  app.get(
    "/api/public/platforms/map",
    {
      config: PUBLIC,
      schema: {
        tags,
        summary: "Public counts per district for the map (no sign-in)",
        security: [],
        querystring: PublicPlatformFilterSchema,
        response: { 200: PlatformMapSchema },
      },
    },
    async (request) => platformMap(app.db, PUBLIC_VIEWER, request.query),
  );

  let geo: { body: Buffer; etag: string } | null = null;
  app.get(
    "/api/public/geo/districts",
    {
      config: PUBLIC,
      schema: {
        tags,
        summary: "Boundaries of Changsha's nine districts (GeoJSON, DataV format, GCJ-02; see SOURCES.md)",
        security: [],
        headers: z.object({ "if-none-match": z.string().optional() }).passthrough(),
      },
    },
    async (request, reply) => {
      if (!geo) {
        if (!fs.existsSync(DISTRICTS_GEOJSON)) throw new AppError("not_found");
        const body = fs.readFileSync(DISTRICTS_GEOJSON);
        geo = { body, etag: `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"` };
      }
      reply.header("ETag", geo.etag).header("Cache-Control", "public, max-age=86400");
      if (request.headers["if-none-match"] === geo.etag) return reply.status(304).send();
      return reply.header("Content-Type", "application/geo+json; charset=utf-8").send(geo.body);
    },
  );
}
