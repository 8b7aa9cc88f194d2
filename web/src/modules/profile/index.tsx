import { lazy } from "react";
import type { RouteObject } from "react-router";

const ProfilePage = lazy(() => import("./pages").then((m) => ({ default: m.ProfilePage })));

/** One's own account: name, language, password, second factor, sign-in history. */
export const profileRoutes: RouteObject[] = [{ path: "profile", element: <ProfilePage /> }];
