// Copying text for the user (the Web Connector password), with a fallback for windows
// where the Clipboard API is not allowed.

export async function copyText(text: string, input?: HTMLInputElement | null): Promise<boolean> {
  try {
    if (globalThis.navigator?.clipboard?.writeText) {
      await globalThis.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall back below
  }
  if (!input) return false;
  try {
    input.select();
    return document.execCommand?.('copy') ?? false;
  } catch {
    return false;
  }
}
