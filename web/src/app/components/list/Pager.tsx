import { LeftOutlined, RightOutlined, VerticalRightOutlined } from "@ant-design/icons";
import { Button, Flex, Select, Typography } from "antd";
import { useId } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import { PAGE_SIZES } from "./useListState";

interface Props {
  pageNumber: number;
  pageSize: number;
  shown: number;
  hasNext: boolean;
  loading: boolean;
  onFirst: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onPageSize: (size: number) => void;
}

/** Keyset paging: first / previous / next, and the row count. No page numbers to jump to. */
export function Pager(props: Props) {
  const { t } = useI18n();
  const sizeId = useId();
  const { pageNumber, pageSize, shown, hasNext, loading } = props;
  const from = (pageNumber - 1) * pageSize + (shown > 0 ? 1 : 0);
  const to = (pageNumber - 1) * pageSize + shown;
  return (
    <Flex justify="space-between" align="center" wrap gap={12} className="rd-pager">
      <Typography.Text type="secondary" aria-live="polite">
        {shown === 0 ? null : t("list.range", { from, to })}
      </Typography.Text>
      <Flex align="center" gap={8} wrap>
        <label htmlFor={sizeId} className="rd-muted-label">
          {t("list.pageSize")}
        </label>
        <Select<number>
          id={sizeId}
          size="small"
          value={pageSize}
          style={{ width: 96 }}
          options={PAGE_SIZES.map((s) => ({ value: s, label: t("list.perPage", { count: s }) }))}
          onChange={props.onPageSize}
        />
        <Button
          size="small"
          icon={<VerticalRightOutlined />}
          disabled={pageNumber <= 1 || loading}
          onClick={props.onFirst}
        >
          {t("list.first")}
        </Button>
        <Button
          size="small"
          icon={<LeftOutlined />}
          disabled={pageNumber <= 1 || loading}
          onClick={props.onPrevious}
        >
          {t("list.previous")}
        </Button>
        <Typography.Text aria-current="page">{t("list.page", { page: pageNumber })}</Typography.Text>
        <Button
          size="small"
          disabled={!hasNext || loading}
          onClick={props.onNext}
          icon={<RightOutlined />}
          iconPlacement="end"
        >
          {t("list.next")}
        </Button>
      </Flex>
    </Flex>
  );
}
