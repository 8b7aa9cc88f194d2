import type { WorkflowInstanceDto, WorkflowInstanceViewDto } from "@rdcity/common";
import type { ComponentType } from "react";
import { GenericData } from "./GenericData";
import { RECOGNITION_FIELDS, RecognitionData } from "./RecognitionForm";

export interface ProcessDataProps {
  view: WorkflowInstanceViewDto;
}

/** How the web shows one process: its data form, and the fields that form owns. */
export interface ProcessUi {
  /** The data section (an editable form when viewer.mayEdit, read-only otherwise). */
  Data: ComponentType<ProcessDataProps>;
  /**
   * The data fields the form edits. A missing one is fixed in the form, not in an action's dialog; every other
   * field an action needs (a recommendation, a reason) is asked for when the action is taken.
   */
  formFields: readonly string[];
  /** A page of the owning module where this process is better worked on than the generic instance page. */
  page?: (instance: WorkflowInstanceDto) => string;
}

function GenericSection({ view }: ProcessDataProps) {
  return <GenericData view={view} />;
}

const GENERIC: ProcessUi = { Data: GenericSection, formFields: [] };

/** processKey → its form. Processes without an entry get the key/value view. Later processes add theirs here. */
const PROCESS_UI: Record<string, ProcessUi> = {
  platform_recognition: { Data: RecognitionData, formFields: RECOGNITION_FIELDS },
  // Annual reports have their own page in the reports module (its subject is the report).
  platform_annual_report: { ...GENERIC, page: (i) => `/console/reports/${i.subject.id}` },
};

export function processUi(key: string): ProcessUi {
  return PROCESS_UI[key] ?? GENERIC;
}

/** Where an instance is worked on: its module's own page if it has one, else the instance page. */
export function instancePath(instance: WorkflowInstanceDto): string {
  return processUi(instance.process.key).page?.(instance) ?? `/console/workflow/${instance.id}`;
}
