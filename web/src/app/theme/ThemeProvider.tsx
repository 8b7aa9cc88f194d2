import { LoadingOutlined } from "@ant-design/icons";
import { App as AntApp, ConfigProvider, type ThemeConfig } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { useI18n } from "../i18n/I18nProvider";

const ELDER_KEY = "rdcity.elder";

const FONT_FAMILY =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Helvetica Neue", Arial, sans-serif';

/** antd's defaults with secondary text dark enough for WCAG AA contrast (4.5:1) on white and on the page grey. */
const baseTheme: ThemeConfig = {
  token: {
    colorPrimary: "#1456c8",
    colorPrimaryHover: "#2a66d1",
    colorPrimaryActive: "#0f47a8",
    colorLink: "#1456c8",
    colorLinkHover: "#2a66d1",
    borderRadius: 6,
    fontFamily: FONT_FAMILY,
    colorTextSecondary: "rgba(0,0,0,0.65)",
    colorTextTertiary: "rgba(0,0,0,0.6)",
    colorTextDescription: "rgba(0,0,0,0.62)",
    colorTextPlaceholder: "rgba(0,0,0,0.58)",
    colorError: "#cf1322",
    colorErrorHover: "#e0282e",
    colorErrorActive: "#a8071a",
    colorErrorText: "#cf1322",
    colorWarningText: "#874d00",
  },
  components: {
    Layout: { headerBg: "#ffffff", siderBg: "#0f2a52", headerHeight: 56, headerPadding: "0 24px" },
  },
};

/** Elder-friendly mode (O-03): larger type, larger targets, darker text and borders for higher contrast. */
const elderTheme: ThemeConfig = {
  token: {
    ...baseTheme.token,
    colorPrimary: "#0b3d91",
    colorLink: "#0b3d91",
    fontSize: 18,
    fontSizeSM: 16,
    fontSizeLG: 20,
    fontSizeHeading3: 28,
    fontSizeHeading4: 24,
    controlHeight: 42,
    controlHeightSM: 34,
    controlHeightLG: 50,
    colorText: "rgba(0,0,0,0.95)",
    colorTextSecondary: "rgba(0,0,0,0.8)",
    colorTextTertiary: "rgba(0,0,0,0.72)",
    colorTextDescription: "rgba(0,0,0,0.75)",
    colorBorder: "#6b6b6b",
    colorBorderSecondary: "#a0a0a0",
    lineWidthFocus: 3,
  },
  components: {
    ...baseTheme.components,
    Layout: { headerBg: "#ffffff", siderBg: "#061a38", headerHeight: 64, headerPadding: "0 24px" },
    Menu: { itemHeight: 52, darkItemColor: "rgba(255,255,255,0.95)" },
    Table: { cellPaddingBlock: 14 },
  },
};

/**
 * A button's spinner as a plain icon, shown while `loading` and gone when it ends. antd's default spinner grows and
 * shrinks with a CSS transition and leaves only when that transition ends; when `loading` is on for just a frame or
 * two (a validation error answered in milliseconds) the shrink never starts, no transitionend comes, and the
 * invisible spinner stays in the button for good, so its name reads "loading 保存" to a screen reader.
 */
const BUTTON_CONFIG = { loadingIcon: <LoadingOutlined /> };

interface ElderValue {
  elder: boolean;
  toggleElder: () => void;
}

const ElderContext = createContext<ElderValue>({ elder: false, toggleElder: () => undefined });

function readElder(): boolean {
  try {
    return localStorage.getItem(ELDER_KEY) === "1";
  } catch {
    return false;
  }
}

export function ThemeProvider({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  const [elder, setElder] = useState(readElder);
  const toggleElder = useCallback(() => {
    setElder((prev) => {
      const next = !prev;
      try {
        localStorage.setItem(ELDER_KEY, next ? "1" : "0");
      } catch {
        // ignore
      }
      return next;
    });
  }, []);
  dayjs.locale(lang === "en-US" ? "en" : "zh-cn");
  const elderValue = useMemo(() => ({ elder, toggleElder }), [elder, toggleElder]);
  return (
    <ElderContext.Provider value={elderValue}>
      <ConfigProvider
        locale={lang === "en-US" ? enUS : zhCN}
        theme={elder ? elderTheme : baseTheme}
        button={BUTTON_CONFIG}
      >
        <AntApp className={elder ? "rd-elder" : undefined}>{children}</AntApp>
      </ConfigProvider>
    </ElderContext.Provider>
  );
}

export function useElderMode(): ElderValue {
  return useContext(ElderContext);
}
