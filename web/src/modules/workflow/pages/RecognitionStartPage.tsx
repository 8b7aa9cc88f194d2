import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Col, Flex, Form, Input, Radio, Result, Row, Typography } from "antd";
import { useNavigate } from "react-router";
import { useSession } from "../../../app/auth/AuthProvider";
import { PageHeader } from "../../../app/components/PageHeader";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { startRecognition, workflowKeys } from "../api/workflow";
import { type KindOption, recognisableKinds } from "../processes/recognitionOptions";

interface Values {
  typeCode: string;
  centreName?: string;
}

function KindGroup({ title, hint, kinds }: { title: string; hint: string; kinds: KindOption[] }) {
  return (
    // (inside a Radio.Group, whose font size is 0: set it back for the texts)
    <fieldset
      style={{
        border: "1px solid #e5e7eb",
        borderRadius: 8,
        padding: "4px 16px 16px",
        margin: 0,
        fontSize: "var(--ant-font-size, 14px)",
      }}
    >
      <legend style={{ width: "auto", padding: "0 6px", margin: 0, border: 0, fontSize: "inherit" }}>
        <Typography.Text strong>{title}</Typography.Text>
      </legend>
      <Typography.Paragraph type="secondary" className="rd-small" style={{ margin: "0 0 8px" }}>
        {hint}
      </Typography.Paragraph>
      <Row gutter={[12, 8]}>
        {kinds.map((k) => (
          <Col key={k.code} xs={24} sm={12} lg={8}>
            <Radio value={k.code}>{k.name}</Radio>
          </Col>
        ))}
      </Row>
    </fieldset>
  );
}

/** 申请认定: an enterprise chooses the kind and names the centre; the draft application opens for filling in. */
export function RecognitionStartPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const kinds = recognisableKinds(lang);
  const start = useMutation({
    mutationFn: (v: Values) =>
      startRecognition({
        typeCode: v.typeCode,
        ...(v.centreName?.trim() ? { centreName: v.centreName.trim() } : {}),
      }),
    onSuccess: async (instance) => {
      await queryClient.invalidateQueries({ queryKey: workflowKeys.all });
      message.success(t("workflow.start.created"));
      navigate(`/console/workflow/${instance.id}`);
    },
  });
  const crumbs = [
    { title: t("menu.applications"), to: "/console/applications" },
    { title: t("workflow.start.title") },
  ];
  if (session.user.role !== "entity") {
    return (
      <>
        <PageHeader title={t("workflow.start.title")} breadcrumbs={crumbs} />
        <Result status="403" subTitle={t("workflow.start.notEntity")} />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={t("workflow.start.title")}
        subTitle={t("workflow.start.subTitle")}
        breadcrumbs={crumbs}
      />
      <Card className="rd-card" style={{ maxWidth: 960 }}>
        <Form<Values> form={form} layout="vertical" onFinish={(v) => start.mutate(v)}>
          <ProblemAlert error={start.error} />
          <Form.Item
            name="typeCode"
            label={t("workflow.start.kind")}
            rules={[{ required: true, message: t("workflow.start.kindRequired") }]}
          >
            <Radio.Group style={{ width: "100%" }}>
              <Flex vertical gap={16}>
                <KindGroup
                  title={t("workflow.start.rdCentres")}
                  hint={t("workflow.start.rdCentresHint")}
                  kinds={kinds.rdCentres}
                />
                <KindGroup
                  title={t("workflow.start.municipal")}
                  hint={t("workflow.start.municipalHint")}
                  kinds={kinds.municipal}
                />
              </Flex>
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="centreName"
            label={t("workflow.start.centreName")}
            rules={[{ max: 100 }]}
            style={{ maxWidth: 560 }}
          >
            <Input maxLength={100} placeholder={t("workflow.start.centreNamePlaceholder")} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={start.isPending}>
            {t("workflow.start.create")}
          </Button>
        </Form>
      </Card>
    </>
  );
}
