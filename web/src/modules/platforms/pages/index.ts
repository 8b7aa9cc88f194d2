export { PlatformCreatePage } from "./PlatformCreatePage";
export { PlatformDetailPage } from "./PlatformDetailPage";
export { PlatformEditPage } from "./PlatformEditPage";
export { PlatformListPage } from "./PlatformListPage";
