import type { ChangeRequestInput, Unit } from "@rdcity/common";
import { DatePicker, Form, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import type { TaskDetail } from "../../api/plan";
import { ChangeRequestModal } from "../ChangeRequestModal";

interface Values {
  dueOn: Dayjs | null;
  leadUnitCode: string | null;
  status: TaskDetail["status"];
  reason: string;
}

/** 申请调整 a task: its due date, lead unit or status, with a reason; approved by the leadership. */
export function TaskChangeModal({
  task,
  units,
  plan,
  open,
  onClose,
}: {
  task: TaskDetail;
  units: Unit[];
  plan?: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t, pick } = useI18n();
  const initial: Partial<Values> = {
    dueOn: task.dueOn ? dayjs(task.dueOn) : null,
    leadUnitCode: task.lead?.code ?? null,
    status: task.status,
  };
  const toInput = (v: Values): ChangeRequestInput | null => {
    const changes: Extract<ChangeRequestInput, { recordType: "task" }>["changes"] = {};
    const due = v.dueOn ? v.dueOn.format("YYYY-MM-DD") : null;
    if (due !== task.dueOn) changes.dueOn = due;
    if ((v.leadUnitCode ?? null) !== (task.lead?.code ?? null)) changes.leadUnitCode = v.leadUnitCode ?? null;
    if (v.status !== task.status) changes.status = v.status;
    if (!Object.keys(changes).length) return null;
    return {
      recordType: "task",
      ...(plan ? { plan } : {}),
      code: task.code,
      changes,
      reason: v.reason.trim(),
    };
  };
  return (
    <ChangeRequestModal<Values>
      open={open}
      onClose={onClose}
      title={t("plan.change.taskTitle", { code: task.code })}
      hint={t("plan.change.taskHint")}
      initialValues={initial}
      toInput={toInput}
      fieldNames={["dueOn", "leadUnitCode", "status"]}
      fields={
        <>
          <Form.Item name="dueOn" label={t("plan.col.due")}>
            <DatePicker style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="leadUnitCode" label={t("plan.col.lead")}>
            <Select
              showSearch={{ optionFilterProp: "label" }}
              options={units.map((u) => ({ value: u.code, label: pick(u.name) }))}
            />
          </Form.Item>
          <Form.Item name="status" label={t("plan.col.status")}>
            <Select
              options={(["active", "completed", "withdrawn"] as const).map((s) => ({
                value: s,
                label: t(`plan.taskStatus.${s}`),
              }))}
            />
          </Form.Item>
        </>
      }
    />
  );
}
