import { EditOutlined, StopOutlined, SwapOutlined } from "@ant-design/icons";
import { isFinalPlatformStatus } from "@rdcity/common";
import { Button, Col, Result, Row, Skeleton, Tabs, Tag } from "antd";
import { Suspense, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { hasCode } from "../../../app/api/problem";
import { useAuth } from "../../../app/auth/AuthProvider";
import { PageHeader } from "../../../app/components/PageHeader";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { PlatformCultivationTab } from "../../cultivation";
import { PlatformReportsTab } from "../../reports";
import { PlatformChanges, PlatformStatusHistory } from "../components/PlatformHistory";
import { PlatformOverview } from "../components/PlatformOverview";
import { PlatformStatusModal } from "../components/PlatformStatusModal";
import { LEVEL_COLOURS, STATUS_COLOURS, usePlatformLabels } from "../components/platformLabels";
import { RevocationModal } from "../components/RevocationModal";
import { usePlatform } from "../hooks/usePlatform";

const RECOGNISED: readonly string[] = ["recognised", "operating", "evaluated"];

export function PlatformDetailPage() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const labels = usePlatformLabels();
  const query = usePlatform(id);
  // The annual reports tab (?tab=reports) is where reminders lead the host organisation.
  const [search, setSearch] = useSearchParams();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [statusOpen, setStatusOpen] = useState(false);
  const [revokeOpen, setRevokeOpen] = useState(false);
  const crumbs = [
    { title: t("menu.platforms") },
    { title: t("menu.platformDirectory"), to: "/console/platforms" },
  ];

  if (query.isPending) {
    return (
      <>
        <PageHeader
          title={<Skeleton.Input active size="small" />}
          documentTitle={t("platform.listTitle")}
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
          title={<h1 className="rd-result-title">{t("platform.detail.notFound")}</h1>}
          subTitle={query.error.detail}
          extra={<Link to="/console/platforms">{t("platform.listTitle")}</Link>}
        />
      );
    }
    return (
      <>
        <PageHeader title={t("platform.listTitle")} breadcrumbs={crumbs} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }

  const p = query.data.data;
  const raw = search.get("tab");
  // 培育与评估 (?tab=cultivation) is every reader's: a host organisation sees its published evaluation results there.
  const tab = raw === "reports" && can("report.read") ? "reports" : raw === "cultivation" ? raw : "overview";
  // The record was read in the caller's scope, so platform.write here means "may change this one".
  const mayWrite = can("platform.write") && !isFinalPlatformStatus(p.status);
  // A recognised platform's recognition is revoked through the revocation process, not by a status change.
  const mayProposeRevocation = mayWrite && RECOGNISED.includes(p.status);
  return (
    <>
      <PageHeader
        title={p.name}
        breadcrumbs={[...crumbs, { title: p.name }]}
        subTitle={p.nameEn ?? undefined}
        tags={
          <>
            <Tag color={STATUS_COLOURS[p.status]}>{labels.platformStatus(p.status)}</Tag>
            <Tag color={LEVEL_COLOURS[p.level]}>{labels.level(p.level)}</Tag>
            {p.isRdCentre && <Tag color="magenta">{t("platform.rdCentre")}</Tag>}
            {p.isDemo && <Tag>{t("platform.demo")}</Tag>}
          </>
        }
        extra={
          mayWrite && (
            <>
              <Button
                type="primary"
                icon={<EditOutlined />}
                onClick={() => navigate(`/console/platforms/${id}/edit`)}
              >
                {t("platform.edit")}
              </Button>
              <Button icon={<SwapOutlined />} onClick={() => setStatusOpen(true)}>
                {t("platform.status.change")}
              </Button>
              {mayProposeRevocation && (
                <Button danger icon={<StopOutlined />} onClick={() => setRevokeOpen(true)}>
                  {t("platform.revocation.propose")}
                </Button>
              )}
            </>
          )
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch(key === "overview" ? {} : { tab: key }, { replace: true })}
        items={[
          {
            key: "overview",
            label: t("platform.detail.overview"),
            children: (
              <Row gutter={[16, 16]}>
                <Col xs={24} xl={16}>
                  <PlatformOverview platform={p} />
                </Col>
                <Col xs={24} xl={8}>
                  <PlatformStatusHistory id={id} />
                  <div style={{ height: 16 }} />
                  <PlatformChanges
                    id={id}
                    hostName={(hostId) => (hostId === p.host?.id ? p.host.name : null)}
                  />
                </Col>
              </Row>
            ),
          },
          ...(can("report.read")
            ? [
                {
                  key: "reports",
                  label: t("report.platformTab"),
                  children: (
                    <Suspense fallback={<Skeleton active />}>
                      <PlatformReportsTab platformId={id} />
                    </Suspense>
                  ),
                },
              ]
            : []),
          {
            key: "cultivation",
            label: t("cultivation.evaluation.tab"),
            children: (
              <Suspense fallback={<Skeleton active />}>
                <PlatformCultivationTab platformId={id} />
              </Suspense>
            ),
          },
        ]}
      />
      {mayProposeRevocation && (
        <RevocationModal platform={p} open={revokeOpen} onClose={() => setRevokeOpen(false)} />
      )}
      {mayWrite && (
        <PlatformStatusModal
          platform={p}
          etag={query.data.etag}
          open={statusOpen}
          onClose={() => setStatusOpen(false)}
        />
      )}
    </>
  );
}
