import { DataList } from "../../../app/components/list/DataList";
import type { FilterDef } from "../../../app/components/list/types";
import { useLoginEventColumns } from "../../../app/components/loginEventColumns";
import { PageHeader } from "../../../app/components/PageHeader";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { adminKeys, listLogins } from "../api/admin";

export function LoginHistoryPage() {
  const { t } = useI18n();
  const columns = useLoginEventColumns();
  const filters: FilterDef[] = [
    {
      kind: "search",
      name: "username",
      label: t("logins.username"),
      placeholder: t("logins.usernamePlaceholder"),
    },
  ];
  return (
    <>
      <PageHeader
        title={t("logins.title")}
        subTitle={t("logins.subTitle")}
        breadcrumbs={[{ title: t("menu.admin") }, { title: t("menu.logins") }]}
      />
      <DataList
        queryKey={adminKeys.logins}
        fetchPage={listLogins}
        columns={columns}
        rowKey="id"
        caption={t("logins.title")}
        filters={filters}
        paged={false}
        pageSize={100}
        emptyText={t("logins.empty")}
      />
    </>
  );
}
