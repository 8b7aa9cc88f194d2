export { EntityCreatePage } from "./EntityCreatePage";
export { EntityDetailPage } from "./EntityDetailPage";
export { EntityEditPage } from "./EntityEditPage";
export { EntityListPage } from "./EntityListPage";
export { ImportPage } from "./ImportPage";
