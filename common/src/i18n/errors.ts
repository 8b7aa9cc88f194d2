import { EFFECTIVENESS_ERRORS } from "./errors/cultivation-effectiveness.js";
import { POOL_ERRORS } from "./errors/cultivation-pool.js";
import { SUPPORT_ERRORS } from "./errors/cultivation-support.js";
import { interpolate, type Lang } from "./lang.js";

/**
 * Stable error codes of the API with their HTTP status and messages in both languages.
 * A module adds its codes here so that one handler maps every error once (STYLE §6).
 */
export const ERRORS = {
  validation_failed: { status: 400, zh: "输入有误：{detail}", en: "Invalid input: {detail}" },
  not_found: { status: 404, zh: "未找到所请求的记录", en: "The requested record was not found" },
  route_not_found: { status: 404, zh: "接口不存在：{method} {url}", en: "No such endpoint: {method} {url}" },
  unauthenticated: { status: 401, zh: "请先登录", en: "Please sign in first" },
  session_expired: {
    status: 401,
    zh: "登录已超时，请重新登录",
    en: "Your session has expired; please sign in again",
  },
  token_invalid: {
    status: 401,
    zh: "API 令牌无效、已过期或已吊销",
    en: "The API token is invalid, expired or revoked",
  },
  forbidden: { status: 403, zh: "您没有执行此操作的权限", en: "You are not allowed to do this" },
  out_of_scope: {
    status: 403,
    zh: "该记录不在您的管辖范围（{area}）内",
    en: "This record is outside your area ({area})",
  },
  csrf_invalid: {
    status: 403,
    zh: "请求缺少有效的 CSRF 令牌，请刷新页面后重试",
    en: "Missing or invalid CSRF token; reload the page and try again",
  },
  invalid_credentials: { status: 401, zh: "用户名或密码错误", en: "Wrong user name or password" },
  account_locked: {
    status: 423,
    zh: "连续登录失败次数过多，账号已锁定，请于 {minutes} 分钟后重试",
    en: "Too many failed sign-ins; the account is locked for {minutes} more minutes",
  },
  account_disabled: { status: 403, zh: "账号已停用", en: "This account is disabled" },
  totp_required: { status: 401, zh: "请输入动态验证码", en: "Enter the code from your authenticator app" },
  totp_invalid: { status: 401, zh: "动态验证码错误", en: "The authenticator code is wrong" },
  totp_enrolment_required: {
    status: 403,
    zh: "管理员账号须先绑定动态验证码",
    en: "Administrator accounts must enrol an authenticator first",
  },
  password_change_required: {
    status: 403,
    zh: "首次登录须先修改密码",
    en: "You must change your password before continuing",
  },
  password_policy: {
    status: 422,
    zh: "密码不符合要求：{reasons}",
    en: "The password does not meet the policy: {reasons}",
  },
  password_wrong: { status: 422, zh: "当前密码不正确", en: "The current password is wrong" },
  precondition_required: {
    status: 428,
    zh: "修改须携带 If-Match 请求头（记录的 ETag）",
    en: "This change needs an If-Match header with the record's ETag",
  },
  version_conflict: {
    status: 412,
    zh: "该记录已被 {by} 于 {at} 修改，请刷新后再改",
    en: "This record was changed by {by} at {at}; reload it and try again",
  },
  uscc_invalid: {
    status: 422,
    zh: "统一社会信用代码无效：{reason}",
    en: "Invalid unified social credit code: {reason}",
  },
  uscc_taken: {
    status: 409,
    zh: "统一社会信用代码 {uscc} 已登记为“{name}”",
    en: "Unified social credit code {uscc} is already registered as “{name}”",
  },
  possible_duplicate: {
    status: 409,
    zh: "疑似重复：已有名称相近的主体“{name}”。确认不是同一主体后可继续保存",
    en: "Possible duplicate of “{name}”; confirm that it is a different entity to save anyway",
  },
  merge_invalid: { status: 422, zh: "无法合并：{reason}", en: "Cannot merge: {reason}" },
  record_inactive: {
    status: 409,
    zh: "该记录已{status}，不能修改",
    en: "This record is {status} and cannot be changed",
  },
  cursor_invalid: {
    status: 400,
    zh: "分页游标无效，请从第一页重新查询",
    en: "Invalid page cursor; start again from the first page",
  },
  username_taken: { status: 409, zh: "用户名 {username} 已存在", en: "User name {username} is taken" },
  role_not_assignable: {
    status: 403,
    zh: "您不能授予角色 {role}（三权分立）",
    en: "You cannot grant the role {role} (separation of duties)",
  },
  area_required: { status: 422, zh: "区县用户必须指定所属区域", en: "A district user needs an area" },
  payload_too_large: {
    status: 413,
    zh: "上传内容过大（上限 {limit}）",
    en: "The upload is too large (limit {limit})",
  },
  unsupported_media_type: { status: 415, zh: "不支持的内容类型", en: "Unsupported content type" },
  file_missing: { status: 400, zh: "请上传文件", en: "Please upload a file" },
  file_empty: { status: 422, zh: "文件为空或没有数据行", en: "The file is empty or has no data rows" },
  file_format_unknown: {
    status: 415,
    zh: "无法识别的文件格式，请上传 CSV 或 XLSX 文件",
    en: "Unknown file format; upload a CSV or XLSX file",
  },
  file_encoding_unsupported: {
    status: 422,
    zh: "无法识别文件编码（仅支持 UTF-8、GBK/GB18030）",
    en: "Unrecognised file encoding (UTF-8 and GBK/GB18030 are supported)",
  },
  file_too_many_columns: {
    status: 422,
    zh: "文件列数过多（{count} 列，上限 {limit} 列）",
    en: "Too many columns ({count}, limit {limit})",
  },
  file_too_many_rows: {
    status: 422,
    zh: "文件行数过多（上限 {limit} 行）",
    en: "Too many rows (limit {limit})",
  },
  file_unreadable: { status: 422, zh: "文件已损坏或无法读取", en: "The file is damaged or cannot be read" },
  header_missing: { status: 422, zh: "缺少必填列：{columns}", en: "Required columns are missing: {columns}" },
  import_has_errors: {
    status: 422,
    zh: "文件中有 {count} 处错误，未写入任何数据",
    en: "The file has {count} errors; nothing was written",
  },
  import_kind_unknown: { status: 400, zh: "不支持的导入类型：{kind}", en: "Unknown import kind: {kind}" },
  rate_limited: { status: 429, zh: "请求过于频繁，请稍后再试", en: "Too many requests; try again later" },
  internal_error: {
    status: 500,
    zh: "服务器内部错误（编号 {id}），请联系管理员",
    en: "Internal server error (reference {id}); please contact the administrator",
  },
  calendar_year_missing: {
    status: 422,
    zh: "工作日历尚未录入 {year} 年的放假调休安排（{date}），无法按工作日计算；国务院通常于上一年 11 月发布次年安排，请管理员更新工作日历",
    en: "The working-day calendar has no official holiday arrangement for {year} ({date}); the State Council usually publishes it in November of the year before. Ask an administrator to update the calendar",
  },
  process_unknown: {
    status: 422,
    zh: "未登记的业务流程：{process}",
    en: "Unknown workflow process: {process}",
  },
  certificate_unknown: {
    status: 404,
    zh: "未查到编号为“{number}”的证书，请核对证书编号",
    en: "No certificate has the number “{number}”; check the number",
  },
  transition_not_allowed: {
    status: 422,
    zh: "当前状态“{stateZh}”下不能执行“{actionZh}”",
    en: "“{actionEn}” cannot be taken in the state “{stateEn}”",
  },
  transition_role: {
    status: 403,
    zh: "“{actionZh}”只能由{rolesZh}办理",
    en: "“{actionEn}” can only be taken by {rolesEn}",
  },
  transition_deadline_passed: {
    status: 422,
    zh: "“{actionZh}”须在进入“{stateZh}”后 {limitZh}内办理，期限已于 {due} 届满",
    en: "“{actionEn}” had to be taken within {limitEn} of entering “{stateEn}”; the deadline passed at {due}",
  },
  fields_required: {
    status: 422,
    zh: "办理“{actionZh}”须先填写：{fieldsZh}",
    en: "“{actionEn}” needs these fields: {fieldsEn}",
  },
  fields_invalid: {
    status: 422,
    zh: "办理“{actionZh}”的填报内容有误：{detailZh}",
    en: "The data for “{actionEn}” is invalid: {detailEn}",
  },
  comment_required: {
    status: 422,
    zh: "办理“{actionZh}”须填写意见",
    en: "“{actionEn}” needs a comment",
  },
  checklist_incomplete: {
    status: 422,
    zh: "形式审查尚有未通过的项目：{itemsZh}，不能办理“{actionZh}”",
    en: "The formal check has items not passed: {itemsEn}; “{actionEn}” is not possible",
  },
  attachment_required: {
    status: 422,
    zh: "办理“{actionZh}”须先上传附件：{kindsZh}",
    en: "“{actionEn}” needs these attachments: {kindsEn}",
  },
  attachment_kind_unknown: {
    status: 422,
    zh: "本流程没有“{kind}”类附件",
    en: "This process has no attachment kind “{kind}”",
  },
  attachment_type: {
    status: 415,
    zh: "“{kindZh}”不接受 {contentType} 类型的文件（允许：{allowed}）",
    en: "“{kindEn}” does not accept {contentType} files (allowed: {allowed})",
  },
  attachment_too_large: {
    status: 413,
    zh: "附件过大：{size}，“{kindZh}”上限为 {limit}",
    en: "The attachment is too large ({size}); the limit for “{kindEn}” is {limit}",
  },
  review_not_open: {
    status: 422,
    zh: "当前状态“{stateZh}”不是专家评审环节",
    en: "The state “{stateEn}” is not an expert review step",
  },
  experts_insufficient: {
    status: 422,
    zh: "符合回避规则的专家只有 {available} 名，不足抽取的 {count} 名（已排除 {excluded} 名）",
    en: "Only {available} experts are free of conflicts, fewer than the {count} to draw ({excluded} excluded)",
  },
  conflict_of_interest: {
    status: 409,
    zh: "专家“{expert}”须回避（{reasonZh}），不能参与本项评审",
    en: "Expert “{expert}” must stand aside ({reasonEn}) and cannot review this application",
  },
  score_invalid: {
    status: 422,
    zh: "评分表填写有误：{detailZh}",
    en: "The score sheet is invalid: {detailEn}",
  },
  review_closed: {
    status: 409,
    zh: "该评审任务已{statusZh}，不能再提交评分",
    en: "This review assignment is {statusEn}; scores can no longer be submitted",
  },
  scores_incomplete: {
    status: 422,
    zh: "专家评分尚未完成（已提交 {submitted} 份，至少需要 {required} 份，仍有 {pending} 份待提交），不能办理“{actionZh}”",
    en: "Expert scoring is not complete ({submitted} submitted, at least {required} needed, {pending} pending); “{actionEn}” is not possible",
  },
  notice_not_open: {
    status: 422,
    zh: "该事项当前不在公示期内（{reasonZh}）",
    en: "This matter is not under public notice ({reasonEn})",
  },
  notice_not_over: {
    status: 422,
    zh: "公示期为 {workingDays} 个工作日，至 {endsOn} 结束，期满后才能办理“{actionZh}”",
    en: "The public notice runs for {workingDays} working days until {endsOn}; “{actionEn}” is possible only after it ends",
  },
  objections_unanswered: {
    status: 422,
    zh: "公示期间收到的 {count} 件异议尚未答复，全部答复后才能办理“{actionZh}”",
    en: "{count} objections received during the public notice are unanswered; answer them all before “{actionEn}”",
  },
  objection_answered: {
    status: 409,
    zh: "该异议已于 {at} 由 {by} 答复",
    en: "This objection was already answered by {by} at {at}",
  },
  recognition_type: {
    status: 422,
    zh: "“{type}”不是市级可认定的平台类别（可认定：五类研发中心和市级创新平台）",
    en: "“{type}” is not a kind the city recognises (the five R&D centre kinds and municipal platforms)",
  },
  recognition_no_district: {
    status: 422,
    zh: "单位“{name}”在主体库中没有所在区县，请先补全单位信息",
    en: "“{name}” has no district in the registry; complete the organisation's record first",
  },
  recognition_platform_status: {
    status: 409,
    zh: "平台“{name}”不是本单位的培育中平台，不能申请认定",
    en: "“{name}” is not a cultivating platform of your organisation and cannot be put forward",
  },
  revocation_status: {
    status: 409,
    zh: "平台“{name}”未处于认定状态，无需撤销",
    en: "“{name}” is not recognised, so there is nothing to revoke",
  },
  platform_taken: {
    status: 409,
    zh: "依托单位已有同名同类型的平台“{name}”",
    en: "The host organisation already has a platform of this type named “{name}”",
  },
  platform_code_taken: {
    status: 409,
    zh: "平台编码 {code} 已用于“{name}”",
    en: "The platform code {code} is already used by “{name}”",
  },
  platform_level_not_allowed: {
    status: 422,
    zh: "“{typeZh}”的级别只能是{levelsZh}",
    en: "A “{typeEn}” can only be {levelsEn}",
  },
  platform_host_unknown: {
    status: 422,
    zh: "{roleZh}不在主体库中，或已合并、注销（{id}）",
    en: "The {roleEn} is not in the registry, or is merged or deregistered ({id})",
  },
  platform_link_invalid: {
    status: 422,
    zh: "共建单位有误：{reasonZh}",
    en: "Invalid linked organisation: {reasonEn}",
  },
  platform_transition_invalid: {
    status: 422,
    zh: "平台状态不能从“{fromZh}”变为“{toZh}”{hintZh}",
    en: "A platform cannot go from “{fromEn}” to “{toEn}”{hintEn}",
  },
  platform_successor_required: {
    status: 422,
    zh: "平台整合须指定整合后的平台",
    en: "Merging a platform needs the platform it is merged into",
  },
  platform_successor_invalid: {
    status: 422,
    zh: "整合后的平台无效：{reasonZh}",
    en: "Invalid successor platform: {reasonEn}",
  },
  platform_recognition_required: {
    status: 422,
    zh: "状态为“{statusZh}”的平台须填写认定日期",
    en: "A platform in the status “{statusEn}” needs its recognition date",
  },
  platform_inactive: {
    status: 409,
    zh: "该平台已{statusZh}，不能修改",
    en: "This platform is {statusEn} and can no longer be changed",
  },
  platform_status_date_invalid: {
    status: 422,
    zh: "状态生效日期 {date} 无效：{reasonZh}",
    en: "The status date {date} is invalid: {reasonEn}",
  },
  report_exists: {
    status: 409,
    zh: "“{platform}”的 {year} 年度报告已存在",
    en: "The {year} annual report of “{platform}” already exists",
  },
  report_year_open: {
    status: 422,
    zh: "{year} 年度尚未结束，年度报告自 {next} 年 1 月 1 日起填报",
    en: "The year {year} has not ended; its annual report can be filed from 1 January {next}",
  },
  report_platform_inactive: {
    status: 422,
    zh: "该平台已于 {on} {statusZh}，不能填报 {year} 年度报告",
    en: "This platform was {statusEn} on {on}; no annual report can be filed for {year}",
  },
  report_incomplete: {
    status: 422,
    zh: "提交年度报告前须填写：{fieldsZh}",
    en: "Fill in before submitting the annual report: {fieldsEn}",
  },
  report_not_editable: {
    status: 409,
    zh: "年度报告当前为“{statusZh}”，只有填报中或已退回的报告可以修改",
    en: "The annual report is “{statusEn}”; only a draft or a returned report can be changed",
  },
  report_not_filer: {
    status: 403,
    zh: "年度报告只能由平台的依托单位填报和修改",
    en: "Only the platform's host organisation files and changes its annual reports",
  },
  report_flags_unacknowledged: {
    status: 422,
    zh: "该报告有 {count} 项指标同比变动超过阈值（{metricsZh}），须勾选“已核实异常波动”后才能通过",
    en: "{count} figures changed beyond the threshold against the previous year ({metricsEn}); acknowledge the flags to accept",
  },
  indicator_unknown: {
    status: 422,
    zh: "指标“{code}”不存在",
    en: "There is no indicator “{code}”",
  },
  indicator_computed: {
    status: 422,
    zh: "“{nameZh}”由数据库自动统计，不能手工录入",
    en: "“{nameEn}” is counted from the registry and cannot be typed in",
  },
  observation_period_invalid: {
    status: 422,
    zh: "期间“{period}”不符合该指标的统计期（年度，写作 YYYY，且不晚于今年）",
    en: "The period “{period}” does not fit the indicator (yearly: YYYY, not after this year)",
  },
  observation_area_invalid: {
    status: 422,
    zh: "地区代码“{area}”不是本市或所辖区县的代码",
    en: "“{area}” is not the code of the city or one of its districts",
  },
  observation_unit_mismatch: {
    status: 422,
    zh: "单位“{unit}”与指标的单位“{expectedZh}”不符",
    en: "The unit “{unit}” does not match the indicator's unit “{expectedEn}”",
  },
  observation_out_of_range: {
    status: 422,
    zh: "数值 {value} 超出该指标的合理范围（{min} 至 {max}）",
    en: "The value {value} is outside the indicator's range ({min} to {max})",
  },
  observation_duplicate: {
    status: 409,
    zh: "“{nameZh}”{period}年（{areaZh}）已有数据（第 {vintage} 版）；修订数据须作为修订提交并说明原因",
    en: "“{nameEn}” already has a figure for {period} ({areaEn}, vintage {vintage}); a revised figure must be sent as a revision with its reason",
  },
  observation_not_found: {
    status: 404,
    zh: "所修订的数据不存在",
    en: "The figure to revise does not exist",
  },
  plan_pack_invalid: {
    status: 422,
    zh: "规划数据包有 {count} 处问题，未载入任何内容",
    en: "The plan pack has {count} problems; nothing was loaded",
  },
  plan_task_not_yours: {
    status: 403,
    zh: "该任务不由您的单位牵头或参与",
    en: "Your unit neither leads nor takes part in this task",
  },
  progress_period_invalid: {
    status: 422,
    zh: "报告期“{period}”无效：应写作 YYYYQn，且不晚于本季度",
    en: "The reporting period “{period}” is invalid: write YYYYQn, not after the current quarter",
  },
  progress_report_duplicate: {
    status: 409,
    zh: "您的单位已提交该任务 {period} 的进展报告",
    en: "Your unit has already reported on this task for {period}",
  },
  supervision_due_invalid: {
    status: 422,
    zh: "办理期限须晚于今天（{today}），且不超过一年",
    en: "The response date must be after today ({today}) and within a year",
  },
  milestone_date_future: {
    status: 422,
    zh: "完成日期不能晚于今天（{today}）",
    en: "The date reached cannot be after today ({today})",
  },
  plan_change_empty: {
    status: 422,
    zh: "变更申请没有改变任何内容",
    en: "The change request changes nothing",
  },
  plan_change_stale: {
    status: 409,
    zh: "该记录在申请提出后已变更（当前为第 {current} 版，申请基于第 {base} 版），请重新提出",
    en: "The record changed after the request was made (now version {current}, the request was for version {base}); make a new request",
  },
  plan_task_not_active: {
    status: 422,
    zh: "任务“{code}”已{statusZh}，不能再办理此事项",
    en: "Task {code} is {statusEn}; this can no longer be done on it",
  },
  plan_unit_unknown: {
    status: 422,
    zh: "没有代码为“{codes}”的单位",
    en: "No unit has the code “{codes}”",
  },
  plan_unit_not_of_task: {
    status: 422,
    zh: "“{unit}”不是该任务的牵头或参与单位",
    en: "“{unit}” neither leads nor takes part in this task",
  },
  supervision_unit_required: {
    status: 422,
    zh: "该任务没有牵头单位，请指定督办的单位",
    en: "The task has no lead unit; name the unit the notice is addressed to",
  },
  plan_change_not_allowed: {
    status: 403,
    zh: "目标的调整由市级提出；单位只能申请调整本单位牵头的任务",
    en: "Only the city may request changes to targets; a unit may request changes only to the tasks it leads",
  },
  ...POOL_ERRORS,
  ...SUPPORT_ERRORS,
  ...EFFECTIVENESS_ERRORS,
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof ERRORS;

/**
 * Reasons a message may list. A parameter that is a list of these codes is written in the message's language,
 * so one error thrown deep in the server reads right in either language.
 */
export const REASON_TEXTS: Record<string, { zh: string; en: string }> = {
  "password.length": { zh: "至少 10 个字符", en: "at least 10 characters" },
  "password.classes": {
    zh: "须包含大写字母、小写字母、数字、符号中的至少 3 类",
    en: "at least 3 of: upper case, lower case, digits, symbols",
  },
  "password.username": { zh: "不能包含用户名", en: "must not contain the user name" },
  "password.reused": { zh: "不能与最近 5 次使用过的密码相同", en: "must differ from the last 5 passwords" },
  "password.tooLong": { zh: "不能超过 128 个字符", en: "at most 128 characters" },
};

function localiseParams(
  params: Record<string, unknown> | undefined,
  lang: Lang,
): Record<string, unknown> | undefined {
  if (!params) return params;
  const en = lang === "en-US";
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = Array.isArray(value)
      ? value
          .map((v) => (REASON_TEXTS[String(v)] ? REASON_TEXTS[String(v)]![en ? "en" : "zh"] : String(v)))
          .join(en ? "; " : "；")
      : value;
  }
  return out;
}

export function errorMessage(code: ErrorCode, lang: Lang, params?: Record<string, unknown>): string {
  const entry = ERRORS[code];
  return interpolate(lang === "en-US" ? entry.en : entry.zh, localiseParams(params, lang));
}

/** Shape of every error body (RFC 9457 problem+json with our extensions). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  instance?: string;
  errors?: { path: string; code: string; message: string }[];
  [key: string]: unknown;
}
