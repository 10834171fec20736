import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { StaffDataProvider } from '../providers/data-provider.js';

/**
 * Runs one typed data-provider action through react-query's `useMutation`, tells the officer how
 * it went and refreshes what is on screen.
 */
export function useStaffAction<A, R>(
  run: (provider: StaffDataProvider, args: A) => Promise<R>,
  options: { success?: string | ((result: R) => string); onSuccess?: (result: R) => void } = {},
) {
  const dataProvider = useDataProvider<StaffDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  return useMutation<R, Error & { status?: number }, A>({
    mutationFn: (args: A) => run(dataProvider, args),
    onSuccess: (result) => {
      const message =
        typeof options.success === 'function' ? options.success(result) : options.success;
      if (message) notify(message, { type: 'success' });
      options.onSuccess?.(result);
      refresh();
    },
    onError: (error) => notify(error.message || 'The action failed', { type: 'error' }),
  });
}
