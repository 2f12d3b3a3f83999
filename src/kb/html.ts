import { convert } from 'html-to-text';

/**
 * A page saved as its HTML source (view-source, a CMS export, an API's content string) read as the text a browser
 * shows: html-to-text (htmlparser2 underneath) knows block elements, entities, scripts, styles and tables better than
 * any pattern of ours. Offices often have only the page's source; the transcript parser then reads the text as it
 * reads a page copied from the browser.
 */

/** Whether a text is markup rather than a transcript: a document's tags, or several paragraph and line-break tags. */
export function isMarkup(text: string): boolean {
  const head = text.slice(0, 5000);
  if (/^\uFEFF?\s*<(?:!doctype\s+html|html|head|body|\?xml)\b/iu.test(head)) return true;
  return (text.match(/<(?:p|div|br|span|td|li|h[1-6])\b[^>]*>/giu)?.length ?? 0) >= 5;
}

/** The text a browser shows of a page's HTML: one line per block, entities decoded, no scripts, images or links' addresses. */
export function textOfMarkup(html: string): string {
  // (A feed or a CMS export carries the page's HTML in CDATA sections: read as the markup they hold.)
  const unwrapped = html.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/gu, '$1');
  return convert(unwrapped, {
    wordwrap: false,
    preserveNewlines: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'noscript', format: 'skip' },
      // (Headings as plain lines: the transcript parser reads 一、… and titles itself; upper case means nothing here.)
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'h4', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  })
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n');
}
