import { Col, Flex, Row } from "antd";
import { useAuth } from "../../../app/auth/AuthProvider";
import { EvaluationHistoryCard } from "./EvaluationHistoryCard";
import { PoolHistoryCard } from "./PoolHistoryCard";
import { SupportHistoryCard } from "./SupportHistoryCard";

/**
 * The "培育与评估" tab of a platform's page: its cultivation (pool rounds and entries) and support by R&D
 * investment for holders of cultivation.read, and its evaluation results over the rounds for every reader of the
 * platform (a host organisation sees its published results only).
 */
export function PlatformCultivationTab({ platformId }: { platformId: string }) {
  const { can } = useAuth();
  return (
    <Flex vertical gap={16}>
      {can("cultivation.read") && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xxl={12}>
            <PoolHistoryCard platformId={platformId} />
          </Col>
          <Col xs={24} xxl={12}>
            <SupportHistoryCard platformId={platformId} />
          </Col>
        </Row>
      )}
      <EvaluationHistoryCard platformId={platformId} />
    </Flex>
  );
}
