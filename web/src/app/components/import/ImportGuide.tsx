import { Card, Table, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { useI18n } from "../../i18n/I18nProvider";

export interface ImportGuideColumn {
  /** The header as the template writes it (Chinese / English). */
  name: string;
  /** true: every row needs it; false: optional; a text: when it is needed. */
  required: boolean | string;
  text?: string;
}

/** What a kind's file holds: its rules as a short list, then its columns with what each needs. */
export function ImportGuide({ rules, columns }: { rules: ReactNode[]; columns?: ImportGuideColumn[] }) {
  const { t } = useI18n();
  return (
    <Card size="small" className="rd-card" title={t("import.guide.title")}>
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {rules.map((rule, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of texts
          <li key={i}>
            <Typography.Text>{rule}</Typography.Text>
          </li>
        ))}
      </ul>
      {columns && (
        <Table<ImportGuideColumn>
          aria-label={t("import.guide.columns")}
          style={{ marginTop: 12 }}
          size="small"
          rowKey="name"
          pagination={false}
          dataSource={columns}
          columns={[
            {
              key: "name",
              title: t("import.guide.column"),
              dataIndex: "name",
              width: 220,
              render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
            },
            {
              key: "required",
              title: t("import.guide.required"),
              dataIndex: "required",
              width: 200,
              render: (v: boolean | string) =>
                v === true ? (
                  <Tag color="red">{t("import.guide.yes")}</Tag>
                ) : v === false ? (
                  <Tag>{t("import.guide.no")}</Tag>
                ) : (
                  <Tag color="orange">{v}</Tag>
                ),
            },
            {
              key: "text",
              title: t("import.guide.meaning"),
              dataIndex: "text",
              render: (v: string | undefined) => v ?? "—",
            },
          ]}
        />
      )}
    </Card>
  );
}
