import type { Lang } from "@rdcity/common";
import { Flex, Segmented, Typography } from "antd";
import { type ReactNode, useEffect } from "react";
import { Link } from "react-router";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { BrandMark } from "../../../app/layout/BrandMark";
import { ElderToggle } from "../../../app/layout/HeaderTools";

/** The frame of public pages: brand, language and large-type switches, a sign-in link; no session, no console. */
export function PublicLayout({ title, children }: { title: string; children: ReactNode }) {
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
        <Link to="/public/platforms" className="rd-public-brand">
          <BrandMark size={28} />
          <Typography.Text strong>{t("public.brand")}</Typography.Text>
        </Link>
        <Flex align="center" gap={16} wrap>
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
      <footer className="rd-public-footer">
        {t("public.footer")}
        <br />
        {t("app.footer")}
      </footer>
    </div>
  );
}
