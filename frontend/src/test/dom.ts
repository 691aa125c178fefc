// What the component tests do to the page, in one place: mount a component into the document,
// find elements by data-testid, read their text as a person sees it, click, type and press keys
// (each waiting for Svelte and the fetch mocks to settle), and unmount everything afterwards.
import { expect } from 'vitest';
import { flushSync, mount, unmount, type Component } from 'svelte';
import { settle } from './helpers';

let mounted: Record<string, unknown>[] = [];

/** Mounts a component in a new element of the document and returns that element. */
export function render<Props extends Record<string, any>>(component: Component<Props>, props?: Props): HTMLElement {
  const target = document.createElement('div');
  document.body.append(target);
  mounted.push(mount(component as Component<any>, { target, props }));
  return target;
}

/** Unmounts what render mounted and empties the document (an afterEach). */
export function unmountAll() {
  for (const app of mounted) unmount(app);
  mounted = [];
  document.body.innerHTML = '';
}

/** The element with this data-testid inside el (T: its type, when a test reads e.g. .checked). */
export const byId = <T extends HTMLElement = HTMLElement>(el: ParentNode, id: string) => el.querySelector<T>(`[data-testid="${id}"]`);

/** The text of el (or of its element with this data-testid), white space folded as it shows. */
export const text = (el: ParentNode | null, id?: string) => (id ? byId(el!, id) : (el as HTMLElement | null))?.textContent?.replace(/\s+/g, ' ').trim();

/** Clicks el, which must be there, and waits for what follows. */
export async function click(el: HTMLElement | null) {
  expect(el, 'element to click').not.toBeNull();
  el!.click();
  flushSync();
  await settle();
}

/** Types value into an input as the bookkeeper would (one input event). */
export async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
  await settle();
}

/** Presses a key on el (a keydown that bubbles, as the page's shortcuts listen for). */
export async function key(el: Element, k: string) {
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  flushSync();
  await settle();
}
