export { ChangePasswordPage } from "./ChangePasswordPage";
export { EnrolTotpPage } from "./EnrolTotpPage";
export { LoginPage } from "./LoginPage";
