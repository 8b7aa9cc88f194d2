import type { AuditEntry } from "@rdcity/common";
import { Empty, Table } from "antd";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useAuditColumns, useAuditExpandable } from "./auditColumns";

/** A short audit trail (of one record) without paging. */
export function AuditEntryTable({
  entries,
  loading,
  caption,
}: {
  entries: AuditEntry[];
  loading?: boolean;
  caption: string;
}) {
  const { t } = useI18n();
  const expandable = useAuditExpandable();
  const columns = useAuditColumns({ showTarget: false });
  return (
    <Table<AuditEntry>
      aria-label={caption}
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={entries}
      loading={loading}
      expandable={expandable}
      pagination={entries.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: "max-content" }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("audit.empty")} /> }}
    />
  );
}
