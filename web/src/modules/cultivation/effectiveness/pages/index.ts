export { EvaluationRoundPage } from "./EvaluationRoundPage";
export { EvaluationRoundsPage } from "./EvaluationRoundsPage";
