import { afterEach, describe, expect, it, vi } from 'vitest';
import { REVOKE_AFTER_MS, saveBlob } from './download';

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('saveBlob', () => {
  it('clicks a temporary download link to an object URL, then frees the URL', () => {
    vi.useFakeTimers();
    const urls = { createObjectURL: vi.fn(() => 'blob:joblink/123'), revokeObjectURL: vi.fn() };
    const clicked: { href: string; download: string; inDocument: boolean }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href') ?? '', download: this.download, inDocument: this.isConnected });
    });
    const blob = new Blob(['<QBWCXML/>'], { type: 'application/xml' });

    saveBlob(blob, 'joblink.qwc', document, urls);

    expect(urls.createObjectURL).toHaveBeenCalledWith(blob);
    expect(click).toHaveBeenCalledTimes(1);
    expect(clicked).toEqual([{ href: 'blob:joblink/123', download: 'joblink.qwc', inDocument: true }]);
    expect(document.querySelector('a')).toBeNull(); // the link is removed again
    expect(urls.revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(urls.revokeObjectURL).toHaveBeenCalledWith('blob:joblink/123');
  });
});
