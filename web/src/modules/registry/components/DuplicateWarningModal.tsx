import { Alert, Modal, Table, Tag } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import type { DuplicateCandidate } from "../api/entities";
import { StatusTag } from "./EntityTags";

interface Props {
  open: boolean;
  detail: string;
  candidates: DuplicateCandidate[];
  saving: boolean;
  onSaveAnyway: () => void;
  onCancel: () => void;
}

export function reasonLabelKey(reason: DuplicateCandidate["reason"]) {
  return `entity.dupReason.${reason}` as const;
}

/** Shown on 409 possible_duplicate: the similar records, and "save anyway" (resubmits with confirmDistinct). */
export function DuplicateWarningModal({ open, detail, candidates, saving, onSaveAnyway, onCancel }: Props) {
  const { t } = useI18n();
  const labels = useLabels();
  return (
    <Modal
      open={open}
      title={t("entity.dupTitle")}
      width={760}
      onCancel={onCancel}
      onOk={onSaveAnyway}
      okText={t("entity.saveAnyway")}
      okButtonProps={{ danger: true, loading: saving }}
      cancelText={t("entity.dupBack")}
    >
      <Alert type="warning" showIcon title={detail} style={{ marginBottom: 16 }} />
      <Table<DuplicateCandidate>
        aria-label={t("entity.dupTitle")}
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={candidates}
        columns={[
          {
            key: "name",
            title: labels.field("name"),
            render: (_, c) => (
              <Link to={`/console/entities/${c.id}`} target="_blank" rel="noopener">
                {c.name}
              </Link>
            ),
          },
          {
            key: "uscc",
            title: labels.field("uscc"),
            dataIndex: "uscc",
            render: (v: string) => <span className="rd-mono">{v}</span>,
          },
          {
            key: "district",
            title: labels.field("districtCode"),
            dataIndex: "districtCode",
            render: (v: string) => labels.district(v),
          },
          {
            key: "status",
            title: labels.field("status"),
            dataIndex: "status",
            render: (v: DuplicateCandidate["status"]) => <StatusTag status={v} />,
          },
          {
            key: "reason",
            title: t("entity.dupReason"),
            render: (_, c) => (
              <Tag color={c.reason === "uscc" ? "red" : "orange"}>
                {t(reasonLabelKey(c.reason))} · {Math.round(c.similarity * 100)}%
              </Tag>
            ),
          },
        ]}
      />
    </Modal>
  );
}
