import { useEffect, useState } from "react";

/** The text typed, settled for `ms` (so a search runs once a person pauses, not on every key). */
export function useSettled(text: string, ms = 300): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(text), ms);
    return () => window.clearTimeout(timer);
  }, [text, ms]);
  return settled;
}
