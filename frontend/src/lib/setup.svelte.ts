// The setup wizard's state, shared by the wizard page and the app shell (which opens the
// wizard on start while setup is not finished).

import {
  disconnectProcore,
  finishSetup,
  getCodeSignInURL,
  getProcoreCompanies,
  getQuickBooksAccounts,
  getQuickBooksItems,
  getSetup,
  newWebConnectorPassword,
  setProcoreCompany,
  setProcoreEnvironment,
  setSetupPreferences,
  setSetupQuickBooks,
  signInServiceAccount,
  signInWithCode,
  startBrowserSignIn,
  toApiError,
  type ApiError,
  type ProcoreCompany,
  type QuickBooksAccount,
  type QuickBooksItem,
  type ProcoreCredentials,
  type ProcoreEnvironment,
  type SetupPreferencesRequest,
  type SetupQuickBooksRequest,
  type SetupState,
} from './api';
import { createPoller, type Poller, type VisibilitySource } from './poller';
import { BROWSER_SIGN_IN_TIMEOUT_MS, EXPENSE_ACCOUNT_TYPES, INCOME_ACCOUNT_TYPES, usable } from './setup';

/** How often the wizard asks again while it waits for something outside Joblink. */
export const SETUP_POLL_MS = 2000;

export const SIGN_IN_TIMED_OUT = {
  message: 'Joblink stopped waiting for the Procore sign-in in your browser.',
  fix: 'The sign-in page is only valid for 10 minutes. Click "Sign in with Procore" to start again.',
};

export const POPUP_BLOCKED = {
  message: 'The Procore sign-in page could not be opened.',
  fix: 'Click the "Open the Procore sign-in page" link below, or copy it into your web browser.',
};

type Opener = (url: string) => boolean;

function openInBrowser(url: string): boolean {
  try {
    const w = window.open(url, '_blank', 'noopener');
    // With noopener, window.open returns null even when it worked; only an exception means it failed.
    void w;
    return true;
  } catch {
    return false;
  }
}

export class SetupStore {
  setup = $state<SetupState | null>(null);
  /** Error reading the setup state (the wizard shows it with a Try again button). */
  loadError = $state<ApiError | null>(null);
  /** Which action is running ("environment", "signin", "company", …), or "". */
  busy = $state('');
  /** Error of the last action, shown where the user acted. */
  actionError = $state<{ message: string; fix?: string } | null>(null);
  /** Which action the error belongs to. */
  errorFor = $state('');

  companies = $state<ProcoreCompany[] | null>(null);
  /** The Web Connector password, only right after it was made (never read back from Joblink). */
  password = $state('');

  /** Browser sign-in under way: the page to open, and since when we wait. */
  browserURL = $state('');
  browserOpened = $state(false);
  waitingForBrowser = $state(false);
  /** The sign-in page for the paste-the-code flow. */
  codeURL = $state('');

  #poller: Poller;
  #waitStarted = 0;
  #watching = false;
  #open: Opener;
  #now: () => number;

  constructor(
    opts: { open?: Opener; visibility?: VisibilitySource | null; pollMs?: number; now?: () => number } = {},
  ) {
    this.#open = opts.open ?? openInBrowser;
    this.#now = opts.now ?? Date.now;
    this.#poller = createPoller(() => this.#tick(), opts.pollMs ?? SETUP_POLL_MS, opts.visibility);
  }

  get loaded(): boolean {
    return this.setup !== null;
  }

  async load(): Promise<void> {
    try {
      this.setup = await getSetup();
      this.loadError = null;
    } catch (e) {
      this.loadError = toApiError(e);
    }
  }

  async #tick(): Promise<void> {
    await this.load();
    if (this.waitingForBrowser) {
      if (this.setup?.procore.connected) {
        this.waitingForBrowser = false;
      } else if (this.#now() - this.#waitStarted > BROWSER_SIGN_IN_TIMEOUT_MS) {
        this.waitingForBrowser = false;
        this.#fail('signin', SIGN_IN_TIMED_OUT);
      }
    }
    if (!this.waitingForBrowser && !this.#watching) this.#poller.stop();
  }

  /** Keep reading the setup state (e.g. while waiting for the Web Connector's first contact). */
  watch(on: boolean): void {
    this.#watching = on;
    if (on) this.#poller.start();
    else if (!this.waitingForBrowser) this.#poller.stop();
  }

  stop(): void {
    this.#watching = false;
    this.waitingForBrowser = false;
    this.#poller.stop();
  }

