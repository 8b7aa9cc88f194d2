import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useI18n } from "../../../app/i18n/I18nProvider";
import {
  fetchNotifications,
  fetchUnreadCount,
  markAllNotificationsRead,
  markNotificationRead,
} from "../api/notifications";

/** Every notification query lives under this key, so one invalidation refreshes the bell and the list. */
export const NOTIFICATIONS_KEY = ["notifications"] as const;
const PAGE_SIZE = 20;

/** The unread count: every 60 s while the page is visible, and when the window regains focus. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, "unread-count"],
    queryFn: ({ signal }) => fetchUnreadCount(signal),
    refetchInterval: 60_000,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    staleTime: 0,
    retry: false,
  });
}

/** Own notifications, newest first, a page at a time (texts in the current language). */
export function useNotificationList(unreadOnly: boolean) {
  const { lang } = useI18n();
  return useInfiniteQuery({
    queryKey: [...NOTIFICATIONS_KEY, "list", { unreadOnly, lang }],
    queryFn: ({ pageParam, signal }) =>
      fetchNotifications({ unread: unreadOnly, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchOnWindowFocus: true,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
