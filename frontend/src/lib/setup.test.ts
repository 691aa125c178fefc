import { describe, expect, it } from 'vitest';
import type { SetupState } from './api';
import {
  WIZARD_STEPS,
  canVisit,
  checkAuthCode,
  checkBaseURL,
  checkChoice,
  checkClientId,
  checkClientSecret,
  checkCompanyId,
  checkCallShare,
  checkPollMinutes,
  parseCallShare,
  credentialsRequired,
  isStepComplete,
  isStepDoneInOrder,
  nextStep,
  pollMinutesLabel,
  previousStep,
  qbTypeLabel,
  startStep,
  stepPosition,
  usable,
} from './setup';
import { sampleSetup, setupAt } from '../test/helpers';

const at = (step: string, o: Record<string, unknown> = {}) => setupAt(step, o) as unknown as SetupState;

describe('wizard steps', () => {
  it('has the six screens in the contract order', () => {
    expect(WIZARD_STEPS).toEqual(['procore', 'company', 'webconnector', 'quickbooks', 'preferences', 'done']);
    expect(nextStep('procore')).toBe('company');
    expect(nextStep('done')).toBe('done');
    expect(previousStep('procore')).toBeNull();
    expect(previousStep('webconnector')).toBe('company');
    expect(stepPosition('webconnector')).toBe('Step 3 of 6');
  });

  it('starts at the server step, or Finish once completed', () => {
    expect(startStep(sampleSetup() as unknown as SetupState)).toBe('procore');
    expect(startStep(at('quickbooks'))).toBe('quickbooks');
    expect(startStep(at('done', { completed: true }))).toBe('done');
  });

  it('marks steps before the server step done and never lets the user skip ahead', () => {
    const s = at('webconnector');
    expect(isStepComplete(s, 'procore')).toBe(true);
    expect(isStepComplete(s, 'company')).toBe(true);
    expect(isStepComplete(s, 'webconnector')).toBe(false);
    expect(isStepComplete(s, 'done')).toBe(false);
    expect(canVisit(s, 'procore')).toBe(true);
    expect(canVisit(s, 'webconnector')).toBe(true);
    expect(canVisit(s, 'quickbooks')).toBe(false);
    expect(canVisit(s, 'done')).toBe(false);
  });

  it('marks steps done in order: a later step is not done while an earlier one is not', () => {
    // Signed out of Procore after the Web Connector answered: that step is complete on its own,
    // but the stepper marks nothing after the step to do again.
    const s = at('quickbooks');
    s.step = 'procore';
    s.procore = { ...s.procore, connected: false, company: null } as never;
    expect(isStepComplete(s, 'webconnector')).toBe(true);
    expect(isStepDoneInOrder(s, 'webconnector')).toBe(false);
    expect(isStepDoneInOrder(s, 'procore')).toBe(false);
    expect(isStepDoneInOrder(at('quickbooks'), 'webconnector')).toBe(true);
  });

  it('judges a step done from the data too (e.g. connected before the server moved on)', () => {
    const s = sampleSetup() as unknown as SetupState;
    s.procore.connected = true;
    expect(isStepComplete(s, 'procore')).toBe(true);
    expect(isStepComplete(s, 'company')).toBe(false);
  });

  it('lets the user visit every step once setup is finished', () => {
    const s = at('done', { completed: true });
    expect(WIZARD_STEPS.every((st) => canVisit(s, st) && isStepComplete(s, st))).toBe(true);
  });
});

