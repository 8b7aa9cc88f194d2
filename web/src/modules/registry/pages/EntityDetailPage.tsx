import { EditOutlined, StopOutlined, UndoOutlined } from "@ant-design/icons";
import { Alert, Button, Flex, Result, Skeleton } from "antd";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { hasCode } from "../../../app/api/problem";
import { useAuth } from "../../../app/auth/AuthProvider";
import { PageHeader } from "../../../app/components/PageHeader";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { EntityOverview } from "../components/EntityOverview";
import { EntityTabs } from "../components/EntityTabs";
import { DemoTag, StatusTag } from "../components/EntityTags";
import { StatusModal } from "../components/StatusModal";
import { SuccessorLink } from "../components/SuccessorLink";
import { useEntity } from "../hooks/useEntity";

export function EntityDetailPage() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [statusOpen, setStatusOpen] = useState(false);
  const query = useEntity(id);
  const crumbs = [{ title: t("menu.registry") }, { title: t("menu.entities"), to: "/console/entities" }];

  if (query.isPending) {
    return (
      <>
        <PageHeader
          title={<Skeleton.Input active size="small" />}
          documentTitle={t("entity.detailTitle")}
          breadcrumbs={crumbs}
        />
        <Skeleton active paragraph={{ rows: 10 }} />
      </>
    );
  }
  if (query.error) {
    if (hasCode(query.error, "not_found")) {
      return (
        <Result
          status="404"
          title={t("entity.notFound")}
          subTitle={query.error.detail}
          extra={<Link to="/console/entities">{t("entity.backToList")}</Link>}
        />
      );
    }
    return (
      <>
        <PageHeader title={t("entity.detailTitle")} breadcrumbs={crumbs} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }

  const { data: entity, etag } = query.data;
  const active = entity.status === "active";
  const mayWrite = can("entity.write");
  return (
    <>
      <PageHeader
        title={entity.name}
        breadcrumbs={[...crumbs, { title: entity.name }]}
        tags={
          <>
            <StatusTag status={entity.status} />
            {entity.isDemo && <DemoTag />}
          </>
        }
        subTitle={entity.nameEn ?? undefined}
        extra={
          mayWrite && (
            <>
              {active && (
                <Button
                  type="primary"
                  icon={<EditOutlined />}
                  onClick={() => navigate(`/console/entities/${id}/edit`)}
                >
                  {t("common.edit")}
                </Button>
              )}
              {entity.status !== "merged" && (
                <Button
                  danger={active}
                  icon={active ? <StopOutlined /> : <UndoOutlined />}
                  onClick={() => setStatusOpen(true)}
                >
                  {active ? t("status.deregister") : t("status.restore")}
                </Button>
              )}
            </>
          )
        }
      />
      <Flex vertical gap={16}>
        {entity.status === "merged" && (
          <Alert
            type="info"
            showIcon
            title={t("entity.mergedInto")}
            description={entity.successorId ? <SuccessorLink id={entity.successorId} /> : undefined}
          />
        )}
        {entity.status === "deregistered" && (
          <Alert type="warning" showIcon title={t("entity.deregisteredNotice")} />
        )}
        <EntityOverview entity={entity} />
        <EntityTabs entity={{ id: entity.id, name: entity.name, etag, active }} />
      </Flex>
      {mayWrite && (
        <StatusModal entity={entity} etag={etag} open={statusOpen} onClose={() => setStatusOpen(false)} />
      )}
    </>
  );
}
