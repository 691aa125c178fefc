import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_FAILED_FIX, SAVE_FAILED_MESSAGE, WebConnectorFileDownload } from './qwc.svelte';
import { clearToken } from './token';
import { blobResponse, errorResponse, mockFetch } from '../test/helpers';

beforeEach(() => clearToken());
afterEach(() => vi.unstubAllGlobals());

describe('WebConnectorFileDownload', () => {
  it('saves the file as joblink.qwc and asks only once while busy', async () => {
    const blob = new Blob(['<QBWCXML/>'], { type: 'application/xml' });
    const fetch = mockFetch({ 'GET /api/qbwc/qwc': () => blobResponse(blob) });
    const save = vi.fn();
    const model = new WebConnectorFileDownload(save);
    const first = model.download();
    expect(model.downloading).toBe(true);
    await model.download(); // ignored: already downloading
    await first;
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(blob, 'joblink.qwc');
    expect(model.downloading).toBe(false);
    expect(model.error).toBeNull();
  });

  it('keeps the server error and clears it on the next success', async () => {
    let fail = true;
    mockFetch({
      'GET /api/qbwc/qwc': () =>
        fail ? errorResponse(500, 'qwc_failed', 'The file could not be made.', 'Restart Joblink.') : blobResponse(new Blob(['x'])),
    });
    const model = new WebConnectorFileDownload(vi.fn());
    await model.download();
    expect(model.error?.message).toBe('The file could not be made.');
    expect(model.error?.fix).toBe('Restart Joblink.');
    fail = false;
    await model.download();
    expect(model.error).toBeNull();
  });

  it('explains when the window cannot save the file', async () => {
    mockFetch({ 'GET /api/qbwc/qwc': () => blobResponse(new Blob(['x'])) });
    const model = new WebConnectorFileDownload(() => {
      throw new Error('createObjectURL is not a function');
    });
    await model.download();
    expect(model.error?.message).toBe(SAVE_FAILED_MESSAGE);
    expect(model.error?.fix).toBe(SAVE_FAILED_FIX);
  });
});
