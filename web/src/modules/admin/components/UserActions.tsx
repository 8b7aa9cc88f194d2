import { assignableRoles, type User } from "@rdcity/common";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Flex, Popconfirm } from "antd";
import { isApiError } from "../../../app/api/problem";
import { useAuth, useSession } from "../../../app/auth/AuthProvider";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { adminKeys, resetUserTotp, unlockUser } from "../api/admin";
import { isLocked } from "./userColumns";

interface Props {
  user: User;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

/** Per-row actions; each shown only to the administrator whose duty it is (三权分立). */
export function UserActions({ user, onEdit, onResetPassword }: Props) {
  const { t } = useI18n();
  const { can } = useAuth();
  const session = useSession();
  // The system administrator edits and resets only the accounts of roles it may grant: never those of the
  // security and audit administrators (三权分立).
  const manages = can("user.manage") && assignableRoles(session.user.role).includes(user.role);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const act = useMutation({
    mutationFn: (kind: "unlock" | "totp") =>
      kind === "unlock" ? unlockUser(user.id) : resetUserTotp(user.id),
    onSuccess: (_d, kind) => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.users });
      void message.success(
        kind === "unlock"
          ? t("users.unlocked", { name: user.username })
          : t("users.totpReset", { name: user.username }),
      );
    },
    onError: (error) => void message.error(isApiError(error) ? error.detail : String(error)),
  });
  return (
    <Flex gap={4} wrap>
      {manages && (
        <>
          <Button size="small" type="link" onClick={() => onEdit(user)}>
            {t("common.edit")}
          </Button>
          <Button size="small" type="link" onClick={() => onResetPassword(user)}>
            {t("users.resetPassword")}
          </Button>
        </>
      )}
      {can("security.manage") && isLocked(user) && (
        <Popconfirm
          title={t("users.unlockConfirm", { name: user.username })}
          onConfirm={() => act.mutate("unlock")}
        >
          <Button size="small" type="link" loading={act.isPending && act.variables === "unlock"}>
            {t("users.unlock")}
          </Button>
        </Popconfirm>
      )}
      {can("security.manage") && user.totpEnabled && (
        <Popconfirm
          title={t("users.resetTotpConfirm", { name: user.username })}
          onConfirm={() => act.mutate("totp")}
        >
          <Button size="small" type="link" danger loading={act.isPending && act.variables === "totp"}>
            {t("users.resetTotp")}
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );
}
