import type { Lang } from "@rdcity/common";

/** A text in both languages; the briefing prints one of them. */
export type Text = { zh: string; en: string };

export const pick = (t: Text, lang: Lang): string => (lang === "en-US" ? t.en : t.zh);

/** Every fixed wording of the briefing, zh-CN first. */
export const L = {
  kicker: { zh: "规划实施情况简报", en: "Plan implementation briefing" },
  asOf: { zh: "截至", en: "As of" },
  asPlanned: { zh: "（按原规划目标）", en: " (targets as first planned)" },
  city: { zh: "城市", en: "City" },
  issued: { zh: "印发", en: "Issued" },
  baseYear: { zh: "基期", en: "Base year" },
  horizon: { zh: "规划节点", en: "Target years" },
  generated: { zh: "生成于", en: "Generated" },
  beijingTime: { zh: "（北京时间）", en: " (Beijing time)" },
  sourcesNote: { zh: "数据来源见附表", en: "Sources in the annex" },
  allTargets: { zh: "全部目标的进度", en: "Progress of all targets" },
  method: {
    zh: "按截至日已公布的数据计算：截至日以后公布或修订的数字不计入；目标按调整后的现行口径。",
    en: "Computed from the figures published by the as-of date (later figures and revisions are left out), against the targets as currently adjusted.",
  },
  sections: {
    targets: { zh: "一、发展目标", en: "1. Targets" },
    subTargets: { zh: "二、任务中的分项目标", en: "2. Sub-targets of tasks" },
    projects: { zh: "三、重点工程与任务", en: "3. Projects and their tasks" },
    overdue: { zh: "四、逾期任务", en: "4. Overdue tasks" },
    rules: { zh: "五、计算规则", en: "5. How statuses are computed" },
    annex: { zh: "附表　数据来源", en: "Annex: sources" },
  },
  col: {
    target: { zh: "目标", en: "Target" },
    year: { zh: "年份", en: "Year" },
    latest: { zh: "最新值", en: "Latest" },
    status: { zh: "状态", en: "Status" },
    ratio: { zh: "完成比 r", en: "Ratio r" },
    forecast: { zh: "目标年预测", en: "Forecast" },
    trend: { zh: "走势", en: "Trend" },
    code: { zh: "编号", en: "No." },
    project: { zh: "工程", en: "Project" },
    tasks: { zh: "任务", en: "Tasks" },
    completed: { zh: "已完成", en: "Done" },
    overdue: { zh: "逾期", en: "Overdue" },
    supervised: { zh: "督办中", en: "Supervised" },
    progress: { zh: "平均进度", en: "Mean progress" },
    task: { zh: "任务", en: "Task" },
    due: { zh: "到期日", en: "Due" },
    reasons: { zh: "逾期原因", en: "Why overdue" },
    notices: { zh: "未办结督办", en: "Open notices" },
    period: { zh: "期间", en: "Period" },
    value: { zh: "数值", en: "Value" },
    source: { zh: "来源", en: "Source" },
    published: { zh: "发布日期", en: "Published" },
    flag: { zh: "标记", en: "Flag" },
  },
  targetLine: { zh: "目标值", en: "Target" },
  indicator: { zh: "指标", en: "Indicator" },
  ofTask: { zh: "所属任务", en: "Task" },
  interval: { zh: "80% 区间", en: "80% interval" },
  probability: { zh: "达标概率", en: "Chance of reaching it" },
  achievedOn: { zh: "实现于", en: "Achieved on" },
  adjusted: { zh: "目标已调整", en: "Target adjusted" },
  divergence: { zh: "统计与库内计数相差", en: "Statistics and registry differ by" },
  partial: { zh: "部分年份", en: "partial years" },
  lead: { zh: "牵头", en: "Lead" },
  dueOn: { zh: "应于", en: "due" },
  noOverdue: { zh: "截至该日没有逾期任务。", en: "No task was overdue on that date." },
  noTargets: { zh: "无。", en: "None." },
  rollupNote: {
    zh: "任务数只计任务本身；逾期、督办中计入任务及其分项；平均进度按任务计，分项的进度计入其所属任务。",
    en: "Tasks counts the tasks themselves; overdue and supervised count tasks and their items; mean progress is over the tasks, an item's progress counting within its task.",
  },
  tasksSummary: {
    zh: "任务与分项 {tasks} 项，其中逾期 {overdue} 项、督办中 {supervised} 项。",
    en: "{tasks} tasks and items: {overdue} overdue, {supervised} under supervision.",
  },
  targetsSummary: {
    zh: "目标 {all} 项：发展目标 {main} 项，任务中的分项目标 {sub} 项。",
    en: "{all} targets: {main} development targets, {sub} within tasks.",
  },
  legend: {
    zh: "走势：实线为观测值，虚线为达标所需路径；增速目标为逐年增速与目标增速。",
    en: "Trend: solid line observed, dashed line the path the target requires; growth targets show each year's growth against the target rate.",
  },
  windowRule: {
    zh: "窗口期目标：“力争三年内新获批”等目标按窗口期内的新增量计算，以窗口起始前一年末的数量为 0，比较此后新增的数量与目标值。",
    en: 'Targets over a window: targets such as "newly approved within three years" count what is added over the window; the number at the end of the year before the window counts as 0.',
  },
  annexIntro: {
    zh: "每项目标所用的每个数值的出处：发布物、发布日期和链接；存疑年份和缺失数据单独标注。",
    en: "Where every value used for each target comes from: the publication, its date and link; doubtful years and missing figures are flagged.",
  },
  kinds: {
    reported: { zh: "公布数", en: "Published" },
    computed: { zh: "库内计数", en: "Registry count" },
    baseline: { zh: "基数", en: "Baseline" },
  } as Record<string, Text>,
  registryAsOf: { zh: "数据库计数，截至", en: "Registry count as of" },
  noSources: { zh: "尚无数值，无来源。", en: "No value yet, so no source." },
} as const;

/** Why a target has no forecast (the forecast rule's reasons, and milestones). */
export const FORECAST_UNAVAILABLE: Record<string, Text> = {
  fewer_than_3_points: { zh: "观测值不足 3 个", en: "Fewer than 3 observations" },
  no_baseline: { zh: "没有基数", en: "No baseline" },
  target_year_passed: { zh: "目标年已有观测值", en: "Target year observed" },
  non_positive_values: { zh: "数值非正，无法按增速外推", en: "Non-positive values" },
  milestone: { zh: "里程碑目标不作预测", en: "Milestones are not forecast" },
};

/** The data statuses of published figures other than plain "reported": what the reader must be told. */
export const DATA_FLAGS: Record<string, Text> = {
  reported_check_year: { zh: "年份存疑", en: "Year doubtful" },
  reported_year_inferred: { zh: "年份系推断", en: "Year inferred" },
  reported_url_missing: { zh: "未记录链接", en: "Link not recorded" },
  missing: { zh: "未找到数据", en: "Figure missing" },
};

/** Fills {name} placeholders. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ""));
}
