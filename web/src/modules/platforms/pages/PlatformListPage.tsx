import { CloudUploadOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Flex } from "antd";
import { useNavigate } from "react-router";
import { useAuth } from "../../../app/auth/AuthProvider";
import { DataList } from "../../../app/components/list/DataList";
import { useListState } from "../../../app/components/list/useListState";
import { PageHeader } from "../../../app/components/PageHeader";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { fetchPlatformMap, listPlatforms, platformExportUrl, platformKeys } from "../api/platforms";
import { PlatformMapCard } from "../components/PlatformMapCard";
import { usePlatformColumns } from "../components/platformColumns";
import { usePlatformFilters } from "../components/platformFilters";
import { usePlatformFacets } from "../hooks/usePlatformFacets";

const SORTABLE = { name: "name", recognisedOn: "recognisedOn" };

export function PlatformListPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const columns = usePlatformColumns();
  // The URL holds the filters: the map, the facet counts and the list read the same parameters.
  const names = usePlatformFilters(undefined);
  const state = useListState([...names.filters, ...names.advanced], 20);
  const facets = usePlatformFacets(state.params);
  const withCounts = usePlatformFilters(facets.data);
  return (
    <>
      <PageHeader
        title={t("platform.listTitle")}
        subTitle={t("platform.listSubTitle")}
        breadcrumbs={[{ title: t("menu.platforms") }, { title: t("menu.platformDirectory") }]}
        extra={
          can("platform.write") && (
            <>
              <Button icon={<CloudUploadOutlined />} onClick={() => navigate("/console/platforms/import")}>
                {t("platform.import.button")}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate("/console/platforms/new")}
              >
                {t("platform.create")}
              </Button>
            </>
          )
        }
      />
      <Flex vertical gap={16}>
        <PlatformMapCard
          params={state.params}
          update={state.update}
          queryKey={platformKeys.map}
          fetchMap={fetchPlatformMap}
        />
        <DataList
          queryKey={platformKeys.list()}
          fetchPage={listPlatforms}
          columns={columns}
          rowKey="id"
          caption={t("platform.listTitle")}
          filters={withCounts.filters}
          advancedFilters={withCounts.advanced}
          sortable={SORTABLE}
          exports={
            can("export.run")
              ? [
                  { label: t("list.exportCsv"), href: (p) => platformExportUrl("csv", p) },
                  { label: t("list.exportXlsx"), href: (p) => platformExportUrl("xlsx", p) },
                ]
              : undefined
          }
          emptyText={t("platform.empty")}
          pageSize={20}
        />
      </Flex>
    </>
  );
}
