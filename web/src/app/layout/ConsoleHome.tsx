import { Navigate } from "react-router";
import { useAuth } from "../auth/AuthProvider";
import { firstPage, MENU, visibleMenu } from "./menu";

/** `/console` opens the first page the role may see (the entity list for most, the audit log for auditors). */
export function ConsoleHome() {
  const { can } = useAuth();
  return <Navigate to={firstPage(visibleMenu(MENU, can))} replace />;
}
