import { formatDateTime } from "@rdcity/common";
import { Card, Col, Descriptions, Flex, Result, Row, Skeleton, Tag, Typography } from "antd";
import { Link, Navigate, useParams } from "react-router";
import { hasCode } from "../../../app/api/problem";
import { PageHeader } from "../../../app/components/PageHeader";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import { ActionsCard } from "../components/ActionsCard";
import { AttachmentsCard } from "../components/AttachmentsCard";
import { CertificateCard } from "../components/CertificateCard";
import { CommentsCard } from "../components/CommentsCard";
import { HistoryCard } from "../components/HistoryCard";
import { NoticeCard } from "../components/NoticeCard";
import { ReviewCard } from "../components/ReviewCard";
import { ScoreSheetCard } from "../components/ScoreSheetCard";
import { StepBar } from "../components/StepBar";
import { isOverdue, pickLabel, stateColour, subjectTitle } from "../components/workflowText";
import { useHistory, useInstanceView } from "../hooks/useInstance";
import { GenericData } from "../processes/GenericData";
import { processUi } from "../processes/registry";

/** One application (办件): where it stands, its data and files, what the viewer may do, and everything that happened. */
export function InstancePage() {
  const { id = "" } = useParams();
  const { t, lang } = useI18n();
  const labels = useLabels();
  const query = useInstanceView(id);
  const history = useHistory(id);
  const crumbs = [{ title: t("menu.applications"), to: "/console/applications" }];

  if (query.isPending) {
    return (
      <>
        <PageHeader
          title={<Skeleton.Input active size="small" />}
          documentTitle={t("menu.applications")}
          breadcrumbs={crumbs}
        />
        <Skeleton active paragraph={{ rows: 12 }} />
      </>
    );
  }
  if (query.error) {
    if (hasCode(query.error, "not_found", "validation_failed")) {
      return (
        <Result
          status="404"
          title={<h1 className="rd-result-title">{t("workflow.instance.notFound")}</h1>}
          subTitle={query.error.detail}
          extra={<Link to="/console/applications">{t("workflow.list.title")}</Link>}
        />
      );
    }
    return (
      <>
        <PageHeader title={t("menu.applications")} breadcrumbs={crumbs} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }

  const view = query.data;
  const { instance, process, viewer } = view;
  const ui = processUi(process.key);
  // A process with a page of its own module (annual reports) is worked on there; links to it land here too.
  if (ui.page) return <Navigate to={ui.page(instance)} replace />;
  const title = subjectTitle(instance, lang);
  const overdue = isOverdue(instance.dueAt, instance.closedAt);
  const actions = <ActionsCard view={view} formFields={ui.formFields} />;
  const main = (
    <>
      {viewer.assignmentId && <ScoreSheetCard assignmentId={viewer.assignmentId} />}
      <CertificateCard view={view} />
      {view.notice?.open && <NoticeCard view={view} />}
      <Card size="small" className="rd-card" title={t("workflow.instance.data")}>
        <Flex vertical gap={16}>
          <ui.Data view={view} />
          {ui.formFields.length > 0 && <GenericData view={view} exclude={ui.formFields} />}
        </Flex>
      </Card>
      <AttachmentsCard view={view} />
      {viewer.official && process.criteria.length > 0 && <ReviewCard view={view} />}
      {!view.notice?.open && <NoticeCard view={view} />}
    </>
  );
  const side = (
    <>
      <CommentsCard view={view} />
      <HistoryCard view={view} query={history} />
    </>
  );
  return (
    <>
      <PageHeader
        title={title}
        breadcrumbs={[...crumbs, { title }]}
        subTitle={pickLabel(process.label, lang)}
        tags={
          <>
            <Tag color={stateColour(instance, process.path)}>{pickLabel(instance.stateLabel, lang)}</Tag>
            {overdue && <Tag color="red">{t("workflow.instance.overdue")}</Tag>}
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card size="small" className="rd-card">
          <Flex vertical gap={20}>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, lg: 4 }}
              items={[
                {
                  key: "applicant",
                  label: t("workflow.instance.applicant"),
                  children: instance.ownerName ?? "—",
                },
                {
                  key: "area",
                  label: t("workflow.instance.area"),
                  children: labels.district(instance.areaCode),
                },
                {
                  key: "due",
                  label: instance.closedAt ? t("workflow.instance.closed") : t("workflow.instance.due"),
                  children: instance.closedAt ? (
                    formatDateTime(instance.closedAt)
                  ) : instance.dueAt ? (
                    <Typography.Text type={overdue ? "danger" : undefined}>
                      {formatDateTime(instance.dueAt)}
                    </Typography.Text>
                  ) : (
                    "—"
                  ),
                },
                {
                  key: "created",
                  label: t("workflow.instance.started"),
                  children: formatDateTime(instance.createdAt),
                },
              ]}
            />
            <nav aria-label={t("workflow.instance.steps")}>
              <StepBar view={view} history={history.data} />
            </nav>
          </Flex>
        </Card>
        {/* One tree at every width (a layout switch must not remount a card with an open dialog): on narrow
            screens what to do comes first, on wide ones it stands at the right of the application. */}
        <Row gutter={[16, 16]}>
          <Col xs={{ span: 24, order: 2 }} xl={{ span: 16, order: 1 }}>
            <Flex vertical gap={16}>
              {main}
            </Flex>
          </Col>
          <Col xs={{ span: 24, order: 1 }} xl={{ span: 8, order: 2 }}>
            <Flex vertical gap={16}>
              {actions}
              {side}
            </Flex>
          </Col>
        </Row>
      </Flex>
    </>
  );
}
