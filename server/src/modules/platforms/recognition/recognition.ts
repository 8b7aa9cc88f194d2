import { randomUUID } from "node:crypto";
import { districtByCode, PLATFORM_LEVEL_NAMES, platformTypeByCode } from "@rdcity/common";
import { type Actor, systemActor } from "../../../core/actor.js";
import type { Db, Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import {
  type CertificateContent,
  type InstanceRow,
  type ProcessHooks,
  registerProcess,
  revokeCertificates,
  type SubjectDescription,
  startInstance,
  type WorkflowEnv,
  type WorkflowInstance,
} from "../../../core/workflow/index.js";
import { entitySummaries } from "../../registry/index.js";
import { changePlatformStatus } from "../commands/change-platform-status.js";
import { createPlatform } from "../commands/create-platform.js";
import { getPlatformOr404, viewerOf } from "../repo.js";
import { RECOGNISABLE_TYPES, recognitionProcess, revocationProcess } from "./definitions.js";

const ISSUER = { zh: "长沙市科学技术局", en: "Changsha Science and Technology Bureau" };

/** Hooks run inside the engine's transaction; the platform commands open a savepoint within it. */
const asDb = (tx: Executor) => tx as unknown as Db;

async function orgName(ex: Executor, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [org] = await entitySummaries(ex, [id]);
  return org?.name ?? null;
}

function typeLines(typeCode: string, districtCode: string) {
  const type = platformTypeByCode(typeCode);
  const district = districtByCode(districtCode);
  return [
    // Values in Chinese, as the certificate is issued; the labels carry both languages.
    { label: { zh: "类别", en: "Kind" }, value: type?.name ?? typeCode },
    { label: { zh: "级别", en: "Level" }, value: PLATFORM_LEVEL_NAMES.municipal.zh },
    { label: { zh: "所在区县", en: "District" }, value: district?.name ?? districtCode },
  ];
}

const str = (v: unknown): string => (typeof v === "string" ? v : "");

const recognitionHooks: ProcessHooks = {
  /** The certificate makes the platform: created as recognised (or a cultivating one promoted) with the number. */
  async onCertificateIssued(tx, { instance, certificate }) {
    const d = instance.data;
    const actor = systemActor("recognition");
    const existing = d.platformId === instance.subjectId;
    if (existing) {
      await changePlatformStatus(asDb(tx), actor, instance.subjectId, {
        status: "recognised",
        statusOn: certificate.issuedOn,
        recognisedOn: certificate.issuedOn,
        recognitionDocNo: certificate.number,
        note: `认定证书 ${certificate.number}`,
      });
      return;
    }
    await createPlatform(
      asDb(tx),
      actor,
      {
        name: str(d.centreName),
        typeCode: str(d.typeCode) as never,
        level: "municipal",
        hostEntityId: instance.ownerOrgId!,
        districtCode: instance.areaCode,
        zoneCode: (d.zoneCode as string | null | undefined) ?? null,
        industries: Array.isArray(d.industries) ? (d.industries as never[]) : [],
        recognisedOn: certificate.issuedOn,
        recognitionDocNo: certificate.number,
        description: str(d.researchFocus) || null,
        links: [],
        status: "recognised",
        statusOn: certificate.issuedOn,
        statusNote: `认定证书 ${certificate.number}`,
      },
      { id: instance.subjectId, today: certificate.issuedOn },
    );
  },
  async describeCertificate(ex, { instance }): Promise<CertificateContent> {
    const typeCode = str(instance.data.typeCode);
    const rdCentre = platformTypeByCode(typeCode)?.isRdCentre ?? false;
    return {
      title: rdCentre
        ? { zh: "长沙市研发中心认定证书", en: "Certificate of Recognition: Changsha R&D Centre" }
        : {
            zh: "长沙市市级创新平台认定证书",
            en: "Certificate of Recognition: Changsha Municipal Innovation Platform",
          },
      holder: (await orgName(ex, instance.ownerOrgId)) ?? instance.ownerName ?? "",
      subject: str(instance.data.centreName),
      lines: typeLines(typeCode, instance.areaCode),
      issuer: ISSUER,
    };
  },
  async describeSubject(ex, instance): Promise<SubjectDescription> {
    return {
      title: str(instance.data.centreName),
      holder: await orgName(ex, instance.ownerOrgId),
      lines: typeLines(str(instance.data.typeCode), instance.areaCode),
    };
  },
};

const revocationHooks: ProcessHooks = {
  async afterTransition(tx, event) {
    if (event.to !== "revoked") return;
    const { instance } = event;
    await changePlatformStatus(asDb(tx), event.actor, instance.subjectId, {
      status: "revoked",
      note: `撤销认定：${str(instance.data.reason)}`.slice(0, 500),
    });
    await revokeCertificates(tx, { type: "platform", id: instance.subjectId }, event.instance.updatedAt);
  },
  async describeSubject(ex, instance): Promise<SubjectDescription> {
    const lines = [{ label: { zh: "撤销理由", en: "Reason" }, value: str(instance.data.reason) }];
    return {
      title: `${str(instance.data.platformName)}（拟撤销认定）`,
      holder: await orgName(ex, instance.partyOrgIds[0] ?? null),
      lines,
    };
  },
};

/** Registers both processes (idempotent: the same definition objects). */
export function registerRecognitionProcesses(): void {
  registerProcess(recognitionProcess, recognitionHooks);
  registerProcess(revocationProcess, revocationHooks);
}

export interface RecognitionStart {
  typeCode: string;
  centreName?: string;
  /** A cultivating platform of the applicant's organisation to have recognised (else a new one is created). */
  platformId?: string;
  data?: Record<string, unknown>;
}

/**
 * An enterprise starts an application (a draft) for its organisation, in the district where it is registered.
 * The platform the application will create gets its id now, so the certificate can name it.
 */
export async function startRecognition(
  db: Db,
  actor: Actor,
  input: RecognitionStart,
  env: Partial<WorkflowEnv> = {},
): Promise<WorkflowInstance> {
  if (actor.role !== "entity" || !actor.orgId) {
    throw new AppError("transition_role", {
      action: "start",
      actionZh: "发起认定申请",
      actionEn: "starting an application",
      rolesZh: "申报单位",
      rolesEn: "applying organisations",
    });
  }
  if (!RECOGNISABLE_TYPES.includes(input.typeCode)) {
    throw new AppError("recognition_type", { type: input.typeCode });
  }
  const [org] = await entitySummaries(db, [actor.orgId]);
  if (!org) throw new AppError("not_found");
  if (!org.districtCode) throw new AppError("recognition_no_district", { name: org.name });
  let subjectId: string = randomUUID();
  const data: Record<string, unknown> = { ...input.data, typeCode: input.typeCode };
  if (input.centreName) data.centreName = input.centreName;
  if (input.platformId) {
    const platform = await getPlatformOr404(db, viewerOf(actor), input.platformId);
    if (platform.status !== "cultivating" || platform.hostEntityId !== actor.orgId) {
      throw new AppError("recognition_platform_status", { name: platform.name });
    }
    subjectId = platform.id;
    Object.assign(data, { platformId: platform.id, centreName: platform.name, zoneCode: platform.zoneCode });
  }
  return startInstance(
    db,
    actor,
    {
      process: recognitionProcess.key,
      subject: { type: "platform", id: subjectId },
      ownerName: org.name,
      areaCode: org.districtCode as never,
      data,
    },
    env,
  );
}

/** A district (in its area) or the city proposes to revoke a platform's recognition. */
export async function startRevocation(
  db: Db,
  actor: Actor,
  platformId: string,
  input: { reason: string },
  env: Partial<WorkflowEnv> = {},
): Promise<WorkflowInstance> {
  const platform = await getPlatformOr404(db, viewerOf(actor), platformId);
  if (!["recognised", "operating", "evaluated"].includes(platform.status)) {
    throw new AppError("revocation_status", { name: platform.name });
  }
  return startInstance(
    db,
    actor,
    {
      process: revocationProcess.key,
      subject: { type: "platform", id: platform.id },
      areaCode: platform.districtCode as never,
      zoneCode: platform.zoneCode,
      partyOrgIds: [platform.hostEntityId],
      ownerOrgId: null,
      data: { reason: input.reason, platformName: platform.name },
    },
    env,
  );
}

export type { InstanceRow };
