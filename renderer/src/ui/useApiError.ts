import { useCallback, useState } from 'react';
import type { ApiError } from '@shared/api/errors';
import { toApiError } from '../app/noticeSlice';

/** The last failure of an action on this screen (shown beside it), for screens without a react-hook-form form. */
export function useApiError() {
  const [error, setError] = useState<ApiError | null>(null);
  const fail = useCallback((err: unknown) => setError(toApiError(err)), []);
  const clear = useCallback(() => setError(null), []);
  return { error, fail, clear };
}
