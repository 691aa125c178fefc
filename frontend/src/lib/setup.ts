// The first-run setup wizard's rules: the steps, which are done, where the user may go,
// and the checks on what they type (plain words, each with what to do).

import type { ProcoreEnvironment, SetupState, SetupStep, SignInMethod } from './api';

/** The wizard's screens, in order. "done" is the Finish screen. */
export const WIZARD_STEPS: readonly SetupStep[] = ['procore', 'company', 'webconnector', 'quickbooks', 'preferences', 'done'];

const STEP_LABELS: Record<SetupStep, string> = {
  procore: 'Procore',
  company: 'Company',
  webconnector: 'Web Connector',
  quickbooks: 'QuickBooks',
  preferences: 'Preferences',
  done: 'Finish',
};

const STEP_TITLES: Record<SetupStep, string> = {
  procore: 'Sign in to Procore',
  company: 'Choose your Procore company',
  webconnector: 'Connect the QuickBooks Web Connector',
  quickbooks: 'Choose QuickBooks accounts and items',
  preferences: 'Choose how Joblink works',
  done: 'Check and finish',
};

export function stepLabel(step: SetupStep): string {
  return STEP_LABELS[step] ?? step;
}

export function stepTitle(step: SetupStep): string {
  return STEP_TITLES[step] ?? step;
}

export function stepIndex(step: string): number {
  const i = WIZARD_STEPS.indexOf(step as SetupStep);
  return i < 0 ? 0 : i;
}

/** Whether a step is finished, judged from what the server says. */
export function isStepComplete(setup: SetupState, step: SetupStep): boolean {
  if (setup.completed) return true;
  // Everything before the server's "first step not yet complete" is complete.
  if (setup.step === 'done' ? step !== 'done' : stepIndex(step) < stepIndex(setup.step)) return true;
  switch (step) {
    case 'procore':
      return setup.procore.connected;
    case 'company':
      return setup.procore.connected && setup.procore.company !== null;
    case 'webconnector':
      return setup.webConnector.passwordSet && setup.webConnector.firstContactAt !== null && !setup.webConnector.problem;
    case 'quickbooks':
      // The retainage item may wait: Joblink asks for it when it first exports a subcontractor invoice.
      return setup.quickbooks.incomeAccount !== null && setup.quickbooks.expenseAccount !== null;
    default:
      return false;
  }
}

/** Whether the stepper marks a step done: it and every step before it are complete, so the marks
 * run in order (a Web Connector that already answers is not "done" while Procore is signed out). */
export function isStepDoneInOrder(setup: SetupState, step: SetupStep): boolean {
  return WIZARD_STEPS.slice(0, stepIndex(step) + 1).every((s) => isStepComplete(setup, s));
}

/** The user may open a step that is done, or the first one still to do (never skip ahead). */
export function canVisit(setup: SetupState, step: SetupStep): boolean {
  if (setup.completed) return true;
  return stepIndex(step) <= stepIndex(setup.step) || isStepComplete(setup, step);
}

/** The screen to open the wizard on: the server's first unfinished step (Finish when all are done). */
export function startStep(setup: SetupState): SetupStep {
  if (setup.completed) return 'done';
  return WIZARD_STEPS.includes(setup.step) ? setup.step : 'procore';
}

export function nextStep(step: SetupStep): SetupStep {
  return WIZARD_STEPS[Math.min(stepIndex(step) + 1, WIZARD_STEPS.length - 1)];
}

export function previousStep(step: SetupStep): SetupStep | null {
  const i = stepIndex(step);
  return i === 0 ? null : WIZARD_STEPS[i - 1];
}

/** "Step 3 of 6". */
export function stepPosition(step: SetupStep): string {
  return `Step ${stepIndex(step) + 1} of ${WIZARD_STEPS.length}`;
}

// ---------- Procore ----------

export interface EnvironmentChoice {
  id: ProcoreEnvironment;
  label: string;
  help: string;
}

export const ENVIRONMENTS: readonly EnvironmentChoice[] = [
  { id: 'production', label: 'Procore (your live company)', help: 'The Procore your company works in every day.' },
  { id: 'sandbox', label: 'Development sandbox', help: 'A Procore test company for trying things out.' },
  { id: 'monthly_sandbox', label: 'Monthly sandbox', help: 'A copy of your live company that Procore refreshes each month.' },
  {
    id: 'custom',
    label: 'Another address',
    help: 'Only if Procore support or your IT person gave you a different address.',
  },
];

export function environmentLabel(env: string): string {
  return ENVIRONMENTS.find((e) => e.id === env)?.label ?? env;
}

export interface MethodChoice {
  id: SignInMethod;
  label: string;
  help: string;
}

export const SIGN_IN_METHODS: readonly MethodChoice[] = [
  {
    id: 'browser',
    label: 'Sign in with my browser',
    help: 'Your web browser opens Procore\'s sign-in page. Sign in there, then come back here. Easiest for most people.',
  },
  {
    id: 'code',
    label: 'Sign in and paste a code',
    help: 'Use this if the browser cannot reach Joblink: Procore shows you a code after you sign in, and you paste it here.',
  },
  {
    id: 'service_account',
    label: 'Use a service account',
    help: 'For a Procore service account (Developer Managed Service Account). Your Procore admin gives you its client ID and client secret.',
  },
];

export function methodLabel(method: string | null | undefined): string {
  if (!method) return 'Not signed in';
  return SIGN_IN_METHODS.find((m) => m.id === method)?.label ?? method;
}

/** null when fine, else what is wrong and what to do. */
export type Check = string | null;

