import { CheckCircleOutlined } from "@ant-design/icons";
import type { NotificationItem as Item } from "@rdcity/common";
import { App, Button, Card, Empty, Flex, Segmented, Skeleton, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { isApiError } from "../../../app/api/problem";
import { PageHeader } from "../../../app/components/PageHeader";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { NotificationItem } from "../components/NotificationItem";
import { useMarkAllRead, useMarkRead, useNotificationList } from "../hooks/useNotifications";

type Show = "all" | "unread";

/** The notification centre: own notifications newest first, unread marked, mark read, follow the link. */
export function NotificationsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [show, setShow] = useState<Show>("all");
  const list = useNotificationList(show === "unread");
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const first = list.data?.pages[0];
  const unread = first?.unread ?? 0;
  const fail = (error: unknown) => void message.error(isApiError(error) ? error.detail : String(error));

  const open = (item: Item) => {
    if (!item.readAt) markRead.mutate(item.id, { onError: fail });
    if (item.link) navigate(item.link);
  };

  return (
    <>
      <PageHeader
        title={t("notifications.title")}
        subTitle={t("notifications.subTitle")}
        breadcrumbs={[{ title: t("menu.notifications") }]}
        extra={
          <Button
            icon={<CheckCircleOutlined />}
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={() =>
              markAll.mutate(undefined, {
                onSuccess: (r) => void message.success(t("notifications.markedAll", { count: r.updated })),
                onError: fail,
              })
            }
          >
            {t("notifications.markAllRead")}
          </Button>
        }
      />
      <Card size="small" className="rd-card" styles={{ body: { padding: 0 } }}>
        <Flex justify="space-between" align="center" wrap gap={12} style={{ padding: "12px 16px" }}>
          <Segmented<Show>
            aria-label={t("notifications.filterLabel")}
            value={show}
            onChange={setShow}
            options={[
              { value: "all", label: t("notifications.all") },
              { value: "unread", label: t("notifications.unreadOnly") },
            ]}
          />
          {first && (
            <Typography.Text type="secondary" aria-live="polite">
              {t("notifications.summary", { total: first.total ?? 0, unread })}
            </Typography.Text>
          )}
        </Flex>
        {list.isError && (
          <div style={{ padding: "0 16px" }}>
            <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
          </div>
        )}
        {list.isPending ? (
          <div style={{ padding: 16 }} role="status" aria-label={t("common.loading")}>
            <Skeleton active paragraph={{ rows: 2 }} />
            <Skeleton active paragraph={{ rows: 2 }} />
          </div>
        ) : items.length === 0 && !list.isError ? (
          <Empty
            style={{ padding: "40px 16px" }}
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              <Flex vertical gap={4}>
                <Typography.Text>
                  {show === "unread" ? t("notifications.emptyUnread") : t("notifications.empty")}
                </Typography.Text>
                <Typography.Text type="secondary">{t("notifications.emptyHint")}</Typography.Text>
              </Flex>
            }
          />
        ) : (
          <ul aria-label={t("notifications.title")} style={{ margin: 0, padding: 0 }}>
            {items.map((item) => (
              <NotificationItem
                key={item.id}
                item={item}
                onOpen={open}
                onMarkRead={(i) => markRead.mutate(i.id, { onError: fail })}
                marking={markRead.isPending && markRead.variables === item.id}
              />
            ))}
          </ul>
        )}
        {list.hasNextPage && (
          <Flex justify="center" style={{ padding: 12 }}>
            <Button loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              {t("notifications.loadMore")}
            </Button>
          </Flex>
        )}
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t("notifications.emailHint")}
      </Typography.Paragraph>
    </>
  );
}
