import { afterEach, describe, expect, it } from 'vitest';
import { createRawSnippet, flushSync, mount, unmount } from 'svelte';
import Dialog from './Dialog.svelte';
import { unmountAll } from '../test/dom';

afterEach(unmountAll);

const body = createRawSnippet(() => ({ render: () => '<p><button type="button">OK</button></p>' }));

// Opens a dialog from a focused button, closes it after focusing elsewhere (as a page does after
// an action), and says where the focus ended.
async function openAndClose(restoreFocus?: boolean) {
  const opener = document.createElement('button');
  document.body.append(opener);
  opener.focus();
  const elsewhere = document.createElement('h1');
  elsewhere.tabIndex = -1;
  document.body.append(elsewhere);
  const target = document.createElement('div');
  document.body.append(target);
  const app = mount(Dialog, { target, props: { title: 'T', onclose: () => {}, children: body, ...(restoreFocus === undefined ? {} : { restoreFocus }) } });
  flushSync();
  expect(document.activeElement?.textContent).toBe('OK');
  unmount(app);
  elsewhere.focus();
  await new Promise((r) => setTimeout(r, 10));
  return { opener, elsewhere, focused: document.activeElement };
}

describe('Dialog', () => {
  it('gives the focus back to its opener on close', async () => {
    const { opener, focused } = await openAndClose();
    expect(focused).toBe(opener);
  });

  it('with restoreFocus false leaves the focus where the page put it', async () => {
    const { elsewhere, focused } = await openAndClose(false);
    expect(focused).toBe(elsewhere);
  });
});
