import {
  AllocationSchema,
  DisbursementCancelSchema,
  DisbursementListQuerySchema,
  DisbursementPaySchema,
  DisbursementSchema,
  FundBurnDownSchema,
  FundCreateSchema,
  FundListQuerySchema,
  FundPatchSchema,
  FundSchema,
  PlatformSupportSchema,
  SchemeCreateSchema,
  SchemeListQuerySchema,
  SchemePatchSchema,
  SchemeSchema,
  SimulateInputSchema,
  SimulationSchema,
} from "@rdcity/common";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { shanghaiDate } from "../../../core/calendar/index.js";
import { AppError } from "../../../core/errors.js";
import { actorOf } from "../../../core/http/auth-hooks.js";
import { cancelDisbursement } from "./commands/cancel-disbursement.js";
import { createFund } from "./commands/create-fund.js";
import { createScheme } from "./commands/create-scheme.js";
import { payDisbursement } from "./commands/pay-disbursement.js";
import { simulateScheme } from "./commands/simulate-scheme.js";
import { updateFund } from "./commands/update-fund.js";
import { updateScheme } from "./commands/update-scheme.js";
import { exportFundLedger, exportSchemeDisbursements } from "./export.js";
import { fundBurnDown, fundDetail, listFunds } from "./funds.js";
import { etagOf, presentDisbursements, versionFromIfMatch } from "./presenters.js";
import { registerSupportProcesses } from "./process.js";
import { listAllocations, listDisbursements, listSchemes, platformSupport, schemeDetail } from "./queries.js";

const IdParams = z.object({ id: z.string().uuid() });
const IfMatch = z.object({ "if-match": z.string().optional() }).passthrough();
const Format = z.object({ format: z.enum(["csv", "xlsx"]).default("xlsx") }).strict();
const tags = ["cultivation support"];
const BASE = "/api/cultivation/support";

function requireIfMatch(request: FastifyRequest): number {
  const version = versionFromIfMatch(request.headers["if-match"] as string | undefined);
  if (version === null) throw new AppError("precondition_required");
  return version;
}

/** Exports need export.run (the route's) and the module's read permission. */
function canExport(request: FastifyRequest) {
  const actor = actorOf(request);
  if (!actor.permissions.has("cultivation.read")) throw new AppError("forbidden");
  return actor;
}

/**
 * Support by R&D investment (C-02): fund years of the special fund with their figures and burn-down, support
 * schemes (rules as data) with simulations and what-ifs, disbursements and their payment, exports for the finance
 * department, and a platform's support history. Submission and approval go through the workflow routes
 * (/api/workflow/instances/:id/transitions, process support_scheme).
 */
