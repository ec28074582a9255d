// The anchors GitHub gives a Markdown file's headings, so tests can check that a cited
// `file.md#anchor` still exists: lower case, punctuation dropped, spaces to hyphens, and a
// repeated heading gets -1, -2 … Headings inside fenced code blocks do not count.

/** The anchor of one heading's text, as GitHub renders it. */
export function headingSlug(heading: string): string {
  const text = heading
    .replace(/`([^`]*)`/g, "$1") // inline code keeps its text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1"); // a link keeps its label
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** Every anchor a Markdown document offers. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fence: string | undefined;
  for (const line of markdown.split("\n")) {
    const fenceMark = /^\s*(```|~~~)/.exec(line)?.[1];
    if (fenceMark && (fence === undefined || fence === fenceMark)) {
      fence = fence === undefined ? fenceMark : undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const slug = headingSlug(heading);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}
