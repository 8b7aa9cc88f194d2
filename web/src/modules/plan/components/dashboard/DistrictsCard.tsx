import { Card, Flex, Segmented, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { DistrictMap } from "../../../../app/components/map/DistrictMap";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import type { DistrictBreakdown } from "../../api/plan";

/**
 * The districts coloured by a count of the platform registry (all platforms, R&D centres, national-level), with
 * the same counts in a table; the counts are the registry's as of the dashboard's day.
 */
export function DistrictsCard({ districts, asOf }: { districts: DistrictBreakdown; asOf: string }) {
  const { t, pick } = useI18n();
  const keys = Object.keys(districts.series);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const key = chosen && keys.includes(chosen) ? chosen : keys[0];
  const counts = key
    ? Object.fromEntries(districts.items.map((d) => [d.code, d.values[key] ?? 0]))
    : undefined;
  const seriesName = (k: string) => {
    const label = districts.series[k];
    return label ? pick(label) : k;
  };
  return (
    <Card
      size="small"
      className="rd-card"
      title={t("plan.districts.title")}
      extra={
        keys.length > 1 && (
          <Segmented<string>
            size="small"
            aria-label={t("plan.districts.series")}
            value={key}
            onChange={setChosen}
            options={keys.map((k) => ({ value: k, label: seriesName(k) }))}
          />
        )
      }
    >
      {key ? (
        <DistrictMap counts={counts} title={seriesName(key)} height={340} />
      ) : (
        <Typography.Text type="secondary">{t("plan.districts.none")}</Typography.Text>
      )}
      <Flex justify="flex-end">
        <Typography.Text type="secondary" className="rd-small">
          {t("plan.districts.source", { date: asOf })}{" "}
          <Link to="/console/platforms" style={{ textDecoration: "underline" }}>
            {t("plan.districts.registry")}
          </Link>
        </Typography.Text>
      </Flex>
    </Card>
  );
}
