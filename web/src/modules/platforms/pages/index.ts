export { PlatformDetailPage } from "./PlatformDetailPage";
export { PlatformListPage } from "./PlatformListPage";