export async function supportRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  registerSupportProcesses();
  const env = () => app.workflowEnv;
  const now = () => env().clock.now();

  // --- funds -----------------------------------------------------------------------------------------------
  app.get(
    `${BASE}/funds`,
    {
      config: { permission: "cultivation.read" },
      schema: {
        tags,
        summary: "Fund years with budget, committed, paid and available (万元)",
        querystring: FundListQuerySchema,
        response: { 200: z.array(FundSchema) },
      },
    },
    async (request) => listFunds(app.db, request.query),
  );

  app.post(
    `${BASE}/funds`,
    {
      config: { permission: "cultivation.manage" },
      schema: {
        tags,
        summary: "Create a fund year (one per code and year)",
        body: FundCreateSchema,
        response: { 201: FundSchema },
      },
    },
    async (request, reply) => {
      const row = await createFund(app.db, actorOf(request), request.body, now());
      const { fund } = await fundDetail(app.db, row.id);
      return reply.status(201).header("ETag", etagOf(row)).send(fund);
    },
  );

  app.get(
    `${BASE}/funds/:id`,
    {
      config: { permission: "cultivation.read" },
      schema: {
        tags,
        summary: "A fund year with its figures and ETag",
        params: IdParams,
        response: { 200: FundSchema },
      },
    },
    async (request, reply) => {
      const { row, fund } = await fundDetail(app.db, request.params.id);
      reply.header("ETag", etagOf(row));
      return fund;
    },
  );

  app.patch(
    `${BASE}/funds/:id`,
    {
      config: { permission: "cultivation.manage" },
      schema: {
        tags,
        summary: "Change a fund year's name or budget (If-Match; not below what is committed)",
        params: IdParams,
        headers: IfMatch,
        body: FundPatchSchema,
        response: { 200: FundSchema },
      },
    },
    async (request, reply) => {
      const version = requireIfMatch(request);
      const row = await updateFund(app.db, actorOf(request), request.params.id, version, request.body, now());
      reply.header("ETag", etagOf(row));
      return (await fundDetail(app.db, row.id)).fund;
    },
  );

  app.get(
    `${BASE}/funds/:id/burn-down`,
    {
      config: { permission: "cultivation.read" },
      schema: {
        tags,
        summary: "Paid per month, paid to date and remaining budget of a fund year (the burn-down chart)",
        params: IdParams,
        response: { 200: FundBurnDownSchema },
      },
    },
    async (request) => fundBurnDown(app.db, request.params.id),
  );

  app.get(
    `${BASE}/funds/:id/ledger`,
    {
      config: { permission: "export.run" },
      schema: {
        tags,
        summary: "Export a fund year's ledger (every disbursement) as CSV or XLSX",
        params: IdParams,
        querystring: Format,
      },
    },
    async (request, reply) =>
      exportFundLedger(
        app.db,
        canExport(request),
        reply,
        request.lang,
        request.params.id,
        request.query.format,
      ),
  );

  // --- schemes ---------------------------------------------------------------------------------------------
  app.get(
    `${BASE}/schemes`,
    {
      config: { permission: "cultivation.read" },
      schema: {
        tags,
        summary: "Support schemes, newest support year first",
        querystring: SchemeListQuerySchema,
        response: { 200: z.array(SchemeSchema) },
      },
    },
    async (request) => listSchemes(app.db, request.query),
  );

  app.post(
    `${BASE}/schemes`,
    {
      config: { permission: "cultivation.manage" },
      schema: {
        tags,
        summary: "Draft a support scheme (rules as data) against a fund year; starts its approval instance",
        body: SchemeCreateSchema,
        response: { 201: SchemeSchema },
      },
    },
    async (request, reply) => {
      const row = await createScheme(app.db, actorOf(request), request.body, env());
      const { scheme } = await schemeDetail(app.db, row.id);
      return reply.status(201).header("ETag", etagOf(row)).send(scheme);
    },
  );

  app.get(
    `${BASE}/schemes/:id`,
    {
      config: { permission: "cultivation.read" },
      schema: {
        tags,
        summary: "A support scheme with its ETag",
        params: IdParams,
        response: { 200: SchemeSchema },
      },
    },
    async (request, reply) => {
      const { row, scheme } = await schemeDetail(app.db, request.params.id);
      reply.header("ETag", etagOf(row));
      return scheme;
    },
  );

  app.patch(
    `${BASE}/schemes/:id`,
    {
      config: { permission: "cultivation.manage" },
      schema: {
        tags,
        summary:
          "Change a draft or returned scheme (If-Match); a change to the rules drops the saved simulation",
        params: IdParams,
        headers: IfMatch,
        body: SchemePatchSchema,
        response: { 200: SchemeSchema },
      },
    },
    async (request, reply) => {
      const version = requireIfMatch(request);
      const row = await updateScheme(
        app.db,
        actorOf(request),
        request.params.id,
        version,
        request.body,
        now(),
      );
      reply.header("ETag", etagOf(row));
      return (await schemeDetail(app.db, row.id)).scheme;
    },
  );

  app.post(
    `${BASE}/schemes/:id/simulate`,
    {
      config: { permission: "cultivation.manage" },
      schema: {
        tags,
        summary:
          "Simulate a scheme: each platform's amount with its explanation, those left out with why, the total against the budget and the fund's room. Without overrides the simulation is saved (draft only; 422 over the budget or the room); with overrides it is a what-if with per-platform deltas, nothing saved",
        params: IdParams,
        body: SimulateInputSchema,
        response: { 200: SimulationSchema },
      },
    },
    async (request) => simulateScheme(app.db, actorOf(request), request.params.id, request.body, now()),
  );

  app.get(
    `${BASE}/schemes/:id/allocations`,
    {
      config: { permission: "cultivation.read" },
      schema: {
        tags,
        summary: "A scheme's saved allocations (a district user: its area's platforms)",
        params: IdParams,
        response: { 200: z.array(AllocationSchema) },
      },
    },
    async (request) => listAllocations(app.db, actorOf(request), request.params.id),
  );

  app.get(
    `${BASE}/schemes/:id/disbursements/export`,
    {
      config: { permission: "export.run" },
      schema: {
        tags,
        summary: "Export a scheme's disbursements for the finance department as CSV or XLSX",
        params: IdParams,
        querystring: Format,
      },
    },
    async (request, reply) =>
      exportSchemeDisbursements(
        app.db,
        canExport(request),
        reply,
        request.lang,
        request.params.id,
        request.query.format,
      ),
  );

  // --- disbursements ---------------------------------------------------------------------------------------
  app.get(
    `${BASE}/disbursements`,
    {
      config: { permission: "cultivation.read" },
      schema: {
        tags,
        summary: "Disbursements by fund, scheme, platform, status or support year",
        querystring: DisbursementListQuerySchema,
        response: { 200: z.array(DisbursementSchema) },
      },
    },
    async (request) => listDisbursements(app.db, actorOf(request), request.query),
  );

  app.post(
    `${BASE}/disbursements/:id/pay`,
    {
      config: { permission: "cultivation.manage" },
      schema: {
        tags,
        summary: "Record the payment of a committed disbursement (date and voucher); a second payment is 409",
        params: IdParams,
        body: DisbursementPaySchema,
        response: { 200: DisbursementSchema },
      },
    },
    async (request) => {
      const row = await payDisbursement(
        app.db,
        actorOf(request),
        request.params.id,
        request.body,
        now(),
        shanghaiDate(now()),
      );
      return (await presentDisbursements(app.db, [row]))[0]!;
    },
  );

  app.post(
    `${BASE}/disbursements/:id/cancel`,
    {
      config: { permission: "cultivation.manage" },
      schema: {
        tags,
        summary: "Cancel a committed disbursement with a reason (frees the platform's support year)",
        params: IdParams,
        body: DisbursementCancelSchema,
        response: { 200: DisbursementSchema },
      },
    },
    async (request) => {
      const row = await cancelDisbursement(app.db, actorOf(request), request.params.id, request.body, now());
      return (await presentDisbursements(app.db, [row]))[0]!;
    },
  );

  // --- a platform's history --------------------------------------------------------------------------------
  app.get(
    "/api/cultivation/platforms/:platformId/support",
    {
      config: { permission: "cultivation.read" },
      schema: {
        tags,
        summary: "A platform's support history: allocations and payments by support year",
        params: z.object({ platformId: z.string().uuid() }),
        response: { 200: PlatformSupportSchema },
      },
    },
    async (request) => platformSupport(app.db, actorOf(request), request.params.platformId),
  );
}
