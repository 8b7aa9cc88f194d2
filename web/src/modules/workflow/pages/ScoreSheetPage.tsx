import { FileSearchOutlined } from "@ant-design/icons";
import { Button, Descriptions, Flex, Result, Skeleton } from "antd";
import { Link, useNavigate, useParams } from "react-router";
import { hasCode } from "../../../app/api/problem";
import { PageHeader } from "../../../app/components/PageHeader";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import { ScoreSheetCard } from "../components/ScoreSheetCard";
import { pickLabel, subjectTitle } from "../components/workflowText";
import { useScoreSheet } from "../hooks/useScoreSheet";

/** An expert's score sheet, reached from the inbox (it stays readable after submitting). */
export function ScoreSheetPage() {
  const { assignmentId = "" } = useParams();
  const { t, lang } = useI18n();
  const labels = useLabels();
  const navigate = useNavigate();
  const query = useScoreSheet(assignmentId);
  const crumbs = [{ title: t("menu.tasks"), to: "/console/tasks" }];
  if (query.isPending) {
    return (
      <>
        <PageHeader title={t("workflow.score.title")} breadcrumbs={crumbs} />
        <Skeleton active paragraph={{ rows: 8 }} />
      </>
    );
  }
  if (query.error) {
    if (hasCode(query.error, "not_found", "validation_failed")) {
      return (
        <Result
          status="404"
          title={<h1 className="rd-result-title">{t("workflow.score.notFound")}</h1>}
          extra={<Link to="/console/tasks">{t("menu.tasks")}</Link>}
        />
      );
    }
    return (
      <>
        <PageHeader title={t("workflow.score.title")} breadcrumbs={crumbs} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const { instance } = query.data;
  const title = subjectTitle(instance, lang);
  return (
    <>
      <PageHeader
        title={title}
        documentTitle={`${t("workflow.score.title")} · ${title}`}
        breadcrumbs={[...crumbs, { title: t("workflow.score.title") }]}
        subTitle={pickLabel(instance.process.label, lang)}
        extra={
          <Button icon={<FileSearchOutlined />} onClick={() => navigate(`/console/workflow/${instance.id}`)}>
            {t("workflow.score.openApplication")}
          </Button>
        }
      />
      <Flex vertical gap={16} style={{ maxWidth: 880 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 3 }}
          items={[
            {
              key: "applicant",
              label: t("workflow.instance.applicant"),
              children: instance.ownerName ?? "—",
            },
            { key: "area", label: t("workflow.instance.area"), children: labels.district(instance.areaCode) },
            {
              key: "state",
              label: t("workflow.list.col.state"),
              children: pickLabel(instance.stateLabel, lang),
            },
          ]}
        />
        <ScoreSheetCard assignmentId={assignmentId} />
      </Flex>
    </>
  );
}
