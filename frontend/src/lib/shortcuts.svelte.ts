// Single-key shortcuts (WCAG 2.1.4): the page-wide "/" that jumps to a page's search can be
// turned off in Settings. The choice is kept in this browser (localStorage), like a display
// preference; the app shell applies it to every page.

const KEY = 'joblink.slashShortcut';

function read(storage: Storage | null): boolean {
  try {
    return storage?.getItem(KEY) !== 'off';
  } catch {
    return true; // storage refused (private mode): the default
  }
}

export class Shortcuts {
  /** True: "/" moves to the page's search box. */
  slash = $state(true);
  #storage: Storage | null;

  constructor(storage: Storage | null = typeof localStorage !== 'undefined' ? localStorage : null) {
    this.#storage = storage;
    this.slash = read(storage);
  }

  setSlash(on: boolean): void {
    this.slash = on;
    try {
      this.#storage?.setItem(KEY, on ? 'on' : 'off');
    } catch {
      // Not kept across restarts; it still holds for this session.
    }
  }

  /**
   * For a window keydown listener in the capture phase: while "/" is off, a plain "/" typed
   * outside a text field reaches no page's shortcut (it still types where text is typed).
   */
  gate = (event: KeyboardEvent): void => {
    if (this.slash || event.key !== '/' || event.ctrlKey || event.altKey || event.metaKey) return;
    if (isTextTarget(event.target)) return;
    event.stopImmediatePropagation();
  };
}

function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

export const shortcuts = new Shortcuts();
