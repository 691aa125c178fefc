// Downloading the QuickBooks Web Connector file (.qwc) through the API client,
// so the access token is sent in headless mode.

import { ApiError, QWC_FILENAME, getWebConnectorFile, toApiError } from './api';
import { saveBlob } from './download';

export const SAVE_FAILED_MESSAGE = 'Joblink sent the Web Connector file, but this window could not save it.';
export const SAVE_FAILED_FIX =
  'Try again. If it keeps happening, open Joblink in your web browser (Chrome or Edge) and download the file there.';

export class WebConnectorFileDownload {
  downloading = $state(false);
  /** Why the last download failed, or null. */
  error = $state<ApiError | null>(null);

  #save: (blob: Blob, filename: string) => void;

  constructor(save: (blob: Blob, filename: string) => void = saveBlob) {
    this.#save = save;
  }

  async download(): Promise<void> {
    if (this.downloading) return;
    this.downloading = true;
    this.error = null;
    try {
      const blob = await getWebConnectorFile();
      try {
        this.#save(blob, QWC_FILENAME);
      } catch {
        throw new ApiError(0, 'save_failed', SAVE_FAILED_MESSAGE, SAVE_FAILED_FIX);
      }
    } catch (e) {
      this.error = toApiError(e);
    } finally {
      this.downloading = false;
    }
  }
}
