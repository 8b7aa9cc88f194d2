import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { type ExpertDto, formatDateTime } from "@rdcity/common";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Empty, Flex, Input, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { PageHeader } from "../../../app/components/PageHeader";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import { fetchExperts, workflowKeys } from "../api/workflow";
import { ExpertDrawer } from "../components/ExpertDrawer";

/** 专家库: the experts reviews are drawn from, with what makes them stand aside. */
export function ExpertPoolPage() {
  const { t } = useI18n();
  const labels = useLabels();
  const query = useQuery({ queryKey: workflowKeys.experts(), queryFn: fetchExperts });
  const [editing, setEditing] = useState<ExpertDto | "new" | null>(null);
  const [text, setText] = useState("");
  const experts = query.data ?? [];
  const shown = useMemo(() => {
    const q = text.trim().toLowerCase();
    if (!q) return experts;
    return experts.filter((e) =>
      [e.name, e.orgName ?? "", labels.district(e.districtCode), ...e.fields.map(labels.industry)]
        .join(" ")
        .toLowerCase()
        .includes(q),
    );
  }, [experts, text, labels]);
  return (
    <>
      <PageHeader
        title={t("workflow.experts.title")}
        subTitle={t("workflow.experts.subTitle")}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
            {t("workflow.experts.add")}
          </Button>
        }
      />
      <Card size="small" className="rd-card">
        <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
          <Typography.Text strong>
            {query.data
              ? t("workflow.experts.total", {
                  count: experts.length,
                  active: experts.filter((e) => e.active).length,
                })
              : ""}
          </Typography.Text>
          <Input.Search
            allowClear
            aria-label={t("workflow.experts.filter")}
            placeholder={t("workflow.experts.filter")}
            value={text}
            onChange={(e) => setText(e.target.value)}
            style={{ width: 280 }}
          />
        </Flex>
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
        <Table<ExpertDto>
          aria-label={t("workflow.experts.title")}
          rowKey="id"
          dataSource={shown}
          loading={query.isFetching}
          size="middle"
          scroll={{ x: "max-content" }}
          pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{
            emptyText: query.isPending ? (
              <div style={{ height: 120 }} />
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={text ? t("list.emptyFiltered") : t("workflow.experts.empty")}
              />
            ),
          }}
          columns={[
            {
              key: "name",
              title: t("workflow.experts.name"),
              render: (_, e) => (
                <Flex vertical gap={2}>
                  <Typography.Text strong>{e.name}</Typography.Text>
                  <Typography.Text type="secondary" className="rd-small">
                    {t("workflow.experts.account", {
                      state: e.userId ? t("workflow.experts.userLinked") : t("workflow.experts.userNone"),
                    })}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              key: "org",
              title: t("workflow.experts.org"),
              render: (_, e) => <div className="rd-cell-wrap">{e.orgName ?? "—"}</div>,
            },
            {
              key: "district",
              title: t("workflow.experts.district"),
              render: (_, e) => <span className="rd-nowrap">{labels.district(e.districtCode) || "—"}</span>,
            },
            {
              key: "fields",
              title: t("workflow.experts.fields"),
              render: (_, e) => (
                <Flex gap={4} wrap style={{ maxWidth: 260 }}>
                  {e.fields.map((f) => (
                    <Tag key={f}>{labels.industry(f)}</Tag>
                  ))}
                </Flex>
              ),
            },
            {
              key: "avoid",
              title: t("workflow.experts.avoidShort"),
              align: "right",
              render: (_, e) => e.avoidEntityIds.length || "—",
            },
            {
              key: "active",
              title: t("workflow.experts.status"),
              render: (_, e) =>
                e.active ? (
                  <Tag color="green">{t("workflow.experts.active")}</Tag>
                ) : (
                  <Tag>{t("workflow.experts.inactive")}</Tag>
                ),
            },
            {
              key: "updated",
              title: t("workflow.experts.updated"),
              render: (_, e) => (
                <Flex vertical>
                  <span className="rd-nowrap">{formatDateTime(e.updatedAt)}</span>
                  {e.updatedBy && (
                    <Typography.Text type="secondary" className="rd-small">
                      {e.updatedBy}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              key: "edit",
              title: t("common.actions"),
              render: (_, e) => (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => setEditing(e)}
                  aria-label={`${t("common.edit")} ${e.name}`}
                  title={t("common.edit")}
                />
              ),
            },
          ]}
        />
      </Card>
      {editing && (
        <ExpertDrawer expert={editing === "new" ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
