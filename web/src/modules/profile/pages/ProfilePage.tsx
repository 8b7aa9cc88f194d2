import { useQuery } from "@tanstack/react-query";
import { App, Card, Col, Empty, Row, Skeleton, Table } from "antd";
import { Suspense } from "react";
import { useSession } from "../../../app/auth/AuthProvider";
import { type LoginEvent, useLoginEventColumns } from "../../../app/components/loginEventColumns";
import { PageHeader } from "../../../app/components/PageHeader";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { PasswordChangeForm } from "../../auth";
import { fetchOwnLogins } from "../api/profile";
import { AccountCard } from "../components/AccountCard";
import { TotpCard } from "../components/TotpCard";

export function ProfilePage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const session = useSession();
  const columns = useLoginEventColumns({ showUser: false });
  const logins = useQuery({ queryKey: ["own-logins"], queryFn: fetchOwnLogins });
  return (
    <>
      <PageHeader title={t("profile.title")} breadcrumbs={[{ title: t("menu.profile") }]} />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <AccountCard />
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t("profile.password")} size="small" className="rd-card" style={{ height: "100%" }}>
            <Suspense fallback={<Skeleton active />}>
              <PasswordChangeForm
                username={session.user.username}
                onDone={() => void message.success(t("password.changed"))}
              />
            </Suspense>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <TotpCard />
        </Col>
        <Col xs={24}>
          <Card title={t("profile.logins")} size="small" className="rd-card">
            <ProblemAlert error={logins.error} onRetry={() => void logins.refetch()} />
            <Table<LoginEvent>
              aria-label={t("profile.logins")}
              rowKey="id"
              size="small"
              loading={logins.isPending}
              columns={columns}
              dataSource={logins.data ?? []}
              pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
              scroll={{ x: "max-content" }}
              locale={{
                emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("logins.empty")} />,
              }}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
