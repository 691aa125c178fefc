import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import RejectDialog from './RejectDialog.svelte';
import { byId, click, key, type, unmountAll } from '../test/dom';

afterEach(unmountAll);

// Mounts the dialog as a page does: opened from a focused button.
function open(props: Partial<{ title: string; busy: boolean }> = {}) {
  const opener = document.createElement('button');
  opener.textContent = 'Reject selected…';
  document.body.append(opener);
  opener.focus();
  const target = document.createElement('div');
  document.body.append(target);
  const onconfirm = vi.fn();
  const oncancel = vi.fn();
  const app = mount(RejectDialog, { target, props: { n: 2, onconfirm, oncancel, ...props } });
  flushSync();
  return { opener, target, app, onconfirm, oncancel };
}

describe('RejectDialog', () => {
  it('is a named, described modal dialog that starts on the reason', () => {
    const { target, app } = open();
    const dialog = byId(target, 'reject-dialog')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Reject 2 cost codes');
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Rejected cost codes are not sent/);
    expect(document.activeElement).toBe(byId(target, 'reject-comment'));
    unmount(app);
  });

  it('keeps Tab inside, and Escape cancels', async () => {
    const { target, app, oncancel } = open({ title: 'Skip 2 jobs' });
    const dialog = byId(target, 'reject-dialog')!;
    expect(dialog.querySelector('h2')?.textContent).toBe('Skip 2 jobs');
    byId(target, 'reject-cancel')!.focus();
    await key(dialog, 'Tab');
    expect(document.activeElement).toBe(byId(target, 'reject-comment'));
    byId(target, 'reject-comment')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(byId(target, 'reject-cancel'));
    await key(dialog, 'Escape');
    expect(oncancel).toHaveBeenCalledOnce();
    unmount(app);
  });

  it('requires a reason, then confirms it trimmed', async () => {
    const { target, app, onconfirm } = open();
    await click(byId(target, 'reject-confirm'));
    expect(onconfirm).not.toHaveBeenCalled();
    expect(byId(target, 'reject-dialog')!.querySelector('.field-error')?.textContent).toMatch(/^Write a short reason/);
    expect(byId(target, 'reject-comment')!.getAttribute('aria-invalid')).toBe('true');
    await type(byId<HTMLTextAreaElement>(target, 'reject-comment')!, '  Duplicate of 01-200 ');
    await click(byId(target, 'reject-confirm'));
    expect(onconfirm).toHaveBeenCalledWith('Duplicate of 01-200');
    unmount(app);
  });

  // After a reject the page puts the focus where the outcome is; the dialog must not pull it
  // back to its opener afterwards.
  it('leaves the focus where the page put it on close', async () => {
    const { opener, app } = open();
    const outcome = document.createElement('h1');
    outcome.tabIndex = -1;
    document.body.append(outcome);
    unmount(app);
    outcome.focus();
    await new Promise((r) => setTimeout(r, 10));
    expect(document.activeElement).toBe(outcome);
    expect(document.activeElement).not.toBe(opener);
  });
});
