import { DownOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import type { Lang } from "@rdcity/common";
import { Avatar, Button, Dropdown, Flex, Segmented, Switch, Typography } from "antd";
import { useNavigate } from "react-router";
import { useAuth } from "../auth/AuthProvider";
import { useI18n } from "../i18n/I18nProvider";
import { useLabels } from "../i18n/labels";
import { useElderMode } from "../theme/ThemeProvider";
import { useSaveLanguage } from "./useSaveLanguage";

export function LanguageSwitch() {
  const { lang } = useI18n();
  const saveLanguage = useSaveLanguage();
  return (
    <Segmented<Lang>
      size="small"
      aria-label="Language / 语言"
      value={lang}
      onChange={(value) => saveLanguage(value)}
      options={[
        { value: "zh-CN", label: "中文" },
        { value: "en-US", label: "EN" },
      ]}
    />
  );
}

export function ElderToggle() {
  const { t } = useI18n();
  const { elder, toggleElder } = useElderMode();
  return (
    <Flex align="center" gap={6}>
      <Switch
        size="small"
        checked={elder}
        onChange={toggleElder}
        id="elder-mode"
        aria-label={t("header.elderMode")}
      />
      <label htmlFor="elder-mode" className="rd-header-label">
        {t("header.elderMode")}
      </label>
    </Flex>
  );
}

export function UserMenu() {
  const { session, signOut } = useAuth();
  const { t } = useI18n();
  const labels = useLabels();
  const navigate = useNavigate();
  if (!session) return null;
  const { user } = session;
  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        items: [
          { key: "profile", icon: <UserOutlined />, label: t("menu.profile") },
          { type: "divider" },
          { key: "logout", icon: <LogoutOutlined />, label: t("header.signOut"), danger: true },
        ],
        onClick: ({ key }) => {
          if (key === "profile") navigate("/console/profile");
          if (key === "logout") void signOut().then(() => navigate("/login", { replace: true }));
        },
      }}
    >
      <Button type="text" aria-label={t("header.userMenu")} style={{ height: "auto", paddingBlock: 4 }}>
        <Flex align="center" gap={8}>
          <Avatar size="small" style={{ background: "#1456c8" }} icon={<UserOutlined />} />
          <Flex vertical align="start" style={{ lineHeight: 1.25 }}>
            <Typography.Text strong>{user.displayName}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: "0.8em" }}>
              {labels.role(user.role)}
            </Typography.Text>
          </Flex>
          <DownOutlined style={{ fontSize: 10 }} />
        </Flex>
      </Button>
    </Dropdown>
  );
}
