export { PlatformCreatePage } from "./PlatformCreatePage";
export { PlatformDetailPage } from "./PlatformDetailPage";
export { PlatformEditPage } from "./PlatformEditPage";
export { PlatformImportPage } from "./PlatformImportPage";
export { PlatformListPage } from "./PlatformListPage";
