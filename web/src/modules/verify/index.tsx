import { lazy, Suspense } from "react";
import type { RouteObject } from "react-router";
import { PageLoading } from "../../app/components/PageLoading";

const VerifyPage = lazy(() => import("./VerifyPage").then((m) => ({ default: m.VerifyPage })));

const page = (
  <Suspense fallback={<PageLoading fullScreen />}>
    <VerifyPage />
  </Suspense>
);

/**
 * Public certificate verification (no sign-in, outside the console and its session, a chunk of its own):
 * `/public/verify` to type a number, `/public/verify/:number` where a certificate's QR code leads.
 */
export const verifyRoutes: RouteObject[] = [
  { path: "/public/verify", element: page },
  { path: "/public/verify/:number", element: page },
];
