import { Col, Flex, Row, Skeleton, Typography } from "antd";
import { useParams } from "react-router";
import { useAuth } from "../../../../app/auth/AuthProvider";
import { PageHeader } from "../../../../app/components/PageHeader";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
import { recordStates } from "../../../../app/components/RecordStates";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { schemeExportUrl } from "../../api/supportApi";
import { AllocationsCard } from "../../components/support/AllocationsCard";
import { DisbursementsCard } from "../../components/support/DisbursementsCard";
import { ExportButtons } from "../../components/support/ExportButtons";
import { RulesCard } from "../../components/support/RulesCard";
import { SchemeActions } from "../../components/support/SchemeActions";
import { SchemeStatusTag } from "../../components/support/SchemeStatusTag";
import { SchemeSummary } from "../../components/support/SchemeSummary";
import { isEditable } from "../../components/support/supportFormat";
import { WhatIfPanel } from "../../components/support/WhatIfPanel";
import { useFund, useScheme } from "../../hooks/useSupportQueries";

/**
 * A support scheme: its figures against the budget and the fund, its rules in words, a what-if, each platform's
 * amount and why, and once approved its payments with the exports for the finance department.
 */
export function SchemePage() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const { can } = useAuth();
  const query = useScheme(id);
  const fund = useFund(query.data?.fund.id);
  const crumbs = [
    { title: t("menu.cultivation") },
    { title: t("menu.cultivationSupport"), to: "/console/cultivation/support" },
  ];
  if (!query.data)
    return recordStates({
      query,
      documentTitle: t("cultivation.scheme.documentTitle"),
      breadcrumbs: crumbs,
      notFound: {
        title: t("cultivation.scheme.notFound"),
        backTo: "/console/cultivation/support",
        backLabel: t("menu.cultivationSupport"),
      },
      skeleton: (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Skeleton active paragraph={{ rows: 8 }} />
          </Col>
          <Col xs={24} xl={10}>
            <Skeleton active paragraph={{ rows: 8 }} />
          </Col>
          <Col xs={24}>
            <Skeleton active paragraph={{ rows: 10 }} />
          </Col>
        </Row>
      ),
    });
  const scheme = query.data;
  const approved = scheme.status === "approved";
  return (
    <>
      <PageHeader
        title={scheme.title}
        breadcrumbs={[...crumbs, { title: scheme.title }]}
        tags={<SchemeStatusTag scheme={scheme} />}
        subTitle={t("cultivation.scheme.subTitle", {
          year: scheme.year,
          dataYear: scheme.dataYear,
          fund: scheme.fund.name,
        })}
        extra={<SchemeActions scheme={scheme} />}
      />
      <Flex vertical gap={16}>
        <ProblemAlert error={fund.error} onRetry={() => void fund.refetch()} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <SchemeSummary scheme={scheme} fund={fund.data} />
          </Col>
          <Col xs={24} xl={10}>
            <RulesCard scheme={scheme} />
          </Col>
        </Row>
        {can("cultivation.manage") && isEditable(scheme.status) && (
          <WhatIfPanel key={scheme.version} scheme={scheme} />
        )}
        <AllocationsCard scheme={scheme} />
        {approved ? (
          <DisbursementsCard
            filters={{ schemeId: scheme.id }}
            title={t("cultivation.disb.schemeTitle")}
            extra={<ExportButtons what={scheme.title} href={(f) => schemeExportUrl(scheme.id, f)} />}
          />
        ) : (
          <Typography.Paragraph type="secondary">{t("cultivation.disb.afterApproval")}</Typography.Paragraph>
        )}
      </Flex>
    </>
  );
}
