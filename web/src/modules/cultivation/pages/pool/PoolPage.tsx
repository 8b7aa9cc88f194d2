import { SyncOutlined } from "@ant-design/icons";
import {
  CULTIVATION_POOL_STATUS_NAMES,
  CULTIVATION_POOL_STATUSES,
  type CultivationPoolEntry,
  type CultivationPoolStatus,
} from "@rdcity/common";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Flex, Select, Typography } from "antd";
import { useId, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { useAuth } from "../../../../app/auth/AuthProvider";
import { PageHeader } from "../../../../app/components/PageHeader";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { poolKeys } from "../../api/poolApi";
import { recordPromotions } from "../../api/poolWrites";
import { DropModal } from "../../components/pool/DropModal";
import { PoolTable } from "../../components/pool/PoolTable";
import { usePoolMembers, useRounds } from "../../hooks/usePoolQueries";

/**
 * 培育库: the platforms that entered the pool through announced rounds, over the years — in the pool, promoted to
 * national level, dropped — by status and by the year of their round; the city drops a member with a reason.
 */
export function PoolPage() {
  const { t, lang, pick } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const id = useId();
  const [search, setSearch] = useSearchParams();
  const status = (search.get("status") ?? undefined) as CultivationPoolStatus | undefined;
  const year = Number(search.get("year")) || undefined;
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [dropping, setDropping] = useState<CultivationPoolEntry | null>(null);
  const members = usePoolMembers({
    offset: (page.current - 1) * page.pageSize,
    limit: page.pageSize,
    ...(status ? { status } : {}),
    ...(year ? { year } : {}),
  });
  const rounds = useRounds();
  const years = useMemo(
    () => [...new Set((rounds.data ?? []).map((r) => r.year))].sort((a, b) => b - a),
    [rounds.data],
  );
  const manage = can("cultivation.manage");
  const promotions = useMutation({
    mutationFn: recordPromotions,
    onSuccess: (r) => {
      void message.success(t("cultivation.pool.promotionsDone", { count: r.promoted.length }));
      void queryClient.invalidateQueries({ queryKey: poolKeys.all });
    },
    onError: (e) => void message.error(e instanceof Error ? e.message : String(e)),
  });
  const update = (changes: Record<string, string | undefined>) => {
    setPage((p) => ({ ...p, current: 1 }));
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );
  };
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  const counts = members.data?.counts ?? {};
  const all = CULTIVATION_POOL_STATUSES.reduce((s, k) => s + (counts[k] ?? 0), 0);
  return (
    <>
      <PageHeader
        title={t("cultivation.pool.title")}
        subTitle={t("cultivation.pool.subTitle")}
        breadcrumbs={[
          { title: t("menu.cultivation") },
          { title: t("menu.cultivationSelection"), to: "/console/cultivation/selection" },
          { title: t("cultivation.pool.title") },
        ]}
        extra={
          manage && (
            <Button
              icon={<SyncOutlined />}
              loading={promotions.isPending}
              onClick={() => promotions.mutate()}
            >
              {t("cultivation.pool.promotions")}
            </Button>
          )
        }
      />
      <Flex vertical gap={16}>
        <Card size="small" className="rd-card">
          <Flex justify="space-between" wrap gap={12} align="center">
            <Flex wrap gap={8} role="group" aria-label={t("cultivation.pool.byStatus")}>
              <Button
                type={status ? "default" : "primary"}
                aria-pressed={!status}
                onClick={() => update({ status: undefined })}
              >
                {t("cultivation.pool.all")} <strong>{n(all)}</strong>
              </Button>
              {CULTIVATION_POOL_STATUSES.map((s) => (
                <Button
                  key={s}
                  type={status === s ? "primary" : "default"}
                  aria-pressed={status === s}
                  onClick={() => update({ status: status === s ? undefined : s })}
                >
                  {pick(CULTIVATION_POOL_STATUS_NAMES[s])} <strong>{n(counts[s] ?? 0)}</strong>
                </Button>
              ))}
            </Flex>
            <Flex align="center" gap={8}>
              <label htmlFor={`${id}-year`}>{t("cultivation.pool.year")}</label>
              <Select<number>
                id={`${id}-year`}
                allowClear
                style={{ width: 160 }}
                placeholder={t("list.any")}
                value={year}
                loading={rounds.isPending}
                onChange={(v) => update({ year: v ? String(v) : undefined })}
                options={years.map((y) => ({
                  value: y,
                  label: t("cultivation.pool.yearOption", { year: y }),
                }))}
              />
            </Flex>
          </Flex>
        </Card>
        <Card size="small" className="rd-card">
          <ProblemAlert error={members.error} onRetry={() => void members.refetch()} />
          <Typography.Paragraph strong style={{ marginBottom: 8 }}>
            {members.data ? t("list.total", { total: n(members.data.total) }) : " "}
          </Typography.Paragraph>
          <PoolTable
            items={members.data?.items ?? []}
            total={members.data?.total ?? 0}
            loading={members.isFetching}
            pending={members.isPending}
            page={page}
            onPage={setPage}
            onDrop={manage ? setDropping : undefined}
          />
        </Card>
      </Flex>
      {manage && <DropModal entry={dropping} onClose={() => setDropping(null)} />}
    </>
  );
}
