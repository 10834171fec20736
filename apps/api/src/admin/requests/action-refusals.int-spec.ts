import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { type DenialReason, isDomainError } from '@dsar/domain';
import { RequestDecisions } from '@dsar/requests';
import { startTestStack, type TestStack } from '../../testing/api-stack.js';
import { awaitingApproval, call, signIn, type SignedIn } from '../testing/staff-test-kit.js';

jest.setTimeout(60_000);

/**
 * The contract: 409 for an action the status forbids, 400 for a bad body (a deny without a
 * reason code); either way the answer carries the lifecycle's reason code.
 */
describe('refused staff actions', () => {
  let stack: TestStack;
  let officer: SignedIn;

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
    officer = await signIn(stack, 'officer');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const act = (id: string, action: string, body: unknown) =>
    call(stack, 'POST', `/api/admin/requests/${id}/${action}`, officer.token, body);

  it('a deny without a reason code is a 400 naming reasonCode', async () => {
    const request = await awaitingApproval(stack, 'no-code@example.com');
    const answer = await act(request.id, 'deny', { text: 'no reason given' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'reasonCode' })]);
    // Nothing was written: the request still waits for a decision.
    const read = await call(stack, 'GET', `/api/admin/requests/${request.id}`, officer.token);
    expect(read.body.status).toBe('awaiting_approval');
  });

  it('the use case refuses a deny without a code as bad input, not as a conflict', async () => {
    const request = await awaitingApproval(stack, 'use-case@example.com');
    const refused = await stack.api
      .get(RequestDecisions)
      .deny(request.id, { type: 'system', id: null }, '' as DenialReason, 'because')
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(isDomainError(refused, 'invalid_input')).toBe(true);
    expect(refused).toMatchObject({
      details: { reasonCode: 'reason_required', errors: [{ field: 'reasonCode' }] },
    });
  });

  it('an action the status forbids is a 409 that names the reason code', async () => {
    const request = await awaitingApproval(stack, 'denied-twice@example.com');
    const denied = await act(request.id, 'deny', {
      reasonCode: 'excessive_repetitive',
      text: 'Fourth identical request this month.',
    });
    expect(denied.status).toBe(200);
    const again = await act(request.id, 'deny', { reasonCode: 'other', text: 'again' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'conflict', reasonCode: 'transition_not_allowed' });
    expect(again.body.message).toContain('cannot deny a request that is denied');
  });

  it('documents the id of each decision route in the OpenAPI document', async () => {
    const document = await call(stack, 'GET', '/api/docs-json');
    for (const [path, verb] of [
      ['/api/admin/requests/{id}/deny', 'post'],
      ['/api/admin/requests/{id}/approve', 'post'],
      ['/api/admin/requests/{id}/note', 'post'],
    ] as const) {
      expect([path, document.body.paths[path][verb].parameters]).toEqual([
        path,
        expect.arrayContaining([expect.objectContaining({ name: 'id', in: 'path' })]),
      ]);
    }
  });

  it('marks the restriction routes the contract does not name as our additions', async () => {
    const { paths } = (await call(stack, 'GET', '/api/docs-json')).body;
    const lifted = paths['/api/admin/requests/{id}/restrictions/{taskId}/lifted'].post;
    expect(lifted['x-contract']).toBe('addition');
    expect(lifted.description).toContain('An addition to the contract');
    expect(lifted.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'taskId', in: 'path' })]),
    );
    expect(paths['/api/admin/requests/{id}/restrictions'].get['x-contract']).toBe('addition');
    // The contract's own route is not an addition.
    expect(paths['/api/admin/requests/{id}/lift-restriction'].post['x-contract']).toBeUndefined();
  });

  it('a second extension is a 409 with its own reason code', async () => {
    const request = await awaitingApproval(stack, 'extended-twice@example.com');
    expect((await act(request.id, 'extend', { reason: 'Many systems' })).status).toBe(200);
    const again = await act(request.id, 'extend', { reason: 'Still more' });
    expect(again.status).toBe(409);
    expect(again.body.reasonCode).toBe('already_extended');
  });
});
