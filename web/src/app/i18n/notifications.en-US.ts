import type { notificationsZh } from "./notifications.zh-CN";

/** Texts of the notification bell and the notification centre in English. */
export const notificationsEn: Record<keyof typeof notificationsZh, string> = {
  "menu.notifications": "Notifications",
  "notifications.title": "Notifications",
  "notifications.subTitle":
    "Things to do, outcomes, review assignments and deadline reminders. Open one to act on it; it is marked read.",
  "notifications.bell": "Notifications",
  "notifications.bellUnread": "Notifications, {count} unread",
  "notifications.filterLabel": "Show",
  "notifications.all": "All",
  "notifications.unreadOnly": "Unread",
  "notifications.summary": "{total} in all, {unread} unread",
  "notifications.markRead": "Mark read",
  "notifications.markAllRead": "Mark all read",
  "notifications.markedAll": "{count} notifications marked read",
  "notifications.unread": "Unread",
  "notifications.open": "Open",
  "notifications.loadMore": "Load more",
  "notifications.empty": "No notifications",
  "notifications.emptyUnread": "No unread notifications",
  "notifications.emptyHint":
    "You are told here when something waits for you, an application has an outcome or a deadline comes near.",
  "notifications.emailHint":
    "With an e-mail address in your profile you are also told by e-mail, when the system has a mail server.",
  "notifications.kind.workflow.action_needed": "To do",
  "notifications.kind.workflow.outcome": "Outcome",
  "notifications.kind.workflow.review_assigned": "Review",
  "notifications.kind.workflow.objection": "Objection",
  "notifications.kind.workflow.comment": "Comment",
  "notifications.kind.workflow.certificate": "Certificate",
  "notifications.kind.workflow.due": "Deadline",
  "notifications.kind.other": "Notice",
  "profile.email": "E-mail",
  "profile.emailNone": "Not given",
  "profile.emailHint": "Where notification e-mails go (when the system has a mail server).",
  "profile.emailPlaceholder": "name@example.com",
};
