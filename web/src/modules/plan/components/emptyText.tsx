import { Empty } from "antd";

/** What an empty table says: the simple picture and the text (a plain string would be drawn too faint). */
export function emptyText(text: string) {
  return { emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} /> };
}
