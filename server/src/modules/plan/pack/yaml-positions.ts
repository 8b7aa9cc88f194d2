import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import type { PathSegment } from "./check-pack.js";

/** Line and column (1-based) of what a path names in a parsed YAML document, for the load report. */
export interface Position {
  line: number;
  column: number;
}

const keyOf = (key: unknown): unknown => (isScalar(key) ? key.value : key);

/**
 * The node at the path: the value's node, or its key's with `onKey` (an unknown field), or the nearest enclosing
 * node that exists (a missing field is shown where its object starts).
 */
function nodeAt(doc: Document, path: readonly PathSegment[], onKey: boolean): Node | undefined {
  let node: unknown = doc.contents;
  let found: Node | undefined = (doc.contents as Node | null) ?? undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => String(keyOf(p.key)) === String(seg));
      if (!pair) return found;
      if ((last && onKey) || pair.value === null) return (pair.key as Node | null) ?? found;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === "number") {
      node = node.items[seg];
      if (node === undefined || node === null) return found;
    } else return found;
    found = node as Node;
  }
  return found;
}

export function positionOf(
  doc: Document,
  lines: LineCounter,
  path: readonly PathSegment[],
  onKey = false,
): Position | undefined {
  const node = nodeAt(doc, path, onKey);
  if (!node?.range) return undefined;
  return positionAtOffset(lines, node.range[0]);
}

export function positionAtOffset(lines: LineCounter, offset: number): Position {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

const contains = (node: unknown, offset: number): boolean => {
  const range = (node as Node | null)?.range;
  return !!range && range[0] <= offset && offset <= range[2];
};

/** The path of the innermost node around an offset (where a syntax error sits in the document's tree). */
export function pathAtOffset(doc: Document, offset: number): PathSegment[] {
  const path: PathSegment[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && (contains(p.value, offset) || contains(p.key, offset)),
      );
      const key = pair && keyOf(pair.key);
      if (!pair || (typeof key !== "string" && typeof key !== "number")) return path;
      path.push(String(key)); // a number key of a mapping is a key, not an index
      if (!contains(pair.value, offset)) return path;
      node = pair.value;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((item) => contains(item, offset));
      if (i < 0) return path;
      path.push(i);
      node = node.items[i];
    } else return path;
  }
}
