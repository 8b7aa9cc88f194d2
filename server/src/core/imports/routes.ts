import { randomUUID } from "node:crypto";
import { ImportProgressSchema, type ImportResult, ImportResultSchema } from "@rdcity/common";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../errors.js";
import { actorOf } from "../http/auth-hooks.js";
import { importProgress, TABLE_CONTENT_TYPES, templateFor } from "../io/index.js";
import type { ImportKind } from "./kinds.js";
import { runImport } from "./run-import.js";

export interface ImportRoutesOptions {
  kinds: ImportKind[];
}

/** POST /api/imports (multipart: kind, dryRun, file), templates and progress, for every registered kind. */
export async function importRoutes(fastify: FastifyInstance, opts: ImportRoutesOptions) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const kindOf = (name: string) => {
    const kind = opts.kinds.find((k) => k.kind === name);
    if (!kind) throw new AppError("import_kind_unknown", { kind: name });
    return kind;
  };
  const kindNames = opts.kinds.map((k) => k.kind) as [string, ...string[]];

  app.get(
    "/api/imports/template",
    {
      schema: {
        tags: ["imports"],
        summary: "The empty template of an import kind, with its header row",
        querystring: z
          .object({ kind: z.enum(kindNames), format: z.enum(["csv", "xlsx"]).default("xlsx") })
          .strict(),
      },
    },
    async (request, reply) => {
      const kind = kindOf(request.query.kind);
      if (!actorOf(request).permissions.has(kind.permission)) throw new AppError("forbidden");
      const body = await templateFor(
        kind.columns,
        request.lang,
        request.query.format,
        request.lang === "en-US" ? kind.sheetName.en : kind.sheetName.zh,
      );
      const file = `${kind.kind}-template.${request.query.format}`;
      return reply
        .header("Content-Type", TABLE_CONTENT_TYPES[request.query.format])
        .header("Content-Disposition", `attachment; filename="${file}"`)
        .send(body);
    },
  );

  app.get(
    "/api/imports/:id/progress",
    {
      schema: {
        tags: ["imports"],
        params: z.object({ id: z.string().uuid() }),
        response: { 200: ImportProgressSchema },
      },
    },
    async (request) => {
      const p = importProgress.get(request.params.id);
      if (!p) throw new AppError("not_found");
      return { id: request.params.id, phase: p.phase, processed: p.processed, total: p.total };
    },
  );

  app.post(
    "/api/imports",
    {
      schema: {
        tags: ["imports"],
        summary:
          "Upload a CSV or XLSX file: dryRun=true validates and reports, dryRun=false writes all rows or none",
        consumes: ["multipart/form-data"],
        response: { 200: ImportResultSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      if (!request.isMultipart()) throw new AppError("unsupported_media_type");
      const fields: Record<string, string> = {};
      let file: { name: string; buffer: Buffer } | null = null;
      for await (const part of request.parts()) {
        if (part.type === "file") {
          file = { name: part.filename || "upload", buffer: await part.toBuffer() };
        } else {
          fields[part.fieldname] = String(part.value);
        }
      }
      const kind = kindOf(fields.kind ?? "");
      if (!actor.permissions.has(kind.permission)) throw new AppError("forbidden");
      if (!file) throw new AppError("file_missing");
      const dryRun = (fields.dryRun ?? "true") !== "false";
      const headerId = request.headers["x-import-id"];
      const id = typeof headerId === "string" && /^[0-9a-f-]{36}$/i.test(headerId) ? headerId : randomUUID();
      const result: ImportResult = await runImport(app.db, actor, kind, {
        id,
        fileName: file.name,
        buffer: file.buffer,
        dryRun,
        lang: request.lang,
      });
      if (!dryRun && result.status === "failed") {
        throw new AppError("import_has_errors", { count: result.errors.length }, { result });
      }
      return result;
    },
  );
}
