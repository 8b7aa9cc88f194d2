import type { EvaluationReviewStart, EvaluationRoundCreate, RectificationCreate } from "@rdcity/common";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  createRound,
  evaluationKeys,
  orderRectifications,
  publishRound,
  scoreRound,
  startReviews,
} from "../api/evaluations";

/** The changes a round takes (create, score, publish, reviews, rectifications); each refreshes the round's views. */
export function useRoundActions(id?: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: evaluationKeys.all });
  const create = useMutation({
    mutationFn: (body: EvaluationRoundCreate) => createRound(body),
    onSuccess: refresh,
  });
  const score = useMutation({
    mutationFn: (etag: string) => scoreRound(id ?? "", etag),
    onSettled: refresh,
  });
  const publish = useMutation({
    mutationFn: (etag: string) => publishRound(id ?? "", etag),
    onSettled: refresh,
  });
  const reviews = useMutation({
    mutationFn: (body: EvaluationReviewStart) => startReviews(id ?? "", body),
    onSuccess: refresh,
  });
  const rectify = useMutation({
    mutationFn: (body: RectificationCreate) => orderRectifications(id ?? "", body),
    onSuccess: refresh,
  });
  return { create, score, publish, reviews, rectify };
}
