export { PoolPage } from "./PoolPage";
export { RoundCreatePage } from "./RoundCreatePage";
export { RoundListPage } from "./RoundListPage";
export { RoundPage } from "./RoundPage";
