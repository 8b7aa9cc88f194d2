import { UploadOutlined } from "@ant-design/icons";
import { formatDateTime, type WorkflowInstanceViewDto } from "@rdcity/common";
import { useMutation } from "@tanstack/react-query";
import { App, Button, Card, Flex, Select, Table, Tag, Typography, Upload } from "antd";
import { useState } from "react";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { attachmentUrl, uploadAttachment } from "../api/workflow";
import { useAttachments, useRefreshInstance } from "../hooks/useInstance";
import { acceptOf, formatBytes, pickLabel, typeName } from "./workflowText";

/** 附件: the files with download links; upload for whoever may act now, with the definition's limits shown. */
export function AttachmentsCard({ view }: { view: WorkflowInstanceViewDto }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const { instance, process, actions, viewer } = view;
  const query = useAttachments(instance.id);
  const refresh = useRefreshInstance(instance.id);
  const kinds = process.attachmentKinds.filter((k) => viewer.official || !k.internal);
  const required = new Set(actions.flatMap((a) => a.requiredAttachments.map((r) => r.kind)));
  const [kind, setKind] = useState<string | undefined>(
    () => kinds.find((k) => required.has(k.kind))?.kind ?? kinds[0]?.kind,
  );
  const [clientError, setClientError] = useState<string | null>(null);
  const mayUpload = !instance.closedAt && actions.length > 0 && kinds.length > 0;
  const spec = kinds.find((k) => k.kind === kind);
  const kindLabel = (code: string) => {
    const k = process.attachmentKinds.find((x) => x.kind === code);
    return k ? pickLabel(k.label, lang) : code;
  };
  const upload = useMutation({
    mutationFn: (file: File) => uploadAttachment(instance.id, kind ?? "", file),
    onSuccess: async (saved) => {
      await refresh();
      message.success(t("workflow.attachments.uploaded", { name: saved.fileName }));
    },
  });
  const types = spec ? spec.contentTypes.map(typeName).join(lang === "en-US" ? ", " : "、") : "";

  // The server decides; these checks spare a person the upload of a file it would refuse.
  const check = (file: File): boolean => {
    setClientError(null);
    upload.reset();
    if (!spec) {
      setClientError(t("workflow.attachments.pickKind"));
      return false;
    }
    if (file.type && !spec.contentTypes.includes(file.type)) {
      setClientError(t("workflow.attachments.badType", { name: file.name, types }));
      return false;
    }
    if (file.size > spec.maxBytes) {
      setClientError(
        t("workflow.attachments.tooLarge", {
          name: file.name,
          size: formatBytes(file.size, lang),
          limit: formatBytes(spec.maxBytes, lang),
        }),
      );
      return false;
    }
    return true;
  };

  return (
    <Card size="small" className="rd-card" title={t("workflow.instance.attachments")}>
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        aria-label={t("workflow.instance.attachments")}
        loading={query.isPending}
        dataSource={query.data ?? []}
        scroll={{ x: "max-content" }}
        locale={{
          emptyText: <Typography.Text type="secondary">{t("workflow.attachments.empty")}</Typography.Text>,
        }}
        columns={[
          {
            key: "kind",
            title: t("workflow.attachments.kind"),
            render: (_, a) => kindLabel(a.kind),
          },
          {
            key: "file",
            title: t("workflow.attachments.file"),
            render: (_, a) => (
              <a href={attachmentUrl(a.id)} download={a.fileName}>
                {a.fileName}
              </a>
            ),
          },
          {
            key: "size",
            title: t("workflow.attachments.size"),
            align: "right",
            render: (_, a) => <span className="rd-nowrap">{formatBytes(a.sizeBytes, lang)}</span>,
          },
          {
            key: "by",
            title: t("workflow.attachments.uploadedBy"),
            render: (_, a) => (
              <Flex vertical>
                <span>{a.uploadedByName}</span>
                <Typography.Text type="secondary" className="rd-small rd-nowrap">
                  {formatDateTime(a.uploadedAt)}
                </Typography.Text>
              </Flex>
            ),
          },
        ]}
      />
      {mayUpload && (
        <Flex vertical gap={8} style={{ marginTop: 16 }}>
          <Flex gap={8} wrap align="center">
            <Select
              aria-label={t("workflow.attachments.kind")}
              value={kind}
              onChange={(v) => {
                setKind(v);
                setClientError(null);
              }}
              style={{ minWidth: 260, maxWidth: "100%" }}
              options={kinds.map((k) => ({
                value: k.kind,
                label: (
                  <Flex gap={6} align="center" wrap>
                    <span>{pickLabel(k.label, lang)}</span>
                    {required.has(k.kind) && <Tag color="orange">{t("workflow.attachments.required")}</Tag>}
                    {k.internal && <Tag>{t("workflow.attachments.internal")}</Tag>}
                  </Flex>
                ),
              }))}
            />
            <Upload
              accept={spec ? acceptOf(spec.contentTypes) : undefined}
              showUploadList={false}
              beforeUpload={(file) => {
                if (check(file)) upload.mutate(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={upload.isPending}>
                {t("workflow.attachments.upload")}
              </Button>
            </Upload>
          </Flex>
          {spec && (
            <Typography.Text type="secondary" className="rd-small">
              {t("workflow.attachments.limits", { types, size: formatBytes(spec.maxBytes, lang) })}
            </Typography.Text>
          )}
          {clientError && <Typography.Text type="danger">{clientError}</Typography.Text>}
          <ProblemAlert error={upload.error} />
        </Flex>
      )}
    </Card>
  );
}
