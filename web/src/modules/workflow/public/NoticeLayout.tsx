import type { Lang } from "@rdcity/common";
import { Flex, Segmented, Typography } from "antd";
import { type ReactNode, useEffect } from "react";
import { Link } from "react-router";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { BrandMark } from "../../../app/layout/BrandMark";
import { ElderToggle } from "../../../app/layout/HeaderTools";

/**
 * The frame of the public notice page: brand, a link to the public directory, language and large-type switches,
 * sign-in; no session (the same look as the public directory's frame).
 */
export function NoticeLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t("app.shortName")}`;
  }, [title, t]);
  return (
    <div className="rd-public">
      <a className="rd-skip-link" href="#main-content">
        {t("a11y.skipToContent")}
      </a>
      <header className="rd-public-top">
        <Link to="/public/notices" className="rd-public-brand">
          <BrandMark size={28} />
          <Typography.Text strong>{t("notice.brand")}</Typography.Text>
        </Link>
        <Flex align="center" gap={16} wrap>
          <Link to="/public/platforms">{t("notice.directory")}</Link>
          <ElderToggle />
          <Segmented<Lang>
            size="small"
            aria-label="Language / 语言"
            value={lang}
            onChange={setLang}
            options={[
              { value: "zh-CN", label: "中文" },
              { value: "en-US", label: "EN" },
            ]}
          />
          <Link to="/login">{t("public.signIn")}</Link>
        </Flex>
      </header>
      <main id="main-content" tabIndex={-1} className="rd-public-main">
        {children}
      </main>
      <footer className="rd-public-footer">{t("app.footer")}</footer>
    </div>
  );
}
