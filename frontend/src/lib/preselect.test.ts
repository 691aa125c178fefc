import { describe, expect, it } from 'vitest';
import { ownName, preselect, preselectCompany } from './preselect';
import type { QuickBooksAccount } from './api';

const a = (listID: string, fullName: string, type: string, active = true): QuickBooksAccount => ({ listID, fullName, type, active });

describe('preselect', () => {
  it('starts on the only account of the right type, and says so', () => {
    expect(preselect('income', [a('A1', 'Sales', 'Income')])).toEqual({
      listID: 'A1',
      why: 'It is the only income account in your QuickBooks company file.',
    });
    // An inactive one does not count; one of another type is not offered.
    expect(preselect('expense', [a('E1', 'Materials', 'Expense'), a('E2', 'Old', 'Expense', false), a('I1', 'Sales', 'Income')])?.listID).toBe('E1');
  });

  it('starts on the one account whose own name says it', () => {
    const accounts = [a('E1', 'Utilities', 'Expense'), a('E2', 'Cost of Goods Sold:Job Costs', 'CostOfGoodsSold'), a('E3', 'Rent', 'Expense')];
    expect(preselect('expense', accounts)).toEqual({ listID: 'E2', why: 'Its name says job or construction costs, and no other expense account does.' });
    const income = [a('I1', 'Construction Income', 'Income'), a('I2', 'Interest Income', 'OtherIncome'), a('I3', 'Sales', 'Income')];
    expect(preselect('income', income)?.listID).toBe('I1');
    // The parent's name does not count: "Job Costs:Rent" is a Rent account.
    expect(ownName('Job Costs:Rent')).toBe('Rent');
    expect(preselect('expense', [a('E1', 'Job Costs:Rent', 'Expense'), a('E2', 'Utilities', 'Expense')])).toBeNull();
  });

  it('starts on the account every service item QuickBooks already has posts to', () => {
    const income = [a('I1', 'Construction Income', 'Income'), a('I2', 'Construction Income:Contract Revenue', 'Income'), a('I3', 'Sales', 'Income')];
    const items = [
      { ...a('S1', '01-100 General Conditions', 'Service'), incomeAccountID: 'I2', expenseAccountID: 'E2' },
      { ...a('S2', '02-200 Site Preparation', 'Service'), incomeAccountID: 'I2', expenseAccountID: 'E2' },
      { ...a('R1', 'Retainage', 'OtherCharge'), incomeAccountID: 'X' },
    ];
    // Two names say construction income; the items settle it.
    expect(preselect('income', income)).toBeNull();
    expect(preselect('income', income, items)).toEqual({
      listID: 'I2',
      why: 'All 2 service items QuickBooks already has (like “01-100 General Conditions”) use it.',
    });
    // Items that disagree settle nothing; an account the picker does not offer is not chosen.
    expect(preselect('income', income, [...items, { ...a('S3', '03-100', 'Service'), incomeAccountID: 'I3' }])).toBeNull();
    expect(preselect('expense', [a('E1', 'Rent', 'Expense'), a('E3', 'Utilities', 'Expense')], items)).toBeNull();
  });

  it('keeps the preferred type when several names say it, and chooses nothing when two could be meant', () => {
    const two = [a('E1', 'Job Costs', 'CostOfGoodsSold'), a('E2', 'Job Expenses', 'Expense'), a('E3', 'Rent', 'Expense')];
    expect(preselect('expense', two)?.listID).toBe('E1');
    expect(preselect('expense', two)?.why).toContain('Cost of Goods Sold');
    expect(preselect('expense', [a('E1', 'Job Costs', 'CostOfGoodsSold'), a('E2', 'Construction Costs', 'CostOfGoodsSold')])).toBeNull();
    expect(preselect('income', [a('I1', 'Sales', 'Income'), a('I2', 'Services', 'Income')])).toBeNull();
    expect(preselect('income', [])).toBeNull();
  });

  it('starts the retainage item on the one item named for retainage, never on a lone item of another purpose', () => {
    const items = [a('S1', '01-100 General Conditions', 'Service'), a('R1', 'Retainage', 'OtherCharge'), a('F1', 'Freight', 'OtherCharge')];
    expect(preselect('retainage', items)).toEqual({ listID: 'R1', why: 'Its name says retainage, and no other item does.' });
    expect(preselect('retainage', [a('R1', 'Retention Payable', 'OtherCharge')])?.listID).toBe('R1');
    // Two named for it: the Other Charge one; a lone Other Charge item named otherwise is not retainage.
    expect(preselect('retainage', [a('R1', 'Retainage', 'Service'), a('R2', 'Retainage Held', 'OtherCharge')])?.listID).toBe('R2');
    expect(preselect('retainage', [a('F1', 'Freight', 'OtherCharge')])).toBeNull();
    expect(preselect('retainage', [a('R1', 'Retainage', 'OtherCharge'), a('R2', 'Retention', 'OtherCharge')])).toBeNull();
  });

  it('starts on the only Procore company', () => {
    expect(preselectCompany([{ id: 7, name: 'Acme' }])).toEqual({ id: 7, why: 'It is the only company this Procore sign-in can see.' });
    expect(preselectCompany([{ id: 7 }, { id: 8 }])).toBeNull();
  });
});
