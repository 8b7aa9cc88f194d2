export { ApplicationListPage } from "./ApplicationListPage";
export { ExpertPoolPage } from "./ExpertPoolPage";
export { InstancePage } from "./InstancePage";
export { RecognitionStartPage } from "./RecognitionStartPage";
export { ScoreSheetPage } from "./ScoreSheetPage";
export { TaskListPage } from "./TaskListPage";
