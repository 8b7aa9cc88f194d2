export { LoginHistoryPage } from "./LoginHistoryPage";
export { TokensPage } from "./TokensPage";
export { UsersPage } from "./UsersPage";
