import type { Actor } from "../actor.js";
import type { Executor } from "../db/client.js";
import { AppError } from "../errors.js";
import {
  type Label,
  type ProcessDefinition,
  type ProcessDefinitionInput,
  ProcessDefinitionSchema,
} from "./definition.js";
import type { workflowCertificates, workflowInstances } from "./schema.js";

export type InstanceRow = typeof workflowInstances.$inferSelect;
export type CertificateRow = typeof workflowCertificates.$inferSelect;

export interface TransitionEvent {
  instance: InstanceRow;
  actor: Actor;
  action: string;
  from: string;
  to: string;
  comment: string | null;
}

/**
 * Code a module runs inside the engine's transaction, so that its own records change atomically with the
 * instance (a recognised platform's status, a ticket's resolution).
 */
export interface ProcessHooks {
  afterTransition?(tx: Executor, event: TransitionEvent): Promise<void>;
  /** After a certificate step issued a number: render the PDF, link the certificate to the subject. */
  onCertificateIssued?(
    tx: Executor,
    event: { instance: InstanceRow; certificate: CertificateRow },
  ): Promise<void>;
  /**
   * What the public may read about the subject while the instance is under public notice (公示): the portal
   * lists only processes that describe their subjects, and only what this returns.
   */
  describeSubject?(ex: Executor, instance: InstanceRow): Promise<SubjectDescription>;
  /** The public content of a certificate of this process (PDF, verification page). */
  describeCertificate?(
    ex: Executor,
    event: { instance: InstanceRow; certificate: CertificateRow },
  ): Promise<CertificateContent>;
}

/** What a certificate says besides its number and date: the PDF and the public verification page show it. */
export interface CertificateContent {
  /** e.g. 长沙市研发中心认定证书 / Certificate of recognition as a Changsha R&D centre */
  title: Label;
  /** The organisation the certificate is issued to. */
  holder: string;
  /** What is certified (the platform's name). */
  subject: string;
  /** Further lines (kind, level, district), public information only. */
  lines: { label: Label; value: string }[];
  /** The issuing authority, e.g. 长沙市科学技术局. */
  issuer: Label;
}

/** The public description of an instance's subject (public notices). */
export interface SubjectDescription {
  title: string;
  holder: string | null;
  lines: { label: Label; value: string }[];
}

export interface RegisteredProcess {
  def: ProcessDefinition;
  hooks: ProcessHooks;
  source: ProcessDefinitionInput;
}

const processes = new Map<string, RegisteredProcess>();
const id = (key: string, version: number) => `${key}@${version}`;

/**
 * Registers a process definition (modules call this at start). The definition is validated; registering another
 * definition under a key and version already taken is a defect and throws (a changed process is a new version).
 */
export function registerProcess(input: ProcessDefinitionInput, hooks: ProcessHooks = {}): ProcessDefinition {
  const def = ProcessDefinitionSchema.parse(input);
  const existing = processes.get(id(def.key, def.version));
  if (existing && existing.source !== input) {
    throw new Error(`process ${def.key} version ${def.version} is already registered`);
  }
  processes.set(id(def.key, def.version), { def, hooks, source: input });
  return def;
}

/** A process by key and version, or the highest registered version of the key. */
export function getProcess(key: string, version?: number): RegisteredProcess {
  if (version !== undefined) {
    const found = processes.get(id(key, version));
    if (!found) throw new AppError("process_unknown", { process: `${key} v${version}` });
    return found;
  }
  let latest: RegisteredProcess | undefined;
  for (const p of processes.values())
    if (p.def.key === key && (!latest || p.def.version > latest.def.version)) latest = p;
  if (!latest) throw new AppError("process_unknown", { process: key });
  return latest;
}

/** Like getProcess with a version, but undefined for an instance of a process no longer registered. */
export const findProcess = (key: string, version: number): RegisteredProcess | undefined =>
  processes.get(id(key, version));

export const processOf = (instance: Pick<InstanceRow, "processKey" | "processVersion">) =>
  getProcess(instance.processKey, instance.processVersion);

export function registeredProcesses(): RegisteredProcess[] {
  return [...processes.values()];
}
