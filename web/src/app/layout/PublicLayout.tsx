import type { Lang } from "@rdcity/common";
import { Flex, Segmented, Typography } from "antd";
import { type ReactNode, useEffect } from "react";
import { Link, NavLink } from "react-router";
import { useI18n } from "../i18n/I18nProvider";
import { BrandMark } from "./BrandMark";
import { ElderToggle } from "./HeaderTools";

/** The public pages, linked from every one of them. */
const PORTAL = [
  { to: "/public/platforms", label: "portal.platforms" },
  { to: "/public/plan", label: "portal.plan" },
  { to: "/public/notices", label: "portal.notices" },
  { to: "/public/verify", label: "portal.verify" },
] as const;

/**
 * The frame of every public page (no session, no console): brand, the public pages' navigation, large-type and
 * language switches, an optional sign-in link, the page, a footer. Each public module passes its own texts.
 */
export function PublicLayout({
  title,
  brand,
  home,
  footer,
  signIn,
  children,
}: {
  /** The document title (before the app's short name). */
  title: string;
  brand: string;
  /** Where the brand links to. */
  home: string;
  footer: ReactNode;
  /** The sign-in link's text; none when absent. */
  signIn?: string;
  children: ReactNode;
}) {
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
        <Link to={home} className="rd-public-brand">
          <BrandMark size={28} />
          <Typography.Text strong>{brand}</Typography.Text>
        </Link>
        <Flex align="center" gap={16} wrap>
          <nav aria-label={t("portal.nav")} className="rd-public-nav">
            {PORTAL.map((p) => (
              <NavLink key={p.to} to={p.to}>
                {t(p.label)}
              </NavLink>
            ))}
          </nav>
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
          {signIn ? <Link to="/login">{signIn}</Link> : null}
        </Flex>
      </header>
      <main id="main-content" tabIndex={-1} className="rd-public-main">
        {children}
      </main>
      <footer className="rd-public-footer">
        {footer}
        <br />
        {t("app.footer")}
      </footer>
    </div>
  );
}