describe('field checks', () => {
  it('checks the custom Procore address', () => {
    expect(checkBaseURL('')).toMatch(/^Enter the Procore address/);
    expect(checkBaseURL('sandbox.procore.com')).toMatch(/not a web address/);
    expect(checkBaseURL('ftp://x.test')).toBe('The address must start with https:// or http://.');
    expect(checkBaseURL('https://x.test/rest/v1.0')).toBe('Leave out everything after the server name ("/rest/v1.0"): enter only https://x.test.');
    expect(checkBaseURL('https://x.test/?a=1')).toMatch(/Leave out the part after "\?"/);
    expect(checkBaseURL('https://sandbox.procore.com')).toBeNull();
    expect(checkBaseURL(' http://127.0.0.1:41750/ ')).toBeNull();
  });

  it('requires client ID and secret only when needed', () => {
    expect(credentialsRequired('service_account', 'production')).toBe(true);
    expect(credentialsRequired('browser', 'custom')).toBe(true);
    expect(credentialsRequired('browser', 'production')).toBe(false);
    expect(checkClientId('', false)).toBeNull();
    expect(checkClientId('', true)).toMatch(/^Enter the client ID/);
    expect(checkClientId('ab cd', false)).toMatch(/has a space/);
    expect(checkClientSecret('', true)).toMatch(/^Enter the client secret/);
    expect(checkClientSecret('s3cret', true)).toBeNull();
  });

  it('checks the pasted code', () => {
    expect(checkAuthCode('  ')).toBe('Paste the code Procore showed you after you signed in.');
    expect(checkAuthCode('abc def')).toMatch(/has a space/);
    expect(checkAuthCode('abc123')).toBeNull();
  });

  it('checks the poll interval', () => {
    expect(checkPollMinutes('')).toMatch(/^Enter how many minutes/);
    expect(checkPollMinutes('1.5')).toBe('Enter a whole number of minutes, like 15.');
    expect(checkPollMinutes('abc')).toBe('Enter a whole number of minutes, like 15.');
    expect(checkPollMinutes('0')).toBe('Enter at least 1 minute.');
    expect(checkPollMinutes('1441')).toBe('Enter at most 1440 minutes (one day).');
    expect(checkPollMinutes(15)).toBeNull();
    expect(checkPollMinutes('1440')).toBeNull();
  });

  it('checks the share of Procore\'s hourly limit (10 to 90 %)', () => {
    expect(checkCallShare('')).toMatch(/^Enter a percentage from 10 to 90/);
    expect(checkCallShare('half')).toBe('Enter a whole number of percent, like 50.');
    expect(checkCallShare('12.5')).toBe('Enter a whole number of percent, like 50.');
    expect(checkCallShare('9')).toMatch(/^Enter at least 10 %: with less, changes in Procore could wait hours/);
    expect(checkCallShare('91')).toMatch(/^Enter at most 90 %/);
    expect(checkCallShare(10)).toBeNull();
    expect(checkCallShare('90')).toBeNull();
    expect(checkCallShare(' 50 % ')).toBeNull();
    expect(parseCallShare('50%')).toBe(50);
    expect(parseCallShare(' 35 % ')).toBe(35);
    expect(parseCallShare('x')).toBeNaN();
  });

  it('checks a typed Procore company ID', () => {
    expect(checkCompanyId('')).toMatch(/^Enter your Procore company ID/);
    expect(checkCompanyId('companies/12')).toMatch(/is a number only/);
    expect(checkCompanyId('0')).toMatch(/not valid/);
    expect(checkCompanyId(' 5000000017 ')).toBeNull();
  });

  it('asks for each QuickBooks choice', () => {
    expect(checkChoice('', 'retainage item')).toBe('Choose the retainage item.');
    expect(checkChoice('8000-1', 'retainage item')).toBeNull();
  });
});

describe('words', () => {
  it('describes poll intervals', () => {
    expect(pollMinutesLabel(1)).toBe('every minute');
    expect(pollMinutesLabel(15)).toBe('every 15 minutes');
    expect(pollMinutesLabel(60)).toBe('every hour');
    expect(pollMinutesLabel(120)).toBe('every 2 hours');
    expect(pollMinutesLabel(1440)).toBe('once a day');
  });

  it('names QuickBooks types and sorts usable entries', () => {
    expect(qbTypeLabel('CostOfGoodsSold')).toBe('Cost of goods sold');
    expect(qbTypeLabel('OtherCharge')).toBe('Other charge');
    const list = usable([
      { listID: '2', fullName: 'Zeta', type: 'Income', active: true },
      { listID: '1', fullName: 'Alpha', type: 'Income', active: true },
      { listID: '3', fullName: 'Old', type: 'Income', active: false },
    ]);
    expect(list.map((a) => a.fullName)).toEqual(['Alpha', 'Zeta']);
  });
});
