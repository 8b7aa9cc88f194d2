import { CheckOutlined, EditOutlined, RollbackOutlined, SendOutlined } from "@ant-design/icons";
import { type ErrorCode, errorMessage, type ReportDetail } from "@rdcity/common";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Col, Form, Result, Row, Skeleton, Tag, Tooltip } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { hasCode } from "../../../app/api/problem";
import { PageHeader } from "../../../app/components/PageHeader";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { applyProblemToForm } from "../../../app/forms/problemToForm";
import { useI18n } from "../../../app/i18n/I18nProvider";
import {
  actOnReport,
  commentOnReport,
  getReport,
  patchReport,
  type ReviewAction,
  reportKeys,
  type VersionedReport,
} from "../api/reports";
import { FiguresCard, type FigureValues } from "../components/FiguresCard";
import { ReportCommentsCard, ReportHistoryCard } from "../components/ReportHistoryCard";
import { ReportInfoCard } from "../components/ReportInfoCard";
import { AcceptModal, ReturnModal } from "../components/ReviewModals";
import { ReportMarks } from "../components/reportColumns";
import { METRIC_KEYS, REPORT_STATUS_COLOURS, useReportLabels } from "../components/reportLabels";

const FORM_FIELDS = [...METRIC_KEYS, "remarks"];

function formValues(report: ReportDetail): FigureValues {
  return { ...Object.fromEntries(METRIC_KEYS.map((k) => [k, report[k]])), remarks: report.remarks };
}

