import { DownOutlined, UpOutlined } from "@ant-design/icons";
import { Button, Col, Flex, Form, Row } from "antd";
import { useId, useState } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import { FilterControl } from "./FilterControl";
import { type FilterDef, filterParamNames, type ListParams } from "./types";

interface Props {
  filters: FilterDef[];
  advanced: FilterDef[];
  params: ListParams;
  activeCount: number;
  update: (changes: Record<string, string | undefined>) => void;
  reset: () => void;
}

function colSpan(filter: FilterDef) {
  if (filter.kind === "search") return { xs: 24, md: 12, xl: 8 };
  if (filter.kind === "dateRange" || filter.kind === "flags") return { xs: 24, md: 12, xl: 8 };
  return { xs: 24, sm: 12, md: 8, xl: 4 };
}

/** The filter panel of a list: primary filters always visible, the rest behind "more filters". */
export function FilterBar({ filters, advanced, params, activeCount, update, reset }: Props) {
  const { t } = useI18n();
  const baseId = useId();
  const advancedActive = filterParamNames(advanced).some((n) => params[n]);
  const [open, setOpen] = useState(advancedActive);
  const shown = open ? [...filters, ...advanced] : filters;
  return (
    <Form
      layout="vertical"
      className="rd-filter-bar"
      onSubmitCapture={(e) => e.preventDefault()}
      component="div"
    >
      <Row gutter={[16, 0]}>
        {shown.map((filter) => {
          const id = `${baseId}-${filter.name}`;
          return (
            <Col key={filter.name} {...colSpan(filter)}>
              <Form.Item label={filter.label} htmlFor={id} style={{ marginBottom: 12 }}>
                <FilterControl filter={filter} id={id} params={params} update={update} />
              </Form.Item>
            </Col>
          );
        })}
        <Col flex="auto" className="rd-filter-actions">
          <Flex justify="end" align="center" gap={8}>
            {advanced.length > 0 && (
              <Button
                type="link"
                onClick={() => setOpen(!open)}
                icon={open ? <UpOutlined /> : <DownOutlined />}
                iconPlacement="end"
                aria-expanded={open}
              >
                {open ? t("list.fewerFilters") : t("list.moreFilters")}
              </Button>
            )}
            <Button onClick={reset} disabled={activeCount === 0}>
              {activeCount > 0 ? t("list.resetCount", { count: activeCount }) : t("list.reset")}
            </Button>
          </Flex>
        </Col>
      </Row>
    </Form>
  );
}
