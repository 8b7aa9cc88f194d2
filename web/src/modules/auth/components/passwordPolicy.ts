import type { MessageKey } from "../../../app/i18n/zh-CN";

/**
 * The password policy as a hint before the server is asked (≥ 10 characters, 3 of 4 character classes, not the
 * user name). The server remains the judge (it also refuses the last five passwords).
 */
export function passwordProblems(password: string, username: string): MessageKey[] {
  const problems: MessageKey[] = [];
  if (password.length < 10) problems.push("password.tooShort");
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push("password.tooSimple");
  if (username && password.toLowerCase().includes(username.toLowerCase()))
    problems.push("password.containsUsername");
  return problems;
}
