import { PlusOutlined } from "@ant-design/icons";
import { formatDateTime, type Scheme } from "@rdcity/common";
import { Button, Card, Flex, Table, Typography } from "antd";
import { Link, useNavigate } from "react-router";
import { useAuth } from "../../../../app/auth/AuthProvider";
import { PageHeader } from "../../../../app/components/PageHeader";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { emptyText } from "../../../plan/components/emptyText";
import { formatMoney } from "../../components/support/money";
import { SchemeStatusTag } from "../../components/support/SchemeStatusTag";
import { useSchemes } from "../../hooks/useSupportQueries";

/** 研发投入支持: the support schemes, newest support year first, with budget, allocated and status. */
export function SchemeListPage() {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const schemes = useSchemes();
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  return (
    <>
      <PageHeader
        title={t("cultivation.schemes.title")}
        subTitle={t("cultivation.schemes.subTitle")}
        breadcrumbs={[{ title: t("menu.cultivation") }, { title: t("menu.cultivationSupport") }]}
        extra={
          can("cultivation.manage") && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate("/console/cultivation/support/new")}
            >
              {t("cultivation.schemes.create")}
            </Button>
          )
        }
      />
      <Card size="small" className="rd-card">
        <ProblemAlert error={schemes.error} onRetry={() => void schemes.refetch()} />
        <Table<Scheme>
          size="middle"
          rowKey="id"
          aria-label={t("cultivation.schemes.title")}
          dataSource={schemes.data ?? []}
          loading={schemes.isFetching}
          pagination={false}
          scroll={{ x: 1100 }}
          locale={schemes.isPending ? { emptyText: " " } : emptyText(t("cultivation.schemes.empty"))}
          columns={[
            {
              key: "title",
              title: t("cultivation.schemes.col.title"),
              render: (_, s) => <Link to={`/console/cultivation/support/${s.id}`}>{s.title}</Link>,
            },
            { key: "year", title: t("cultivation.scheme.year"), dataIndex: "year", align: "right" },
            {
              key: "dataYear",
              title: t("cultivation.round.dataYear"),
              dataIndex: "dataYear",
              align: "right",
            },
            {
              key: "budget",
              title: t("cultivation.schemes.col.budget"),
              align: "right",
              className: "rd-nowrap",
              render: (_, s) => formatMoney(s.budget, lang),
            },
            {
              key: "allocated",
              title: t("cultivation.schemes.col.allocated"),
              align: "right",
              className: "rd-nowrap",
              render: (_, s) => (s.simulated ? formatMoney(s.allocated, lang) : "—"),
            },
            {
              key: "supported",
              title: t("cultivation.summary.supported"),
              align: "right",
              render: (_, s) => (s.simulated ? n(s.supported) : "—"),
            },
            {
              key: "status",
              title: t("cultivation.round.status"),
              render: (_, s) => <SchemeStatusTag scheme={s} />,
            },
            {
              key: "updated",
              title: t("cultivation.round.updated"),
              render: (_, s) => (
                <Flex vertical gap={0}>
                  <span className="rd-nowrap">{formatDateTime(s.updatedAt)}</span>
                  {s.updatedBy && (
                    <Typography.Text type="secondary" className="rd-small">
                      {s.updatedBy}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
