import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserEnvelope, type LoginBody, type RegisterBody } from '../../../contracts/accounts';
import { apiRequest } from '../../lib/api-client';
import { startSession } from '../../lib/session';

/** Signs in with email and password; on success the person is the current user. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) =>
      apiRequest('POST', '/api/auth/login', { body, schema: UserEnvelope }),
    onSuccess: ({ user }) => startSession(queryClient, user),
  });
}

/** Creates an account and signs in to it. */
export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterBody) =>
      apiRequest('POST', '/api/auth/register', { body, schema: UserEnvelope }),
    onSuccess: ({ user }) => startSession(queryClient, user),
  });
}
