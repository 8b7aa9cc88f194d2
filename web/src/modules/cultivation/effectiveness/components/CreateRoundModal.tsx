import { EVALUATION_DIMENSION_NAMES, type EvaluationIndicator } from "@rdcity/common";
import { App, Col, Form, Input, InputNumber, Modal, Row, Skeleton, Table, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { MessagesAlert, ProblemAlert } from "../../../../app/components/ProblemAlert";
import { applyProblemToForm } from "../../../../app/forms/problemToForm";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { useEvaluationDefaults } from "../hooks/useEvaluations";
import { useRoundActions } from "../hooks/useRoundActions";
import { formulaText } from "./frameworkText";
import { GradeTag } from "./GradeTag";

interface Values {
  title: string;
  year: number;
  excellent: number;
  good: number;
  pass: number;
  expertWeight: number;
  weights: Record<string, number>;
}

/**
 * 新建评估轮次: a title, the annual-report year, the grade thresholds, the experts' share and the weights of the
 * default framework's indicators (投入 / 产出 / 效益); the round starts as a draft to be scored.
 */
export function CreateRoundModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, pick, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const defaults = useEvaluationDefaults(open);
  const { create } = useRoundActions();
  const [form] = Form.useForm<Values>();
  const [loose, setLoose] = useState<string[]>([]);
  const year = new Date().getFullYear() - 1;
  const d = defaults.data;
  const indicators = (d?.framework.indicators ?? []) as EvaluationIndicator[];
  const close = () => {
    setLoose([]);
    onClose();
  };
  const submit = (v: Values) => {
    if (!d) return;
    setLoose([]);
    create.mutate(
      {
        title: v.title.trim(),
        year: v.year,
        framework: {
          ...d.framework,
          indicators: indicators.map((i) => ({ ...i, weight: v.weights[i.key] ?? i.weight })),
        },
        thresholds: { excellent: v.excellent, good: v.good, pass: v.pass },
        expertWeight: v.expertWeight,
      },
      {
        onSuccess: (round) => {
          void message.success(t("cultivation.evaluation.create.done"));
          close();
          navigate(`/console/cultivation/evaluations/${round.id}`);
        },
        onError: (error) =>
          setLoose(
            applyProblemToForm(form, error, ["title", "year", "excellent", "good", "pass", "expertWeight"]),
          ),
      },
    );
  };
  return (
    <Modal
      open={open}
      width={820}
      title={t("cultivation.evaluation.create.title")}
      okText={t("cultivation.evaluation.create.submit")}
      okButtonProps={{ loading: create.isPending, disabled: !d }}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <ProblemAlert error={defaults.error} onRetry={() => void defaults.refetch()} />
      <MessagesAlert messages={loose} />
      {!d ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            title: t("cultivation.evaluation.create.defaultTitle", { year }),
            year,
            ...d.thresholds,
            expertWeight: d.expertWeight,
            weights: Object.fromEntries(indicators.map((i) => [i.key, i.weight])),
          }}
        >
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item
                name="title"
                label={t("cultivation.evaluation.create.name")}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    min: 4,
                    max: 200,
                    message: t("cultivation.evaluation.create.nameRule"),
                  },
                ]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="year"
                label={t("cultivation.evaluation.framework.year")}
                rules={[{ required: true, message: t("cultivation.evaluation.create.yearRule") }]}
              >
                <InputNumber min={2000} max={2100} precision={0} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            {(["excellent", "good", "pass"] as const).map((g) => (
              <Col key={g} xs={24} sm={8} md={6}>
                <Form.Item
                  name={g}
                  label={
                    <span>
                      <GradeTag grade={g} /> {t("cultivation.evaluation.create.atLeast")}
                    </span>
                  }
                  rules={[{ required: true, message: t("cultivation.evaluation.create.thresholdRule") }]}
                >
                  <InputNumber min={0} max={100} style={{ width: "100%" }} />
                </Form.Item>
              </Col>
            ))}
            <Col xs={24} md={6}>
              <Form.Item
                name="expertWeight"
                label={t("cultivation.evaluation.create.expertWeight")}
                rules={[{ required: true, message: t("cultivation.evaluation.create.expertRule") }]}
              >
                <InputNumber min={0} max={0.5} step={0.05} precision={3} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Title level={2} style={{ fontSize: 15 }}>
            {t("cultivation.evaluation.framework.indicators")}
          </Typography.Title>
          <Table<EvaluationIndicator>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={indicators}
            aria-label={t("cultivation.evaluation.framework.indicators")}
            columns={[
              {
                key: "dimension",
                title: t("cultivation.evaluation.framework.dimension"),
                width: 80,
                render: (_, i) => pick(EVALUATION_DIMENSION_NAMES[i.dimension]),
              },
              {
                key: "indicator",
                title: t("cultivation.evaluation.framework.indicator"),
                render: (_, i) => (
                  <>
                    <div>{pick(i.label)}</div>
                    <Typography.Text type="secondary" className="rd-small">
                      {formulaText(i, lang)}
                    </Typography.Text>
                  </>
                ),
              },
              {
                key: "weight",
                title: t("cultivation.evaluation.framework.weight"),
                width: 120,
                render: (_, i) => (
                  <Form.Item
                    name={["weights", i.key]}
                    style={{ margin: 0 }}
                    rules={[
                      {
                        required: true,
                        type: "number",
                        min: 0.01,
                        max: 100,
                        message: t("cultivation.evaluation.create.weightRule"),
                      },
                    ]}
                  >
                    <InputNumber
                      min={0.01}
                      max={100}
                      aria-label={t("cultivation.evaluation.create.weightOf", { name: pick(i.label) })}
                      style={{ width: "100%" }}
                    />
                  </Form.Item>
                ),
              },
            ]}
          />
        </Form>
      )}
    </Modal>
  );
}
