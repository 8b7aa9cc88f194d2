import { PlusOutlined } from "@ant-design/icons";
import { DISTRICTS, formatDateTime, type WorkflowInstanceDto } from "@rdcity/common";
import { Button, Flex, type TableColumnsType, Tag, Typography } from "antd";
import { useMemo } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useSession } from "../../../app/auth/AuthProvider";
import { DataList } from "../../../app/components/list/DataList";
import type { FilterDef } from "../../../app/components/list/types";
import { PageHeader } from "../../../app/components/PageHeader";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import type { MessageKey } from "../../../app/i18n/zh-CN";
import { listInstances, workflowKeys } from "../api/workflow";
import { isOverdue, pickLabel, stateColour, subjectTitle } from "../components/workflowText";
import { LISTED_PROCESSES } from "../processes/registry";

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
  return useMemo(() => {
    const processes = process ? LISTED_PROCESSES.filter((p) => p.key === process) : LISTED_PROCESSES;
    const states = [...new Set(processes.flatMap((p) => p.states))];
    const filters: FilterDef[] = [
      {
        kind: "select",
        name: "process",
        label: t("workflow.list.filter.process"),
        options: LISTED_PROCESSES.map((p) => ({ value: p.key, label: t(p.label) })),
      },
      {
        kind: "select",
        name: "state",
        label: t("workflow.list.filter.state"),
        options: states.map((s) => ({ value: s, label: t(`workflow.state.${s}` as MessageKey) })),
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
  }, [t, lang, process, session.user.role]);
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
