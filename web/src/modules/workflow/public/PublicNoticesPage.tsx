import { formatDate, formatDateTime, type PublicNoticeDto } from "@rdcity/common";
import { useMutation, useQuery } from "@tanstack/react-query";
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Form,
  Modal,
  Result,
  Row,
  Skeleton,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import { PublicLayout } from "../../../app/layout/PublicLayout";
import { fetchPublicNotices, objectToNotice, publicNoticeKeys } from "../api/publicNotices";
import type { ObjectionBody } from "../api/workflow";
import { ObjectionFields } from "../components/ObjectionFields";
import { pickLabel } from "../components/workflowText";

/** 公示公告: what is under public notice now, and a way to object by real name (no sign-in). */
export function PublicNoticesPage() {
  const { t } = useI18n();
  const query = useQuery({
    queryKey: publicNoticeKeys.list,
    queryFn: ({ signal }) => fetchPublicNotices(signal),
  });
  const [objecting, setObjecting] = useState<PublicNoticeDto | null>(null);
  const notices = query.data ?? [];
  return (
    <PublicLayout
      title={t("notice.title")}
      brand={t("notice.brand")}
      home="/public/notices"
      footer={t("notice.footer")}
      signIn={t("public.signIn")}
    >
      <header className="rd-page-header">
        <Typography.Title level={1} className="rd-page-title">
          {t("notice.title")}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
          {t("notice.subTitle")}
        </Typography.Paragraph>
      </header>
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {query.data && notices.length === 0 && (
        <Card className="rd-card">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("notice.empty")} />
        </Card>
      )}
      <Row gutter={[16, 16]}>
        {notices.map((n) => (
          <Col key={n.id} xs={24} lg={12}>
            <NoticeItem notice={n} onObject={() => setObjecting(n)} />
          </Col>
        ))}
      </Row>
      {objecting && <ObjectionModal notice={objecting} onClose={() => setObjecting(null)} />}
    </PublicLayout>
  );
}

function NoticeItem({ notice: n, onObject }: { notice: PublicNoticeDto; onObject: () => void }) {
  const { t, lang } = useI18n();
  const labels = useLabels();
  return (
    <Card
      className="rd-card"
      style={{ height: "100%" }}
      title={
        <Flex vertical gap={4} style={{ whiteSpace: "normal", padding: "8px 0" }}>
          <Tag color="blue" style={{ alignSelf: "flex-start" }}>
            {pickLabel(n.process, lang)}
          </Tag>
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {n.title}
          </Typography.Title>
        </Flex>
      }
      actions={[
        <Button key="object" type="link" onClick={onObject} aria-label={`${t("notice.object")}：${n.title}`}>
          {t("notice.object")}
        </Button>,
      ]}
    >
      <Flex vertical gap={12}>
        <Typography.Text strong>
          {t("notice.period", {
            from: formatDate(n.startsOn),
            to: formatDate(n.endsOn),
            days: n.workingDays,
          })}
        </Typography.Text>
        <Descriptions
          size="small"
          column={1}
          bordered
          styles={{ label: { whiteSpace: "nowrap" } }}
          items={[
            ...(n.holder ? [{ key: "holder", label: t("notice.holder"), children: n.holder }] : []),
            ...n.lines.map((l, i) => ({
              key: `line-${i}`,
              label: pickLabel(l.label, lang),
              children: l.value,
            })),
          ]}
        />
        {n.lines.length === 0 && (
          <Typography.Text type="secondary">{labels.district(n.areaCode)}</Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

function ObjectionModal({ notice, onClose }: { notice: PublicNoticeDto; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<ObjectionBody>();
  const send = useMutation({ mutationFn: (body: ObjectionBody) => objectToNotice(notice.id, body) });
  const title = t("notice.objectTitle", { title: notice.title });
  if (send.data) {
    return (
      <Modal
        open
        title={title}
        onCancel={onClose}
        footer={<Button onClick={onClose}>{t("common.close")}</Button>}
      >
        <Result
          status="success"
          subTitle={t("notice.received", { at: formatDateTime(send.data.receivedAt) })}
        />
      </Modal>
    );
  }
  return (
    <Modal
      open
      title={title}
      okText={t("notice.submit")}
      onCancel={onClose}
      okButtonProps={{ htmlType: "submit" }}
      confirmLoading={send.isPending}
      destroyOnHidden
      width={640}
      modalRender={(dom) => (
        <Form form={form} layout="vertical" clearOnDestroy onFinish={(v) => send.mutate(v)}>
          {dom}
        </Form>
      )}
    >
      <Alert type="info" showIcon title={t("notice.objectIntro")} style={{ marginBottom: 16 }} />
      <ProblemAlert error={send.error} />
      <ObjectionFields />
    </Modal>
  );
}
