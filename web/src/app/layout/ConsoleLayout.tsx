import { Flex, Layout, Menu, type MenuProps, Typography } from "antd";
import { Suspense, useMemo, useState } from "react";
import { Link, Outlet, useLocation, useNavigate } from "react-router";
import { NotificationBell } from "../../modules/notifications";
import { useAuth, useSession } from "../auth/AuthProvider";
import { ErrorBoundary } from "../components/ErrorBoundary";
import { PageLoading } from "../components/PageLoading";
import { useI18n } from "../i18n/I18nProvider";
import { BrandMark } from "./BrandMark";
import { DemoBanner } from "./DemoBanner";
import { ElderToggle, LanguageSwitch, UserMenu } from "./HeaderTools";
import { MENU, type MenuEntry, visibleMenu } from "./menu";

const { Header, Sider, Content, Footer } = Layout;

function toItems(entries: MenuEntry[], t: (k: MenuEntry["label"]) => string): MenuProps["items"] {
  return entries.map((e) => ({
    key: e.key,
    icon: e.icon,
    label: t(e.label),
    children: e.children ? toItems(e.children, t) : undefined,
  }));
}

/** The longest menu key that prefixes the path: /console/entities/abc keeps 主体列表 selected. */
function selectedKey(path: string, entries: MenuEntry[]): string | undefined {
  const keys = entries.flatMap((e) => (e.children ? e.children.map((c) => c.key) : [e.key]));
  return keys.filter((k) => path === k || path.startsWith(`${k}/`)).sort((a, b) => b.length - a.length)[0];
}

export function ConsoleLayout() {
  const session = useSession();
  const { can } = useAuth();
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const role = session.user.role;
  const entries = useMemo(() => visibleMenu(MENU, can, role), [can, role]);
  const selected = selectedKey(location.pathname, entries);
  const openKeys = entries.filter((e) => e.children).map((e) => e.key);

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <a className="rd-skip-link" href="#main-content">
        {t("a11y.skipToContent")}
      </a>
      <Sider
        breakpoint="lg"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={224}
        className="rd-sider"
        trigger={null}
      >
        <Link to="/console" className="rd-brand" aria-label={t("app.name")}>
          <BrandMark />
          {!collapsed && <span className="rd-brand-text">{t("app.shortName")}</span>}
        </Link>
        <nav aria-label={t("a11y.mainMenu")}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            defaultOpenKeys={openKeys}
            items={toItems(entries, t)}
            onClick={({ key }) => navigate(key)}
          />
        </nav>
      </Sider>
      <Layout>
        <Header className="rd-header">
          <Typography.Text className="rd-header-title">{t("app.name")}</Typography.Text>
          <Flex align="center" gap={20}>
            <ElderToggle />
            <LanguageSwitch />
            <NotificationBell />
            <UserMenu />
          </Flex>
        </Header>
        {session.demo.enabled && <DemoBanner totpOptional={session.demo.totpOptional} />}
        <Content id="main-content" tabIndex={-1} className="rd-content">
          <ErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Content>
        <Footer className="rd-footer">{t("app.footer")}</Footer>
      </Layout>
    </Layout>
  );
}