  #fail(action: string, err: { message: string; fix?: string }): void {
    this.actionError = err;
    this.errorFor = action;
  }

  clearError(): void {
    this.actionError = null;
    this.errorFor = '';
  }

  /** Runs one action; returns true when it worked. The error is kept for the step to show. */
  async #act<T>(action: string, fn: () => Promise<T>, after?: (v: T) => void): Promise<boolean> {
    if (this.busy) return false;
    this.busy = action;
    this.clearError();
    try {
      const v = await fn();
      after?.(v);
      return true;
    } catch (e) {
      this.#fail(action, toApiError(e));
      return false;
    } finally {
      this.busy = '';
    }
  }

  #setState = (s: SetupState) => {
    this.setup = s;
  };

  setEnvironment(environment: ProcoreEnvironment, baseURL?: string): Promise<boolean> {
    return this.#act('environment', () => setProcoreEnvironment(environment, baseURL), this.#setState);
  }

  /** Starts the browser sign-in, opens the page (unless Joblink did) and waits for Procore to answer. */
  async startBrowser(creds: ProcoreCredentials): Promise<boolean> {
    const ok = await this.#act('signin', () => startBrowserSignIn(creds), (r) => {
      this.browserURL = r.authorizeURL;
      this.browserOpened = r.opened === true;
    });
    if (!ok) return false;
    if (!this.browserOpened && !this.#open(this.browserURL)) this.#fail('signin', POPUP_BLOCKED);
    this.waitingForBrowser = true;
    this.#waitStarted = this.#now();
    this.#poller.start();
    return true;
  }

  cancelBrowser(): void {
    this.waitingForBrowser = false;
    this.browserURL = '';
    if (!this.#watching) this.#poller.stop();
  }

  /** Gets (and opens) the sign-in page of the paste-the-code flow. */
  async openCodePage(clientId = ''): Promise<boolean> {
    const ok = await this.#act('codeurl', () => getCodeSignInURL(clientId.trim()), (r) => {
      this.codeURL = r.authorizeURL;
    });
    if (ok && !this.#open(this.codeURL)) this.#fail('codeurl', POPUP_BLOCKED);
    return ok;
  }

  signInWithCode(code: string, creds: ProcoreCredentials): Promise<boolean> {
    return this.#act('signin', () => signInWithCode(code.trim(), creds), this.#setState);
  }

  signInServiceAccount(clientId: string, clientSecret: string): Promise<boolean> {
    return this.#act('signin', () => signInServiceAccount(clientId.trim(), clientSecret.trim()), this.#setState);
  }

  disconnect(): Promise<boolean> {
    return this.#act('disconnect', () => disconnectProcore(), (s) => {
      this.setup = s;
      this.companies = null;
    });
  }

  loadCompanies(): Promise<boolean> {
    return this.#act('companies', () => getProcoreCompanies(), (r) => {
      this.companies = r.companies ?? [];
    });
  }

  chooseCompany(id: number): Promise<boolean> {
    return this.#act('company', () => setProcoreCompany(id), this.#setState);
  }

  /** Makes a new Web Connector password (shown once) and reads the setup again. */
  /** Makes a password; replace confirms replacing the one the Web Connector uses. */
  async makePassword(replace = false): Promise<boolean> {
    const ok = await this.#act('password', () => newWebConnectorPassword(replace), (r) => {
      this.password = r.password;
    });
    if (ok) await this.load();
    return ok;
  }

  saveQuickBooks(body: SetupQuickBooksRequest): Promise<boolean> {
    return this.#act('quickbooks', () => setSetupQuickBooks(body), this.#setState);
  }

  savePreferences(body: SetupPreferencesRequest): Promise<boolean> {
    return this.#act('preferences', () => setSetupPreferences(body), this.#setState);
  }

  finish(): Promise<boolean> {
    return this.#act('finish', () => finishSetup(), this.#setState);
  }

  /** The error code of one action's failure ("company_id_needed", …), or "". */
  errorCodeOf(action: string): string {
    const e = this.errorFor === action ? this.actionError : null;
    return e && 'code' in e ? String((e as ApiError).code) : '';
  }

  /** The error to show for one action, or null. */
  errorOf(action: string): { message: string; fix?: string } | null {
    return this.errorFor === action ? this.actionError : null;
  }

  /** For tests: forget everything. */
  reset(): void {
    this.stop();
    this.setup = null;
    this.loadError = null;
    this.busy = '';
    this.clearError();
    this.companies = null;
    this.password = '';
    this.browserURL = '';
    this.browserOpened = false;
    this.codeURL = '';
  }
}

export const setupStore = new SetupStore();

/** The QuickBooks accounts and items the QuickBooks step offers. */
export class QuickBooksChoices {
  income = $state<QuickBooksAccount[]>([]);
  expense = $state<QuickBooksAccount[]>([]);
  items = $state<QuickBooksItem[]>([]);
  loading = $state(false);
  loaded = $state(false);
  error = $state<ApiError | null>(null);

  async load(): Promise<void> {
    if (this.loading) return;
    this.loading = true;
    try {
      const [inc, exp, items] = await Promise.all([
        getQuickBooksAccounts(...INCOME_ACCOUNT_TYPES),
        getQuickBooksAccounts(...EXPENSE_ACCOUNT_TYPES),
        getQuickBooksItems(),
      ]);
      this.income = usable(inc.accounts);
      this.expense = usable(exp.accounts);
      this.items = usable(items.items);
      this.error = null;
      this.loaded = true;
    } catch (e) {
      this.error = toApiError(e);
    } finally {
      this.loading = false;
    }
  }
}
