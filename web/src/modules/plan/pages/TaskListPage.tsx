import type { TaskSummary } from "@rdcity/common";
import { Card, Checkbox, Col, Flex, Form, Input, Row, Select, Table, Typography } from "antd";
import { useId, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../../app/components/PageHeader";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { emptyText } from "../components/emptyText";
import { useTaskColumns } from "../components/task/taskColumns";
import { useProjects, useTasks, useUnits } from "../hooks/usePlanQueries";

/**
 * 任务清单: the plan's tasks in the reader's scope (a unit sees its own), filtered by project, unit and overdue,
 * with progress, why a task is overdue and its open supervision notices.
 */
export function TaskListPage() {
  const { t, pick } = useI18n();
  const id = useId();
  const [search, setSearch] = useSearchParams();
  const plan = search.get("plan") ?? undefined;
  const filters = {
    project: search.get("project") ?? undefined,
    unit: search.get("unit") ?? undefined,
    overdue: search.get("overdue") === "true",
  };
  const [text, setText] = useState("");
  const tasks = useTasks(plan, filters);
  const projects = useProjects(plan);
  const units = useUnits();
  const columns = useTaskColumns((task) => `/console/plan/tasks/${task.id}${plan ? `?plan=${plan}` : ""}`);
  const update = (changes: Record<string, string | undefined>) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );
  const shown = useMemo(() => {
    const needle = text.trim().toLowerCase();
    // Items follow their task (4.1, 4.1.1 … 4.1.6, 4.2): the numbers sort as numbers, part by part.
    const list = [...(tasks.data ?? [])].sort((a, b) =>
      a.code.localeCompare(b.code, undefined, { numeric: true }),
    );
    if (!needle) return list;
    return list.filter((task: TaskSummary) =>
      [task.code, task.title.zh, task.title.en].some((s) => s.toLowerCase().includes(needle)),
    );
  }, [tasks.data, text]);

  return (
    <>
      <PageHeader
        title={t("plan.tasks.title")}
        subTitle={t("plan.tasks.subTitle")}
        breadcrumbs={[{ title: t("menu.plan") }, { title: t("menu.planTasks") }]}
      />
      <Flex vertical gap={16}>
        <Card size="small" className="rd-card">
          <Form layout="vertical" component="div" className="rd-filter-bar">
            <Row gutter={[16, 0]} align="bottom">
              <Col xs={24} md={12} xl={7}>
                <Form.Item
                  label={t("plan.filter.project")}
                  htmlFor={`${id}-project`}
                  style={{ marginBottom: 12 }}
                >
                  <Select
                    id={`${id}-project`}
                    allowClear
                    placeholder={t("plan.filter.all")}
                    value={filters.project}
                    loading={projects.isPending}
                    onChange={(v?: string) => update({ project: v })}
                    options={(projects.data ?? []).map((p) => ({ value: p.code, label: pick(p.title) }))}
                    popupMatchSelectWidth={false}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12} xl={6}>
                <Form.Item label={t("plan.filter.unit")} htmlFor={`${id}-unit`} style={{ marginBottom: 12 }}>
                  <Select
                    id={`${id}-unit`}
                    allowClear
                    showSearch={{ optionFilterProp: "label" }}
                    placeholder={t("plan.filter.all")}
                    value={filters.unit}
                    loading={units.isPending}
                    onChange={(v?: string) => update({ unit: v })}
                    options={(units.data ?? []).map((u) => ({
                      value: u.id,
                      label: u.demo ? t("plan.unitDemo", { name: pick(u.name) }) : pick(u.name),
                    }))}
                    popupMatchSelectWidth={false}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12} xl={6}>
                <Form.Item
                  label={t("plan.filter.search")}
                  htmlFor={`${id}-search`}
                  style={{ marginBottom: 12 }}
                >
                  <Input
                    id={`${id}-search`}
                    allowClear
                    value={text}
                    placeholder={t("plan.filter.searchPlaceholder")}
                    onChange={(e) => setText(e.target.value)}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12} xl={5}>
                <Form.Item style={{ marginBottom: 12 }}>
                  <Checkbox
                    checked={filters.overdue}
                    onChange={(e) => update({ overdue: e.target.checked ? "true" : undefined })}
                  >
                    {t("plan.filter.overdueOnly")}
                  </Checkbox>
                </Form.Item>
              </Col>
            </Row>
          </Form>
        </Card>
        <ProblemAlert error={tasks.error} onRetry={() => void tasks.refetch()} />
        <Card size="small" className="rd-card">
          <Table<TaskSummary>
            size="middle"
            rowKey="id"
            columns={columns}
            dataSource={shown}
            loading={tasks.isFetching}
            scroll={{ x: 1140 }}
            pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            locale={tasks.isPending ? { emptyText: " " } : emptyText(t("plan.tasks.empty"))}
            title={() => (
              <Typography.Text type="secondary">
                {t("plan.tasks.count", { count: shown.length })}
              </Typography.Text>
            )}
          />
        </Card>
      </Flex>
    </>
  );
}
