import { registerRectificationProcess } from "./rectification-process.js";
import { registerReviewProcess } from "./review-process.js";

/** Registers platform_effectiveness_review and platform_rectification (idempotent). */
export function registerEffectivenessProcesses(): void {
  registerReviewProcess();
  registerRectificationProcess();
}
