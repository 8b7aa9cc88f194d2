import { Breadcrumb, Flex, Typography } from "antd";
import { type ReactNode, useEffect } from "react";
import { Link } from "react-router";
import { useI18n } from "../i18n/I18nProvider";

export interface Crumb {
  title: ReactNode;
  to?: string;
}

interface Props {
  title: ReactNode;
  /** Plain text for the browser tab when `title` is not a string. */
  documentTitle?: string;
  breadcrumbs?: Crumb[];
  subTitle?: ReactNode;
  tags?: ReactNode;
  extra?: ReactNode;
}

/** Breadcrumbs, the page's one h1, and its actions: the top of every console page. */
export function PageHeader({ title, documentTitle, breadcrumbs = [], subTitle, tags, extra }: Props) {
  const { t } = useI18n();
  const tabTitle = documentTitle ?? (typeof title === "string" ? title : undefined);
  const appName = t("app.shortName");
  useEffect(() => {
    document.title = tabTitle ? `${tabTitle} · ${appName}` : appName;
  }, [tabTitle, appName]);
  return (
    <header className="rd-page-header">
      {breadcrumbs.length > 0 && (
        <nav aria-label={t("a11y.breadcrumb")}>
          <Breadcrumb
            items={breadcrumbs.map((c) => ({ title: c.to ? <Link to={c.to}>{c.title}</Link> : c.title }))}
          />
        </nav>
      )}
      <Flex justify="space-between" align="center" wrap gap={12} className="rd-page-title-row">
        <Flex align="center" gap={12} wrap>
          <Typography.Title level={1} className="rd-page-title">
            {title}
          </Typography.Title>
          {tags}
        </Flex>
        {extra && (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        )}
      </Flex>
      {subTitle && (
        <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
          {subTitle}
        </Typography.Paragraph>
      )}
    </header>
  );
}
