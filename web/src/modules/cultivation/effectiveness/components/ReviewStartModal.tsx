import { EVALUATION_GRADES, type EvaluationGrade, type EvaluationRound } from "@rdcity/common";
import { App, Checkbox, Flex, Form, Modal, Typography } from "antd";
import { useState } from "react";
import { MessagesAlert } from "../../../../app/components/ProblemAlert";
import { applyProblemToForm } from "../../../../app/forms/problemToForm";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { useRoundActions } from "../hooks/useRoundActions";
import { GradeTag } from "./GradeTag";

/**
 * 发起专家评审: starts the evidence and expert review for every ranked result of the chosen grades that has none
 * yet (a scored round); each becomes a workflow instance its host organisation opens with its evidence.
 */
export function ReviewStartModal({
  round,
  open,
  onClose,
}: {
  round: EvaluationRound;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ grades: EvaluationGrade[] }>();
  const [loose, setLoose] = useState<string[]>([]);
  const { reviews } = useRoundActions(round.id);
  const close = () => {
    setLoose([]);
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t("cultivation.evaluation.review.title")}
      okText={t("cultivation.evaluation.review.submit")}
      okButtonProps={{ loading: reviews.isPending }}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t("cultivation.evaluation.review.hint")}</Typography.Paragraph>
      <MessagesAlert messages={loose} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          reviews.mutate(
            { grades: v.grades },
            {
              onSuccess: (out) => {
                void message.success(t("cultivation.evaluation.review.done", { count: out.items.length }));
                close();
              },
              onError: (error) => setLoose(applyProblemToForm(form, error, ["grades"])),
            },
          )
        }
      >
        <Form.Item
          name="grades"
          label={t("cultivation.evaluation.review.grades")}
          rules={[
            {
              validator: (_, v?: EvaluationGrade[]) =>
                v && v.length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t("cultivation.evaluation.review.gradesRequired"))),
            },
          ]}
        >
          <Checkbox.Group role="group" aria-label={t("cultivation.evaluation.review.grades")}>
            <Flex vertical gap={8}>
              {EVALUATION_GRADES.map((g) => (
                <Checkbox key={g} value={g}>
                  <Flex gap={8} align="center">
                    <GradeTag grade={g} />
                    <span>
                      {t("cultivation.evaluation.review.gradeCount", { count: round.counts.byGrade[g] ?? 0 })}
                    </span>
                  </Flex>
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}
