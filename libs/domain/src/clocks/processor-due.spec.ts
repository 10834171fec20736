import { processorDueAt } from './processor-due.js';

describe('processorDueAt (Art. 28(3)(e), our reading)', () => {
  const subjectDue = new Date('2026-12-31T23:59:59Z');

  it('is leadDays calendar days before the subject date', () => {
    expect(processorDueAt(subjectDue, 7).toISOString()).toBe('2026-12-24T23:59:59.000Z');
    expect(processorDueAt(subjectDue, 0)).toEqual(subjectDue);
  });

  it('is never before the task existed', () => {
    const created = new Date('2026-12-28T10:00:00Z');
    expect(processorDueAt(subjectDue, 7, created)).toEqual(created);
    expect(processorDueAt(subjectDue, 2, created).toISOString()).toBe('2026-12-29T23:59:59.000Z');
  });

  it('refuses a lead that is not a whole number of days ≥ 0', () => {
    expect(() => processorDueAt(subjectDue, -1)).toThrow(RangeError);
    expect(() => processorDueAt(subjectDue, 1.5)).toThrow(/whole number/);
  });
});
