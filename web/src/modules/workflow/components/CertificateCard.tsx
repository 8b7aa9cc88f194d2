import { DownloadOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import { formatDate, type WorkflowInstanceViewDto } from "@rdcity/common";
import { Button, Card, Descriptions, Flex, Tag } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { certificatePdfUrl, verifyPageUrl } from "../api/workflow";

/** 证书: number, date and status, the PDF, and the public page where anyone can verify it. */
export function CertificateCard({ view }: { view: WorkflowInstanceViewDto }) {
  const { t } = useI18n();
  const c = view.certificate;
  if (!c) return null;
  return (
    <Card size="small" className="rd-card" title={t("workflow.instance.certificate")}>
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 3 }}
          items={[
            { key: "number", label: t("workflow.certificate.number"), children: c.number },
            { key: "issuedOn", label: t("workflow.certificate.issuedOn"), children: formatDate(c.issuedOn) },
            {
              key: "status",
              label: t("workflow.certificate.status"),
              children: (
                <Tag color={c.revoked ? "red" : "green"}>
                  {c.revoked ? t("workflow.certificate.revoked") : t("workflow.certificate.valid")}
                </Tag>
              ),
            },
          ]}
        />
        <Flex gap={12} wrap align="center">
          <Button type="primary" icon={<DownloadOutlined />} href={certificatePdfUrl(c.id)} download>
            {t("workflow.certificate.download")}
          </Button>
          <Button
            icon={<SafetyCertificateOutlined />}
            href={verifyPageUrl(c.number)}
            target="_blank"
            rel="noopener"
          >
            {t("workflow.certificate.verify")}
          </Button>
          {view.instance.subject.type === "platform" && (
            <Link to={`/console/platforms/${view.instance.subject.id}`} className="rd-nowrap">
              {t("workflow.certificate.platform")}
            </Link>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
