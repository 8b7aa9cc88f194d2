import { Flex, Typography } from "antd";
import { DataList } from "../../../app/components/list/DataList";
import { useListState } from "../../../app/components/list/useListState";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { PublicLayout } from "../../../app/layout/PublicLayout";
import { fetchPublicPlatformMap, listPublicPlatforms, publicPlatformKeys } from "../api/publicPlatforms";
import { PlatformMapCard } from "../components/PlatformMapCard";
import { usePlatformFilters } from "../components/platformFilters";
import { usePlatformFacets } from "../hooks/usePlatformFacets";
import { usePublicColumns } from "./publicColumns";

const SORTABLE = { name: "name", recognisedOn: "recognisedOn" };

/** The public directory: the same map and filters as the console's, over public fields of public statuses. */
export function PublicPlatformsPage() {
  const { t } = useI18n();
  // The URL holds the filters: the map, the facet counts and the list read the same parameters.
  const names = usePlatformFilters(undefined, { publicView: true });
  const state = useListState([...names.filters, ...names.advanced], 20);
  const facets = usePlatformFacets(state.params, { publicView: true });
  const { filters, advanced } = usePlatformFilters(facets.data, { publicView: true });
  const columns = usePublicColumns();
  return (
    <PublicLayout
      title={t("public.title")}
      brand={t("public.brand")}
      home="/public/platforms"
      footer={t("public.footer")}
      signIn={t("public.signIn")}
    >
      <header className="rd-page-header">
        <Typography.Title level={1} className="rd-page-title">
          {t("public.title")}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
          {t("public.subTitle")}
        </Typography.Paragraph>
      </header>
      <Flex vertical gap={16}>
        <PlatformMapCard
          params={state.params}
          update={state.update}
          queryKey={publicPlatformKeys.map}
          fetchMap={fetchPublicPlatformMap}
        />
        <DataList
          queryKey={publicPlatformKeys.list}
          fetchPage={listPublicPlatforms}
          columns={columns}
          rowKey="id"
          caption={t("public.title")}
          filters={filters}
          advancedFilters={advanced}
          sortable={SORTABLE}
          emptyText={t("platform.empty")}
          pageSize={20}
        />
      </Flex>
    </PublicLayout>
  );
}
