// Saving a file the API sent (as a Blob) the way a normal download link would.
// Needed because a plain <a href="/api/..."> cannot send the access token.

type DocumentLike = Pick<Document, 'createElement' | 'body'>;
type UrlApi = Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;

/** How long the temporary address stays valid; the browser has started the download long before. */
export const REVOKE_AFTER_MS = 60_000;

/** Offers `blob` as a download named `filename`: object URL → temporary <a download> → click. */
export function saveBlob(blob: Blob, filename: string, doc: DocumentLike = document, urls: UrlApi = URL): void {
  const href = urls.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = href;
  a.download = filename;
  a.rel = 'noopener';
  a.hidden = true;
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoking at once can cancel the download in some browsers; free it a little later instead.
    setTimeout(() => urls.revokeObjectURL(href), REVOKE_AFTER_MS);
  }
}
