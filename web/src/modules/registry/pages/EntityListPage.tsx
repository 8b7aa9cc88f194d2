import { CloudUploadOutlined, PlusOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useNavigate } from "react-router";
import { useAuth } from "../../../app/auth/AuthProvider";
import { DataList } from "../../../app/components/list/DataList";
import { PageHeader } from "../../../app/components/PageHeader";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { entityExportUrl, entityKeys, listEntities } from "../api/entities";
import { useEntityColumns } from "../components/entityColumns";
import { useEntityFilters } from "../components/entityFilters";

const SORTABLE = { name: "name", uscc: "uscc", updatedAt: "updatedAt" };

export function EntityListPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const columns = useEntityColumns();
  const { filters, advanced } = useEntityFilters();
  return (
    <>
      <PageHeader
        title={t("entity.listTitle")}
        subTitle={t("entity.listSubTitle")}
        breadcrumbs={[{ title: t("menu.registry") }, { title: t("menu.entities") }]}
        extra={
          <>
            {can("import.run") && (
              <Button icon={<CloudUploadOutlined />} onClick={() => navigate("/console/imports")}>
                {t("entity.import")}
              </Button>
            )}
            {can("entity.write") && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate("/console/entities/new")}
              >
                {t("entity.create")}
              </Button>
            )}
          </>
        }
      />
      <DataList
        queryKey={entityKeys.list()}
        fetchPage={listEntities}
        columns={columns}
        rowKey="id"
        caption={t("entity.listTitle")}
        filters={filters}
        advancedFilters={advanced}
        sortable={SORTABLE}
        exports={
          can("export.run")
            ? [
                { label: t("list.exportCsv"), href: (p) => entityExportUrl("csv", p) },
                { label: t("list.exportXlsx"), href: (p) => entityExportUrl("xlsx", p) },
              ]
            : undefined
        }
        emptyText={t("entity.empty")}
        pageSize={20}
      />
    </>
  );
}
