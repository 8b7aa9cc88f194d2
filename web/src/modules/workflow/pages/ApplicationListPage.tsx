import { PlusOutlined } from "@ant-design/icons";
import { DISTRICTS, formatDateTime, type LabelText, type WorkflowInstanceDto } from "@rdcity/common";
import { useQuery } from "@tanstack/react-query";
import { Button, Flex, type TableColumnsType, Tag, Typography } from "antd";
import { useMemo } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useSession } from "../../../app/auth/AuthProvider";
import { DataList } from "../../../app/components/list/DataList";
import type { FilterDef } from "../../../app/components/list/types";
import { PageHeader } from "../../../app/components/PageHeader";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import { fetchProcesses, listInstances, workflowKeys } from "../api/workflow";
import { isOverdue, pickLabel, stateColour, subjectTitle } from "../components/workflowText";

/** The applications on platforms: recognition and revocation (annual reports have their own list). */
const listPlatformApplications = (params: Parameters<typeof listInstances>[0], signal?: AbortSignal) =>
  listInstances({ ...params, subjectType: "platform" }, signal);

/** Roles that see one area or one organisation: a district filter means nothing to them. */
const SCOPED = new Set(["district", "entity"]);

function useFilters(): FilterDef[] {
  const { t, lang } = useI18n();
  const session = useSession();
  const [search] = useSearchParams();
  const process = search.get("process");
  // The processes on platforms (recognition, revocation), with their states, as the server defines them.
  const listed = useQuery({
    queryKey: workflowKeys.processes(),
    queryFn: fetchProcesses,
    staleTime: Number.POSITIVE_INFINITY,
    select: (all) => all.filter((p) => p.subjectType === "platform"),
  });
  return useMemo(() => {
    const all = listed.data ?? [];
    const processes = process ? all.filter((p) => p.key === process) : all;
    const states = new Map<string, LabelText>();
    for (const p of processes) for (const s of p.states) if (!states.has(s.name)) states.set(s.name, s.label);
    const filters: FilterDef[] = [
      {
        kind: "select",
        name: "process",
        label: t("workflow.list.filter.process"),
        options: all.map((p) => ({ value: p.key, label: pickLabel(p.label, lang) })),
      },
      {
        kind: "select",
        name: "state",
        label: t("workflow.list.filter.state"),
        options: [...states].map(([value, label]) => ({ value, label: pickLabel(label, lang) })),
      },
      {
        kind: "select",
        name: "status",
        label: t("workflow.list.filter.status"),
        options: [
          { value: "open", label: t("workflow.list.status.open") },
          { value: "closed", label: t("workflow.list.status.closed") },
        ],
      },
    ];
    if (!SCOPED.has(session.user.role)) {
      filters.push({
        kind: "select",
        name: "areaCode",
        label: t("workflow.list.filter.area"),
        options: DISTRICTS.map((d) => ({ value: d.code, label: lang === "en-US" ? d.nameEn : d.name })),
      });
    }
    return filters;
  }, [t, lang, process, session.user.role, listed.data]);
}

function useColumns(): TableColumnsType<WorkflowInstanceDto> {
  const { t, lang } = useI18n();
  const labels = useLabels();
  return useMemo<TableColumnsType<WorkflowInstanceDto>>(
    () => [
      {
        key: "subject",
        title: t("workflow.list.col.subject"),
        render: (_, i) => (
          <Flex vertical gap={2} className="rd-cell-wrap">
            <Link to={`/console/workflow/${i.id}`}>{subjectTitle(i, lang)}</Link>
            <Typography.Text type="secondary" className="rd-small">
              {pickLabel(i.process.label, lang)}
            </Typography.Text>
          </Flex>
        ),
      },
      {
        key: "state",
        title: t("workflow.list.col.state"),
        render: (_, i) => <Tag color={stateColour(i)}>{pickLabel(i.stateLabel, lang)}</Tag>,
      },
      {
        key: "applicant",
        title: t("workflow.list.col.applicant"),
        render: (_, i) => <div className="rd-cell-wrap">{i.ownerName ?? "—"}</div>,
      },
      {
        key: "area",
        title: t("workflow.list.col.area"),
        render: (_, i) => <span className="rd-nowrap">{labels.district(i.areaCode)}</span>,
      },
      {
        key: "due",
        title: t("workflow.list.col.due"),
        render: (_, i) =>
          i.closedAt ? (
            <Typography.Text type="secondary">{t("workflow.list.status.closed")}</Typography.Text>
          ) : i.dueAt ? (
            <Typography.Text
              type={isOverdue(i.dueAt, i.closedAt) ? "danger" : undefined}
              className="rd-nowrap"
            >
              {formatDateTime(i.dueAt)}
            </Typography.Text>
          ) : (
            "—"
          ),
      },
      {
        key: "updated",
        title: t("workflow.list.col.updated"),
        render: (_, i) => <span className="rd-nowrap">{formatDateTime(i.updatedAt)}</span>,
      },
    ],
    [t, lang, labels],
  );
}

/** 认定申报 / 办件: every application the viewer may read, newest activity first. */
export function ApplicationListPage() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const filters = useFilters();
  const columns = useColumns();
  return (
    <>
      <PageHeader
        title={t("workflow.list.title")}
        subTitle={t("workflow.list.subTitle")}
        extra={
          session.user.role === "entity" && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate("/console/recognition/new")}
            >
              {t("workflow.list.apply")}
            </Button>
          )
        }
      />
      <DataList<WorkflowInstanceDto>
        queryKey={workflowKeys.instances()}
        fetchPage={listPlatformApplications}
        columns={columns}
        rowKey="id"
        caption={t("workflow.list.title")}
        filters={filters}
        emptyText={t("workflow.list.empty")}
        pageSize={20}
      />
    </>
  );
}
