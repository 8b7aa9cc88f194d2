import { UserAddOutlined } from "@ant-design/icons";
import { assignableRoles, ROLES, type User } from "@rdcity/common";
import { Button } from "antd";
import { useCallback, useState } from "react";
import { useAuth, useSession } from "../../../app/auth/AuthProvider";
import { DataList } from "../../../app/components/list/DataList";
import type { FilterDef } from "../../../app/components/list/types";
import { PageHeader } from "../../../app/components/PageHeader";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import { adminKeys, listUsers, listUsersForSecurity } from "../api/admin";
import { ResetPasswordModal } from "../components/ResetPasswordModal";
import { UserActions } from "../components/UserActions";
import { UserFormModal } from "../components/UserFormModal";
import { useUserColumns } from "../components/userColumns";

export function UsersPage() {
  const { t } = useI18n();
  const labels = useLabels();
  const session = useSession();
  const { can } = useAuth();
  const [editing, setEditing] = useState<{ user: User | null } | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const actions = useCallback(
    (u: User) => (
      <UserActions user={u} onEdit={(user) => setEditing({ user })} onResetPassword={setResetting} />
    ),
    [],
  );
  const columns = useUserColumns(actions);
  const filters: FilterDef[] = [
    { kind: "search", name: "q", label: t("users.search"), placeholder: t("users.searchPlaceholder") },
    {
      kind: "select",
      name: "role",
      label: labels.field("role"),
      options: ROLES.map((r) => ({ value: r, label: labels.role(r) })),
    },
  ];
  const manages = can("user.manage");
  // 三权分立: the system administrator grants the ordinary roles, the security administrator the two
  // administrator roles that watch the system administrator (security, audit); assignableRoles says which.
  const mayCreate = (manages || can("security.manage")) && assignableRoles(session.user.role).length > 0;
  return (
    <>
      <PageHeader
        title={t("users.title")}
        subTitle={manages ? t("users.subTitle") : t("users.subTitleSecurity")}
        breadcrumbs={[{ title: t("menu.admin") }, { title: t("menu.users") }]}
        extra={
          mayCreate && (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setEditing({ user: null })}>
              {t("users.create")}
            </Button>
          )
        }
      />
      <DataList
        queryKey={adminKeys.users}
        fetchPage={manages ? listUsers : listUsersForSecurity}
        columns={columns}
        rowKey="id"
        caption={t("users.title")}
        filters={filters}
      />
      <UserFormModal user={editing?.user ?? null} open={editing !== null} onClose={() => setEditing(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
