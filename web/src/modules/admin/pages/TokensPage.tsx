import { PlusOutlined } from "@ant-design/icons";
import { formatDate, formatDateTime } from "@rdcity/common";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Flex, Popconfirm, type TableColumnsType, Tag } from "antd";
import { useState } from "react";
import { isApiError } from "../../../app/api/problem";
import { DataList } from "../../../app/components/list/DataList";
import { PageHeader } from "../../../app/components/PageHeader";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import { type ApiToken, adminKeys, listTokens, revokeToken } from "../api/admin";
import { TokenCreateModal } from "../components/TokenCreateModal";

export function TokensPage() {
  const { t } = useI18n();
  const labels = useLabels();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const revoke = useMutation({
    mutationFn: (id: string) => revokeToken(id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.tokens });
      void message.success(t("tokens.revoked"));
    },
    onError: (error) => void message.error(isApiError(error) ? error.detail : String(error)),
  });
  const state = (tk: ApiToken) =>
    tk.revokedAt ? (
      <Tag>{t("tokens.state.revoked")}</Tag>
    ) : new Date(tk.expiresAt).getTime() < Date.now() ? (
      <Tag color="orange">{t("tokens.state.expired")}</Tag>
    ) : (
      <Tag color="green">{t("tokens.state.active")}</Tag>
    );
  const columns: TableColumnsType<ApiToken> = [
    { key: "name", title: t("tokens.name"), dataIndex: "name" },
    {
      key: "username",
      title: t("tokens.username"),
      dataIndex: "username",
      render: (v: string) => <span className="rd-mono">{v}</span>,
    },
    {
      key: "scopes",
      title: t("tokens.scopes"),
      dataIndex: "scopes",
      render: (v: string[]) => (
        <Flex gap={4} wrap>
          {v.map((s) => (
            <Tag key={s}>{labels.permission(s)}</Tag>
          ))}
        </Flex>
      ),
    },
    { key: "state", title: labels.field("status"), render: (_, tk) => state(tk) },
    {
      key: "expiresAt",
      title: t("tokens.expiresAt"),
      dataIndex: "expiresAt",
      render: (v: string) => formatDate(v),
    },
    {
      key: "lastUsedAt",
      title: t("tokens.lastUsedAt"),
      dataIndex: "lastUsedAt",
      render: (v: string | null) => (v ? formatDateTime(v) : <span className="rd-none">—</span>),
    },
    {
      key: "createdAt",
      title: labels.field("createdAt"),
      dataIndex: "createdAt",
      render: (v: string) => formatDate(v),
    },
    {
      key: "actions",
      title: t("common.actions"),
      render: (_, tk) =>
        tk.revokedAt ? null : (
          <Popconfirm
            title={t("tokens.revokeConfirm", { name: tk.name })}
            onConfirm={() => revoke.mutate(tk.id)}
          >
            <Button size="small" type="link" danger>
              {t("tokens.revoke")}
            </Button>
          </Popconfirm>
        ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t("tokens.title")}
        subTitle={t("tokens.subTitle")}
        breadcrumbs={[{ title: t("menu.admin") }, { title: t("menu.tokens") }]}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t("tokens.create")}
          </Button>
        }
      />
      <DataList
        queryKey={adminKeys.tokens}
        fetchPage={listTokens}
        columns={columns}
        rowKey="id"
        caption={t("tokens.title")}
        paged={false}
        emptyText={t("tokens.empty")}
      />
      <TokenCreateModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
