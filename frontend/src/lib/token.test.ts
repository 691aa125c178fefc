import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TOKEN_KEY, captureTokenFromHash, clearToken, getToken, initToken, setToken } from './token';

beforeEach(() => {
  clearToken();
  sessionStorage.clear();
  history.replaceState(null, '', '/');
});

describe('token handling', () => {
  it('moves a #token= from the address into sessionStorage and replaces the hash', () => {
    history.replaceState(null, '', '/?x=1#token=abc123');
    expect(location.hash).toBe('#token=abc123');
    const token = initToken();
    expect(token).toBe('abc123');
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe('abc123');
    expect(location.hash).toBe('#/dashboard');
    expect(location.search).toBe('?x=1');
    expect(location.href).not.toContain('abc123');
    expect(getToken()).toBe('abc123');
  });

  it('decodes a percent-encoded token', () => {
    history.replaceState(null, '', '/#token=a%2Bb%3Dc');
    expect(captureTokenFromHash()).toBe('a+b=c');
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe('a+b=c');
  });

  it('reads the stored token when the hash has none', () => {
    sessionStorage.setItem(TOKEN_KEY, 'stored');
    history.replaceState(null, '', '/#/settings');
    expect(initToken()).toBe('stored');
    expect(location.hash).toBe('#/settings'); // untouched
  });

  it('returns null when there is no token anywhere', () => {
    history.replaceState(null, '', '/#/dashboard');
    expect(initToken()).toBeNull();
    expect(getToken()).toBeNull();
  });

  it('does not touch history for other hashes', () => {
    const hist = { replaceState: vi.fn() };
    const loc = { hash: '#/jobs', pathname: '/', search: '' };
    expect(captureTokenFromHash(loc, hist, sessionStorage)).toBeNull();
    expect(hist.replaceState).not.toHaveBeenCalled();
  });

  it('clears an empty #token= from the address without storing anything', () => {
    const hist = { replaceState: vi.fn() };
    const loc = { hash: '#token=', pathname: '/ui/', search: '' };
    expect(captureTokenFromHash(loc, hist, sessionStorage)).toBeNull();
    expect(hist.replaceState).toHaveBeenCalledWith(null, '', '/ui/#/dashboard');
    expect(sessionStorage.getItem(TOKEN_KEY)).toBeNull();
  });

  it('clearToken forgets the token', () => {
    setToken('t1');
    clearToken();
    expect(getToken()).toBeNull();
    expect(sessionStorage.getItem(TOKEN_KEY)).toBeNull();
  });
});
