import { CheckOutlined, RightOutlined } from "@ant-design/icons";
import { formatDateTime, type NotificationItem as Item } from "@rdcity/common";
import { Button, Flex, Tag, Typography, theme } from "antd";
import { useI18n } from "../../../app/i18n/I18nProvider";
import type { MessageKey } from "../../../app/i18n/zh-CN";

const KINDS: Record<string, { label: MessageKey; color: string }> = {
  "workflow.action_needed": { label: "notifications.kind.workflow.action_needed", color: "blue" },
  "workflow.outcome": { label: "notifications.kind.workflow.outcome", color: "green" },
  "workflow.review_assigned": { label: "notifications.kind.workflow.review_assigned", color: "purple" },
  "workflow.objection": { label: "notifications.kind.workflow.objection", color: "volcano" },
  "workflow.comment": { label: "notifications.kind.workflow.comment", color: "cyan" },
  "workflow.certificate": { label: "notifications.kind.workflow.certificate", color: "gold" },
  "workflow.due": { label: "notifications.kind.workflow.due", color: "orange" },
};

interface Props {
  item: Item;
  onOpen: (item: Item) => void;
  onMarkRead: (item: Item) => void;
  marking: boolean;
}

/** One notification: unread ones are marked by a dot and bold title; opening follows its link and marks it read. */
export function NotificationItem({ item, onOpen, onMarkRead, marking }: Props) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const unread = !item.readAt;
  const kind = KINDS[item.kind];
  return (
    <li
      style={{
        listStyle: "none",
        padding: "14px 16px",
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        background: unread ? token.colorPrimaryBg : undefined,
      }}
    >
      <Flex gap={12} align="start">
        <span
          aria-hidden
          style={{
            flex: "none",
            width: 8,
            height: 8,
            marginTop: 8,
            borderRadius: "50%",
            background: unread ? token.colorPrimary : "transparent",
          }}
        />
        <Flex vertical gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Flex gap={8} align="center" wrap>
            <Tag color={kind?.color ?? "default"} style={{ marginInlineEnd: 0 }}>
              {t(kind?.label ?? "notifications.kind.other")}
            </Tag>
            {unread && <span className="rd-visually-hidden">{t("notifications.unread")}</span>}
            <Typography.Link
              strong={unread}
              style={{ color: unread ? token.colorText : token.colorTextSecondary }}
              onClick={() => onOpen(item)}
            >
              {item.title}
            </Typography.Link>
          </Flex>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {item.body}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: "0.85em" }}>
            <time dateTime={item.createdAt}>{formatDateTime(item.createdAt).slice(0, 16)}</time>
          </Typography.Text>
        </Flex>
        <Flex gap={4} wrap justify="end" style={{ flex: "none" }}>
          {unread && (
            <Button size="small" icon={<CheckOutlined />} loading={marking} onClick={() => onMarkRead(item)}>
              {t("notifications.markRead")}
            </Button>
          )}
          {item.link && (
            <Button
              size="small"
              type="link"
              icon={<RightOutlined />}
              iconPlacement="end"
              onClick={() => onOpen(item)}
            >
              {t("notifications.open")}
            </Button>
          )}
        </Flex>
      </Flex>
    </li>
  );
}
