import type { ImportResult } from "@rdcity/common";
import type { QueryKey } from "@tanstack/react-query";
import { Button, Card, Flex, Result, Steps } from "antd";
import { type ReactNode, useState } from "react";
import { useNavigate } from "react-router";
import type { ImportKindName } from "../../api/imports";
import { useImportUpload } from "../../hooks/useImportUpload";
import { useI18n } from "../../i18n/I18nProvider";
import { ProblemAlert } from "../ProblemAlert";
import { FileStep } from "./FileStep";
import { ImportReport } from "./ImportReport";
import { ALL_IMPORT_COUNTS, committedSummary, type ImportCount } from "./importCounts";
import { UploadProgress } from "./UploadProgress";

export interface ImportWizardProps {
  /** The server's import kind: its template, its rows' rules and what a commit writes. */
  kind: ImportKindName;
  /** The page the records land on, offered when the import is done. */
  done: { to: string; label: string };
  /** Queries to refresh after a commit (the kind's lists). */
  invalidate?: readonly QueryKey[];
  /** What the file holds and the rules its rows follow, shown with the templates. */
  guide?: ReactNode;
  /** The counts the kind reports besides rows and errors (all four for entities). */
  counts?: readonly ImportCount[];
}

/**
 * 1 choose a file → 2 dry run and its report → 3 commit (only without errors) → summary, for any kind of the
 * server's import runner.
 */
export function ImportWizard({
  kind,
  done,
  invalidate,
  guide,
  counts = ALL_IMPORT_COUNTS,
}: ImportWizardProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [committed, setCommitted] = useState<ImportResult | null>(null);
  const { mutation, progress } = useImportUpload(kind, invalidate);

  const run = (dryRun: boolean) => {
    if (!file) return;
    mutation.mutate(
      { file, dryRun },
      {
        onSuccess: (result) => {
          if (result.status === "committed") setCommitted(result);
          else setChecked(result);
        },
      },
    );
  };
  const restart = () => {
    setFile(null);
    setChecked(null);
    setCommitted(null);
    mutation.reset();
  };
  const running = mutation.isPending ? mutation.variables : undefined;
  const step = running ? (running.dryRun ? 1 : 2) : committed ? 2 : checked ? 1 : 0;
  const failed = !running && checked !== null && checked.errors.length > 0;
  const canCommit = checked !== null && checked.errors.length === 0 && checked.totalRows > 0;

  return (
    <Flex vertical gap={16}>
      <Card size="small" className="rd-card">
        <Steps
          current={step}
          status={failed ? "error" : committed && !running ? "finish" : "process"}
          items={[
            { title: t("import.step.file"), content: t("import.step.fileText") },
            { title: t("import.step.check"), content: t("import.step.checkText") },
            { title: t("import.step.commit"), content: t("import.step.commitText") },
          ]}
        />
      </Card>
      <ProblemAlert error={mutation.error} />
      {mutation.isPending && file && <UploadProgress progress={progress} fileName={file.name} />}
      {!mutation.isPending && step === 0 && (
        <FileStep
          kind={kind}
          guide={guide}
          file={file}
          onFile={setFile}
          onValidate={() => run(true)}
          validating={mutation.isPending}
        />
      )}
      {!mutation.isPending && step === 1 && checked && (
        <Card size="small" className="rd-card" title={t("import.reportTitle", { file: checked.fileName })}>
          <ImportReport result={checked} counts={counts} />
          <Flex justify="end" gap={8} style={{ marginTop: 16 }}>
            <Button onClick={restart}>
              {checked.errors.length > 0 ? t("import.fixAndRetry") : t("import.chooseOther")}
            </Button>
            <Button type="primary" disabled={!canCommit} onClick={() => run(false)}>
              {t("import.commit")}
            </Button>
          </Flex>
        </Card>
      )}
      {step === 2 && committed && (
        <Card size="small" className="rd-card">
          <Result
            status="success"
            title={t("import.committedTitle")}
            subTitle={committedSummary(committed, counts, t)}
            extra={[
              <Button type="primary" key="list" onClick={() => navigate(done.to)}>
                {done.label}
              </Button>,
              <Button key="again" onClick={restart}>
                {t("import.another")}
              </Button>,
            ]}
          />
          {(committed.warnings.length > 0 || committed.duplicatesFlagged > 0) && (
            <ImportReport result={committed} counts={counts} />
          )}
        </Card>
      )}
    </Flex>
  );
}
