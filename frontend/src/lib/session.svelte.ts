// Whether the UI needs the access token (headless mode answers 401 without it).

import { onUnauthorized, type ApiError } from './api';
import { clearToken, setToken } from './token';
import { statusStore } from './status.svelte';

class Session {
  needsSignIn = $state(false);
}

export const session = new Session();

/** Makes every 401 from the API show the sign-in panel. Returns an uninstall function. */
export function installAuthHandler(): () => void {
  onUnauthorized(() => {
    session.needsSignIn = true;
  });
  return () => onUnauthorized(null);
}

/**
 * Stores the token and checks it by asking for the status.
 * Returns null when it works, else the error to show (the server's message for a wrong token).
 */
export async function signIn(token: string): Promise<ApiError | null> {
  setToken(token.trim());
  await statusStore.refresh();
  const err = statusStore.error;
  if (err) {
    if (err.unauthorized) clearToken();
    return err;
  }
  session.needsSignIn = false;
  return null;
}

/** A token arrived by other means (e.g. a `#token=` link opened in this tab). */
export function tokenArrived(): void {
  session.needsSignIn = false;
  void statusStore.poke();
}
