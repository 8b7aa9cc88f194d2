import { BellOutlined } from "@ant-design/icons";
import { Badge, Button, Tooltip } from "antd";
import { useNavigate } from "react-router";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useUnreadCount } from "../hooks/useNotifications";

/** The bell in the console header: the unread count, and a way to the notification centre. */
export function NotificationBell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const unread = useUnreadCount();
  const count = unread.data?.count ?? 0;
  const label = count > 0 ? t("notifications.bellUnread", { count }) : t("notifications.bell");
  return (
    <Tooltip title={label}>
      <Badge count={count} overflowCount={99} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          shape="circle"
          aria-label={label}
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          onClick={() => navigate("/console/notifications")}
        />
      </Badge>
    </Tooltip>
  );
}
