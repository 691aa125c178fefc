// Pre-selection in the setup wizard: when one choice is obvious — the only account of the
// right type, the account every service item QuickBooks already has posts to, or the only one
// whose name says what it is for ("Job Costs", an Other Charge item named "Retainage") — the
// picker starts on it and says why. Nothing is saved until the
// bookkeeper confirms the step, and no choice is made when two could be meant.

import type { QuickBooksAccount } from './api';

export type PickerRole = 'income' | 'expense' | 'retainage';

/** A QuickBooks item as GET /api/quickbooks/items lists it: service items name their accounts. */
export type ListedItem = QuickBooksAccount & { incomeAccountID?: string; expenseAccountID?: string };

/** A choice the picker starts on, and why, in words for the bookkeeper. */
export interface Preselection {
  listID: string;
  why: string;
}

interface Rule {
  /** Types the role accepts (the picker's list holds only these for accounts). */
  types: readonly string[];
  /** The type to keep when several names say it ("Cost of Goods Sold" for job costs). */
  preferred: string;
  /** Names that say what the account or item is for, read on its own name (not its parents'). */
  says: RegExp;
  /** What the name says, in a sentence: "job costs". */
  saysWhat: string;
  /** The thing in words: "income account". */
  thing: string;
  /** Whether being the only one of its type is enough (not for retainage: a lone Other Charge item may be freight). */
  onlyOfType: boolean;
}

const RULES: Record<PickerRole, Rule> = {
  income: {
    types: ['Income', 'OtherIncome'],
    preferred: 'Income',
    says: /\b(construction|contract|contracts|job|jobs|project|projects)\b.*\b(income|revenue|revenues|sales)\b/i,
    saysWhat: 'construction or contract income',
    thing: 'income account',
    onlyOfType: true,
  },
  expense: {
    types: ['CostOfGoodsSold', 'Expense', 'OtherExpense'],
    preferred: 'CostOfGoodsSold',
    says: /\b(construction|contract|job|jobs|project)\b.*\b(cost|costs|expense|expenses)\b/i,
    saysWhat: 'job or construction costs',
    thing: 'expense account',
    onlyOfType: true,
  },
  retainage: {
    types: [],
    preferred: 'OtherCharge',
    says: /\b(retainage|retention)\b/i,
    saysWhat: 'retainage',
    thing: 'item',
    onlyOfType: false,
  },
};

/** An account's or item's own name: "Job Costs" of "Cost of Goods Sold:Job Costs". */
export function ownName(fullName: string): string {
  const i = fullName.lastIndexOf(':');
  return i < 0 ? fullName : fullName.slice(i + 1);
}

/**
 * The choice a picker for role starts on, or null when none is obvious. list holds the
 * QuickBooks accounts or items the picker offers (active ones).
 */
export function preselect(role: PickerRole, list: readonly QuickBooksAccount[], items: readonly ListedItem[] = []): Preselection | null {
  const rule = RULES[role];
  const usable = list.filter((a) => a.active !== false && (rule.types.length === 0 || rule.types.includes(a.type)));
  if (rule.onlyOfType && usable.length === 1) {
    return { listID: usable[0].listID, why: `It is the only ${rule.thing} in your QuickBooks company file.` };
  }
  const used = role === 'retainage' ? null : usedByServiceItems(role, usable, items);
  if (used) return used;
  const named = usable.filter((a) => rule.says.test(ownName(a.fullName)));
  if (named.length === 1) {
    return { listID: named[0].listID, why: `Its name says ${rule.saysWhat}, and no other ${rule.thing} does.` };
  }
  const preferred = named.filter((a) => a.type === rule.preferred);
  if (named.length > 1 && preferred.length === 1) {
    return {
      listID: preferred[0].listID,
      why: `Its name says ${rule.saysWhat}, and it is the only one of the ${named.length} that do of type ${typeWords(rule.preferred)}.`,
    };
  }
  return null;
}

/**
 * The account every service item QuickBooks already has posts to (the company's own practice
 * for cost-code items), when they all agree and the picker offers it.
 */
function usedByServiceItems(role: 'income' | 'expense', usable: readonly QuickBooksAccount[], items: readonly ListedItem[]): Preselection | null {
  const services = items.filter((i) => i.type === 'Service' && i.active !== false && (role === 'income' ? i.incomeAccountID : i.expenseAccountID));
  if (services.length === 0) return null;
  const ids = new Set(services.map((i) => (role === 'income' ? i.incomeAccountID : i.expenseAccountID)));
  if (ids.size !== 1) return null;
  const account = usable.find((a) => ids.has(a.listID));
  if (!account) return null;
  const like = services[0].fullName;
  return {
    listID: account.listID,
    why:
      services.length === 1
        ? `The service item QuickBooks already has (“${like}”) uses it.`
        : `All ${services.length} service items QuickBooks already has (like “${like}”) use it.`,
  };
}

function typeWords(t: string): string {
  return t === 'CostOfGoodsSold' ? 'Cost of Goods Sold' : t === 'OtherCharge' ? 'Other Charge' : t;
}

/** The company a Procore sign-in starts on: the only one it can see. */
export function preselectCompany<T extends { id: number }>(list: readonly T[]): { id: number; why: string } | null {
  return list.length === 1 ? { id: list[0].id, why: 'It is the only company this Procore sign-in can see.' } : null;
}
