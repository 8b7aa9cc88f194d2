import { GlobalOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Flex, Typography } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { BrandMark } from "../../../app/layout/BrandMark";
import { ElderToggle, LanguageSwitch } from "../../../app/layout/HeaderTools";
import { fetchHealth } from "../api/auth";

/** The frame of the sign-in and set-up pages: the brand panel and one card. */
export function AuthShell({
  title,
  subTitle,
  children,
}: {
  title: string;
  subTitle?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const health = useQuery({ queryKey: ["health"], queryFn: fetchHealth, staleTime: 300_000, retry: false });
  const demo = health.data?.demo;
  return (
    <div className="rd-auth">
      <header className="rd-auth-top">
        <Flex align="center" gap={10}>
          <BrandMark size={28} />
          <Typography.Text strong>{t("app.shortName")}</Typography.Text>
        </Flex>
        <Flex align="center" gap={16}>
          <ElderToggle />
          <LanguageSwitch />
        </Flex>
      </header>
      {demo?.enabled && (
        <Alert
          banner
          type="warning"
          role="note"
          title={demo.totpOptional ? t("demo.bannerTotp") : t("demo.banner")}
        />
      )}
      <main className="rd-auth-main">
        <section className="rd-auth-hero" aria-labelledby="rd-hero-title">
          <Typography.Title level={2} id="rd-hero-title" className="rd-auth-hero-title">
            {t("app.name")}
          </Typography.Title>
          <Typography.Paragraph className="rd-auth-hero-text">{t("login.heroText")}</Typography.Paragraph>
          <ul className="rd-auth-hero-list">
            <li>{t("login.heroPoint1")}</li>
            <li>{t("login.heroPoint2")}</li>
            <li>{t("login.heroPoint3")}</li>
          </ul>
          <Link to="/public/platforms" className="rd-auth-public-link">
            <GlobalOutlined aria-hidden /> {t("public.link")}
            <span className="rd-auth-public-hint">{t("public.linkHint")}</span>
          </Link>
        </section>
        <Card className="rd-auth-card">
          <Typography.Title level={1} className="rd-auth-card-title">
            {title}
          </Typography.Title>
          {subTitle && <Typography.Paragraph type="secondary">{subTitle}</Typography.Paragraph>}
          {children}
        </Card>
      </main>
      <footer className="rd-auth-footer">
        {t("app.footer")}
        {health.data ? ` · v${health.data.version}` : ""}
      </footer>
    </div>
  );
}
