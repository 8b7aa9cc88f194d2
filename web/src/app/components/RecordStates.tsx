import { Result, Skeleton } from "antd";
import type { ReactElement, ReactNode } from "react";
import { Link } from "react-router";
import { hasCode } from "../api/problem";
import { type Crumb, PageHeader } from "./PageHeader";
import { ProblemAlert } from "./ProblemAlert";

interface RecordQuery {
  error: Error | null;
  refetch: () => unknown;
}

interface Props {
  query: RecordQuery;
  /** The page's name while its record loads or fails (the tab's title, the header). */
  documentTitle: string;
  breadcrumbs: Crumb[];
  /** A record that does not exist (or is out of the reader's reach): its message and the way back. */
  notFound: { title: string; backTo: string; backLabel: string };
  /** The shape of the page while it loads (default: one block of lines). */
  skeleton?: ReactNode;
}

/**
 * What a record's page shows while its record is not there (`if (!query.data) return recordStates(…)`): a 404 with
 * the way back when it does not exist, the problem with a retry when it failed, else a skeleton while it loads.
 */
export function recordStates({ query, documentTitle, breadcrumbs, notFound, skeleton }: Props): ReactElement {
  if (!query.error)
    return (
      <>
        <PageHeader
          title={<Skeleton.Input active size="small" />}
          documentTitle={documentTitle}
          breadcrumbs={breadcrumbs}
        />
        {skeleton ?? <Skeleton active paragraph={{ rows: 12 }} />}
      </>
    );
  if (hasCode(query.error, "not_found"))
    return (
      <Result
        status="404"
        title={<h1 className="rd-result-title">{notFound.title}</h1>}
        subTitle={query.error.detail}
        extra={<Link to={notFound.backTo}>{notFound.backLabel}</Link>}
      />
    );
  return (
    <>
      <PageHeader title={documentTitle} breadcrumbs={breadcrumbs} />
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
    </>
  );
}