export function checkBaseURL(value: string): Check {
  const v = value.trim();
  if (!v) return 'Enter the Procore address, for example https://sandbox.procore.com.';
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return 'This is not a web address. It should start with https:// (or http://), for example https://sandbox.procore.com.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return 'The address must start with https:// or http://.';
  }
  if (url.pathname !== '/' && url.pathname !== '') {
    return `Leave out everything after the server name ("${url.pathname}"): enter only ${url.protocol}//${url.host}.`;
  }
  if (url.search || url.hash || v.includes('?') || v.includes('#')) {
    return `Leave out the part after "?" or "#": enter only ${url.protocol}//${url.host}.`;
  }
  if (url.username || url.password) return 'Leave out the user name and password: enter only the address.';
  return null;
}

/** Client ID: needed for a service account and for a custom address; optional otherwise. */
export function checkClientId(value: string, required: boolean): Check {
  const v = value.trim();
  if (!v) return required ? 'Enter the client ID. Your Procore admin finds it in the Procore Developer Portal, under the app.' : null;
  if (/\s/.test(v)) return 'The client ID has a space in it. Copy it again from Procore, without spaces.';
  return null;
}

export function checkClientSecret(value: string, required: boolean): Check {
  const v = value.trim();
  if (!v) return required ? 'Enter the client secret. It is shown next to the client ID in the Procore Developer Portal.' : null;
  if (/\s/.test(v)) return 'The client secret has a space in it. Copy it again from Procore, without spaces.';
  return null;
}

/** Whether client ID and secret must be typed in for this sign-in method and environment. */
export function credentialsRequired(method: SignInMethod, environment: string): boolean {
  return method === 'service_account' || environment === 'custom';
}

export function checkAuthCode(value: string): Check {
  const v = value.trim();
  if (!v) return 'Paste the code Procore showed you after you signed in.';
  if (/\s/.test(v)) return 'The code has a space in it. Copy it again from the Procore page, without spaces.';
  return null;
}

/** How long a browser sign-in may take before Joblink stops waiting (Procore's link expires after 10 minutes). */
export const BROWSER_SIGN_IN_TIMEOUT_MS = 10 * 60 * 1000;

/** A Procore company ID typed in (service accounts cannot list their companies before they have one). */
export function checkCompanyId(value: string): Check {
  const v = value.trim();
  if (!v) return 'Enter your Procore company ID: the number after /companies/ in the address of your Procore pages.';
  if (!/^\d+$/.test(v)) return 'The company ID is a number only, like 562949953421312. Copy just the digits after /companies/.';
  if (Number(v) <= 0 || !Number.isSafeInteger(Number(v))) return 'That company ID is not valid. Copy it again from the address of your Procore pages.';
  return null;
}

// ---------- QuickBooks ----------

/** Account types offered for the cost-code items' income account. */
export const INCOME_ACCOUNT_TYPES = ['Income', 'OtherIncome'];
/** Account types offered for the cost-code items' expense account (job costs are usually cost of goods sold). */
export const EXPENSE_ACCOUNT_TYPES = ['CostOfGoodsSold', 'Expense', 'OtherExpense'];

/** Active entries, sorted by name as QuickBooks lists them. */
export function usable<T extends { fullName: string; active: boolean }>(list: T[] | null | undefined): T[] {
  return (list ?? []).filter((a) => a.active !== false).sort((a, b) => a.fullName.localeCompare(b.fullName));
}

/** "CostOfGoodsSold" → "Cost of goods sold", "OtherCharge" → "Other charge". */
export function qbTypeLabel(type: string): string {
  const words = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function checkChoice(value: string, what: string): Check {
  return value ? null : `Choose the ${what}.`;
}

// ---------- preferences ----------

// The kinds offered for direct export come from the registered kinds (kinds.svelte.ts).

export const POLL_MINUTES_MIN = 1;
export const POLL_MINUTES_MAX = 1440;

export function checkPollMinutes(value: string | number): Check {
  const s = String(value).trim();
  if (!s) return 'Enter how many minutes Joblink waits between checks of Procore (1 to 1440).';
  if (!/^\d+$/.test(s)) return 'Enter a whole number of minutes, like 15.';
  const n = Number(s);
  if (n < POLL_MINUTES_MIN) return 'Enter at least 1 minute.';
  if (n > POLL_MINUTES_MAX) return 'Enter at most 1440 minutes (one day).';
  return null;
}

export const CALL_SHARE_MIN = 10;
export const CALL_SHARE_MAX = 90;
export const CALL_SHARE_DEFAULT = 50;

/** "50", "50%" or "50 %" → 50; anything else → NaN. */
export function parseCallShare(value: string | number): number {
  const s = String(value).trim().replace(/\s*%$/, '');
  return /^\d+$/.test(s) ? Number(s) : NaN;
}

export function checkCallShare(value: string | number): Check {
  const s = String(value).trim();
  if (!s) return 'Enter a percentage from 10 to 90; 50 suits most companies.';
  const n = parseCallShare(s);
  if (Number.isNaN(n)) return 'Enter a whole number of percent, like 50.';
  if (n < CALL_SHARE_MIN) return 'Enter at least 10 %: with less, changes in Procore could wait hours before Joblink sees them.';
  if (n > CALL_SHARE_MAX) return 'Enter at most 90 %: Joblink keeps at least a tenth for what you do yourself.';
  return null;
}

/** 15 → "every 15 minutes", 60 → "every hour", 1440 → "once a day". */
export function pollMinutesLabel(n: number): string {
  if (n === 1) return 'every minute';
  if (n === 1440) return 'once a day';
  if (n % 60 === 0) return n === 60 ? 'every hour' : `every ${n / 60} hours`;
  return `every ${n} minutes`;
}
