// Plain text pasted from Word → Markdown of the same length, so every offset stays exact in the source.

const WORD_BULLET = /^([ \t]*)[•◦▪–](?=[ \t])/gmu;

/** True when the file name is a plain-text file (checked through plainTextAsMarkdown). */
export function isPlainTextFile(fileName: string | undefined): boolean {
  return !!fileName && /\.txt$/i.test(fileName);
}

/** Rewrites Word bullets (»•«, »◦«, »▪«, »–«) at a line start to »-«, one UTF-16 unit for one, so offsets are unchanged. */
export function plainTextAsMarkdown(text: string): string {
  return text.replace(WORD_BULLET, '$1-');
}
