import { Link } from "react-router";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useEntity } from "../hooks/useEntity";

/** Where a merged record went: a link named after the record that was kept. */
export function SuccessorLink({ id }: { id: string }) {
  const { t } = useI18n();
  const successor = useEntity(id);
  const name = successor.data?.data.name;
  return (
    <Link to={`/console/entities/${id}`}>
      {name ? t("entity.openSuccessorNamed", { name }) : t("entity.openSuccessor")}
    </Link>
  );
}
