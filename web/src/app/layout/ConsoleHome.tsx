import { Navigate } from "react-router";
import { useAuth } from "../auth/AuthProvider";
import { firstPage, MENU, visibleMenu } from "./menu";

/** `/console` opens the first page the role may see (my tasks for those who take part in workflows, the audit log for auditors). */
export function ConsoleHome() {
  const { can, session } = useAuth();
  return <Navigate to={firstPage(visibleMenu(MENU, can, session?.user.role))} replace />;
}
