export { FundsPage } from "./FundsPage";
export { SchemeCreatePage } from "./SchemeCreatePage";
export { SchemeEditPage } from "./SchemeEditPage";
export { SchemeListPage } from "./SchemeListPage";
export { SchemePage } from "./SchemePage";