/** One annual report: its figures against the previous year, flags, history, comments and the viewer's actions. */
export function ReportPage() {
  const { id = "" } = useParams();
  const { t, lang } = useI18n();
  const labels = useReportLabels();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: reportKeys.detail(id), queryFn: () => getReport(id) });
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [modal, setModal] = useState<"return" | "accept" | null>(null);
  const [formError, setFormError] = useState<string[]>([]);
  const [form] = Form.useForm<FigureValues>();
  const crumbs = [{ title: t("menu.platforms") }, { title: t("menu.reports"), to: "/console/reports" }];

  const settle = (next: VersionedReport) => {
    queryClient.setQueryData(reportKeys.detail(id), next);
    void queryClient.invalidateQueries({ queryKey: reportKeys.all, refetchType: "none" });
  };

  if (query.isPending)
    return (
      <>
        <PageHeader
          title={<Skeleton.Input active size="small" />}
          documentTitle={t("report.listTitle")}
          breadcrumbs={crumbs}
        />
        <Skeleton active paragraph={{ rows: 12 }} />
      </>
    );
  if (query.error) {
    if (hasCode(query.error, "not_found"))
      return (
        <Result
          status="404"
          title={<h1 className="rd-result-title">{t("report.notFound")}</h1>}
          subTitle={query.error.detail}
          extra={<Link to="/console/reports">{t("report.listTitle")}</Link>}
        />
      );
    return (
      <>
        <PageHeader title={t("report.listTitle")} breadcrumbs={crumbs} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }

  const { data: report, etag } = query.data;
  const action = (name: string) => report.actions.find((a) => a.action === name);
  const blockers = (name: string) =>
    (action(name)?.blockers ?? []).map((b) => errorMessage(b.code as ErrorCode, lang, b.params));
  const title = t("report.title", { name: report.platform.name, year: report.year });

  const act = async (name: ReviewAction, body: { comment?: string; acknowledgeFlags?: boolean } = {}) => {
    const next = await actOnReport(id, etag, name, body);
    settle(next);
    void message.success(
      t(
        name === "submit"
          ? "report.submittedOk"
          : name === "return"
            ? "report.returnedOk"
            : "report.acceptedOk",
      ),
    );
  };
  const submit = async () => {
    try {
      await act("submit");
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };
  const save = async () => {
    setSaving(true);
    setFormError([]);
    try {
      const values = form.getFieldsValue(true) as FigureValues;
      const body = Object.fromEntries(
        FORM_FIELDS.map((k) => [k, values[k as keyof FigureValues] ?? null]),
      ) as FigureValues;
      if (typeof body.remarks === "string" && !body.remarks.trim()) body.remarks = null;
      settle(await patchReport(id, etag, body));
      setEditing(false);
      void message.success(t("report.saved"));
    } catch (e) {
      setFormError(applyProblemToForm(form, e, FORM_FIELDS));
    } finally {
      setSaving(false);
    }
  };
  const lastReturn = [...report.history].reverse().find((h) => h.action === "return");

  const submitBlockers = blockers("submit");
  const buttons = editing ? (
    <>
      <Button onClick={() => setEditing(false)}>{t("report.action.cancel")}</Button>
      <Button type="primary" loading={saving} onClick={() => void save()}>
        {t("report.action.save")}
      </Button>
    </>
  ) : (
    <>
      {action("edit") && (
        <Button
          icon={<EditOutlined />}
          onClick={() => {
            form.setFieldsValue(formValues(report));
            setFormError([]);
            setEditing(true);
          }}
        >
          {t("report.action.edit")}
        </Button>
      )}
      {action("submit") && (
        <Tooltip title={submitBlockers.join(" ")}>
          <Button
            type="primary"
            icon={<SendOutlined />}
            disabled={submitBlockers.length > 0}
            onClick={() => void submit()}
          >
            {t("report.action.submit")}
          </Button>
        </Tooltip>
      )}
      {action("return") && (
        <Button danger icon={<RollbackOutlined />} onClick={() => setModal("return")}>
          {t("report.action.return")}
        </Button>
      )}
      {action("accept") && (
        <Button type="primary" icon={<CheckOutlined />} onClick={() => setModal("accept")}>
          {t("report.action.accept")}
        </Button>
      )}
    </>
  );

  return (
    <>
      <PageHeader
        title={title}
        documentTitle={t("report.documentTitle", { year: report.year })}
        breadcrumbs={[...crumbs, { title: `${report.platform.name} · ${report.year}` }]}
        tags={
          <>
            <Tag color={REPORT_STATUS_COLOURS[report.status]}>{labels.reportStatus(report.status)}</Tag>
            <ReportMarks report={report} />
            {report.isDemo && <Tag>{t("report.demo")}</Tag>}
          </>
        }
        extra={buttons}
      />
      {report.status === "returned" && lastReturn && (
        <Alert
          type="warning"
          showIcon
          title={t("report.returnedAlert")}
          description={t("report.returnedBy", {
            by: lastReturn.actorName,
            at: labels.date(lastReturn.at),
            comment: lastReturn.comment ?? "",
          })}
          style={{ marginBottom: 16 }}
        />
      )}
      {submitBlockers.length > 0 && !editing && (
        <Alert type="info" showIcon title={submitBlockers.join(" ")} style={{ marginBottom: 16 }} />
      )}
      {formError.length > 0 && (
        <Alert type="error" showIcon title={formError.join(" ")} style={{ marginBottom: 16 }} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <FiguresCard report={report} editing={editing} form={form} />
        </Col>
        <Col xs={24} xl={8}>
          <ReportInfoCard report={report} />
          <div style={{ height: 16 }} />
          <ReportHistoryCard report={report} />
          <div style={{ height: 16 }} />
          <ReportCommentsCard
            report={report}
            onComment={async (body) => {
              await commentOnReport(id, body);
              await query.refetch();
            }}
          />
        </Col>
      </Row>
      <ReturnModal
        open={modal === "return"}
        onClose={() => setModal(null)}
        onSubmit={(v) => act("return", v)}
      />
      <AcceptModal
        open={modal === "accept"}
        report={report}
        onClose={() => setModal(null)}
        onSubmit={(v) => act("accept", v)}
      />
    </>
  );
}
