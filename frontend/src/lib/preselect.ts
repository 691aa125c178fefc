// Pre-selection in the setup wizard: when one choice is obvious — the only account of the
// right type, or the only one whose name says what it is for ("Job Costs", an Other Charge
// item named "Retainage") — the picker starts on it and says why. Nothing is saved until the
// bookkeeper confirms the step, and no choice is made when two could be meant.

import type { QuickBooksAccount } from './api';

export type PickerRole = 'income' | 'expense' | 'retainage';

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
export function preselect(role: PickerRole, list: readonly QuickBooksAccount[]): Preselection | null {
  const rule = RULES[role];
  const usable = list.filter((a) => a.active !== false && (rule.types.length === 0 || rule.types.includes(a.type)));
  if (rule.onlyOfType && usable.length === 1) {
    return { listID: usable[0].listID, why: `It is the only ${rule.thing} in your QuickBooks company file.` };
  }
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

function typeWords(t: string): string {
  return t === 'CostOfGoodsSold' ? 'Cost of Goods Sold' : t === 'OtherCharge' ? 'Other Charge' : t;
}

/** The company a Procore sign-in starts on: the only one it can see. */
export function preselectCompany<T extends { id: number }>(list: readonly T[]): { id: number; why: string } | null {
  return list.length === 1 ? { id: list[0].id, why: 'It is the only company this Procore sign-in can see.' } : null;
}
